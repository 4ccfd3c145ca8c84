#include "dialogs/OwnCardDialog.h"

#include "AppTheme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace certdeck {

namespace {

QPlainTextEdit* textField(const QString& text, const char* name, const QString& accessible, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(text, parent);
    edit->setObjectName(QString::fromLatin1(name));
    edit->setAccessibleName(accessible);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 3 + 12);
    edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return edit;
}

QLabel* problemLabel(const char* name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace

OwnCardDialog::OwnCardDialog(const OwnCard& draft, const QList<TopicRow>& topics, TopicCatalog catalog,
                             const QString& sourceName, QWidget* parent)
    : QDialog(parent), m_draft(draft), m_catalog(std::move(catalog))
{
    setObjectName(QStringLiteral("ownCardDialog"));
    setWindowTitle(draft.id.isEmpty() ? tr("New Card") : tr("Edit Card"));
    auto* layout = new QVBoxLayout(this);
    if (!sourceName.isEmpty() || !draft.sourceQuote.isEmpty()) {
        // Where the card comes from, above the fields: the line as written is what the card is about.
        auto* source = new QLabel(this);
        source->setObjectName(QStringLiteral("ownCardSource"));
        source->setTextFormat(Qt::PlainText);
        source->setWordWrap(true);
        source->setTextInteractionFlags(Qt::TextSelectableByMouse);
        source->setForegroundRole(QPalette::PlaceholderText);
        const QString quote = draft.sourceQuote.trimmed();
        //: Where an own card comes from: the notes and line, then the line's text on the next line
        source->setText(quote.isEmpty() ? sourceName : tr("%1:\n%2").arg(sourceName, quote.left(400)));
        layout->addWidget(source);
    }
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_front = textField(draft.front, "ownCardFront", tr("Front"), this);
    m_frontProblem = problemLabel("ownCardFrontProblem", this);
    auto* frontBox = new QVBoxLayout;
    frontBox->addWidget(m_front);
    frontBox->addWidget(m_frontProblem);
    form->addRow(tr("&Front:"), frontBox);
    qobject_cast<QLabel*>(form->labelForField(frontBox))->setBuddy(m_front);

    m_back = textField(draft.back, "ownCardBack", tr("Back"), this);
    m_backProblem = problemLabel("ownCardBackProblem", this);
    auto* backBox = new QVBoxLayout;
    backBox->addWidget(m_back);
    backBox->addWidget(m_backProblem);
    form->addRow(tr("&Back:"), backBox);
    qobject_cast<QLabel*>(form->labelForField(backBox))->setBuddy(m_back);

    m_topic = new QComboBox(this);
    m_topic->setObjectName(QStringLiteral("ownCardTopic"));
    m_topic->setAccessibleName(tr("Topic"));
    for (const TopicRow& t : topics) {
        m_topic->addItem(t.title, t.id);
    }
    m_topic->setCurrentIndex(m_topic->findData(draft.topic));
    m_topicProblem = problemLabel("ownCardTopicProblem", this);
    auto* topicBox = new QVBoxLayout;
    topicBox->addWidget(m_topic);
    topicBox->addWidget(m_topicProblem);
    form->addRow(tr("&Topic:"), topicBox);
    qobject_cast<QLabel*>(form->labelForField(topicBox))->setBuddy(m_topic);

    layout->addLayout(form, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("ownCardButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OwnCardDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
    m_front->setFocus(Qt::OtherFocusReason);
}

OwnCard OwnCardDialog::card() const
{
    OwnCard card = m_draft;
    card.front = m_front->toPlainText().trimmed();
    card.back = m_back->toPlainText().trimmed();
    card.topic = m_topic->currentData().toString();
    return card;
}

bool OwnCardDialog::save()
{
    const QList<OwnCardProblem> problems = OwnCards::problems(card(), m_catalog);
    QWidget* first = nullptr;
    for (QLabel* label : {m_frontProblem, m_backProblem, m_topicProblem}) {
        label->hide();
    }
    for (const OwnCardProblem& p : problems) {
        QLabel* label = p.field == OwnCardProblem::Field::Front  ? m_frontProblem
                        : p.field == OwnCardProblem::Field::Back ? m_backProblem
                                                                 : m_topicProblem;
        QWidget* field = p.field == OwnCardProblem::Field::Front  ? static_cast<QWidget*>(m_front)
                         : p.field == OwnCardProblem::Field::Back ? static_cast<QWidget*>(m_back)
                                                                  : m_topic;
        QPalette pal = label->palette();
        pal.setColor(QPalette::WindowText, AppTheme::errorColour(palette()));
        label->setPalette(pal);
        label->setText(p.message);
        label->show();
        if (!first) {
            first = field;
        }
    }
    if (first) {
        first->setFocus(Qt::OtherFocusReason);
        return false;
    }
    accept();
    return true;
}

} // namespace certdeck
