// manifest.json of a sweep folder: what produced it, and what `jezsim merge` needs to know.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace jez::sweep {

struct SweepManifest {
  std::string jezsim_version, git_commit;
  std::vector<std::string> command_line;
  std::string sweep_file, sweep_sha256, sweep_name;
  std::string base_file, base_sha256;
  std::string method;
  std::uint64_t samples = 0, replications = 1, seed = 1, points = 0;
  std::vector<std::string> parameters, outputs;
  std::uint64_t shard_k = 1, shard_n = 1, first_point = 0, last_point = 0;
  int mpi_ranks = 0;  // 0: not an MPI run
  unsigned jobs = 1;
  std::string started_utc, host;
  double wall_time_s = 0;
  std::uint64_t runs = 0, ok = 0, failed = 0, resumed = 0;
  std::vector<std::string> merged_from;  // for a merged folder: the shard folders
};

std::string sweep_manifest_json(const SweepManifest& m);
// Throws InputError naming the file when it is not a sweep folder's manifest.
SweepManifest read_sweep_manifest(const std::filesystem::path& file);

}  // namespace jez::sweep
