#include "sweep/prepare.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <stdexcept>

#include "run/summary_metrics.hpp"
#include "scenario/did_you_mean.hpp"
#include "scenario/loader.hpp"
#include "sweep/run_record.hpp"

namespace jez::sweep {
namespace {

using Kind = SweepDistribution::Kind;

// The values a parameter is checked with before any run.
std::vector<std::pair<std::string, std::string>> probe_values(const SweepParameter& p) {
  std::vector<std::pair<std::string, std::string>> out;  // value, where it comes from
  const auto& d = p.dist;
  if (d.kind == Kind::values || d.kind == Kind::discrete) {
    for (std::size_t i = 0; i < d.values.size() && i < 100; ++i)
      out.emplace_back(d.values[i], fmt::format("value {}", i + 1));
    return out;
  }
  // The median checks the path and the kind of value; values in a distribution's tails that
  // the scenario refuses fail their own runs (recorded, the sweep goes on).
  out.emplace_back(value_at(d, 0.5).text, "the distribution's median");
  return out;
}

// Whether the base takes every parameter's k-th value (its last for those with fewer) at once,
// for each k: a few loads where one per parameter and value would take many.
bool all_taken_together(const SweepSpec& spec, const std::string& bytes) {
  std::vector<std::vector<std::pair<std::string, std::string>>> values;
  std::size_t rounds = 0;
  for (const auto& p : spec.parameters) {
    values.push_back(probe_values(p));
    rounds = std::max(rounds, values.back().size());
  }
  for (std::size_t k = 0; k < rounds; ++k) {
    std::vector<Override> overrides;
    for (std::size_t j = 0; j < values.size(); ++j)
      overrides.push_back(
          {spec.parameters[j].path, values[j][std::min(k, values[j].size() - 1)].first});
    try {
      load_scenario_text(bytes, spec.base, overrides);
    } catch (const std::exception&) {
      return false;
    }
  }
  return true;
}

// Each parameter's values alone against the base; when they are all taken together (the usual
// case) that is checked first, in a few loads.
void check_parameters(const SweepSpec& spec) {
  std::ifstream in(spec.base, std::ios::binary);  // read (and loaded) once already
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (all_taken_together(spec, bytes)) return;
  for (const auto& p : spec.parameters) {
    for (const auto& [value, origin] : probe_values(p)) {
      try {
        load_scenario_text(bytes, spec.base, {Override{p.path, value}});
      } catch (const InputError& e) {
        throw InputError(fmt::format(
            "{}: parameters.{}: expected a key path and values that the base scenario {} takes, "
            "found {} ({}), which it refuses: {}",
            p.where, p.path, spec.base.string(), value, origin, e.what()));
      }
    }
  }
}

}  // namespace

std::vector<Override> run_overrides(const SweepPlan& plan,
                                    const std::vector<ParameterValue>& values, std::uint64_t seed) {
  std::vector<Override> o;
  const auto& params = plan.spec().parameters;
  for (std::size_t j = 0; j < params.size(); ++j) o.push_back({params[j].path, values[j].text});
  o.push_back({"seed", std::to_string(seed)});
  return o;
}

PreparedSweep prepare_sweep(const std::filesystem::path& sweep_file,
                            const RunOptions& run_options) {
  SweepSpec spec = load_sweep_spec(sweep_file);
  Scenario base;
  try {
    base = load_scenario(spec.base);
  } catch (const std::exception& e) {
    throw InputError(
        fmt::format("{}: base: expected a valid base scenario, found one that is not: {}",
                    spec.base_where, e.what()));
  }
  check_parameters(spec);
  // The metrics the base's runs produce, from the registry: no run needed.
  const std::vector<ExpectedMetric> metrics = expected_metrics(base, run_options.counterfactual);
  std::vector<ExpectedMetric> outputs;
  for (const auto& o : spec.outputs) {
    const auto m = std::find_if(metrics.begin(), metrics.end(),
                                [&](const ExpectedMetric& e) { return e.name == o.metric; });
    if (m == metrics.end()) {
      std::vector<std::string> names;
      for (const auto& e : metrics) names.push_back(e.name);
      throw InputError(fmt::format(
          "{}: outputs: expected a summary metric that runs of {}{} produce (jezsim metrics "
          "lists them), found '{}'{}",
          o.where, spec.base.filename().string(),
          run_options.counterfactual ? "" : " without their counterfactual", o.metric,
          did_you_mean(o.metric, names)));
    }
    outputs.push_back(*m);
  }
  if (outputs.empty()) outputs = metrics;
  auto parsed = std::make_shared<ParsedScenario>(spec.base);
  parsed->keep_tables(base);  // read once here, not again in every child
  PreparedSweep p{SweepPlan(std::move(spec)), base.source_sha256, run_options, "", {}, {},
                  std::move(parsed)};
  for (const auto& m : outputs) {
    p.outputs.push_back(m.name);
    p.output_metrics.push_back({m.name, m.unit, m.family->meaning});
  }
  // Runs without their counterfactual have other metrics: --resume must not take them as done.
  p.base_fingerprint = base_fingerprint(
      base.source_sha256 + (run_options.counterfactual ? "" : " without counterfactual"),
      base.economy.table_path);
  return p;
}

}  // namespace jez::sweep
