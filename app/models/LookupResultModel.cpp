#include "models/LookupResultModel.h"

#include "PlainToolTip.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOptionViewItem>

namespace certdeck {

void LookupResultModel::setResults(QList<LookupResult> results)
{
    beginResetModel();
    m_results = std::move(results);
    endResetModel();
}

int LookupResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

QString LookupResultModel::sourceText(const QString& fileTitle, int line)
{
    //: Where an item comes from: the notes file's name, and the line
    return tr("%1, line %2").arg(fileTitle).arg(line);
}

QRect LookupResultModel::paintKindChip(QPainter* p, const QStyleOptionViewItem& option,
                                       const QModelIndex& index, const QRect& line)
{
    const QPalette& pal = option.palette;
    QFont chipFont = option.font;
    chipFont.setPointSizeF(option.font.pointSizeF() * 0.85);
    const QFontMetrics chipFm(chipFont);
    const QString label = index.data(KindLabelRole).toString();
    const QString kind = index.data(KindRole).toString();
    const QRect chip(line.left(), line.top() + (line.height() - chipFm.height() - 2) / 2,
                     chipFm.horizontalAdvance(label) + 12, chipFm.height() + 2);
    QColor tint = kind == u"limit" || kind == u"formula" ? pal.color(QPalette::Highlight)
                  : kind == u"erratum"                   ? QColor(0xd9, 0x73, 0x06)
                                                         : pal.color(QPalette::Text);
    if (option.state & QStyle::State_Selected) {
        tint = pal.color(QPalette::HighlightedText);
    }
    QPainterPath path;
    path.addRoundedRect(chip, 4, 4);
    QColor fill = tint;
    fill.setAlphaF(0.14f);
    p->save();
    p->fillPath(path, fill);
    p->setPen(tint);
    p->setFont(chipFont);
    p->drawText(chip, Qt::AlignCenter, label);
    p->restore();
    return chip;
}

QVariant LookupResultModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_results.size()) {
        return {};
    }
    const LookupResult& r = m_results[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return r.title;
    case Qt::ToolTipRole:
        return plainToolTip(
            QStringLiteral("%1\n%2\n%3").arg(r.title, r.answer, sourceText(r.sourceTitle, r.sourceLine)));
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1: %2. %3").arg(LookupIndex::kindLabel(r.kind), r.title, r.answer);
    case KindRole:
        return r.kind;
    case KindLabelRole:
        return LookupIndex::kindLabel(r.kind);
    case AnswerRole:
        return r.answer;
    case TopicRole:
        return r.topic;
    case TopicTitleRole:
        return m_topicTitles.value(r.topic, r.topic);
    case SourceRole:
        return sourceText(r.sourceTitle, r.sourceLine);
    case SourceFileRole:
        return r.sourceFile;
    case SourceLineRole:
        return r.sourceLine;
    case IdRole:
        return r.id;
    default:
        return {};
    }
}

} // namespace certdeck
