#include "StartupProbe.h"

#include <QAbstractNativeEventFilter>
#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWindow>

#include <cstdio>

namespace certdeck {

namespace {

/// Whether Qt Charts is mapped into this process (it must not be before the first frame).
bool chartsLoaded()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libQt6Charts");
}

double msSince(qint64 launchNs)
{
    const qint64 now = QDateTime::currentDateTimeUtc().toMSecsSinceEpoch() * 1000000LL;
    return double(now - launchNs) / 1e6;
}

/// Reports the first window's MapNotify from the X server (the window is on screen, nothing painted yet) and
/// its first painted frame. MapNotify is read from the event's type byte only (xcb_generic_event_t starts
/// with it; 19 is XCB_MAP_NOTIFY), so no xcb header is needed. Owned by the application; a native event
/// filter removes itself when it is destroyed.
class StartupWatcher : public QObject, public QAbstractNativeEventFilter {
public:
    StartupWatcher(qint64 launchNs, bool quit) : m_launchNs(launchNs), m_quit(quit) {}

    bool nativeEventFilter(const QByteArray& eventType, void* message, qintptr*) override
    {
        constexpr unsigned char kMapNotify = 19;
        if (!m_mapped && eventType == "xcb_generic_event_t" &&
            (*static_cast<const unsigned char*>(message) & 0x7f) == kMapNotify) {
            m_mapped = true;
            std::fprintf(stderr, "mapped-ms %.1f\n", msSince(m_launchNs));
            std::fflush(stderr);
        }
        return false;
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (!m_painted && event->type() == QEvent::Expose) {
            auto* window = qobject_cast<QWindow*>(watched);
            if (window && window->isVisible()) {
                m_painted = true;
                // Runs after this expose event has been delivered, that is after the first paint and flush.
                QTimer::singleShot(0, this, [this] {
                    std::fprintf(stderr, "startup-ms %.1f\ncharts-loaded %d\n", msSince(m_launchNs),
                                 chartsLoaded() ? 1 : 0);
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
    bool m_mapped = false;
    bool m_painted = false;
};

} // namespace

void installStartupProbe()
{
    bool ok = false;
    const qint64 launchNs = qEnvironmentVariable("CERTDECK_STARTUP_PROBE").toLongLong(&ok);
    if (!ok) {
        return;
    }
    auto* watcher = new StartupWatcher(launchNs, qEnvironmentVariableIsSet("CERTDECK_STARTUP_PROBE_QUIT"));
    watcher->setParent(QCoreApplication::instance());
    QCoreApplication::instance()->installEventFilter(watcher);
    QCoreApplication::instance()->installNativeEventFilter(watcher);
}

} // namespace certdeck
