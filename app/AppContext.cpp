#include "AppContext.h"

#include "stats/StatsStore.h"
#include "util/AppPaths.h"

#include <QPointer>
#include <QSettings>
#include <QThreadPool>
#include <QTimer>

namespace certdeck {

AppContext::AppContext(QString contentPath, QString progressPath, const Clock* clock)
    : m_contentPath(std::move(contentPath)), m_progressPath(std::move(progressPath)),
      m_clock(clock ? clock : &m_systemClock)
{}

const ContentRepository* AppContext::content(QString* error)
{
    if (!m_contentTried) {
        m_contentTried = true;
        m_content.open(m_contentPath, &m_contentError);
    }
    if (m_content.isOpen()) {
        return &m_content;
    }
    if (error) {
        *error = m_contentError;
    }
    return nullptr;
}

const LookupIndex* AppContext::lookup(QString* error)
{
    const ContentRepository* content = this->content(error);
    if (!content) {
        return nullptr;
    }
    if (!m_lookup) {
        const Result<QList<TopicRow>> topics = content->topics();
        if (!topics) {
            if (error) {
                *error = topics.error();
            }
            return nullptr;
        }
        for (const TopicRow& t : *topics) {
            m_topicTitles.insert(t.id, t.title);
        }
        m_lookup = std::make_unique<LookupIndex>(*content);
    }
    return m_lookup.get();
}

const StatsContent* AppContext::statsContent(QString* error)
{
    if (!m_statsContent) {
        const ContentRepository* content = this->content(error);
        if (!content) {
            return nullptr;
        }
        Result<StatsContent> loaded = loadStatsContent(*content);
        if (!loaded) {
            if (error) {
                *error = loaded.error();
            }
            return nullptr;
        }
        m_statsContent = std::move(loaded).value();
    }
    return &*m_statsContent;
}

void AppContext::openProgress()
{
    const ProgressDatabase::OpenResult result = m_progress.open(m_progressPath, true);
    if (result.ok()) {
        m_progressState = ProgressState::Ready;
        m_progressError.clear();
        m_reviews = std::make_unique<ReviewStore>(m_progress.connection());
        m_exams = std::make_unique<ExamStore>(m_progress.connection());
        if (!m_backupTimer) {
            m_backupTimer = new QTimer(this);
            m_backupTimer->setInterval(5 * 60 * 1000);
            connect(m_backupTimer, &QTimer::timeout, this, [this] { backUpIfDue(); });
        }
        m_backupTimer->start();
        QTimer::singleShot(0, this, [this] { backUpIfDue(true); }); // a backup each time the app opens
        emit progressReady();
        return;
    }
    m_reviews.reset();
    m_exams.reset();
    m_progressState = ProgressState::Failed;
    m_progressError = result.message;
    emit progressFailed(result.message);
}

const ReviewSettings& AppContext::reviewSettings()
{
    if (!m_reviewSettings) {
        m_reviewSettings =
            AppPaths::settingsFileIsUsable()
                ? ReviewSettings::load(QSettings(AppPaths::settingsFile(), QSettings::IniFormat))
                : ReviewSettings{};
    }
    return *m_reviewSettings;
}

void AppContext::setReviewSettings(const ReviewSettings& settings)
{
    m_reviewSettings = settings.normalized();
    if (AppPaths::settingsFileIsUsable()) {
        QSettings file(AppPaths::settingsFile(), QSettings::IniFormat);
        m_reviewSettings->save(file);
    }
    emit reviewSettingsChanged();
}

ProgressBackups AppContext::backups() const
{
    return ProgressBackups(ProgressBackups::defaultFolder(m_progressPath));
}

void AppContext::backUpIfDue(bool force)
{
    if (m_backupRunning || m_progressState != ProgressState::Ready || !m_reviews) {
        return;
    }
    const QDateTime now = m_clock->now();
    const ProgressBackups backups = this->backups();
    if (!m_lastBackup.isValid()) {
        // The newest backup on disk, from its name: no backup file is opened on the UI thread.
        m_lastBackup = backups.newest();
    }
    if (!force && !backups.policy().due(m_lastBackup, now)) {
        return;
    }
    // After the first one, only while studying: a grade since the last backup.
    if (!force && m_lastBackup.isValid()) {
        const Result<StudyCounts> studied = m_reviews->counts(m_lastBackup, now.addSecs(1));
        if (!studied || studied->grades == 0) {
            return;
        }
    }
    m_backupRunning = true;
    const QString path = m_progressPath;
    QPointer<AppContext> self(this);
    QThreadPool::globalInstance()->start([self, backups, path, now] {
        const ProgressBackups::CreateResult result = backups.create(path, now);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, result, now] {
                if (!self) {
                    return;
                }
                self->m_backupRunning = false;
                if (result.ok()) {
                    self->m_lastBackup = now;
                }
                emit self->backupFinished(result.path, result.ok() ? QString() : result.message);
            },
            Qt::QueuedConnection);
    });
}

ProgressBackups::RestoreResult AppContext::restoreBackup(const QString& backupFile)
{
    QThreadPool::globalInstance()->waitForDone(); // no backup copying while the file is replaced
    m_backupRunning = false;
    m_reviews.reset();
    m_exams.reset();
    m_progress.close();
    m_progressState = ProgressState::NotOpened;
    const ProgressBackups::RestoreResult result =
        backups().restore(backupFile, m_progressPath, m_clock->now());
    openProgress();
    return result;
}

} // namespace certdeck
