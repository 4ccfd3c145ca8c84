// The Calculators page, driven offscreen as a learner would: the list, a form made from a calculator's
// fields, the answer as you type, errors beside their fields, the example through navigation, copying the
// answer, and the drill.
#include "pages/CalculatorsPage.h"

#include "MainWindow.h"
#include "calc/Calculator.h"
#include "dialogs/CalcDrillDialog.h"
#include "util/AppPaths.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <gtest/gtest.h>

using namespace certdeck;

/// Prints QStrings in assertion messages.
inline void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}

/// Lets a QString follow `<<` in an assertion's message.
static std::ostream& operator<<(std::ostream& os, const QString& s)
{
    return os << s.toStdString();
}

namespace {

class CalculatorsPageTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        QSettings(AppPaths::settingsFile(), QSettings::IniFormat).clear();
        context = std::make_unique<AppContext>(QStringLiteral(CERTDECK_TEST_CONTENT_DB),
                                               data.filePath(QStringLiteral("progress.db")));
    }

    void TearDown() override
    {
        page.reset();
        QLocale::setDefault(QLocale::system());
        QSettings(AppPaths::settingsFile(), QSettings::IniFormat).clear();
    }

    /// The page on its own, shown and active: it reads the content and chooses the first calculator.
    void openPage()
    {
        page = std::make_unique<CalculatorsPage>(*context);
        page->resize(1000, 700);
        page->show();
        page->activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(page.get()));
    }

    QWidget* form(const QString& calculator) const
    {
        return page->findChild<QWidget*>(QStringLiteral("calcForm-") + calculator);
    }

    template <class T>
    T* field(const QString& calculator, const QString& key) const
    {
        QWidget* f = form(calculator);
        EXPECT_TRUE(f) << calculator.toStdString();
        T* found = f ? f->findChild<T*>(QStringLiteral("calcField-") + key) : nullptr;
        EXPECT_TRUE(found) << key.toStdString();
        return found;
    }

    QLabel* errorLabel(const QString& calculator, const QString& key) const
    {
        QWidget* f = form(calculator);
        return f ? f->findChild<QLabel*>(QStringLiteral("calcError-") + key) : nullptr;
    }

    /// Types `text` into a field as the learner would, replacing what is there.
    void type(QLineEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClicks(edit, text);
    }

    QString answer() const
    {
        return page->findChild<QTextBrowser*>(QStringLiteral("calcResults"))->toPlainText();
    }

    QTemporaryDir data;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<CalculatorsPage> page;
};

TEST_F(CalculatorsPageTest, ListsEveryCalculatorAndFormsTheFirstFromItsFields)
{
    openPage();
    auto* list = page->findChild<QListWidget*>(QStringLiteral("calcList"));
    ASSERT_TRUE(list);
    const QList<const calc::Calculator*>& all = calc::calculators();
    ASSERT_EQ(list->count(), all.size());
    for (int i = 0; i < list->count(); ++i) {
        EXPECT_EQ(list->item(i)->text(), all[i]->title());
        EXPECT_EQ(list->item(i)->data(Qt::UserRole).toString(), all[i]->id());
    }
    EXPECT_EQ(page->currentCalculatorId(), all.first()->id()) << "the first is chosen when the page shows";

    // Every calculator's form has an editor of the field's kind, a label with a mnemonic that names it, the
    // field's help as its tooltip and accessible description, and starts with the example.
    for (int i = 0; i < list->count(); ++i) {
        list->setCurrentRow(i);
        const calc::Calculator* c = all[i];
        EXPECT_EQ(page->currentCalculatorId(), c->id());
        EXPECT_TRUE(form(c->id()) && form(c->id())->isVisible()) << c->id().toStdString();
        for (const calc::Field& f : c->fields(calc::FactBook())) {
            QWidget* input = field<QWidget>(c->id(), f.key);
            ASSERT_TRUE(input);
            switch (f.type) {
            case calc::Field::Type::Number:
            case calc::Field::Type::Text:
                EXPECT_TRUE(qobject_cast<QLineEdit*>(input)) << f.key.toStdString();
                break;
            case calc::Field::Type::Choice: {
                auto* combo = qobject_cast<QComboBox*>(input);
                ASSERT_TRUE(combo) << f.key.toStdString();
                ASSERT_EQ(combo->count(), f.choices.size());
                for (int k = 0; k < combo->count(); ++k) {
                    EXPECT_EQ(combo->itemText(k), f.choiceLabels.value(k));
                    EXPECT_EQ(combo->itemData(k).toString(), f.choices[k]);
                }
                break;
            }
            case calc::Field::Type::Switch:
                EXPECT_TRUE(qobject_cast<QCheckBox*>(input)) << f.key.toStdString();
                break;
            }
            EXPECT_TRUE(input->accessibleName().startsWith(f.label)) << input->accessibleName().toStdString();
            EXPECT_EQ(input->accessibleDescription(), f.help);
            if (!f.help.isEmpty()) {
                EXPECT_TRUE(input->toolTip().contains(f.help.toHtmlEscaped()));
            }
            if (f.type != calc::Field::Type::Switch) {
                auto* label = form(c->id())->findChild<QLabel*>(QStringLiteral("calcLabel-") + f.key);
                ASSERT_TRUE(label) << f.key.toStdString();
                EXPECT_EQ(label->buddy(), input);
                EXPECT_TRUE(label->text().contains(u'&'))
                    << "a keyboard mnemonic: " << label->text().toStdString();
            }
        }
        EXPECT_TRUE(page->result().ok()) << "the example computes";
        EXPECT_FALSE(page->result().figures.isEmpty());
    }
}

TEST_F(CalculatorsPageTest, TypingAnItemSizeUpdatesTheRcuAsYouType)
{
    openPage();
    ASSERT_EQ(page->currentCalculatorId(), QStringLiteral("dynamodb"));
    // The example: 10 eventually consistent reads per second of 6 KB items = 10 x 2 x 0.5 = 10 RCU.
    EXPECT_EQ(page->result().figure(QStringLiteral("rcu")), 10.0);
    auto* item = field<QLineEdit>(QStringLiteral("dynamodb"), QStringLiteral("item-kb"));
    ASSERT_TRUE(item);
    type(item, QStringLiteral("9")); // 3 blocks of 4 KB: 10 x 3 x 0.5 = 15
    EXPECT_EQ(page->result().figure(QStringLiteral("rcu")), 15.0);
    EXPECT_TRUE(answer().contains(QStringLiteral("Read capacity units"))) << answer();
    EXPECT_TRUE(answer().contains(QStringLiteral("15"))) << answer();
    EXPECT_TRUE(answer().contains(QStringLiteral("9 KB rounds up to 12 KB")))
        << "the steps follow: " << answer();

    auto* mode = field<QComboBox>(QStringLiteral("dynamodb"), QStringLiteral("read-mode"));
    mode->setCurrentIndex(mode->findData(QStringLiteral("strong")));
    EXPECT_EQ(page->result().figure(QStringLiteral("rcu")), 30.0) << "a choice recomputes too";
    EXPECT_TRUE(answer().contains(QStringLiteral("Figures used"))) << answer();
    EXPECT_TRUE(answer().contains(QStringLiteral("Amazon DynamoDB Developer Guide"))) << answer();
    EXPECT_TRUE(answer().contains(QStringLiteral("In your notes"))) << answer();
}

TEST_F(CalculatorsPageTest, AnOutOfRangeValueIsSaidBesideItsFieldAndNoFiguresShow)
{
    openPage();
    auto* item = field<QLineEdit>(QStringLiteral("dynamodb"), QStringLiteral("item-kb"));
    QLabel* error = errorLabel(QStringLiteral("dynamodb"), QStringLiteral("item-kb"));
    ASSERT_TRUE(item && error);
    EXPECT_FALSE(error->isVisible());
    EXPECT_FALSE(item->property("calcInvalid").toBool());

    type(item, QStringLiteral("500"));
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().contains(QStringLiteral("400"))) << "the range: " << error->text();
    EXPECT_TRUE(error->text().contains(QStringLiteral("500"))) << error->text();
    EXPECT_TRUE(item->property("calcInvalid").toBool()) << "the field is marked";
    EXPECT_TRUE(item->accessibleDescription().contains(error->text()));
    EXPECT_FALSE(errorLabel(QStringLiteral("dynamodb"), QStringLiteral("reads-per-sec"))->isVisible())
        << "only the field that is wrong";
    EXPECT_FALSE(page->result().ok());
    EXPECT_TRUE(page->result().figures.isEmpty());
    EXPECT_FALSE(answer().contains(QStringLiteral("Read capacity units")))
        << "no stale figures: " << answer();
    EXPECT_FALSE(answer().contains(QStringLiteral("Steps"))) << answer();
    EXPECT_TRUE(answer().contains(QStringLiteral("fix"))) << "it says what to fix: " << answer();
    EXPECT_TRUE(answer().contains(error->text())) << answer();
    EXPECT_FALSE(page->findChild<QPushButton*>(QStringLiteral("calcCopy"))->isEnabled());

    type(item, QStringLiteral("4"));
    EXPECT_FALSE(error->isVisible());
    EXPECT_FALSE(item->property("calcInvalid").toBool());
    EXPECT_EQ(page->result().figure(QStringLiteral("rcu")), 5.0);
    EXPECT_TRUE(page->findChild<QPushButton*>(QStringLiteral("calcCopy"))->isEnabled());
}

TEST_F(CalculatorsPageTest, ANonNumericValueIsSaidBesideItsFieldAndNoFiguresShow)
{
    openPage();
    auto* reads = field<QLineEdit>(QStringLiteral("dynamodb"), QStringLiteral("reads-per-sec"));
    QLabel* error = errorLabel(QStringLiteral("dynamodb"), QStringLiteral("reads-per-sec"));
    ASSERT_TRUE(reads && error);
    type(reads, QStringLiteral("ten"));
    EXPECT_TRUE(error->isVisible());
    EXPECT_TRUE(error->text().startsWith(QStringLiteral("Reads per second"))) << error->text();
    EXPECT_TRUE(error->text().contains(QStringLiteral("'ten'"))) << error->text();
    EXPECT_TRUE(reads->property("calcInvalid").toBool());
    EXPECT_FALSE(errorLabel(QStringLiteral("dynamodb"), QStringLiteral("item-kb"))->isVisible());
    EXPECT_TRUE(page->result().figures.isEmpty());
    EXPECT_FALSE(answer().contains(QStringLiteral("RCU"))) << answer();
    for (const char* bad : {"nan", "inf", "1e999"}) {
        type(reads, QString::fromLatin1(bad));
        EXPECT_TRUE(error->isVisible()) << bad;
        EXPECT_TRUE(page->result().figures.isEmpty()) << bad;
    }
}

TEST_F(CalculatorsPageTest, NumbersAreReadAndWrittenInTheLocale)
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    openPage();
    auto* item = field<QLineEdit>(QStringLiteral("dynamodb"), QStringLiteral("item-kb"));
    type(item, QStringLiteral("2,5"));
    EXPECT_TRUE(page->result().ok());
    EXPECT_EQ(page->result().figure(QStringLiteral("read_units_per_item")), 0.5);
    EXPECT_TRUE(answer().contains(QStringLiteral("0,5"))) << "figures in the locale: " << answer();

    ASSERT_TRUE(page->showCalculator(QStringLiteral("dynamodb"),
                                     {{QStringLiteral("item-kb"), QStringLiteral("1.5")}}));
    EXPECT_EQ(item->text(), QStringLiteral("1,5")) << "inputs from a request are shown in the locale";
}

TEST_F(CalculatorsPageTest, NavigationOpensTheCalculatorWithItsExample)
{
    MainWindow window(*context);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_FALSE(window.pageIfBuilt(PageId::Calculators)) << "nothing of the page before it is asked for";

    context->navigate(NavigationRequest::calculator(QStringLiteral("dynamodb-partitions")));
    EXPECT_EQ(window.currentPage(), PageId::Calculators);
    auto* calculators = qobject_cast<CalculatorsPage*>(window.pageIfBuilt(PageId::Calculators));
    ASSERT_TRUE(calculators);
    EXPECT_EQ(calculators->currentCalculatorId(), QStringLiteral("dynamodb-partitions"));
    auto* rcu = calculators->findChild<QWidget*>(QStringLiteral("calcForm-dynamodb-partitions"))
                    ->findChild<QLineEdit*>(QStringLiteral("calcField-rcu"));
    ASSERT_TRUE(rcu);
    EXPECT_EQ(rcu->text(), QStringLiteral("7500"));
    // 7,500 / 3,000 + 2,000 / 1,000 = 4.5 -> 5 by throughput; 50 GB / 10 GB = 5 by size.
    EXPECT_EQ(calculators->result().figure(QStringLiteral("partitions")), 5.0);

    // A request may bring its own inputs; the other fields start with the example again.
    EXPECT_TRUE(window.navigate(NavigationRequest::calculator(
        QStringLiteral("dynamodb"), {{QStringLiteral("item-kb"), QStringLiteral("1.5")},
                                     {QStringLiteral("read-mode"), QStringLiteral("strong")}})));
    EXPECT_EQ(calculators->currentCalculatorId(), QStringLiteral("dynamodb"));
    auto* size = calculators->findChild<QWidget*>(QStringLiteral("calcForm-dynamodb"))
                     ->findChild<QLineEdit*>(QStringLiteral("calcField-item-kb"));
    ASSERT_TRUE(size);
    EXPECT_EQ(size->text(), QLocale().toString(1.5));
    EXPECT_EQ(calculators->result().figure(QStringLiteral("rcu")), 10.0) << "10 strong reads of 1.5 KB";
    EXPECT_FALSE(window.navigate(NavigationRequest::calculator(QStringLiteral("no-such-calculator"))));
}

TEST_F(CalculatorsPageTest, TheFormulasInTheNotesLeadToTheirLines)
{
    openPage();
    QList<NavigationRequest> asked;
    QObject::connect(context.get(), &AppContext::navigationRequested,
                     [&](const NavigationRequest& r) { asked.append(r); });
    auto* results = page->findChild<QTextBrowser*>(QStringLiteral("calcResults"));
    const QString html = results->toHtml();
    const qsizetype at = html.indexOf(QStringLiteral("certdeck-note:"));
    ASSERT_GE(at, 0) << "a link to the notes";
    const QString href = html.mid(at, html.indexOf(u'"', at) - at);
    emit results->anchorClicked(QUrl(href));
    ASSERT_EQ(asked.size(), 1);
    EXPECT_EQ(asked.first().kind, NavigationRequest::Kind::NotesLine);
    EXPECT_FALSE(asked.first().file.isEmpty());
    EXPECT_GT(asked.first().line, 0);
}

TEST_F(CalculatorsPageTest, CopyPutsTheAnswerWithItsStepsAndSourcesOnTheClipboard)
{
    openPage();
    QGuiApplication::clipboard()->clear();
    page->findChild<QPushButton*>(QStringLiteral("calcCopy"))->click();
    const QString text = QGuiApplication::clipboard()->text();
    EXPECT_TRUE(text.startsWith(QStringLiteral("DynamoDB capacity\n"))) << text;
    EXPECT_TRUE(text.contains(QStringLiteral("Read capacity units: 10 RCU"))) << text;
    EXPECT_TRUE(text.contains(QStringLiteral("Steps:"))) << text;
    for (const QString& step : page->result().steps) {
        EXPECT_TRUE(text.contains(step)) << step;
    }
    EXPECT_TRUE(text.contains(QStringLiteral("Figures used:"))) << text;
    EXPECT_TRUE(text.contains(QStringLiteral(
        "https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/read-write-operations.html")))
        << text;
    EXPECT_FALSE(text.contains(u'<')) << "plain text, not HTML";
}

TEST_F(CalculatorsPageTest, TheDrillMarksARightAnswerRightAndAWrongOneWrong)
{
    openPage();
    page->findChild<QPushButton*>(QStringLiteral("calcDrill"))->click();
    auto* opened = page->findChild<CalcDrillDialog*>();
    ASSERT_TRUE(opened) << "Drill me opens the drill";
    EXPECT_EQ(opened->questions().size(), CalcDrillDialog::kQuestions);
    opened->close();

    const calc::CalcLibrary library = [&] {
        const ContentRepository* content = context->content();
        return calc::CalcLibrary::load(*content).value();
    }();
    CalcDrillDialog dialog(*calc::calculator(QStringLiteral("dynamodb")), library.facts(), 7);
    dialog.show();
    ASSERT_EQ(dialog.currentIndex(), 0);
    auto* check = dialog.findChild<QPushButton*>(QStringLiteral("drillCheck"));
    auto* verdict = dialog.findChild<QLabel*>(QStringLiteral("drillVerdict"));
    ASSERT_TRUE(check && verdict);
    EXPECT_FALSE(check->isEnabled()) << "nothing chosen yet";

    auto optionIndex = [&](bool correct) {
        const QList<calc::DrillOption>& options = dialog.questions()[dialog.currentIndex()].options;
        for (int i = 0; i < options.size(); ++i) {
            if (options[i].correct == correct) {
                return i;
            }
        }
        return -1;
    };
    const int right = optionIndex(true);
    ASSERT_GE(right, 0);
    dialog.findChild<QRadioButton*>(QStringLiteral("drillOption-%1").arg(right))->click();
    EXPECT_TRUE(check->isEnabled());
    EXPECT_TRUE(check->isDefault()) << "Enter checks";
    check->click();
    EXPECT_TRUE(dialog.isChecked());
    EXPECT_EQ(verdict->text(), QStringLiteral("Right!"));
    EXPECT_EQ(dialog.score(), 1);
    auto* why = dialog.findChild<QLabel*>(QStringLiteral("drillWhy-%1").arg(right));
    EXPECT_TRUE(why->isVisible());
    EXPECT_TRUE(why->text().contains(dialog.questions()[0].options[right].why));
    auto* explanation = dialog.findChild<QLabel*>(QStringLiteral("drillExplanation"));
    EXPECT_TRUE(explanation->isVisible());
    EXPECT_TRUE(
        explanation->text().contains(dialog.questions()[0].explanation.split(u'\n').first().toHtmlEscaped()));

    auto* next = dialog.findChild<QPushButton*>(QStringLiteral("drillNext"));
    EXPECT_TRUE(next->isDefault()) << "then Enter goes on";
    next->click();
    ASSERT_EQ(dialog.currentIndex(), 1);
    EXPECT_FALSE(dialog.isChecked());
    const int wrong = optionIndex(false);
    dialog.choose(wrong);
    check->click();
    EXPECT_TRUE(verdict->text().startsWith(QStringLiteral("Not quite"))) << verdict->text();
    EXPECT_EQ(dialog.score(), 1);
    EXPECT_TRUE(dialog.findChild<QLabel*>(QStringLiteral("drillWhy-%1").arg(wrong))
                    ->text()
                    .contains(dialog.questions()[1].options[wrong].why));

    for (int i = 2; i < CalcDrillDialog::kQuestions; ++i) {
        next->click();
        dialog.choose(optionIndex(true));
        check->click();
    }
    next->click();
    EXPECT_EQ(dialog.currentIndex(), -1) << "the drill is over";
    EXPECT_EQ(dialog.score(), CalcDrillDialog::kQuestions - 1);
    EXPECT_TRUE(
        dialog.findChild<QLabel*>(QStringLiteral("drillStem"))->text().contains(QStringLiteral("9 of 10")));
}

TEST_F(CalculatorsPageTest, TheDrillIsAnsweredFromTheKeyboard)
{
    const calc::CalcLibrary library = calc::CalcLibrary::load(*context->content()).value();
    CalcDrillDialog dialog(*calc::calculator(QStringLiteral("dynamodb-partitions")), library.facts(), 3);
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto focused = [] { return QApplication::focusWidget(); };
    ASSERT_EQ(focused()->objectName(), QStringLiteral("drillOption-0")) << "the keys start on the options";
    ASSERT_TRUE(focused());
    QTest::keyClick(focused(), Qt::Key_Down); // moves to the second option without choosing it
    ASSERT_TRUE(focused());
    ASSERT_EQ(focused()->objectName(), QStringLiteral("drillOption-1"));
    QTest::keyClick(focused(), Qt::Key_Return); // chooses it and checks
    ASSERT_TRUE(focused());
    EXPECT_TRUE(dialog.isChecked());
    EXPECT_EQ(dialog.score(), dialog.questions()[0].options[1].correct ? 1 : 0);
    QTest::keyClick(focused(), Qt::Key_Return); // Next
    EXPECT_EQ(dialog.currentIndex(), 1);
    ASSERT_TRUE(focused());
    EXPECT_FALSE(dialog.isChecked());
    ASSERT_EQ(focused()->objectName(), QStringLiteral("drillOption-0"));
    QTest::keyClick(focused(), Qt::Key_Space); // chooses the first option
    ASSERT_TRUE(focused());
    QTest::keyClick(focused(), Qt::Key_Enter);
    EXPECT_TRUE(dialog.isChecked());
}

TEST_F(CalculatorsPageTest, TheKeyboardGoesFromTheListThroughTheFieldsToTheButtons)
{
    openPage();
    auto* list = page->findChild<QListWidget*>(QStringLiteral("calcList"));
    list->setFocus();
    ASSERT_EQ(QApplication::focusWidget(), list);
    QStringList order;
    for (int i = 0; i < 8; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        order.append(QApplication::focusWidget()->objectName());
    }
    EXPECT_EQ(order,
              (QStringList{QStringLiteral("calcField-item-kb"), QStringLiteral("calcField-reads-per-sec"),
                           QStringLiteral("calcField-read-mode"), QStringLiteral("calcField-writes-per-sec"),
                           QStringLiteral("calcField-write-mode"), QStringLiteral("calcCopy"),
                           QStringLiteral("calcDrill"), QStringLiteral("calcResults")}));
}

} // namespace
