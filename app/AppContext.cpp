#include "AppContext.h"

namespace certdeck {

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

} // namespace certdeck
