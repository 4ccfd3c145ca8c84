#pragma once

#include "AppContext.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;
class QListView;
class QSplitter;
class QTextBrowser;

namespace certdeck {

struct LookupDetail;
class LookupDetails;
class LookupIndex;
class LookupResultModel;

/// Type a question, get the limit, formula, card or note that answers it, as you type.
class LookupPage : public QWidget {
    Q_OBJECT

public:
    explicit LookupPage(AppContext& context, QWidget* parent = nullptr);
    ~LookupPage() override;

    void setQuery(const QString& text);
    const LookupResultModel* results() const { return m_model; }
    /// Shows item `id` of `kind` for reading (the item, its answer and the notes around its source), with the
    /// results of `query` beside it when there is one. False when the content has no such item.
    bool showItem(const QString& kind, const QString& id, const QString& query);
    /// The calculator that works out formula `formulaId`, with the formula's example as its inputs; none when
    /// no calculator does.
    static std::optional<NavigationRequest> calculatorFor(AppContext& context, const QString& formulaId);
    /// The text of the item shown for reading, for tests.
    QString detailText() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search(const QString& text);
    void activate(const QModelIndex& index);
    void showDetail(const QString& kind, const QString& id);
    /// The item being read, drawn as HTML: what it says first, then where the notes say it.
    static QString detailHtml(const LookupDetail& detail, const QPalette& palette);
    void openLink(const QUrl& url);

    AppContext& m_context;
    QLineEdit* m_query = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_examples = nullptr;
    LookupResultModel* m_model = nullptr;
    QTextBrowser* m_detail = nullptr;
    QSplitter* m_split = nullptr;
    QString m_detailShown; ///< id of the item the detail shows
    std::unique_ptr<LookupDetails> m_details;
};

} // namespace certdeck
