#pragma once

#include "review/Fsrs.h"

#include <QString>
#include <QTime>

class QSettings;

namespace certdeck {

/// What the learner sets for flashcards, with its defaults and ranges. Read and written in one place (the
/// "review" group of the settings file); values out of range are brought into range when read.
struct ReviewSettings {
    static constexpr int kMaxNewPerDay = 9999;
    static constexpr int kMaxReviewsPerDay = 99999;

    double desiredRetention = 0.9; ///< FsrsParameters::kMinRetention to kMaxRetention
    int newPerDay = 20;
    int reviewsPerDay = 200;
    QTime nextDayStartsAt{4, 0};
    bool fuzz = true; ///< spread intervals a little so cards learned together do not stay together

    /// The scheduler parameters these settings give.
    FsrsParameters fsrs() const;
    /// Brings every value into its range.
    ReviewSettings normalized() const;

    static ReviewSettings load(const QSettings& settings);
    void save(QSettings& settings) const;

    friend bool operator==(const ReviewSettings&, const ReviewSettings&) = default;
};

} // namespace certdeck
