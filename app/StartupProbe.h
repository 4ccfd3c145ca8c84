#pragma once

namespace certdeck {

/// Start-up measurement for scripts/measure-startup: when CERTDECK_STARTUP_PROBE holds the launch time
/// (nanoseconds since the epoch, taken just before exec), prints "mapped-ms <n>" on stderr when the X server
/// maps the first window, "startup-ms <n>" and "charts-loaded 0|1" once it has been exposed and painted, then
/// quits if CERTDECK_STARTUP_PROBE_QUIT is set. Otherwise it does
/// nothing. Shared with the bare-window baseline so both are measured the same way.
void installStartupProbe();

} // namespace certdeck
