// certdeck_review_session PATH: studies flashcards as fast as it can in a progress database at PATH, as the
// app does (a ReviewSession over 200 cards, the system clock), and after each grade has been stored prints
// "ack <card id> <reviewed_at>" and flushes: what the learner saw acknowledged. ReviewKillTest SIGKILLs it at
// random moments and checks that every acknowledged grade survived.

#include "progress/ProgressDatabase.h"
#include "review/ReviewSession.h"
#include "review/ReviewStore.h"

#include <QCoreApplication>

#include <cstdio>

using namespace certdeck;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fputs("usage: certdeck_review_session PATH\n", stderr);
        return 2;
    }
    ProgressDatabase db;
    const ProgressDatabase::OpenResult opened = db.open(QString::fromLocal8Bit(argv[1]));
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message));
        return 1;
    }
    QList<Card> cards;
    for (int i = 0; i < 200; ++i) {
        Card c;
        c.id = QStringLiteral("kill.card-%1").arg(i, 3, 10, QLatin1Char('0'));
        cards.append(c);
    }
    const ReviewStore store(db.connection());
    // A clock that moves a second per grade and an hour when nothing is due, from after the last stored
    // grade: the session never runs dry, and no two grades of a card share a time.
    const QDateTime last = ReviewStore::timeFrom(
        db.connection().scalar(QStringLiteral("SELECT max(reviewed_at) FROM review_log")).toString());
    SettableClock clock(
        std::max(QDateTime::currentDateTimeUtc(), last.isValid() ? last.addSecs(1) : QDateTime()));
    ReviewSettings settings;
    settings.newPerDay = 200;
    ReviewSession session(store, clock, settings, QTimeZone::utc(),
                          quint64(QCoreApplication::applicationPid()));
    if (!session.start(cards)) {
        return 1;
    }
    for (int n = 0;; ++n) {
        clock.advanceSeconds(1);
        while (!session.current()) {
            clock.advanceSeconds(3600);
            session.refresh();
        }
        const QString id = session.current()->id;
        const Result<bool> graded = session.grade(Rating(1 + n % 4));
        if (!graded) {
            std::fprintf(stderr, "%s\n", qPrintable(graded.error()));
            return 1;
        }
        const Result<QList<ReviewLogEntry>> history = store.history(id);
        if (!history || history->isEmpty()) {
            return 1;
        }
        std::printf("ack %s %s\n", qPrintable(id), qPrintable(ReviewStore::timeText(history->last().at)));
        std::fflush(stdout);
    }
}
