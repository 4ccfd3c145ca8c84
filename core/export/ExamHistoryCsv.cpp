#include "export/ExamHistoryCsv.h"

#include "exam/ExamReport.h"

#include <QHash>

#include <algorithm>

namespace certdeck {

namespace {

constexpr int kPercentDecimals = 1;

CsvCell percent(int correct, int total)
{
    return total > 0 ? CsvCell::number(100.0 * correct / total, kPercentDecimals) : CsvCell::empty();
}

const ExamProfile* profileOf(const QList<ExamProfile>& profiles, const QString& id)
{
    for (const ExamProfile& p : profiles) {
        if (p.id == id) {
            return &p;
        }
    }
    return nullptr;
}

} // namespace

QStringList ExamHistoryCsv::header(const QList<ExamProfile>& profiles)
{
    QStringList columns{
        QStringLiteral("id"),      QStringLiteral("started"),          QStringLiteral("finished"),
        QStringLiteral("status"),  QStringLiteral("profile"),          QStringLiteral("mode"),
        QStringLiteral("title"),   QStringLiteral("questions"),        QStringLiteral("answered"),
        QStringLiteral("correct"), QStringLiteral("percent_correct"),  QStringLiteral("scaled_score"),
        QStringLiteral("passed"),  QStringLiteral("duration_seconds"), QStringLiteral("time_limit_minutes")};
    for (const ExamProfile& p : profiles) {
        for (const ExamDomain& d : p.domains) {
            columns.append(QStringLiteral("%1 %2 %").arg(p.code, d.id));
        }
    }
    return columns;
}

CsvTable ExamHistoryCsv::table(const QList<ExamAttempt>& attempts, const QList<ExamProfile>& profiles)
{
    QList<const ExamAttempt*> ended;
    for (const ExamAttempt& a : attempts) {
        if (a.status != ExamAttempt::Status::InProgress) {
            ended.append(&a);
        }
    }
    std::stable_sort(ended.begin(), ended.end(), [](const ExamAttempt* a, const ExamAttempt* b) {
        return a->startedAt != b->startedAt ? a->startedAt < b->startedAt : a->id < b->id;
    });

    CsvTable table;
    table.header = header(profiles);
    table.rows.reserve(ended.size());
    for (const ExamAttempt* a : std::as_const(ended)) {
        const ExamProfile* profile = profileOf(profiles, a->profileId);
        const bool finished = a->status == ExamAttempt::Status::Finished;
        const int questions = int(a->items.size());
        CsvRow row{
            CsvCell::number(a->id),
            CsvCell::time(a->startedAt),
            CsvCell::time(a->finishedAt),
            CsvCell{finished ? QStringLiteral("finished") : QStringLiteral("abandoned"), false},
            CsvCell::fromText(profile ? profile->code : a->profileId),
            CsvCell{examModeKey(a->mode), false},
            CsvCell::fromText(a->title),
            CsvCell::number(questions),
            CsvCell::number(a->answeredCount()),
            finished ? CsvCell::number(a->correct) : CsvCell::empty(),
            finished ? percent(a->correct, a->total) : CsvCell::empty(),
            finished && a->scaledScore > 0 ? CsvCell::number(a->scaledScore) : CsvCell::empty(),
            finished ? CsvCell::boolean(ExamScoring::passed(*a, profile)) : CsvCell::empty(),
            CsvCell::number(std::max<qint64>(0, a->elapsedMs) / 1000),
            a->timeLimitMs > 0 ? CsvCell::number(a->timeLimitMs / 60000) : CsvCell::empty(),
        };
        // Per domain, from the result each answer was given when the attempt was submitted.
        QHash<QString, std::pair<int, int>> perDomain; // domain id -> (right, asked)
        if (finished && profile) {
            for (qsizetype i = 0; i < a->items.size(); ++i) {
                const bool right = i < a->responses.size() && a->responses[i].correct.value_or(false);
                auto& [correct, asked] = perDomain[a->items[i].domain];
                correct += right ? 1 : 0;
                ++asked;
            }
        }
        for (const ExamProfile& p : profiles) {
            for (const ExamDomain& d : p.domains) {
                const auto result = &p == profile ? perDomain.constFind(d.id) : perDomain.cend();
                row.append(result != perDomain.cend() ? percent(result->first, result->second)
                                                      : CsvCell::empty());
            }
        }
        table.rows.append(std::move(row));
    }
    return table;
}

Result<QList<ExamAttempt>> ExamHistoryCsv::endedAttempts(const ExamStore& store)
{
    using R = Result<QList<ExamAttempt>>;
    const Result<QList<ExamAttempt>> listed = store.attempts();
    if (!listed) {
        return R::failure(listed.error());
    }
    QList<ExamAttempt> attempts;
    for (const ExamAttempt& a : *listed) {
        if (a.status == ExamAttempt::Status::InProgress) {
            continue;
        }
        const Result<std::optional<ExamAttempt>> read = store.attempt(a.id);
        if (!read) {
            return R::failure(read.error());
        }
        if (read->has_value()) {
            attempts.append(**read);
        }
    }
    return attempts;
}

} // namespace certdeck
