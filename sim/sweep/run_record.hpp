// The record of one run in its folder runs/pNNNNNNN-rNNN/: a `done` marker (with summary.csv
// beside it) or a `failed` marker. The folder appears whole or not at all.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "scenario/overrides.hpp"

namespace jez::sweep {

struct RunRecord {
  std::string status;  // ok, failed, bad_input, crashed, timeout
  std::string key;     // run_key() of what was run: resume skips a done run whose key matches
  std::uint64_t seed = 0;
  double wall_time_s = 0;
  std::string error;  // one line, for a run that did not succeed
};

// The marker files' names.
inline constexpr const char* kDoneMarker = "done";
inline constexpr const char* kFailedMarker = "failed";

// SHA-256 of what determines a run: the base scenario's fingerprint, the overrides and the seed.
std::string run_key(const std::string& base_fingerprint, const std::vector<Override>& overrides,
                    std::uint64_t seed);

// The base scenario's fingerprint: its file's and its IO table's SHA-256 together.
std::string base_fingerprint(const std::string& scenario_sha256,
                             const std::filesystem::path& table_file);

std::string record_text(const RunRecord& r);
// The record in a run folder, or nothing when the folder or its marker is missing.
std::optional<RunRecord> read_run_record(const std::filesystem::path& run_dir);

// Writes a failed run's folder (a `failed` marker only), atomically.
void write_failed_run(const std::filesystem::path& run_dir, const RunRecord& r);

// Removes the hidden staging folders that interrupted runs left in runs/.
void remove_stale_staging(const std::filesystem::path& runs_dir);

}  // namespace jez::sweep
