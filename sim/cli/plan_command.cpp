// `jezsim plan SWEEP.yaml`: the runs a sweep would make, as CSV on stdout, without running any.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <memory>

#include "cli/app.hpp"
#include "sweep/prepare.hpp"

namespace jez::cli {

SubcommandHandler add_plan_command(CLI::App& app) {
  auto file = std::make_shared<std::string>();
  auto* cmd = app.add_subcommand(
      "plan", "list the runs of a sweep (point id, replication, seed, values) without running");
  cmd->add_option("sweep", *file, "sweep YAML file")->required();
  return {cmd, [file] {
            try {
              // The outputs are checked against the registry of summary metrics; plan runs
              // nothing.
              const sweep::PreparedSweep p = sweep::prepare_sweep(*file);
              const sweep::SweepPlan& plan = p.plan;
              std::string text = sweep::plan_header(plan);
              for (std::uint64_t point = 0; point < plan.points(); ++point) {
                const auto values = plan.point(point);
                for (std::uint64_t r = 0; r < plan.replications(); ++r)
                  text += sweep::plan_row(plan, point, r, values);
                if (text.size() > (1u << 16)) {
                  std::fwrite(text.data(), 1, text.size(), stdout);
                  text.clear();
                }
              }
              std::fwrite(text.data(), 1, text.size(), stdout);
              return std::fflush(stdout) == 0 ? int(kSuccess) : int(kRunFailed);
            } catch (const std::exception& e) {
              return report_error(e);
            }
          }};
}

}  // namespace jez::cli
