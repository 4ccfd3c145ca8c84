#include "StartupProbe.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QTimer>
#include <QWindow>

#include <cstdio>

namespace certdeck {

namespace {

class ExposeWatcher : public QObject {
public:
    ExposeWatcher(qint64 launchNs, bool quit) : m_launchNs(launchNs), m_quit(quit) {}

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (!m_done && event->type() == QEvent::Expose) {
            auto* window = qobject_cast<QWindow*>(watched);
            if (window && window->isVisible()) {
                m_done = true;
                // Runs after this expose event has been delivered, that is after the first paint and flush.
                QTimer::singleShot(0, this, [this] {
                    const qint64 now = QDateTime::currentDateTimeUtc().toMSecsSinceEpoch() * 1000000LL;
                    std::fprintf(stderr, "startup-ms %.1f\n", double(now - m_launchNs) / 1e6);
                    std::fflush(stderr);
                    if (m_quit) {
                        QCoreApplication::quit();
                    }
                });
            }
        }
        return false;
    }

private:
    qint64 m_launchNs;
    bool m_quit;
    bool m_done = false;
};

} // namespace

void installStartupProbe()
{
    bool ok = false;
    const qint64 launchNs = qEnvironmentVariable("CERTDECK_STARTUP_PROBE").toLongLong(&ok);
    if (!ok) {
        return;
    }
    auto* watcher = new ExposeWatcher(launchNs, qEnvironmentVariableIsSet("CERTDECK_STARTUP_PROBE_QUIT"));
    watcher->setParent(QCoreApplication::instance());
    QCoreApplication::instance()->installEventFilter(watcher);
}

} // namespace certdeck
