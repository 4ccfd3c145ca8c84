#include "pages/CalculatorsPage.h"

#include "AppTheme.h"
#include "PlainToolTip.h"
#include "dialogs/CalcDrillDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QStyle>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace certdeck {

using calc::Field;

namespace {

const QString kNoteScheme = QStringLiteral("certdeck-note");
const char* const kInvalidProperty = "calcInvalid";

/// The palette's hint colour as an opaque colour over `background` (HTML drops the alpha of a colour name,
/// and the placeholder colour is often the text colour half transparent).
QColor hintColour(const QPalette& palette, QPalette::ColorRole background)
{
    const QColor hint = palette.color(QPalette::PlaceholderText);
    const QColor under = palette.color(background);
    const float a = hint.alphaF();
    return QColor::fromRgbF(hint.redF() * a + under.redF() * (1 - a),
                            hint.greenF() * a + under.greenF() * (1 - a),
                            hint.blueF() * a + under.blueF() * (1 - a));
}

/// The letter after the '&' of a mnemonic, lower case; a null QChar when there is none.
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&') {
            continue;
        }
        if (text[i + 1] == u'&') {
            ++i; // "&&" is a literal ampersand
            continue;
        }
        return text[i + 1].toLower();
    }
    return {};
}

/// `label` with a keyboard mnemonic on a letter no other control uses (the first letter of a word if
/// possible); any '&' in it stays a literal one. Without a free letter, the label has no mnemonic.
QString withMnemonic(const QString& label, QSet<QChar>* used)
{
    qsizetype chosen = -1;
    for (int pass = 0; pass < 2 && chosen < 0; ++pass) {
        for (qsizetype i = 0; i < label.size(); ++i) {
            const QChar ch = label[i];
            const bool latin = ch.unicode() < 128 && ch.isLetterOrNumber();
            const bool wordStart = i == 0 || !label[i - 1].isLetterOrNumber();
            if (latin && (pass == 1 || wordStart) && !used->contains(ch.toLower())) {
                chosen = i;
                break;
            }
        }
    }
    QString out;
    for (qsizetype i = 0; i < label.size(); ++i) {
        if (i == chosen) {
            out += u'&';
            used->insert(label[i].toLower());
        }
        out += label[i];
        if (label[i] == u'&') {
            out += u'&';
        }
    }
    return out;
}

/// A number as a learner would type it in `locale`: no group separators, no exponent, as few digits as
/// give the value back.
QString inputText(double value, const QLocale& locale)
{
    QLocale plain = locale;
    plain.setNumberOptions(QLocale::OmitGroupSeparator);
    return plain.toString(value, 'f', QLocale::FloatingPointShortest);
}

QString withUnit(const QString& number, const QString& unit)
{
    return unit.isEmpty() ? number : number + u' ' + unit;
}

/// The page a fact comes from as an http(s) address, or nothing (a link is made only to the web).
QUrl webUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    return url.isValid() && (scheme == QLatin1String("https") || scheme == QLatin1String("http")) ? url
                                                                                                  : QUrl();
}

/// A scroll area as tall as what it holds (QScrollArea keeps the first size it saw), and able to shrink to a
/// few lines in a low window, where it scrolls.
class FittedScrollArea : public QScrollArea {
public:
    using QScrollArea::QScrollArea;

    QSize sizeHint() const override
    {
        const int frame = 2 * frameWidth();
        const QSize held = widget() ? widget()->sizeHint() : QSize();
        const int bar = verticalScrollBar()->isVisible() ? verticalScrollBar()->sizeHint().width() : 0;
        return {held.width() + frame + bar, held.height() + frame};
    }
    QSize minimumSizeHint() const override
    {
        return {QScrollArea::minimumSizeHint().width(),
                std::min(sizeHint().height(), fontMetrics().height() * 5)};
    }

protected:
    bool viewportEvent(QEvent* event) override
    {
        // What it holds has grown or shrunk (an error line shown or hidden): so does the area.
        if (event->type() == QEvent::LayoutRequest) {
            updateGeometry();
        }
        return QScrollArea::viewportEvent(event);
    }
};

} // namespace

/// The form of one calculator: an editor per field, the label naming it and the line under it for its error.
struct CalculatorsPage::Form {
    struct Editor {
        Field field;
        QLabel* label = nullptr;
        QLineEdit* line = nullptr;
        QComboBox* combo = nullptr;
        QCheckBox* check = nullptr;
        QLabel* error = nullptr;

        QWidget* input() const
        {
            if (line) {
                return line;
            }
            if (combo) {
                return combo;
            }
            return check;
        }
    };

    const calc::Calculator* calculator = nullptr;
    QWidget* widget = nullptr;
    QList<Editor> editors;
};

CalculatorsPage::CalculatorsPage(AppContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 14);
    layout->setSpacing(16);

    // The calculators.
    auto* left = new QVBoxLayout;
    left->setSpacing(6);
    auto* listLabel = new QLabel(tr("&Calculators"), this);
    listLabel->setObjectName(QStringLiteral("calcListLabel"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("calcList"));
    m_list->setAccessibleName(tr("Calculators"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSpacing(2);
    listLabel->setBuddy(m_list);
    for (const calc::Calculator* c : calc::calculators()) {
        auto* item = new QListWidgetItem(c->title(), m_list);
        item->setData(Qt::UserRole, c->id());
        item->setToolTip(plainToolTip(c->summary()));
        m_forms.push_back(nullptr);
    }
    const int listWidth = std::clamp(m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth() + 16, 150, 200);
    m_list->setFixedWidth(listWidth);
    listLabel->setFixedWidth(listWidth);
    left->addWidget(listLabel);
    left->addWidget(m_list, 1);
    layout->addLayout(left);

    // The calculator chosen: what it works out, its form, and the answer.
    auto* right = new QVBoxLayout;
    right->setSpacing(8);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("calcTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    right->addWidget(m_title);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("calcSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    right->addWidget(m_summary);

    // The form scrolls on its own when the window is too low for it, so the answer stays in view.
    m_formArea = new FittedScrollArea(this);
    m_formArea->setObjectName(QStringLiteral("calcFormArea"));
    m_formArea->setFrameShape(QFrame::NoFrame);
    m_formArea->setWidgetResizable(true);
    m_formArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_formArea->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_formArea->setFocusPolicy(Qt::NoFocus);
    m_formHost = new QWidget(m_formArea);
    m_formHost->setObjectName(QStringLiteral("calcFormHost"));
    m_formHost->setBackgroundRole(QPalette::Window);
    auto* hostLayout = new QVBoxLayout(m_formHost);
    hostLayout->setContentsMargins(0, 6, 0, 6);
    hostLayout->setSpacing(0);
    m_formArea->setWidget(m_formHost);
    m_formArea->viewport()->setBackgroundRole(QPalette::Window);
    right->addWidget(m_formArea);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(8);
    m_copy = new QPushButton(tr("Co&py"), this);
    m_copy->setObjectName(QStringLiteral("calcCopy"));
    m_copy->setToolTip(tr("Copy the answer, its steps and the figures used, with their sources, as text"));
    connect(m_copy, &QPushButton::clicked, this, &CalculatorsPage::copyResult);
    m_drill = new QPushButton(tr("&Drill Me…"), this);
    m_drill->setObjectName(QStringLiteral("calcDrill"));
    m_drill->setToolTip(tr("Exam-style questions worked out by this calculator, one after another"));
    connect(m_drill, &QPushButton::clicked, this, &CalculatorsPage::openDrill);
    m_copied = new QLabel(this);
    m_copied->setObjectName(QStringLiteral("calcCopied"));
    m_copied->setForegroundRole(QPalette::PlaceholderText);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_drill);
    buttons->addWidget(m_copied);
    buttons->addStretch(1);
    right->addLayout(buttons);

    m_results = new QTextBrowser(this);
    m_results->setObjectName(QStringLiteral("calcResults"));
    m_results->setAccessibleName(tr("Answer"));
    m_results->setOpenLinks(false); // the page decides: the notes here, AWS pages in the browser
    m_results->setFocusPolicy(Qt::StrongFocus);
    m_results->document()->setDocumentMargin(10);
    connect(m_results, &QTextBrowser::anchorClicked, this, &CalculatorsPage::linkActivated);
    right->addWidget(m_results, 1);
    layout->addLayout(right, 1);

    setFocusProxy(m_list);
    connect(m_list, &QListWidget::currentRowChanged, this, &CalculatorsPage::calculatorChosen);
    render();
}

CalculatorsPage::~CalculatorsPage() = default;

bool CalculatorsPage::ensureLoaded()
{
    if (m_loadTried) {
        return m_library.has_value();
    }
    m_loadTried = true;
    QString error;
    const ContentRepository* content = m_context.content(&error);
    if (!content) {
        m_loadError = error;
        render();
        return false;
    }
    Result<calc::CalcLibrary> library = calc::CalcLibrary::load(*content);
    if (!library) {
        m_loadError = library.error();
        render();
        return false;
    }
    m_library = std::move(library).value();
    return true;
}

void CalculatorsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The content is read the first time the page shows, never at start-up.
    if (!m_loadTried && ensureLoaded() && m_list->currentRow() < 0 && m_list->count() > 0) {
        m_list->setCurrentRow(0);
    }
}

void CalculatorsPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_results) {
        // Colours come from the palette: follow a switch between light and dark.
        if (Form* f = form(m_list->currentRow())) {
            showFieldErrors(*f);
        }
        render();
    }
}

QString CalculatorsPage::currentCalculatorId() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool CalculatorsPage::showCalculator(const QString& id, const QHash<QString, QString>& inputs)
{
    int row = -1;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == id) {
            row = i;
        }
    }
    if (row < 0) {
        return false;
    }
    ensureLoaded();
    m_list->setCurrentRow(row); // builds the form on first choice
    if (Form* f = form(row)) {
        fillExample(*f, inputs);
        recompute();
    }
    return true;
}

CalculatorsPage::Form* CalculatorsPage::form(int row)
{
    if (row < 0 || std::size_t(row) >= m_forms.size() || !m_library) {
        return nullptr;
    }
    if (!m_forms[std::size_t(row)]) {
        auto f = std::make_unique<Form>();
        f->calculator = calc::calculator(m_list->item(row)->data(Qt::UserRole).toString());
        if (!f->calculator) {
            return nullptr;
        }
        buildForm(*f);
        fillExample(*f, {});
        m_forms[std::size_t(row)] = std::move(f);
    }
    return m_forms[std::size_t(row)].get();
}

void CalculatorsPage::buildForm(Form& f)
{
    f.widget = new QWidget(m_formHost);
    f.widget->setObjectName(QStringLiteral("calcForm-%1").arg(f.calculator->id()));
    f.widget->setAccessibleName(tr("Inputs"));
    auto* grid = new QGridLayout(f.widget);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);
    grid->setColumnStretch(1, 1);

    // Mnemonics on letters nothing else in the window uses: the page's own controls and the menus.
    QSet<QChar> used;
    for (const QLabel* label : findChildren<QLabel*>(QStringLiteral("calcListLabel"))) {
        used.insert(mnemonicOf(label->text()));
    }
    used.insert(mnemonicOf(m_copy->text()));
    used.insert(mnemonicOf(m_drill->text()));
    if (QWidget* top = window(); top && top != this) {
        for (const QMenuBar* bar : top->findChildren<QMenuBar*>()) {
            for (const QAction* action : bar->actions()) {
                used.insert(mnemonicOf(action->text()));
            }
        }
    }
    used.remove(QChar());

    const QFontMetrics metrics(font());
    const int digit = metrics.horizontalAdvance(QLatin1Char('0'));
    int row = 0;
    QWidget* previous = m_list;
    for (const Field& field : f.calculator->fields(m_library->facts())) {
        Form::Editor e;
        e.field = field;
        const QString name = withMnemonic(field.label, &used);
        QWidget* input = nullptr;
        switch (field.type) {
        case Field::Type::Number:
        case Field::Type::Text: {
            e.line = new QLineEdit(f.widget);
            const bool number = field.type == Field::Type::Number;
            // A fixed width: the red frame of an invalid value does not move the unit beside it.
            e.line->setFixedWidth(digit * (number ? 14 : 34) + 16);
            if (number) {
                e.line->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
                e.line->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
            }
            if (!field.required && !field.defaultValue.isEmpty()) {
                bool ok = false;
                const double d = QLocale::c().toDouble(field.defaultValue, &ok);
                e.line->setPlaceholderText(number && ok ? inputText(d, QLocale()) : field.defaultValue);
            }
            connect(e.line, &QLineEdit::textChanged, this, &CalculatorsPage::recompute);
            input = e.line;
            break;
        }
        case Field::Type::Choice:
            e.combo = new QComboBox(f.widget);
            for (qsizetype i = 0; i < field.choices.size(); ++i) {
                e.combo->addItem(field.choiceLabels.value(i, field.choices[i]), field.choices[i]);
            }
            e.combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
            connect(e.combo, &QComboBox::currentIndexChanged, this, &CalculatorsPage::recompute);
            input = e.combo;
            break;
        case Field::Type::Switch:
            e.check = new QCheckBox(name, f.widget);
            connect(e.check, &QCheckBox::toggled, this, &CalculatorsPage::recompute);
            input = e.check;
            break;
        }
        input->setObjectName(QStringLiteral("calcField-%1").arg(field.key));
        //: A field's accessible name with its unit: "Item size (KB)"
        input->setAccessibleName(field.unit.isEmpty() ? field.label
                                                      : tr("%1 (%2)").arg(field.label, field.unit));
        input->setAccessibleDescription(field.help);
        if (!field.help.isEmpty()) {
            input->setToolTip(plainToolTip(field.help));
        }
        if (field.type == Field::Type::Switch) {
            grid->addWidget(input, row, 1);
        } else {
            //: A field's label in a calculator's form: "Item size:"
            e.label = new QLabel(tr("%1:").arg(name), f.widget);
            e.label->setObjectName(QStringLiteral("calcLabel-%1").arg(field.key));
            e.label->setBuddy(input);
            e.label->setToolTip(input->toolTip());
            grid->addWidget(e.label, row, 0, Qt::AlignRight | Qt::AlignVCenter);
            // The unit right after the field, whatever the width of the widest field.
            auto* cell = new QHBoxLayout;
            cell->setSpacing(6);
            cell->addWidget(input);
            if (!field.unit.isEmpty()) {
                auto* unit = new QLabel(field.unit, f.widget);
                unit->setObjectName(QStringLiteral("calcUnit-%1").arg(field.key));
                unit->setTextFormat(Qt::PlainText);
                cell->addWidget(unit);
            }
            cell->addStretch(1);
            grid->addLayout(cell, row, 1);
        }
        e.error = new QLabel(f.widget);
        e.error->setObjectName(QStringLiteral("calcError-%1").arg(field.key));
        e.error->setTextFormat(Qt::PlainText); // quotes what was typed
        e.error->setWordWrap(true);
        QFont small = e.error->font();
        small.setPointSizeF(small.pointSizeF() * 0.92);
        e.error->setFont(small);
        e.error->hide();
        grid->addWidget(e.error, row + 1, 1);
        row += 2;
        QWidget::setTabOrder(previous, input);
        previous = input;
        f.editors.append(e);
    }
    // Keyboard order: the list, the fields from top to bottom, then the buttons and the answer.
    QWidget::setTabOrder(previous, m_copy);
    QWidget::setTabOrder(m_copy, m_drill);
    QWidget::setTabOrder(m_drill, m_results);
    m_formHost->layout()->addWidget(f.widget);
    f.widget->hide();
}

void CalculatorsPage::fillExample(Form& f, const QHash<QString, QString>& inputs)
{
    const QLocale locale;
    for (const Form::Editor& e : std::as_const(f.editors)) {
        const QSignalBlocker blockLine(e.line);
        const QSignalBlocker blockCombo(e.combo);
        const QSignalBlocker blockCheck(e.check);
        QString value = inputs.contains(e.field.key) ? inputs.value(e.field.key) : e.field.example;
        switch (e.field.type) {
        case Field::Type::Number: {
            bool ok = false;
            const double d = QLocale::c().toDouble(value, &ok);
            e.line->setText(ok ? inputText(d, locale) : value);
            break;
        }
        case Field::Type::Text:
            e.line->setText(value);
            break;
        case Field::Type::Choice: {
            if (value.isEmpty()) {
                value = e.field.defaultValue;
            }
            const int index = e.combo->findData(value);
            e.combo->setCurrentIndex(std::max(index, 0));
            break;
        }
        case Field::Type::Switch:
            if (value.isEmpty()) {
                value = e.field.defaultValue;
            }
            e.check->setChecked(value == QLatin1String("true") || value == QLatin1String("1"));
            break;
        }
    }
}

void CalculatorsPage::calculatorChosen(int row)
{
    m_copied->clear();
    const QListWidgetItem* item = row >= 0 ? m_list->item(row) : nullptr;
    const calc::Calculator* c = item ? calc::calculator(item->data(Qt::UserRole).toString()) : nullptr;
    m_title->setText(c ? c->title() : QString());
    m_summary->setText(c ? c->summary() : QString());
    if (c && !m_loadTried) {
        ensureLoaded();
    }
    Form* current = form(row);
    for (const std::unique_ptr<Form>& f : m_forms) {
        if (f && f.get() != current) {
            f->widget->hide();
        }
    }
    if (current) {
        current->widget->show();
    }
    m_formArea->setVisible(current != nullptr);
    m_formArea->updateGeometry();
    m_formulas = m_library && c ? m_library->formulasFor(c->id()) : QList<calc::CalcLibrary::Formula>{};
    recompute();
    m_results->verticalScrollBar()->setValue(0); // another calculator's answer starts at its top
}

void CalculatorsPage::recompute()
{
    Form* f = form(m_list->currentRow());
    m_copied->clear();
    if (!f) {
        m_result = calc::CalcResult{};
        render();
        return;
    }
    calc::Inputs inputs;
    inputs.locale = QLocale();
    for (const Form::Editor& e : std::as_const(f->editors)) {
        switch (e.field.type) {
        case Field::Type::Number:
        case Field::Type::Text:
            inputs.text.insert(e.field.key, e.line->text());
            break;
        case Field::Type::Choice:
            inputs.text.insert(e.field.key, e.combo->currentData().toString());
            break;
        case Field::Type::Switch:
            inputs.text.insert(e.field.key,
                               e.check->isChecked() ? QStringLiteral("true") : QStringLiteral("false"));
            break;
        }
    }
    m_result = f->calculator->run(inputs, m_library->facts());
    showFieldErrors(*f);
    render();
}

void CalculatorsPage::showFieldErrors(Form& f)
{
    const QColor red = AppTheme::errorColour(palette());
    for (const Form::Editor& e : std::as_const(f.editors)) {
        QStringList messages;
        for (const calc::FieldError& error : std::as_const(m_result.errors)) {
            if (error.key == e.field.key) {
                //: An error under a field: %1 the field's label, %2 what is wrong ("must be a number from
                //: 0.001 to 400 KB (got 'abc')")
                messages.append(tr("%1 %2").arg(e.field.label, error.message));
            }
        }
        const bool invalid = !messages.isEmpty();
        QWidget* input = e.input();
        const QString text = messages.join(u'\n');
        e.error->setText(text);
        QPalette pal = e.error->palette();
        pal.setColor(QPalette::WindowText, red);
        e.error->setPalette(pal);
        e.error->setVisible(invalid);
        if (input->property(kInvalidProperty).toBool() != invalid || invalid) {
            input->setProperty(kInvalidProperty, invalid);
            // A red frame round the field; the style's own look otherwise.
            input->setStyleSheet(invalid && e.line ? QStringLiteral("QLineEdit { border: 2px solid %1; "
                                                                    "border-radius: 3px; padding: 1px 3px; }")
                                                         .arg(red.name())
                                                   : QString());
        }
        input->setAccessibleDescription(invalid ? text + u'\n' + e.field.help : e.field.help);
    }
    m_formArea->updateGeometry();
}

void CalculatorsPage::render()
{
    const bool answer = m_result.ok() && !m_result.figures.isEmpty();
    m_copy->setEnabled(answer);
    m_drill->setEnabled(m_library.has_value() && m_list->currentRow() >= 0);
    const int scroll = m_results->verticalScrollBar() ? m_results->verticalScrollBar()->value() : 0;
    m_results->setHtml(resultHtml());
    m_results->verticalScrollBar()->setValue(scroll); // typing keeps the place in a long answer
}

QString CalculatorsPage::factValue(const CalcFact& fact) const
{
    return withUnit(QLocale().toString(fact.value, 'g', 12), fact.unit);
}

QString CalculatorsPage::resultHtml() const
{
    const QPalette pal = m_results->palette();
    const QString dim = hintColour(pal, QPalette::Base).name();
    const QString red = AppTheme::errorColour(pal).name();
    auto para = [](const QString& text) { return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()); };
    auto heading = [](const QString& text) {
        return QStringLiteral("<h3 style=\"margin-top:16px; margin-bottom:4px\">%1</h3>")
            .arg(text.toHtmlEscaped());
    };
    if (!m_loadError.isEmpty()) {
        return QStringLiteral("<p style=\"color:%1\">%2</p>")
                   .arg(red, tr("The calculators need the figures in the content, which cannot be read.")
                                 .toHtmlEscaped()) +
               para(m_loadError);
    }
    const Form* f = m_list->currentRow() >= 0 && std::size_t(m_list->currentRow()) < m_forms.size()
                        ? m_forms[std::size_t(m_list->currentRow())].get()
                        : nullptr;
    if (!f) {
        return para(tr("Choose a calculator."));
    }
    if (!m_result.ok()) {
        // What to fix, and nothing from before: a figure from other inputs would read as this one's answer.
        QString html;
        QStringList fieldProblems;
        QStringList otherProblems;
        for (const calc::FieldError& error : m_result.errors) {
            QString label;
            for (const Form::Editor& e : f->editors) {
                if (e.field.key == error.key) {
                    label = e.field.label;
                }
            }
            if (label.isEmpty()) {
                otherProblems.append(error.message);
            } else {
                fieldProblems.append(tr("%1 %2").arg(label, error.message));
            }
        }
        if (!fieldProblems.isEmpty()) {
            html += QStringLiteral("<p><b>%1</b></p>")
                        .arg(tr("To see the answer, fix what is marked in red:").toHtmlEscaped());
            html += QStringLiteral("<ul>");
            for (const QString& p : fieldProblems) {
                html += QStringLiteral("<li style=\"color:%1\">%2</li>").arg(red, p.toHtmlEscaped());
            }
            html += QStringLiteral("</ul>");
        }
        if (!otherProblems.isEmpty()) {
            html += QStringLiteral("<p><b>%1</b></p>").arg(tr("No answer:").toHtmlEscaped());
            for (const QString& p : otherProblems) {
                html += QStringLiteral("<p style=\"color:%1\">%2</p>").arg(red, p.toHtmlEscaped());
            }
        }
        return html;
    }

    const QLocale locale;
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" style=\"margin-bottom:10px\">");
    for (const calc::Figure& fig : m_result.figures) {
        const QString value =
            fig.value
                ? QStringLiteral("<b>%1</b>").arg(fig.number(locale).toHtmlEscaped())
                : QStringLiteral("<span style=\"color:%1\">%2</span>").arg(dim, tr("n/a").toHtmlEscaped());
        html +=
            QStringLiteral("<tr><td style=\"padding-right:14px\">%1</td>"
                           "<td align=\"right\" style=\"padding-right:6px\">%2</td>"
                           "<td style=\"color:%3\">%4</td></tr>")
                .arg(fig.label.toHtmlEscaped(), value, dim, fig.value ? fig.unit.toHtmlEscaped() : QString());
    }
    html += QStringLiteral("</table>");

    if (!m_result.steps.isEmpty()) {
        html += heading(tr("Steps"));
        html += QStringLiteral("<ol style=\"margin-top:0px\">");
        for (const QString& step : m_result.steps) {
            html += QStringLiteral("<li style=\"margin-bottom:3px\">%1</li>").arg(step.toHtmlEscaped());
        }
        html += QStringLiteral("</ol>");
    }

    if (!m_result.factIds.isEmpty()) {
        html += heading(tr("Figures used"));
        html += QStringLiteral("<ul style=\"margin-top:0px\">");
        for (const QString& id : m_result.factIds) {
            const CalcFact* fact = m_library->fact(id);
            if (!fact) {
                continue;
            }
            const QUrl url = webUrl(fact->url);
            const QString page = url.isEmpty() ? fact->ref.toHtmlEscaped()
                                               : QStringLiteral("<a href=\"%1\">%2</a>")
                                                     .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                                                          fact->ref.toHtmlEscaped());
            QString where = page;
            if (fact->isPrice()) {
                //: Where a price comes from: %1 the AWS page, %2 a region, %3 a month (2026-11)
                where = tr("%1, %2, as of %3")
                            .arg(page, fact->region.toHtmlEscaped(), fact->asOf.toHtmlEscaped());
            }
            QString note;
            if (fact->historical) {
                note = QStringLiteral(" <span style=\"color:%1\">%2</span>")
                           .arg(dim, tr("(no longer documented by AWS)").toHtmlEscaped());
            }
            //: One figure a calculator used: %1 its name, %2 its value and unit, %3 the page it comes from
            const QString item =
                tr("%1: %2 (%3)")
                    .arg(fact->name.toHtmlEscaped(),
                         QStringLiteral("<b>%1</b>").arg(factValue(*fact).toHtmlEscaped()), where);
            html += QStringLiteral("<li style=\"margin-bottom:3px\">%1%2</li>").arg(item, note);
        }
        html += QStringLiteral("</ul>");
    }

    if (!m_formulas.isEmpty()) {
        html += heading(tr("In your notes"));
        html += QStringLiteral("<ul style=\"margin-top:0px\">");
        for (qsizetype i = 0; i < m_formulas.size(); ++i) {
            const calc::CalcLibrary::Formula& formula = m_formulas[i];
            QString line = formula.source.file.isEmpty() ? formula.name.toHtmlEscaped()
                                                         : QStringLiteral("<a href=\"%1:%2\">%3</a>")
                                                               .arg(kNoteScheme)
                                                               .arg(i)
                                                               .arg(formula.name.toHtmlEscaped());
            if (formula.section) {
                //: After a formula's name: the section of the notes it comes from
                line += QStringLiteral(" <span style=\"color:%1\">%2</span>")
                            .arg(dim, tr("(in “%1”)").arg(formula.section->title).toHtmlEscaped());
            }
            if (!formula.expression.isEmpty()) {
                line += QStringLiteral("<br><span style=\"color:%1\">%2</span>")
                            .arg(dim, formula.expression.toHtmlEscaped());
            }
            html += QStringLiteral("<li style=\"margin-bottom:5px\">%1</li>").arg(line);
        }
        html += QStringLiteral("</ul>");
    }
    return html;
}

QString CalculatorsPage::resultText() const
{
    const Form* f = m_list->currentRow() >= 0 && std::size_t(m_list->currentRow()) < m_forms.size()
                        ? m_forms[std::size_t(m_list->currentRow())].get()
                        : nullptr;
    if (!f || !m_result.ok() || m_result.figures.isEmpty()) {
        return {};
    }
    const QLocale locale;
    QString text = f->calculator->title() + u'\n';
    // The inputs the answer is for: without them the figures answer nothing.
    for (const Form::Editor& e : f->editors) {
        QString value;
        if (e.line) {
            value = withUnit(e.line->text().trimmed().isEmpty() ? e.line->placeholderText()
                                                                : e.line->text().trimmed(),
                             e.field.unit);
        } else if (e.combo) {
            value = e.combo->currentText();
        } else if (e.check) {
            value = e.check->isChecked() ? tr("yes") : tr("no");
        }
        //: A line of copied text: %1 a label, %2 a value
        text += QStringLiteral("  ") + tr("%1: %2").arg(e.field.label, value) + u'\n';
    }
    text += u'\n';
    for (const calc::Figure& fig : m_result.figures) {
        const QString value = fig.value ? withUnit(fig.number(locale), fig.unit) : tr("n/a");
        text += QStringLiteral("  ") + tr("%1: %2").arg(fig.label, value) + u'\n';
    }
    if (!m_result.steps.isEmpty()) {
        text += u'\n' + tr("Steps:") + u'\n';
        for (qsizetype i = 0; i < m_result.steps.size(); ++i) {
            text += QStringLiteral("  %1. %2\n").arg(i + 1).arg(m_result.steps[i]);
        }
    }
    if (!m_result.factIds.isEmpty()) {
        text += u'\n' + tr("Figures used:") + u'\n';
        for (const QString& id : m_result.factIds) {
            const CalcFact* fact = m_library->fact(id);
            if (!fact) {
                continue;
            }
            QString where = fact->ref;
            if (fact->isPrice()) {
                where = tr("%1, %2, as of %3").arg(fact->ref, fact->region, fact->asOf);
            }
            text += QStringLiteral("  ") + tr("%1: %2 (%3)").arg(fact->name, factValue(*fact), where) + u'\n';
            if (!fact->url.isEmpty()) {
                text += QStringLiteral("    ") + fact->url + u'\n';
            }
        }
    }
    return text;
}

void CalculatorsPage::copyResult()
{
    const QString text = resultText();
    if (text.isEmpty()) {
        return;
    }
    QGuiApplication::clipboard()->setText(text);
    m_copied->setText(tr("Copied."));
}

void CalculatorsPage::openDrill()
{
    Form* f = form(m_list->currentRow());
    if (!f || !m_library) {
        return;
    }
    auto* dialog = new CalcDrillDialog(*f->calculator, m_library->facts(),
                                       QRandomGenerator::global()->generate64(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void CalculatorsPage::linkActivated(const QUrl& url)
{
    if (url.scheme() == kNoteScheme) {
        bool ok = false;
        const int index = url.path().toInt(&ok);
        if (ok && index >= 0 && index < m_formulas.size()) {
            const SourceRef& source = m_formulas[index].source;
            m_context.navigate(NavigationRequest::notesLine(source.file, source.line));
        }
        return;
    }
    if (!webUrl(url.toString()).isEmpty()) {
        QDesktopServices::openUrl(url);
    }
}

} // namespace certdeck
