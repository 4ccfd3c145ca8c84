#pragma once

#include <thread>

namespace certdeck {

/// Start-up work moved off the main thread: the first text the window measures makes fontconfig parse its
/// configuration (about 6 ms here, more on a desktop with many fonts), on the main thread, before the
/// window can be mapped. Created before the QApplication, this parses it on another core while the
/// QApplication connects to the display; fontconfig keeps one configuration per process and sets it up
/// atomically, so Qt's font database later finds it ready.
class FontconfigPreload {
public:
    FontconfigPreload();
    ~FontconfigPreload();
    FontconfigPreload(const FontconfigPreload&) = delete;
    FontconfigPreload& operator=(const FontconfigPreload&) = delete;

    /// Waits until the configuration is loaded (the destructor does too).
    void wait();

private:
    std::thread m_thread;
};

} // namespace certdeck
