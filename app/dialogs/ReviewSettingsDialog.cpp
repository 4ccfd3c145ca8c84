#include "dialogs/ReviewSettingsDialog.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace certdeck {

namespace {

/// The line under a field: its range and what it does, in the hint colour.
QLabel* hint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.92);
    label->setFont(font);
    return label;
}

} // namespace

ReviewSettingsDialog::ReviewSettingsDialog(const ReviewSettings& settings, QWidget* parent)
    : QDialog(parent), m_given(settings.normalized())
{
    setObjectName(QStringLiteral("reviewSettingsDialog"));
    setWindowTitle(tr("Flashcard Settings"));
    const QLocale locale;

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 16, 18, 14);
    layout->setSpacing(14);
    auto* form = new QFormLayout;
    form->setVerticalSpacing(4);
    form->setHorizontalSpacing(14);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto addField = [&](const QString& label, QWidget* field, const QString& help) {
        form->addRow(label, field);
        form->addRow(QString(), hint(help, this));
        form->addItem(new QSpacerItem(0, 8));
    };

    m_retention = new QDoubleSpinBox(this);
    m_retention->setObjectName(QStringLiteral("reviewSettingsRetention"));
    m_retention->setDecimals(2);
    m_retention->setSingleStep(0.01);
    m_retention->setRange(FsrsParameters::kMinRetention, FsrsParameters::kMaxRetention);
    m_retention->setAccessibleName(tr("Desired retention"));
    //: %1 and %2 are the lowest and highest desired retention (0.70, 0.97)
    addField(tr("&Desired retention:"), m_retention,
             tr("%1 to %2. The chance of still remembering a card when it comes due: higher means more "
                "reviews. 0.90 suits most learners.")
                 .arg(locale.toString(FsrsParameters::kMinRetention, 'f', 2),
                      locale.toString(FsrsParameters::kMaxRetention, 'f', 2)));

    m_newPerDay = new QSpinBox(this);
    m_newPerDay->setObjectName(QStringLiteral("reviewSettingsNewPerDay"));
    m_newPerDay->setRange(0, ReviewSettings::kMaxNewPerDay);
    m_newPerDay->setAccessibleName(tr("New cards per day"));
    //: %1 is the highest number of new cards per day
    addField(tr("&New cards per day:"), m_newPerDay,
             tr("0 to %1. Cards you have never seen, introduced each study day.")
                 .arg(locale.toString(ReviewSettings::kMaxNewPerDay)));

    m_reviewsPerDay = new QSpinBox(this);
    m_reviewsPerDay->setObjectName(QStringLiteral("reviewSettingsReviewsPerDay"));
    m_reviewsPerDay->setRange(0, ReviewSettings::kMaxReviewsPerDay);
    m_reviewsPerDay->setAccessibleName(tr("Reviews per day"));
    //: %1 is the highest number of reviews per day
    addField(tr("&Reviews per day:"), m_reviewsPerDay,
             tr("0 to %1. The most reviews shown each study day; the rest wait for the next day.")
                 .arg(locale.toString(ReviewSettings::kMaxReviewsPerDay)));

    m_dayStart = new QTimeEdit(this);
    m_dayStart->setObjectName(QStringLiteral("reviewSettingsDayStart"));
    m_dayStart->setDisplayFormat(QStringLiteral("HH:mm"));
    m_dayStart->setAccessibleName(tr("Next day starts at"));
    addField(tr("Next day &starts at:"), m_dayStart,
             tr("Any time from 00:00 to 23:59. Study after midnight but before this time counts for the "
                "evening before."));
    layout->addLayout(form);

    auto* buttons = new QDialogButtonBox(
        QDialogButtonBox::Save | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        ReviewSettings defaults;
        defaults.fuzz = m_given.fuzz;
        fill(defaults);
    });
    layout->addWidget(buttons);

    fill(m_given);
    setMinimumWidth(460);
}

void ReviewSettingsDialog::fill(const ReviewSettings& settings)
{
    m_retention->setValue(settings.desiredRetention);
    m_newPerDay->setValue(settings.newPerDay);
    m_reviewsPerDay->setValue(settings.reviewsPerDay);
    m_dayStart->setTime(settings.nextDayStartsAt);
}

ReviewSettings ReviewSettingsDialog::settings() const
{
    ReviewSettings s = m_given;
    s.desiredRetention = m_retention->value();
    s.newPerDay = m_newPerDay->value();
    s.reviewsPerDay = m_reviewsPerDay->value();
    s.nextDayStartsAt = m_dayStart->time();
    return s.normalized();
}

} // namespace certdeck
