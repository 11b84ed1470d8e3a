// manifest.json: what produced a run folder, and what each of its files holds.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace jez::output {

struct FileEntry {
  std::string name;
  std::string description;
  std::string columns;  // comma-separated column names, empty when not a table
};

struct Manifest {
  std::string jezsim_version;
  std::string git_commit;
  std::string build_type;
  std::vector<std::string> command_line;
  std::string scenario_path;
  std::string scenario_sha256;
  std::string scenario_name;
  std::uint64_t seed = 0;
  std::string started_utc;  // ISO 8601
  double wall_time_s = 0;
  std::string host;
  std::string money_unit;
  std::vector<FileEntry> files;
};

std::string manifest_json(const Manifest& m);

// Now, as ISO 8601 UTC ("2026-11-27T06:00:00Z"), and this machine's host name.
std::string utc_now_iso8601();
std::string host_name();

}  // namespace jez::output
