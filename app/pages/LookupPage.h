#pragma once

#include "AppContext.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListView;

namespace certdeck {

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

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search(const QString& text);
    void activate(const QModelIndex& index);

    AppContext& m_context;
    std::unique_ptr<LookupIndex> m_index;
    QLineEdit* m_query = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_examples = nullptr;
    LookupResultModel* m_model = nullptr;
};

} // namespace certdeck
