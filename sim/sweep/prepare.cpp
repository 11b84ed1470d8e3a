#include "sweep/prepare.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <sstream>
#include <stdexcept>

#include "run/run_scenario.hpp"
#include "scenario/did_you_mean.hpp"
#include "scenario/loader.hpp"
#include "sweep/run_pool.hpp"
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

void check_parameters(const SweepSpec& spec) {
  for (const auto& p : spec.parameters) {
    for (const auto& [value, origin] : probe_values(p)) {
      try {
        load_scenario(spec.base, {Override{p.path, value}});
      } catch (const InputError& e) {
        throw InputError(fmt::format(
            "{}: parameters.{}: expected a key path and values that the base scenario {} takes, "
            "found {} ({}), which it refuses: {}",
            p.where, p.path, spec.base.string(), value, origin, e.what()));
      }
    }
  }
}

// The metric names of one run of the base scenario, run in a child process.
std::vector<std::string> probe_metrics(const SweepSpec& spec, const RunOptions& options) {
  std::string text;
  const int code = run_in_child(
      [&](int fd) {
        try {
          const Scenario s = load_scenario(spec.base);
          const RunResult r = run_scenario(s, options);
          std::string names;
          for (const auto& m : r.summary) names += m.metric + "\n";
          const char* at = names.data();
          std::size_t left = names.size();
          while (left > 0) {
            const ssize_t n = write(fd, at, left);
            if (n <= 0) return 1;
            at += n;
            left -= std::size_t(n);
          }
          return 0;
        } catch (const std::exception& e) {
          const std::string msg = std::string("!") + e.what();
          if (write(fd, msg.data(), msg.size()) < 0) return 1;
          return 1;
        }
      },
      &text);
  if (code != 0)
    throw std::runtime_error(fmt::format(
        "{}: the probe run of the base scenario {} failed{}", spec.file.string(),
        spec.base.string(),
        !text.empty() && text[0] == '!' ? ": " + text.substr(1) : fmt::format(" (exit {})", code)));
  std::vector<std::string> names;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);)
    if (!line.empty()) names.push_back(line);
  return names;
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

PreparedSweep prepare_sweep(const std::filesystem::path& sweep_file, bool probe_outputs,
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
  std::vector<std::string> outputs;
  for (const auto& o : spec.outputs) outputs.push_back(o.metric);
  if (probe_outputs) {
    const std::vector<std::string> metrics = probe_metrics(spec, run_options);
    for (const auto& o : spec.outputs) {
      bool known = false;
      for (const auto& m : metrics) known = known || m == o.metric;
      if (!known)
        throw InputError(fmt::format(
            "{}: outputs: expected a summary metric that runs of {} produce, found '{}'{}", o.where,
            spec.base.filename().string(), o.metric, did_you_mean(o.metric, metrics)));
    }
    if (outputs.empty()) outputs = metrics;
  }
  PreparedSweep p{SweepPlan(std::move(spec)), base.source_sha256, run_options, "",
                  std::move(outputs)};
  // Runs without their counterfactual have other metrics: --resume must not take them as done.
  p.base_fingerprint = base_fingerprint(
      base.source_sha256 + (run_options.counterfactual ? "" : " without counterfactual"),
      base.economy.table_path);
  return p;
}

}  // namespace jez::sweep
