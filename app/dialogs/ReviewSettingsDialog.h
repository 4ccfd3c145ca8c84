#pragma once

#include "review/ReviewSettings.h"

#include <QDialog>

class QDoubleSpinBox;
class QSpinBox;
class QTimeEdit;

namespace certdeck {

/// The flashcard settings a learner may change: desired retention, new cards and reviews per day, and when a
/// study day starts. Each field says its range; the dialog only collects values (AppContext saves them).
class ReviewSettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit ReviewSettingsDialog(const ReviewSettings& settings, QWidget* parent = nullptr);

    /// The settings as the fields show them (what the dialog does not show is kept as it was given).
    ReviewSettings settings() const;

private:
    void fill(const ReviewSettings& settings);

    ReviewSettings m_given;
    QDoubleSpinBox* m_retention = nullptr;
    QSpinBox* m_newPerDay = nullptr;
    QSpinBox* m_reviewsPerDay = nullptr;
    QTimeEdit* m_dayStart = nullptr;
};

} // namespace certdeck
