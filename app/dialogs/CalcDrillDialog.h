#pragma once

#include "calc/Calculator.h"

#include <QDialog>
#include <QList>

class QButtonGroup;
class QLabel;
class QPushButton;
class QRadioButton;
class QVBoxLayout;

namespace certdeck {

/// A drill of one calculator: exam-style numeric questions one after another (calc::drill), an option chosen
/// with the radio buttons, Check (Enter) to see whether it is right, why each option is right or wrong and
/// the worked steps, then Next; the score at the end.
class CalcDrillDialog : public QDialog {
    Q_OBJECT

public:
    static constexpr int kQuestions = 10;

    CalcDrillDialog(const calc::Calculator& calculator, const calc::FactBook& facts, quint64 seed,
                    QWidget* parent = nullptr);

    const QList<calc::DrillQuestion>& questions() const { return m_questions; }
    /// The question on show; -1 once the drill is over (or could not be made).
    int currentIndex() const { return m_index < m_questions.size() ? int(m_index) : -1; }
    /// Questions answered right so far.
    int score() const { return m_right; }
    /// The question on show has been checked.
    bool isChecked() const { return m_checked; }

public slots:
    /// Chooses option `index` of the question on show.
    void choose(int index);
    /// Says whether the chosen option is right, and why each option is right or wrong.
    void check();
    /// The next question, or the score after the last.
    void next();
    /// A new drill (another seed).
    void restart();

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void start(quint64 seed);
    void showQuestion();
    void showScore();
    void clearOptions();
    void updateButtons();

    const calc::Calculator& m_calculator;
    calc::FactBook m_facts;
    QList<calc::DrillQuestion> m_questions;
    qsizetype m_index = 0;
    int m_right = 0;
    bool m_checked = false;

    QLabel* m_progress = nullptr;
    QLabel* m_stem = nullptr;
    QWidget* m_optionsBox = nullptr;
    QVBoxLayout* m_optionsLayout = nullptr;
    QButtonGroup* m_group = nullptr;
    QList<QRadioButton*> m_options;
    QList<QLabel*> m_whys;
    QLabel* m_verdict = nullptr;
    QLabel* m_explanation = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_again = nullptr;
};

} // namespace certdeck
