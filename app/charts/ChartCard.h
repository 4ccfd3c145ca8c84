#pragma once

#include <QFrame>
#include <QString>

class QAction;
class QHBoxLayout;
class QLabel;
class QVBoxLayout;

namespace certdeck {

/// One chart of the Stats page as a card: a bold title (with optional widgets and a save button beside it),
/// a one-line explanation, the content (a chart) or a centred message in its place, and an optional footer.
/// Painted on the palette's Base colour with a thin border, so it reads as a card on the Window colour.
class ChartCard : public QFrame {
public:
    ChartCard(const QString& name, const QString& title, QWidget* parent = nullptr);

    void setSubtitle(const QString& text);
    /// Adds `widget` to the header, right-aligned, before the save button.
    void addHeaderWidget(QWidget* widget);
    /// A small button in the header that triggers `action`.
    void setSaveAction(QAction* action);
    /// The widget shown when there is data (owned by the card).
    void setContent(QWidget* content);
    QWidget* content() const { return m_content; }
    /// Shows `message`, centred, in place of the content.
    void showMessage(const QString& message);
    void showContent();
    bool showsMessage() const;
    QString message() const;
    /// Text under the content; hidden when empty.
    void setFooter(const QString& text);
    /// The content's minimum height (the message takes less).
    void setContentHeight(int height);
    /// Colours derived from the palette (the explanation's dimmer text); call after a palette change.
    void applyPalette();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QHBoxLayout* m_header = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QVBoxLayout* m_body = nullptr; ///< the content or the message, one of them shown
    QWidget* m_content = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_footer = nullptr;
};

} // namespace certdeck
