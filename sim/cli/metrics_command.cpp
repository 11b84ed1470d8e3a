// `jezsim metrics [SCENARIO]`: the registry of summary metrics (as the docs page or CSV), or the
// metrics that a scenario's runs produce, without running it.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <memory>

#include "cli/app.hpp"
#include "output/atomic_file.hpp"
#include "run/summary_metrics.hpp"
#include "scenario/loader.hpp"

namespace jez::cli {

SubcommandHandler add_metrics_command(CLI::App& app) {
  struct Args {
    std::string scenario, out_file, format = "csv";
    std::vector<std::string> sets;
    bool no_counterfactual = false;
  };
  auto args = std::make_shared<Args>();
  auto* cmd = app.add_subcommand(
      "metrics", "list the summary metrics (unit, meaning, what produces them), or a scenario's");
  cmd->add_option("scenario", args->scenario,
                  "scenario YAML file: list the metrics its runs produce (name, unit, meaning)");
  cmd->add_option("--set", args->sets, "override a scenario value: PATH=VALUE (repeatable)")
      ->allow_extra_args(false);
  cmd->add_flag("--no-counterfactual", args->no_counterfactual,
                "as runs without their counterfactual (no impact_ metrics)");
  cmd->add_option("--format", args->format, "csv (default) or markdown (the registry's docs page)")
      ->check(CLI::IsMember({"csv", "markdown"}));
  cmd->add_option("-o,--out", args->out_file, "write it here instead of stdout");
  return {cmd, [args] {
            try {
              std::string text;
              if (!args->scenario.empty()) {
                if (args->format != "csv")
                  throw InputError(
                      "--format markdown: expected no scenario (the docs page lists the whole "
                      "registry), found " +
                      args->scenario);
                std::vector<Override> overrides;
                for (const auto& s : args->sets) overrides.push_back(parse_override(s));
                text = scenario_metrics_csv(load_scenario(args->scenario, overrides),
                                            !args->no_counterfactual);
              } else {
                text = args->format == "markdown" ? metrics_markdown() : metrics_csv();
              }
              if (args->out_file.empty())
                std::fwrite(text.data(), 1, text.size(), stdout);
              else
                output::write_file_atomically(args->out_file, text);
              return std::fflush(stdout) == 0 ? int(kSuccess) : int(kRunFailed);
            } catch (const std::exception& e) {
              return report_error(e);
            }
          }};
}

}  // namespace jez::cli
