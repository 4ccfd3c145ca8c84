// certdeck_exam_session PATH: takes a timed exam in a progress database at PATH as fast as it can, as the app
// does (an ExamSession over 65 synthetic questions, the system clock). It resumes the exam in progress when
// there is one, else starts one and prints "attempt <id>". It answers the questions in order, each by what is
// shown (a multi-response question takes two choices, each stored), and once a question is answered and
// stored prints "ack <position> <selected>" (the written options, comma-separated, as stored) and flushes.
// With every question answered it prints "all answered" and goes on storing the time used, as the page does
// every few seconds. ExamKillTest SIGKILLs it at random moments and checks what survived.

#include "exam/ExamPaper.h"
#include "exam/ExamSession.h"
#include "exam/ExamStore.h"
#include "progress/ProgressDatabase.h"

#include <QCoreApplication>

#include <cstdio>

using namespace certdeck;

namespace {

ExamProfile profile()
{
    ExamProfile p;
    p.id = QStringLiteral("kill-p01");
    p.code = QStringLiteral("KILL-P01");
    p.questionCount = 65;
    p.minutes = 130;
    p.minScore = 100;
    p.maxScore = 1000;
    p.passScore = 720;
    const QList<int> weights{30, 26, 24, 20};
    for (qsizetype i = 0; i < weights.size(); ++i) {
        p.domains.append(ExamDomain{
            QStringLiteral("d%1").arg(i + 1), QStringLiteral("Domain %1").arg(i + 1), weights[i], {}});
    }
    return p;
}

/// 100 questions, 25 per domain; every fourth asks for two of five options.
QHash<QString, Question> bank()
{
    QHash<QString, Question> questions;
    for (int i = 0; i < 100; ++i) {
        Question q;
        q.id = QStringLiteral("kill.q%1").arg(i, 3, 10, QLatin1Char('0'));
        q.topic = QStringLiteral("kill");
        q.choose = i % 4 == 3 ? 2 : 1;
        const int options = q.choose == 2 ? 5 : 4;
        for (int o = 0; o < options; ++o) {
            q.options.append(QuestionOption{QStringLiteral("option %1").arg(o),
                                            o == 0 || (q.choose == 2 && o == 2), QString(), 0});
        }
        q.domains.insert(QStringLiteral("kill-p01"), QStringLiteral("d%1").arg(i % 4 + 1));
        questions.insert(q.id, q);
    }
    return questions;
}

QString joined(const QList<int>& values)
{
    QStringList parts;
    for (const int v : values) {
        parts.append(QString::number(v));
    }
    return parts.join(QLatin1Char(','));
}

int fail(const QString& message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fputs("usage: certdeck_exam_session PATH\n", stderr);
        return 2;
    }
    ProgressDatabase db;
    const ProgressDatabase::OpenResult opened = db.open(QString::fromLocal8Bit(argv[1]));
    if (!opened.ok()) {
        return fail(opened.message);
    }
    const ExamStore store(db.connection());
    const SystemClock clock;
    const ExamProfile p = profile();
    const QHash<QString, Question> questions = bank();
    ExamSession session(store, clock, questions, p);

    const Result<std::optional<qint64>> inProgress = store.inProgress();
    if (!inProgress) {
        return fail(inProgress.error());
    }
    if (inProgress->has_value()) {
        const Result<bool> resumed = session.resume(**inProgress);
        if (!resumed) {
            return fail(resumed.error());
        }
        std::printf("resumed %lld\n", static_cast<long long>(session.attempt().id));
    } else {
        QList<PoolQuestion> pool;
        for (const Question& q : questions) {
            pool.append(PoolQuestion{q.id, q.domains.value(p.id), q.choose, int(q.options.size()), 0});
        }
        const Result<ExamPaper> paper = ExamGenerator::fullExam(p, pool, 2026, 0);
        if (!paper) {
            return fail(paper.error());
        }
        ExamSetup setup;
        setup.title = QStringLiteral("Kill test");
        setup.scope = QStringLiteral("profile:kill-p01");
        const Result<bool> started = session.start(*paper, setup);
        if (!started) {
            return fail(started.error());
        }
        std::printf("attempt %lld\n", static_cast<long long>(session.attempt().id));
    }
    std::fflush(stdout);

    // Answer from the first question not answered (where resume() puts us), in order.
    for (int at = session.currentIndex(); at < session.count(); ++at) {
        session.goTo(at);
        if (session.isAnswered(at)) {
            continue;
        }
        // Pick options by what is shown, as a learner does: shown A, and for choose-2 also shown C. An option
        // already chosen before a kill stays chosen (choosing it again would take it back).
        QList<int> wanted{at % 4};
        if (session.item(at).choose == 2) {
            wanted.append((at % 4 + 2) % 5);
        }
        for (const int shown : std::as_const(wanted)) {
            if (session.shownSelection(at).contains(shown)) {
                continue;
            }
            const Result<bool> chosen = session.choose(shown);
            if (!chosen || !*chosen) {
                return fail(chosen ? QStringLiteral("choice %1 refused at %2").arg(shown).arg(at)
                                   : chosen.error());
            }
        }
        if (!session.isAnswered(at)) {
            return fail(QStringLiteral("question %1 is not answered").arg(at));
        }
        std::printf("ack %d %s\n", at, qPrintable(joined(session.response(at).selected)));
        std::fflush(stdout);
    }
    std::puts("all answered");
    std::fflush(stdout);
    for (;;) {
        const Result<bool> saved = session.saveTime();
        if (!saved) {
            return fail(saved.error());
        }
    }
}
