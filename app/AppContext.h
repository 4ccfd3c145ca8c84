#pragma once

#include "content/ContentRepository.h"
#include "progress/ProgressDatabase.h"

#include <QString>

namespace certdeck {

/// What the pages share: the content database (opened on first use, so start-up does not wait for it)
/// and the learner's progress database.
class AppContext {
public:
    AppContext(QString contentPath, QString progressPath)
        : m_contentPath(std::move(contentPath)), m_progressPath(std::move(progressPath))
    {}

    /// The open content database, or nullptr with `error` set (the file is missing or not content).
    const ContentRepository* content(QString* error = nullptr);

    ProgressDatabase& progress() { return m_progress; }
    const QString& progressPath() const { return m_progressPath; }

private:
    QString m_contentPath;
    QString m_progressPath;
    ContentRepository m_content;
    QString m_contentError;
    bool m_contentTried = false;
    ProgressDatabase m_progress;
};

} // namespace certdeck
