#include "output/manifest.hpp"

#include <unistd.h>

#include <ctime>
#include <nlohmann/json.hpp>

namespace jez::output {

std::string manifest_json(const Manifest& m) {
  nlohmann::ordered_json j;
  j["jezsim_version"] = m.jezsim_version;
  j["git_commit"] = m.git_commit;
  j["build_type"] = m.build_type;
  j["command_line"] = m.command_line;
  j["scenario"] = {{"name", m.scenario_name},
                   {"path", m.scenario_path},
                   {"sha256", m.scenario_sha256},
                   {"seed", m.seed}};
  j["started_utc"] = m.started_utc;
  j["wall_time_s"] = m.wall_time_s;
  j["host"] = m.host;
  j["money_unit"] = m.money_unit;
  auto files = nlohmann::ordered_json::array();
  for (const auto& f : m.files) {
    nlohmann::ordered_json e;
    e["name"] = f.name;
    e["description"] = f.description;
    if (!f.columns.empty()) e["columns"] = f.columns;
    files.push_back(e);
  }
  j["files"] = files;
  return j.dump(2) + "\n";
}

std::string utc_now_iso8601() {
  const std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string host_name() {
  char buf[256] = {0};
  if (gethostname(buf, sizeof buf - 1) != 0) return "unknown";
  return buf;
}

}  // namespace jez::output
