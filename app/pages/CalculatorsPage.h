#pragma once

#include "AppContext.h"
#include "calc/CalcLibrary.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

class QLabel;
class QListWidget;
class QPushButton;
class QScrollArea;
class QTextBrowser;
class QUrl;

namespace certdeck {

/// The calculators of core/calc: a list of them, and for the one chosen a form made from its fields, with the
/// answer worked out as the learner types: the figures, the steps, the figures used (each with its AWS page)
/// and the formulas in the notes that name it. A value a field cannot take is said beside that field and the
/// page shows no figures until it is fixed. The figures come from the content, read the first time the page
/// is shown. "Drill me" asks exam-style questions made from the calculator.
class CalculatorsPage : public QWidget {
    Q_OBJECT

public:
    explicit CalculatorsPage(AppContext& context, QWidget* parent = nullptr);
    ~CalculatorsPage() override;

    /// Chooses calculator `id` with its example in the form, then `inputs` (by field key, C locale) over it.
    /// False when there is no such calculator.
    bool showCalculator(const QString& id, const QHash<QString, QString>& inputs = {});
    /// The calculator chosen (empty before the content is read).
    QString currentCalculatorId() const;
    /// The answer on show: errors (no figures) while a field is invalid.
    const calc::CalcResult& result() const { return m_result; }
    /// The answer as plain text: title, figures, steps, and the figures used with their sources. Empty while
    /// there is no answer.
    QString resultText() const;

public slots:
    /// Puts resultText() on the clipboard.
    void copyResult();
    /// Opens a drill of the chosen calculator.
    void openDrill();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Form;

    bool ensureLoaded();
    void calculatorChosen(int row);
    Form* form(int row);
    void buildForm(Form& form);
    void fillExample(Form& form, const QHash<QString, QString>& inputs);
    void recompute();
    void render();
    void showFieldErrors(Form& form);
    void linkActivated(const QUrl& url);
    QString resultHtml() const;
    QString factValue(const CalcFact& fact) const;

    AppContext& m_context;
    std::optional<calc::CalcLibrary> m_library;
    bool m_loadTried = false;
    QString m_loadError;
    std::vector<std::unique_ptr<Form>> m_forms; ///< by row of the list; built on first choice
    calc::CalcResult m_result;
    QList<calc::CalcLibrary::Formula> m_formulas; ///< of the calculator chosen, for the links

    QListWidget* m_list = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QScrollArea* m_formArea = nullptr;
    QWidget* m_formHost = nullptr; ///< holds every form built; only the chosen one shows
    QPushButton* m_copy = nullptr;
    QPushButton* m_drill = nullptr;
    QLabel* m_copied = nullptr;
    QTextBrowser* m_results = nullptr;
};

} // namespace certdeck
