#pragma once

#include "content/ContentRepository.h"
#include "exam/ExamStore.h"
#include "lookup/LookupIndex.h"
#include "notes/OwnCardStore.h"
#include "notes/OwnNotesStore.h"
#include "progress/ProgressBackups.h"
#include "progress/ProgressDatabase.h"
#include "review/ReviewSettings.h"
#include "review/ReviewStore.h"
#include "stats/StatsEngine.h"
#include "util/Clock.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

#include <memory>
#include <optional>

namespace certdeck {

/// Where a page asks the window to go: a line of the notes, a card, a question, a calculator. The page
/// says where; MainWindow decides which page shows it, so no page wires another.
struct NavigationRequest {
    enum class Kind { NotesLine, Card, Question, Calculator, LookupItem, Flashcards, Drill, ExamSetup };

    Kind kind = Kind::NotesLine;
    QString id;   ///< card, question, calculator or lookup item id
    QString file; ///< notes file, for NotesLine
    int line = 0; ///< 1-based line in it
    /// Calculator: inputs by field key as text in the C locale ("2.5"); a field not named starts with its
    /// example.
    QHash<QString, QString> inputs;
    QString itemKind;  ///< LookupItem: limit, formula, card, erratum or question
    QString query;     ///< LookupItem: the lookup it was found by
    QString profileId; ///< Drill (of a domain), ExamSetup
    QString domainId;  ///< Drill of a domain of profileId
    QString topicId;   ///< Drill of a topic

    static NavigationRequest notesLine(const QString& file, int line)
    {
        NavigationRequest r;
        r.kind = Kind::NotesLine;
        r.file = file;
        r.line = line;
        return r;
    }
    static NavigationRequest card(const QString& id) { return withId(Kind::Card, id); }
    static NavigationRequest question(const QString& id)
    {
        NavigationRequest r = withId(Kind::Question, id);
        r.itemKind = QStringLiteral("question");
        return r;
    }
    static NavigationRequest calculator(const QString& id, const QHash<QString, QString>& inputs = {})
    {
        NavigationRequest r = withId(Kind::Calculator, id);
        r.inputs = inputs;
        return r;
    }
    /// A lookup result opened for reading: the item with the notes around its source, on the Lookup page.
    static NavigationRequest lookupItem(const QString& kind, const QString& id, const QString& query)
    {
        NavigationRequest r = withId(Kind::LookupItem, id);
        r.itemKind = kind;
        r.query = query;
        return r;
    }
    /// Today's flashcards.
    static NavigationRequest flashcards()
    {
        NavigationRequest r;
        r.kind = Kind::Flashcards;
        return r;
    }
    /// A drill of one domain of a profile.
    static NavigationRequest drillDomain(const QString& profileId, const QString& domainId)
    {
        NavigationRequest r;
        r.kind = Kind::Drill;
        r.profileId = profileId;
        r.domainId = domainId;
        return r;
    }
    /// A drill of one topic.
    static NavigationRequest drillTopic(const QString& topicId)
    {
        NavigationRequest r;
        r.kind = Kind::Drill;
        r.topicId = topicId;
        return r;
    }
    /// The timed exam of a profile, ready to start.
    static NavigationRequest examSetup(const QString& profileId)
    {
        NavigationRequest r;
        r.kind = Kind::ExamSetup;
        r.profileId = profileId;
        return r;
    }

private:
    static NavigationRequest withId(Kind kind, const QString& id)
    {
        NavigationRequest r;
        r.kind = kind;
        r.id = id;
        return r;
    }
};

/// What the pages share: the content database (opened on first use, so start-up does not wait for it), the
/// learner's progress database (opened after the first frame; progressReady or progressFailed tell when),
/// the clock, and the one channel for navigation requests.
class AppContext : public QObject {
    Q_OBJECT

public:
    enum class ProgressState { NotOpened, Ready, Failed };

    AppContext(QString contentPath, QString progressPath, const Clock* clock = nullptr);

    /// The open content database, or nullptr with `error` set (the file is missing or not content): the
    /// bank's, or the personal one that adds the learner's own notes to it (PersonalContent).
    const ContentRepository* content(QString* error = nullptr);

    /// Quick lookup over the content, shared by the palette and the Lookup page (built on first use: the
    /// lexicon read and the statements prepared once), or nullptr with `error` set.
    const LookupIndex* lookup(QString* error = nullptr);
    /// Topic id -> title ("sqs" -> "Amazon SQS"), read with the lookup index.
    const QHash<QString, QString>& topicTitles() const { return m_topicTitles; }

    /// What the statistics read of the content (cards, questions, exam profiles, topics), shared by the Today
    /// and Stats pages (read on first use), or nullptr with `error` set.
    const StatsContent* statsContent(QString* error = nullptr);

    ProgressDatabase& progress() { return m_progress; }
    const QString& progressPath() const { return m_progressPath; }
    ProgressState progressState() const { return m_progressState; }
    /// Why progress could not be opened (empty unless progressState() is Failed).
    const QString& progressError() const { return m_progressError; }
    /// Opens (or retries opening) the progress database; emits progressReady or progressFailed.
    void openProgress();

    const Clock& clock() const { return *m_clock; }

    /// The flashcards' store in progress.db; nullptr until progress is ready.
    const ReviewStore* reviews() const { return m_reviews.get(); }
    /// The practice exams' store in progress.db; nullptr until progress is ready.
    const ExamStore* exams() const { return m_exams.get(); }
    /// The learner's flashcard settings (read from the settings file on first use).
    const ReviewSettings& reviewSettings();
    /// Saves new flashcard settings and tells the pages (reviewSettingsChanged).
    void setReviewSettings(const ReviewSettings& settings);

    /// Backs progress.db up off the UI thread (SQLite's online backup, consistent while grades go on) when a
    /// backup is due: when progress opens, then every 30 minutes while the learner studies. `force` backs up
    /// now whatever the policy says. Reports through backupFinished.
    void backUpIfDue(bool force = false);
    /// Closes the progress database, restores `backupFile` over it (the current file is kept as a backup
    /// first) and opens it again: progressReady or progressFailed follow. Returns the restore's outcome.
    ProgressBackups::RestoreResult restoreBackup(const QString& backupFile);
    ProgressBackups backups() const;
    bool backupRunning() const { return m_backupRunning; }

    /// The learner's own notes in progress.db; nullptr until progress is ready.
    const OwnNotesStore* ownNotes() const { return m_ownNotes.get(); }

    /// What importing notes files did before their compilation began.
    struct NotesImport {
        QStringList refused;                   ///< one message per file not taken, naming it and saying why
        QStringList added, updated, unchanged; ///< names of the files stored
        QString error;                         ///< progress could not store them (nothing compiles then)
    };
    /// Reads the notes files at `paths`, refuses what is not text, stores the rest in progress.db and, when
    /// anything changed, compiles the own notes beside the bank off the UI thread: ownNotesProgress while it
    /// runs, then ownNotesBuilt (after contentReloaded).
    NotesImport importNotes(const QStringList& paths);
    /// Removes the own notes file `name` and compiles what is left; false with `error` when it cannot.
    bool removeNotes(const QString& name, QString* error);
    /// The learner's own cards in progress.db; nullptr until progress is ready.
    const OwnCardStore* ownCards() const { return m_ownCards.get(); }
    /// Saves a new or edited own card and compiles it beside the bank's (ownNotesBuilt follows, after
    /// contentReloaded); returns the card as stored, or why it could not be.
    Result<OwnCard> saveOwnCard(const OwnCard& card);
    /// Deletes an own card with its schedule and history, then compiles what is left.
    bool removeOwnCard(const QString& id, QString* error);

    /// True while own notes are being compiled.
    bool notesBuilding() const { return m_notesBuilding; }

    /// Asks the window to show `request`.
    void navigate(const NavigationRequest& request) { emit navigationRequested(request); }

signals:
    void progressReady();
    void progressFailed(const QString& message);
    void navigationRequested(const certdeck::NavigationRequest& request);
    void reviewSettingsChanged();
    /// A backup ended: `message` is empty when it was made, else says why not.
    void backupFinished(const QString& path, const QString& message);
    /// Own notes being compiled: `done` of `total` lines written.
    void ownNotesProgress(qint64 done, qint64 total);
    /// Own notes compiled (`error` empty) and the content read anew, or why they could not be.
    void ownNotesBuilt(const QString& error, int files, int sections);
    /// The content database was opened anew (own notes added or removed): pages re-read what they show.
    void contentReloaded();

private:
    /// Compiles the own notes in progress.db beside the bank off the UI thread (see importNotes).
    void buildOwnNotes();
    /// Rebuilds the personal content when it was not built from the own notes in progress.db or on this
    /// bank (notes restored from a backup, Certdeck updated).
    void syncOwnNotes();
    QString personalContentPath() const;

    QString m_contentPath;
    QString m_progressPath;
    ContentRepository m_content;
    QString m_contentError;
    bool m_contentTried = false;
    std::unique_ptr<LookupIndex> m_lookup;
    QHash<QString, QString> m_topicTitles;
    std::optional<StatsContent> m_statsContent;
    ProgressDatabase m_progress;
    ProgressState m_progressState = ProgressState::NotOpened;
    QString m_progressError;
    std::unique_ptr<ReviewStore> m_reviews;
    std::unique_ptr<ExamStore> m_exams;
    std::unique_ptr<OwnNotesStore> m_ownNotes;
    std::unique_ptr<OwnCardStore> m_ownCards;
    bool m_notesBuilding = false;
    bool m_notesBuildAgain = false; ///< notes changed while they were being compiled
    QDateTime m_lastBackup;
    bool m_backupRunning = false;
    QTimer* m_backupTimer = nullptr;
    std::optional<ReviewSettings> m_reviewSettings;
    SystemClock m_systemClock;
    const Clock* m_clock;
};

} // namespace certdeck
