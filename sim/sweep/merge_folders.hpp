// `jezsim merge`: shard folders of one sweep combined into one folder, whose results.csv and
// points.csv are those an unsharded run writes (the shards' rows in point order).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace jez::sweep {

struct MergeOptions {
  std::vector<std::filesystem::path> shards;
  std::filesystem::path out_dir;  // empty: out/<sweep name>
  std::vector<std::string> command_line;
  bool quiet = false;
};

// Returns 0, or 3 when some merged runs failed. Throws InputError when the folders are not
// the complete shards of one sweep, OutputError when the output folder cannot be written.
int merge_sweeps(const MergeOptions& options);

}  // namespace jez::sweep
