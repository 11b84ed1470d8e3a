#include "sweep/merge_folders.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <fstream>

#include "output/atomic_file.hpp"
#include "output/manifest.hpp"
#include "scenario/input_error.hpp"
#include "sweep/results_files.hpp"
#include "sweep/sweep_manifest.hpp"

namespace jez::sweep {

namespace fs = std::filesystem;

namespace {

struct Shard {
  fs::path dir;
  SweepManifest m;
};

// The same sweep: every setting that shapes the points and the columns.
void check_same_sweep(const Shard& a, const Shard& b) {
  auto differ = [&](const char* what, const std::string& x, const std::string& y) {
    if (x != y)
      throw InputError(fmt::format(
          "{}: expected a shard of the same sweep as {}, found a different {} ({} vs {})",
          b.dir.string(), a.dir.string(), what, y, x));
  };
  differ("sweep file", a.m.sweep_sha256, b.m.sweep_sha256);
  differ("base scenario", a.m.base_sha256, b.m.base_sha256);
  differ("shard count", std::to_string(a.m.shard_n), std::to_string(b.m.shard_n));
  differ("output list", fmt::format("{}", fmt::join(a.m.outputs, ",")),
         fmt::format("{}", fmt::join(b.m.outputs, ",")));
}

// Hard links where the file system allows, copies otherwise.
void link_runs(const fs::path& from, const fs::path& to) {
  std::error_code ec;
  if (!fs::is_directory(from, ec)) return;
  for (const auto& e : fs::directory_iterator(from)) {
    const std::string name = e.path().filename().string();
    if (name.rfind('.', 0) == 0) continue;  // staging folders of interrupted runs
    fs::copy(e.path(), to / name,
             fs::copy_options::recursive | fs::copy_options::create_hard_links |
                 fs::copy_options::overwrite_existing,
             ec);
    if (ec) {
      ec.clear();
      fs::copy(e.path(), to / name,
               fs::copy_options::recursive | fs::copy_options::overwrite_existing, ec);
    }
    if (ec)
      throw output::OutputError(
          fmt::format("{}: cannot copy the run folder: {}", (to / name).string(), ec.message()));
  }
}

// Appends the data lines of a shard's CSV (not its header) to `out`.
void append_body(const fs::path& file, std::ostream& out, std::string* header) {
  std::ifstream in(file, std::ios::binary);
  if (!in)
    throw InputError(
        fmt::format("{}: cannot read: expected the table of a finished shard", file.string()));
  std::string line;
  std::getline(in, line);
  if (header->empty()) {
    *header = line;
    out << line << "\n";
  } else if (line != *header) {
    throw InputError(fmt::format("{}: expected the header of the other shards ({}), found {}",
                                 file.string(), *header, line));
  }
  while (std::getline(in, line)) out << line << "\n";
}

}  // namespace

int merge_sweeps(const MergeOptions& o) {
  if (o.shards.empty()) throw InputError("merge: expected one or more shard folders, found none");
  std::vector<Shard> shards;
  for (const auto& dir : o.shards)
    shards.push_back({dir, read_sweep_manifest(dir / "manifest.json")});
  for (const auto& s : shards) check_same_sweep(shards.front(), s);
  std::sort(shards.begin(), shards.end(),
            [](const Shard& a, const Shard& b) { return a.m.first_point < b.m.first_point; });
  std::uint64_t next = 0;
  for (const auto& s : shards) {
    if (s.m.first_point != next)
      throw InputError(fmt::format(
          "{}: expected the shard that starts at point {}, found {} (shard {}/{} starts at point "
          "{}){}",
          s.dir.string(), next, s.m.first_point < next ? "an overlap" : "a gap", s.m.shard_k,
          s.m.shard_n, s.m.first_point, s.m.first_point < next ? "" : ": a shard is missing"));
    next = s.m.last_point;
  }
  if (next != shards.front().m.points)
    throw InputError(fmt::format(
        "{}: expected shards up to point {}, found the last one ending at point {}: a shard is "
        "missing",
        shards.back().dir.string(), shards.front().m.points, next));

  const SweepManifest& first = shards.front().m;
  const fs::path out = o.out_dir.empty() ? fs::path("out") / first.sweep_name : o.out_dir;
  std::error_code ec;
  if (fs::exists(out, ec) && !(fs::is_directory(out, ec) && fs::is_empty(out, ec)))
    throw output::OutputError(fmt::format(
        "{}: expected a new or empty folder for the merged sweep, found one with files in it",
        out.string()));
  fs::create_directories(out / "runs", ec);
  if (ec)
    throw output::OutputError(
        fmt::format("{}: cannot create the folder: {}", out.string(), ec.message()));

  SweepManifest m = first;
  m.runs = m.ok = m.failed = m.resumed = 0;
  m.wall_time_s = 0;
  for (const auto& s : shards) {
    link_runs(s.dir / "runs", out / "runs");
    m.runs += s.m.runs;
    m.ok += s.m.ok;
    m.failed += s.m.failed;
    m.resumed += s.m.resumed;
    m.wall_time_s += s.m.wall_time_s;
    m.merged_from.push_back(fs::absolute(s.dir).lexically_normal().string());
  }
  for (const char* table : {"results.csv", "points.csv"}) {
    std::string header;
    write_stream_atomically(out / table, [&](std::ostream& os) {
      for (const auto& s : shards) append_body(s.dir / table, os, &header);
    });
  }
  const SensitivitySetup setup{m.method, m.seed, m.parameters.size(), m.outputs.size()};
  write_sensitivity_file(out, setup);
  write_units_file(out, m.parameters, m.outputs);
  m.command_line = o.command_line;
  m.shard_k = m.shard_n = 1;
  m.first_point = 0;
  m.last_point = m.points;
  m.mpi_ranks = 0;
  m.started_utc = output::utc_now_iso8601();
  m.host = output::host_name();
  output::write_file_atomically(out / "manifest.json", sweep_manifest_json(m));
  if (!o.quiet)
    std::printf("merged %zu shards of %s: %llu runs (%llu ok, %llu failed) -> %s\n", shards.size(),
                m.sweep_name.c_str(), (unsigned long long)m.runs, (unsigned long long)m.ok,
                (unsigned long long)m.failed, out.string().c_str());
  if (m.failed > 0) {
    std::fprintf(stderr, "jezsim: %llu of %llu merged runs failed (see results.csv)\n",
                 (unsigned long long)m.failed, (unsigned long long)m.runs);
    return 3;
  }
  return 0;
}

}  // namespace jez::sweep
