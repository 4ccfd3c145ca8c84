#include "AppContext.h"

#include "notes/PersonalContent.h"
#include "stats/StatsStore.h"
#include "util/AppPaths.h"

#include <QFileInfo>
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
        m_content.open(PersonalContent::choose(m_contentPath, personalContentPath()), &m_contentError);
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
        m_ownNotes = std::make_unique<OwnNotesStore>(m_progress.connection());
        m_ownCards = std::make_unique<OwnCardStore>(m_progress.connection());
        if (!m_backupTimer) {
            m_backupTimer = new QTimer(this);
            m_backupTimer->setInterval(5 * 60 * 1000);
            connect(m_backupTimer, &QTimer::timeout, this, [this] { backUpIfDue(); });
        }
        m_backupTimer->start();
        QTimer::singleShot(0, this, [this] { backUpIfDue(true); }); // a backup each time the app opens
        emit progressReady();
        syncOwnNotes();
        return;
    }
    m_reviews.reset();
    m_exams.reset();
    m_ownNotes.reset();
    m_ownCards.reset();
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
    m_ownNotes.reset();
    m_ownCards.reset();
    m_progress.close();
    m_progressState = ProgressState::NotOpened;
    const ProgressBackups::RestoreResult result =
        backups().restore(backupFile, m_progressPath, m_clock->now());
    openProgress();
    return result;
}

QString AppContext::personalContentPath() const
{
    return PersonalContent::pathFor(m_progressPath);
}

AppContext::NotesImport AppContext::importNotes(const QStringList& paths)
{
    NotesImport result;
    if (!m_ownNotes) {
        result.error = m_progressState == ProgressState::Failed
                           ? m_progressError
                           : tr("Your progress is not open yet; try again in a moment.");
        return result;
    }
    for (const QString& path : paths) {
        const Result<OwnNotesFile> file = OwnNotes::read(path, m_clock->now());
        if (!file) {
            result.refused.append(file.error());
            continue;
        }
        const Result<OwnNotesStore::PutOutcome> put = m_ownNotes->put(*file);
        if (!put) {
            result.error = put.error();
            break;
        }
        QStringList& list = *put == OwnNotesStore::PutOutcome::Added     ? result.added
                            : *put == OwnNotesStore::PutOutcome::Updated ? result.updated
                                                                         : result.unchanged;
        list.append(file->name);
    }
    if (!result.added.isEmpty() || !result.updated.isEmpty()) {
        buildOwnNotes();
    }
    return result;
}

bool AppContext::removeNotes(const QString& name, QString* error)
{
    if (!m_ownNotes) {
        *error = tr("Your progress is not open yet; try again in a moment.");
        return false;
    }
    const Result<bool> removed = m_ownNotes->remove(name);
    if (!removed) {
        *error = removed.error();
        return false;
    }
    buildOwnNotes();
    return true;
}

Result<OwnCard> AppContext::saveOwnCard(const OwnCard& card)
{
    if (!m_ownCards) {
        return Result<OwnCard>::failure(tr("Your progress is not open yet; try again in a moment."));
    }
    const Result<OwnCard> saved = m_ownCards->save(card, m_clock->now());
    if (saved) {
        buildOwnNotes();
    }
    return saved;
}

bool AppContext::removeOwnCard(const QString& id, QString* error)
{
    if (!m_ownCards) {
        *error = tr("Your progress is not open yet; try again in a moment.");
        return false;
    }
    const Result<bool> removed = m_ownCards->remove(id);
    if (!removed) {
        *error = removed.error();
        return false;
    }
    buildOwnNotes();
    return true;
}

void AppContext::syncOwnNotes()
{
    if (!m_ownNotes) {
        return;
    }
    const Result<PersonalContent::Sources> own = PersonalContent::sources(m_progress.connection());
    if (!own) {
        return;
    }
    const QString personal = personalContentPath();
    const bool current = own->isEmpty() ? !QFileInfo::exists(personal)
                                        : PersonalContent::builtFrom(personal) == own->fingerprint() &&
                                              PersonalContent::choose(m_contentPath, personal) == personal;
    if (!current) {
        buildOwnNotes();
    }
}

void AppContext::buildOwnNotes()
{
    if (m_notesBuilding) {
        m_notesBuildAgain = true;
        return;
    }
    const Result<PersonalContent::Sources> own = m_ownNotes
                                                     ? PersonalContent::sources(m_progress.connection())
                                                     : Result<PersonalContent::Sources>::failure(QString());
    if (!own) {
        emit ownNotesBuilt(own.error(), 0, 0);
        return;
    }
    m_notesBuilding = true;
    m_notesBuildAgain = false;
    QPointer<AppContext> self(this);
    const QString bank = m_contentPath;
    const QString out = personalContentPath();
    const PersonalContent::Sources sources = *own;
    QThreadPool::globalInstance()->start([self, bank, out, sources] {
        qint64 reported = -1;
        const Result<PersonalContent::Built> built = PersonalContent::build(
            bank, sources.files, sources.cards, out, [&](qsizetype done, qsizetype total) {
                // At most a hundred updates, however large the notes.
                const qint64 percent = total > 0 ? qint64(done) * 100 / total : 100;
                if (percent != reported) {
                    reported = percent;
                    QMetaObject::invokeMethod(
                        QCoreApplication::instance(),
                        [self, done, total] {
                            if (self) {
                                emit self->ownNotesProgress(done, total);
                            }
                        },
                        Qt::QueuedConnection);
                }
            });
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, built] {
                if (!self) {
                    return;
                }
                self->m_notesBuilding = false;
                if (self->m_notesBuildAgain) {
                    self->buildOwnNotes();
                    return;
                }
                if (built) {
                    // Read anew: the lookup index and the pages re-read what they show.
                    self->m_lookup.reset();
                    self->m_topicTitles.clear();
                    self->m_contentTried = true;
                    self->m_content.open(
                        PersonalContent::choose(self->m_contentPath, self->personalContentPath()),
                        &self->m_contentError);
                    emit self->contentReloaded();
                }
                emit self->ownNotesBuilt(built ? QString() : built.error(), built ? built->files : 0,
                                         built ? built->sections : 0);
            },
            Qt::QueuedConnection);
    });
}

} // namespace certdeck
