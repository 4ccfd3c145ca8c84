#pragma once

#include "AppContext.h"
#include "stats/StudyOverview.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace certdeck {

/// The page Certdeck opens on: what to study now and why, today's flashcard counts, the streak, the
/// readiness estimate per exam and the weakest domains and topics, each with a one-click drill. A learner
/// with no progress sees how to start. Core (StudyOverview, StudyAdvice) decides; the page draws.
/// Built before the first frame, it reads nothing until progress is ready.
class TodayPage : public QWidget {
    Q_OBJECT

public:
    explicit TodayPage(AppContext& context, QWidget* parent = nullptr);

    /// Reads progress again and redraws (on progress ready, when shown, after settings change).
    void refresh();
    /// What is shown, once progress has been read.
    const std::optional<StudyOverview>& overview() const { return m_overview; }
    QPushButton* nextStepButton() const { return m_act; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void render();
    void actOnNextStep();
    QWidget* readinessRow(const ProfileReadiness& readiness, QWidget* parent) const;
    QWidget* weakRow(const WeakSpot& spot, QWidget* parent);

    AppContext& m_context;
    std::optional<StudyOverview> m_overview;
    QString m_error;

    QLabel* m_date = nullptr;
    QLabel* m_stepTitle = nullptr;
    QLabel* m_stepReason = nullptr;
    QPushButton* m_act = nullptr;
    QLabel* m_guide = nullptr;
    QLabel* m_due = nullptr;
    QLabel* m_new = nullptr;
    QLabel* m_streak = nullptr;
    QWidget* m_tiles = nullptr;
    QWidget* m_readinessBox = nullptr;
    QVBoxLayout* m_readinessRows = nullptr;
    QWidget* m_weakBox = nullptr;
    QVBoxLayout* m_weakRows = nullptr;
};

} // namespace certdeck
