#include "sweep/sweep_manifest.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <fstream>

#include "scenario/input_error.hpp"

namespace jez::sweep {

using nlohmann::ordered_json;

std::string sweep_manifest_json(const SweepManifest& m) {
  ordered_json j;
  j["jezsim"] = {{"version", m.jezsim_version}, {"git_commit", m.git_commit}};
  j["command_line"] = m.command_line;
  j["sweep"] = {
      {"file", m.sweep_file}, {"sha256", m.sweep_sha256}, {"name", m.sweep_name},
      {"method", m.method},   {"samples", m.samples},     {"replications", m.replications},
      {"seed", m.seed},       {"points", m.points},       {"parameters", m.parameters},
      {"outputs", m.outputs}};
  j["base_scenario"] = {{"file", m.base_file}, {"sha256", m.base_sha256}};
  j["shard"] = {{"k", m.shard_k},
                {"n", m.shard_n},
                {"first_point", m.first_point},
                {"last_point", m.last_point}};
  j["execution"] = {{"mpi_ranks", m.mpi_ranks},
                    {"jobs", m.jobs},
                    {"started_utc", m.started_utc},
                    {"wall_time_s", m.wall_time_s},
                    {"host", m.host}};
  j["runs"] = {{"total", m.runs}, {"ok", m.ok}, {"failed", m.failed}, {"resumed", m.resumed}};
  if (!m.merged_from.empty()) j["merged_from"] = m.merged_from;
  j["files"] = ordered_json::array(
      {{{"name", "points.csv"}, {"description", "the sweep's points: parameter values"}},
       {{"name", "results.csv"},
        {"description",
         "one row per run: point, replication, seed, parameters, outputs, status, error, wall "
         "time"}},
       {{"name", "sensitivity.csv"},
        {"description",
         "Sobol first and total order indices (sobol) or standardised regression coefficients; "
         "coding says how each parameter entered the regression, warning when the sweep is too "
         "small for its method"}},
       {{"name", "units.csv"},
        {"description", "the unit and meaning of every column of results.csv"}},
       {{"name", "runs/"},
        {"description", "one folder per run: summary.csv and a done marker, or a failed marker"}}});
  return j.dump(2) + "\n";
}

SweepManifest read_sweep_manifest(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in)
    throw InputError(
        fmt::format("{}: cannot read: expected a sweep folder's manifest.json", file.string()));
  SweepManifest m;
  try {
    const auto j = nlohmann::json::parse(in);
    const auto& s = j.at("sweep");
    m.sweep_file = s.at("file");
    m.sweep_sha256 = s.at("sha256");
    m.sweep_name = s.at("name");
    m.method = s.at("method");
    m.samples = s.at("samples");
    m.replications = s.at("replications");
    m.seed = s.at("seed");
    m.points = s.at("points");
    m.parameters = s.at("parameters").get<std::vector<std::string>>();
    m.outputs = s.at("outputs").get<std::vector<std::string>>();
    m.base_file = j.at("base_scenario").at("file");
    m.base_sha256 = j.at("base_scenario").at("sha256");
    const auto& sh = j.at("shard");
    m.shard_k = sh.at("k");
    m.shard_n = sh.at("n");
    m.first_point = sh.at("first_point");
    m.last_point = sh.at("last_point");
    m.jezsim_version = j.at("jezsim").at("version");
    m.git_commit = j.at("jezsim").at("git_commit");
    const auto& r = j.at("runs");
    m.runs = r.at("total");
    m.ok = r.at("ok");
    m.failed = r.at("failed");
    m.resumed = r.at("resumed");
  } catch (const nlohmann::json::exception& e) {
    throw InputError(fmt::format("{}: expected a sweep folder's manifest.json, found {}",
                                 file.string(), e.what()));
  }
  return m;
}

}  // namespace jez::sweep
