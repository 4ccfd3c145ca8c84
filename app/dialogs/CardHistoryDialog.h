#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace certdeck {

class ReviewStore;

/// One card's reviews, oldest first: when (local time), the rating, the state the card was in and the
/// interval the review set. Read once when opened; `store` may be null (progress not open), which it says.
class CardHistoryDialog : public QDialog {
    Q_OBJECT

public:
    CardHistoryDialog(const ReviewStore* store, const QString& cardId, const QString& front,
                      QWidget* parent = nullptr);

    /// "Again", "Hard", "Good", "Easy" in the learner's language.
    static QString ratingLabel(int rating);

private:
    QLabel* m_status = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace certdeck
