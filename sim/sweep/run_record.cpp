#include "sweep/run_record.hpp"

#include <fmt/format.h>

#include <fstream>
#include <sstream>

#include "output/atomic_file.hpp"
#include "scenario/file_hash.hpp"

namespace jez::sweep {

namespace fs = std::filesystem;

std::string run_key(const std::string& base_fingerprint, const std::vector<Override>& overrides,
                    std::uint64_t seed) {
  std::string text = base_fingerprint + "\n";
  for (const auto& o : overrides) text += o.path + "=" + o.value + "\n";
  text += fmt::format("seed={}\n", seed);
  return sha256_hex(text);
}

std::string base_fingerprint(const std::string& scenario_sha256, const fs::path& table_file) {
  std::string text = scenario_sha256;
  if (!table_file.empty()) (text += '\n') += sha256_hex_of_file(table_file);
  return sha256_hex(text);
}

std::string record_text(const RunRecord& r) {
  std::string error = r.error;
  for (char& c : error)
    if (c == '\n' || c == '\r') c = ' ';
  return fmt::format("status={}\nkey={}\nseed={}\nwall_time_s={:.6f}\nerror={}\n", r.status, r.key,
                     r.seed, r.wall_time_s, error);
}

std::optional<RunRecord> read_run_record(const fs::path& run_dir) {
  std::ifstream in(run_dir / kDoneMarker);
  if (!in) in = std::ifstream(run_dir / kFailedMarker);
  if (!in) return std::nullopt;
  RunRecord r;
  std::string line;
  while (std::getline(in, line)) {
    const auto eq = line.find('=');
    if (eq == std::string::npos) continue;
    const std::string key = line.substr(0, eq), value = line.substr(eq + 1);
    try {
      if (key == "status") r.status = value;
      if (key == "key") r.key = value;
      if (key == "seed") r.seed = std::stoull(value);
      if (key == "wall_time_s") r.wall_time_s = std::stod(value);
      if (key == "error") r.error = value;
    } catch (const std::exception&) {
      return std::nullopt;  // a damaged marker: the run is done again
    }
  }
  if (r.status.empty()) return std::nullopt;
  return r;
}

void write_failed_run(const fs::path& run_dir, const RunRecord& r) {
  output::StagedFolder folder(run_dir);
  folder.add(kFailedMarker, record_text(r));
  folder.commit();
}

void remove_stale_staging(const fs::path& runs_dir) {
  std::error_code ec;
  if (!fs::is_directory(runs_dir, ec)) return;
  std::vector<fs::path> stale;
  for (const auto& e : fs::directory_iterator(runs_dir, ec))
    if (e.path().filename().string().rfind('.', 0) == 0) stale.push_back(e.path());
  for (const auto& p : stale) fs::remove_all(p, ec);
}

}  // namespace jez::sweep
