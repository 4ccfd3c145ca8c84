#include "exam/ExamPaper.h"

#include "util/SeededRandom.h"

#include <QLocale>

#include <algorithm>

namespace certdeck {

namespace {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

/// A number for (`text`, `seed`) that is the same on every machine and Qt version (FNV-1a over UTF-16,
/// then SplitMix64), unlike qHash.
quint64 stableKey(const QString& text, quint64 seed)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (const QChar c : text) {
        h = (h ^ c.unicode()) * 0x100000001b3ULL;
    }
    return SeededRandom(h ^ seed).next();
}

/// How recently a question was answered: 0 never, 1 over 30 days ago, 2 over 7, 3 within the week, 4 within
/// the day. Lower bands are asked first.
int recencyBand(qint64 lastSeenMs, qint64 nowMs)
{
    if (lastSeenMs <= 0) {
        return 0;
    }
    const qint64 age = nowMs - lastSeenMs;
    return age > 30 * kDayMs ? 1 : age > 7 * kDayMs ? 2 : age > kDayMs ? 3 : 4;
}

struct Candidate {
    const PoolQuestion* question;
    int band;
    quint64 key;

    bool operator<(const Candidate& other) const
    {
        return band != other.band ? band < other.band
               : key != other.key ? key < other.key
                                  : question->id < other.question->id;
    }
};

/// The first `count` of `candidates` in preference order.
QList<const PoolQuestion*> preferred(std::vector<Candidate>& candidates, qsizetype count)
{
    count = std::min<qsizetype>(count, qsizetype(candidates.size()));
    std::partial_sort(candidates.begin(), candidates.begin() + count, candidates.end());
    QList<const PoolQuestion*> chosen;
    chosen.reserve(count);
    for (qsizetype i = 0; i < count; ++i) {
        chosen.append(candidates[size_t(i)].question);
    }
    return chosen;
}

ExamPaper paperOf(QList<const PoolQuestion*> chosen, quint64 seed)
{
    SeededRandom random(seed ^ 0x5eed0fe9a3c1b2d7ULL);
    random.shuffle(chosen);
    ExamPaper paper;
    paper.seed = seed;
    paper.items.reserve(chosen.size());
    for (const PoolQuestion* q : std::as_const(chosen)) {
        paper.items.append(
            ExamItem{q->id, q->domain, q->choose, ExamGenerator::optionOrder(q->id, q->options, seed)});
    }
    return paper;
}

} // namespace

QList<PoolQuestion> ExamGenerator::poolOf(const QList<Question>& questions, const QString& profileId,
                                          const QHash<QString, qint64>& lastSeenMs)
{
    QList<PoolQuestion> pool;
    pool.reserve(questions.size());
    for (const Question& q : questions) {
        const QString domain = profileId.isEmpty() ? q.topic : q.domains.value(profileId);
        if (!domain.isEmpty()) {
            pool.append(PoolQuestion{q.id, domain, q.choose, int(q.options.size()), lastSeenMs.value(q.id)});
        }
    }
    return pool;
}

QList<int> ExamGenerator::domainQuotas(const ExamProfile& profile)
{
    const qsizetype n = profile.domains.size();
    int weights = 0;
    for (const ExamDomain& d : profile.domains) {
        weights += std::max(0, d.weight);
    }
    QList<int> quotas(n, 0);
    if (weights <= 0 || profile.questionCount <= 0) {
        return quotas;
    }
    QList<qint64> remainders(n, 0);
    int given = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const qint64 exact = qint64(std::max(0, profile.domains[i].weight)) * profile.questionCount;
        quotas[i] = int(exact / weights);
        remainders[i] = exact % weights;
        given += quotas[i];
    }
    QList<qsizetype> byRemainder(n);
    for (qsizetype i = 0; i < n; ++i) {
        byRemainder[i] = i;
    }
    std::stable_sort(byRemainder.begin(), byRemainder.end(),
                     [&](qsizetype a, qsizetype b) { return remainders[a] > remainders[b]; });
    for (qsizetype i = 0; given < profile.questionCount && i < n; ++i, ++given) {
        ++quotas[byRemainder[i]];
    }
    return quotas;
}

QList<int> ExamGenerator::optionOrder(const QString& questionId, int options, quint64 seed)
{
    QList<int> order(std::max(0, options));
    for (int i = 0; i < options; ++i) {
        order[i] = i;
    }
    SeededRandom random(stableKey(questionId, seed ^ 0x0b7105a11ce5ULL));
    random.shuffle(order);
    return order;
}

Result<ExamPaper> ExamGenerator::fullExam(const ExamProfile& profile, const QList<PoolQuestion>& pool,
                                          quint64 seed, qint64 nowMs, QList<DomainShortfall>* shortfalls)
{
    const QList<int> quotas = domainQuotas(profile);
    std::vector<std::vector<Candidate>> perDomain(size_t(profile.domains.size()));
    QHash<QString, qsizetype> domainIndex;
    for (qsizetype i = 0; i < profile.domains.size(); ++i) {
        domainIndex.insert(profile.domains[i].id, i);
    }
    for (const PoolQuestion& q : pool) {
        const auto it = domainIndex.constFind(q.domain);
        if (it != domainIndex.constEnd()) {
            perDomain[size_t(*it)].push_back(
                Candidate{&q, recencyBand(q.lastSeenMs, nowMs), stableKey(q.id, seed)});
        }
    }
    QList<DomainShortfall> missing;
    for (qsizetype i = 0; i < profile.domains.size(); ++i) {
        const int available = int(perDomain[size_t(i)].size());
        if (available < quotas[i]) {
            missing.append(
                DomainShortfall{profile.domains[i].id, profile.domains[i].name, quotas[i], available});
        }
    }
    if (shortfalls) {
        *shortfalls = missing;
    }
    if (profile.questionCount <= 0 || profile.domains.isEmpty()) {
        return Result<ExamPaper>::failure(tr("The %1 profile asks no questions.").arg(profile.code));
    }
    if (!missing.isEmpty()) {
        return Result<ExamPaper>::failure(shortfallMessage(profile, missing));
    }
    QList<const PoolQuestion*> chosen;
    chosen.reserve(profile.questionCount);
    for (qsizetype i = 0; i < profile.domains.size(); ++i) {
        chosen += preferred(perDomain[size_t(i)], quotas[i]);
    }
    ExamPaper paper = paperOf(chosen, seed);
    paper.profileId = profile.id;
    paper.minutes = profile.minutes;
    return paper;
}

ExamPaper ExamGenerator::practiceSet(const QList<PoolQuestion>& pool, int count, quint64 seed, qint64 nowMs)
{
    std::vector<Candidate> candidates;
    candidates.reserve(size_t(pool.size()));
    for (const PoolQuestion& q : pool) {
        candidates.push_back(Candidate{&q, recencyBand(q.lastSeenMs, nowMs), stableKey(q.id, seed)});
    }
    return paperOf(preferred(candidates, std::max(0, count)), seed);
}

QString ExamGenerator::shortfallMessage(const ExamProfile& profile, const QList<DomainShortfall>& shortfalls)
{
    QStringList lines;
    int total = 0;
    for (const DomainShortfall& s : shortfalls) {
        total += s.needed - s.available;
        //: one line per short domain: %1 domain name; %2 questions it needs; %3 how many the bank has
        lines.append(tr("%1: needs %2, the bank has %3").arg(s.domainName).arg(s.needed).arg(s.available));
    }
    //: %1 exam code (SAA-C03); %2 its number of questions; then one line per short domain
    return tr("The question bank is %n question(s) short of a full %1 exam of %2 questions:", nullptr, total)
               .arg(profile.code)
               .arg(profile.questionCount) +
           QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

} // namespace certdeck
