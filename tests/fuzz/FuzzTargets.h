#pragma once

#include <cstddef>
#include <cstdint>

namespace certdeck::fuzz {

/// One fuzz target: takes any bytes, must never crash, hang or trip a sanitizer, and aborts (a finding)
/// when a property that every input must keep is broken.
struct Target {
    const char* name;
    void (*run)(const std::uint8_t* data, std::size_t size);
};

/// Every target, by name: notes_parser, deck_loader, lookup_query, cli_arguments, progress_file.
const Target* findTarget(const char* name);
const Target* targets(std::size_t* count);

/// Starts Qt (the SQL driver needs an application) and points the targets at the real content: its
/// folder (topics.yaml) and its compiled content.db. Call once before running a target.
void setUp(const char* contentDir, const char* contentDb);

} // namespace certdeck::fuzz
