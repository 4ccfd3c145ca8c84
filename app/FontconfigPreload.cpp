#include "FontconfigPreload.h"

#include <fontconfig/fontconfig.h>

namespace certdeck {

// FcInit's result needs no check: on failure Qt's own call reports it and falls back as it would anyway.
FontconfigPreload::FontconfigPreload() : m_thread([] { FcInit(); }) {}

FontconfigPreload::~FontconfigPreload()
{
    wait();
}

void FontconfigPreload::wait()
{
    if (m_thread.joinable()) {
        m_thread.join();
    }
}

} // namespace certdeck
