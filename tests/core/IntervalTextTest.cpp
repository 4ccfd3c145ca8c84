// The intervals the answer buttons show: the largest unit that fits, rounded the way a learner reads it.
#include "review/IntervalText.h"

#include <gtest/gtest.h>

using namespace certdeck;

namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

std::string text(qint64 seconds)
{
    return IntervalText::format(seconds, QLocale::c()).toStdString();
}

TEST(IntervalText, LearningStepsInMinutes)
{
    EXPECT_EQ(text(0), "<1m");
    EXPECT_EQ(text(-30), "<1m") << "a card already due";
    EXPECT_EQ(text(59), "<1m");
    EXPECT_EQ(text(60), "1m") << "Again on a new card";
    EXPECT_EQ(text(6 * kMinute), "6m") << "Hard on a new card";
    EXPECT_EQ(text(10 * kMinute), "10m") << "Good on a new card";
    EXPECT_EQ(text(89), "1m");
    EXPECT_EQ(text(90), "2m");
    EXPECT_EQ(text(59 * kMinute), "59m");
}

TEST(IntervalText, HoursKeepOneDecimalWhenItIsNotZero)
{
    EXPECT_EQ(text(3570), "1h") << "59.5 minutes round up to an hour, never \"60m\"";
    EXPECT_EQ(text(kHour), "1h");
    EXPECT_EQ(text(90 * kMinute), "1.5h");
    EXPECT_EQ(text(23 * kHour + 54 * kMinute), "23.9h");
    EXPECT_EQ(text(kDay - 1), "1d") << "rounds up to a day, never \"24h\"";
}

TEST(IntervalText, DaysAreWholeUpToAMonth)
{
    EXPECT_EQ(text(kDay), "1d");
    EXPECT_EQ(text(kDay + 5 * kHour), "1d");
    EXPECT_EQ(text(12 * kDay), "12d");
    EXPECT_EQ(text(30 * kDay), "30d");
}

TEST(IntervalText, MonthsAndYearsKeepOneDecimal)
{
    EXPECT_EQ(text(31 * kDay), "1mo");
    EXPECT_EQ(text(97 * kDay), "3.2mo");
    EXPECT_EQ(text(364 * kDay), "1y") << "11.97 months round to a year, never \"12mo\"";
    EXPECT_EQ(text(365 * kDay), "1y");
    EXPECT_EQ(text(548 * kDay), "1.5y");
    EXPECT_EQ(text(36500 * kDay), "100y") << "the longest interval FSRS gives";
}

TEST(IntervalText, DecimalsFollowTheLocale)
{
    EXPECT_EQ(IntervalText::format(548 * kDay, QLocale(QLocale::German)).toStdString(), "1,5y");
}

} // namespace
