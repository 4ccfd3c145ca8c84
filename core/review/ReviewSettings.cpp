#include "review/ReviewSettings.h"

#include <QSettings>

#include <algorithm>
#include <cmath>

namespace certdeck {

FsrsParameters ReviewSettings::fsrs() const
{
    const ReviewSettings s = normalized();
    FsrsParameters p;
    p.desiredRetention = s.desiredRetention;
    p.fuzz = s.fuzz;
    return p;
}

ReviewSettings ReviewSettings::normalized() const
{
    ReviewSettings s = *this;
    s.desiredRetention =
        std::isfinite(s.desiredRetention)
            ? std::clamp(s.desiredRetention, FsrsParameters::kMinRetention, FsrsParameters::kMaxRetention)
            : ReviewSettings{}.desiredRetention;
    s.newPerDay = std::clamp(s.newPerDay, 0, kMaxNewPerDay);
    s.reviewsPerDay = std::clamp(s.reviewsPerDay, 0, kMaxReviewsPerDay);
    if (!s.nextDayStartsAt.isValid()) {
        s.nextDayStartsAt = ReviewSettings{}.nextDayStartsAt;
    }
    s.nextDayStartsAt = QTime(s.nextDayStartsAt.hour(), s.nextDayStartsAt.minute());
    return s;
}

ReviewSettings ReviewSettings::load(const QSettings& settings)
{
    const ReviewSettings d;
    ReviewSettings s;
    auto number = [&](const char* key, double fallback) {
        bool ok = false;
        const double v = settings.value(QStringLiteral("review/") + QLatin1String(key)).toDouble(&ok);
        return ok ? v : fallback;
    };
    s.desiredRetention = number("desired_retention", d.desiredRetention);
    s.newPerDay = int(std::clamp(number("new_per_day", d.newPerDay), -1.0, double(kMaxNewPerDay)));
    s.reviewsPerDay =
        int(std::clamp(number("reviews_per_day", d.reviewsPerDay), -1.0, double(kMaxReviewsPerDay)));
    const QTime start = QTime::fromString(
        settings.value(QStringLiteral("review/next_day_starts_at")).toString(), QStringLiteral("HH:mm"));
    s.nextDayStartsAt = start.isValid() ? start : d.nextDayStartsAt;
    s.fuzz = settings.value(QStringLiteral("review/fuzz"), d.fuzz).toBool();
    return s.normalized();
}

void ReviewSettings::save(QSettings& settings) const
{
    const ReviewSettings s = normalized();
    settings.setValue(QStringLiteral("review/desired_retention"), s.desiredRetention);
    settings.setValue(QStringLiteral("review/new_per_day"), s.newPerDay);
    settings.setValue(QStringLiteral("review/reviews_per_day"), s.reviewsPerDay);
    settings.setValue(QStringLiteral("review/next_day_starts_at"),
                      s.nextDayStartsAt.toString(QStringLiteral("HH:mm")));
    settings.setValue(QStringLiteral("review/fuzz"), s.fuzz);
}

} // namespace certdeck
