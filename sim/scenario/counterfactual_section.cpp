// The `counterfactual` section: the baseline scenario file that the impact is measured against.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "scenario/cross_checks.hpp"
#include "scenario/loader.hpp"
#include "scenario/scenario_sections.hpp"

namespace jez {

void read_counterfactual(const YamlSource& src, const Field& field,
                         const std::filesystem::path& scenario_file, Scenario& s) {
  namespace fs = std::filesystem;
  s.counterfactual_arg = read_text(src, field);
  if (s.counterfactual_arg.empty()) src.fail(field, "the path of a scenario file", "''");
  const fs::path path =
      fs::absolute(scenario_file.parent_path() / s.counterfactual_arg).lexically_normal();
  std::error_code ec;
  if (fs::absolute(scenario_file, ec).lexically_normal() == path)
    src.fail(field, "another scenario file than this one", s.counterfactual_arg);
  if (!fs::is_regular_file(path, ec))
    src.fail(field, "a scenario file", fmt::format("no file at {}", path.string()));
  // Its own errors name its own file, line and column.
  auto baseline = load_baseline(src, field, path);
  if (baseline->counterfactual)
    src.fail(field, "a baseline scenario without a counterfactual of its own",
             fmt::format("{}, which names {}", s.counterfactual_arg, baseline->counterfactual_arg));
  if (baseline->time.start != s.time.start || baseline->time.end != s.time.end ||
      baseline->time.step_months != s.time.step_months)
    src.fail(field,
             fmt::format("a baseline with this scenario's time ({} to {}, every {} months)",
                         s.time.start.str(), s.time.end.str(), s.time.step_months),
             fmt::format("{} to {}, every {} months", baseline->time.start.str(),
                         baseline->time.end.str(), baseline->time.step_months));
  if (baseline->economy.table.sectors != s.economy.table.sectors)
    src.fail(field, "a baseline whose table has this scenario's sectors, in the same order",
             fmt::format("a table with other sectors ({})", baseline->economy.table_arg));
  // The mainland impact compares region by region: the same mainland regions, in order.
  auto mainland = [](const Scenario& x) {
    std::vector<std::string> names;
    if (x.economy.regions)
      for (const MainlandRegion& m : x.economy.regions->mainland) names.push_back(m.name);
    return names;
  };
  if (mainland(*baseline) != mainland(s))
    src.fail(field, "a baseline with this scenario's economy.regions mainland regions, in order",
             mainland(*baseline).empty() ? std::string("none")
                                         : fmt::format("{}", fmt::join(mainland(*baseline), ", ")));
  s.counterfactual = std::move(baseline);
}

}  // namespace jez
