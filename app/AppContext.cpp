#include "AppContext.h"

#include "util/AppPaths.h"

#include <QSettings>

namespace certdeck {

AppContext::AppContext(QString contentPath, QString progressPath, const Clock* clock)
    : m_contentPath(std::move(contentPath)), m_progressPath(std::move(progressPath)),
      m_clock(clock ? clock : &m_systemClock)
{}

const ContentRepository* AppContext::content(QString* error)
{
    if (!m_contentTried) {
        m_contentTried = true;
        m_content.open(m_contentPath, &m_contentError);
    }
    if (m_content.isOpen()) {
        return &m_content;
    }
    if (error) {
        *error = m_contentError;
    }
    return nullptr;
}

void AppContext::openProgress()
{
    const ProgressDatabase::OpenResult result = m_progress.open(m_progressPath, true);
    if (result.ok()) {
        m_progressState = ProgressState::Ready;
        m_progressError.clear();
        m_reviews = std::make_unique<ReviewStore>(m_progress.connection());
        emit progressReady();
        return;
    }
    m_reviews.reset();
    m_progressState = ProgressState::Failed;
    m_progressError = result.message;
    emit progressFailed(result.message);
}

const ReviewSettings& AppContext::reviewSettings()
{
    if (!m_reviewSettings) {
        m_reviewSettings = AppPaths::settingsFileIsUsable()
                               ? ReviewSettings::load(QSettings(AppPaths::settingsFile(), QSettings::IniFormat))
                               : ReviewSettings{};
    }
    return *m_reviewSettings;
}

void AppContext::setReviewSettings(const ReviewSettings& settings)
{
    m_reviewSettings = settings.normalized();
    if (AppPaths::settingsFileIsUsable()) {
        QSettings file(AppPaths::settingsFile(), QSettings::IniFormat);
        m_reviewSettings->save(file);
    }
    emit reviewSettingsChanged();
}

} // namespace certdeck
