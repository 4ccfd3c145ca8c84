#pragma once

#include "content/ContentRepository.h"
#include "notes/OwnCards.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace certdeck {

/// Writes or edits one of the learner's own cards: front, back and topic, prefilled (from the notes lines it
/// is made from, or the card as stored), with the source shown as a quote. Save checks the card
/// (OwnCards::problems) and says what to fix beside the field; the dialog only collects the card (AppContext
/// saves it).
class OwnCardDialog : public QDialog {
    Q_OBJECT

public:
    /// `topics` in the order to offer them; `catalog` to check the chosen one; `sourceName` says where the
    /// card comes from ("week3 (your notes), line 4").
    OwnCardDialog(const OwnCard& draft, const QList<TopicRow>& topics, TopicCatalog catalog,
                  const QString& sourceName, QWidget* parent = nullptr);

    /// The card as the fields show it.
    OwnCard card() const;
    /// Checks the card and shows what is wrong at its field; true (and the dialog accepted) when it can be
    /// saved.
    bool save();

private:
    OwnCard m_draft;
    TopicCatalog m_catalog;
    QPlainTextEdit* m_front = nullptr;
    QPlainTextEdit* m_back = nullptr;
    QComboBox* m_topic = nullptr;
    QLabel* m_frontProblem = nullptr;
    QLabel* m_backProblem = nullptr;
    QLabel* m_topicProblem = nullptr;
};

} // namespace certdeck
