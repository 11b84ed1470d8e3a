// `jezsim run`: load, run, write the run folder atomically, print what came out.
#include <chrono>
#include <filesystem>

#include "cli/app.hpp"
#include "cli/run_folder.hpp"
#include "output/atomic_file.hpp"
#include "run/run_scenario.hpp"
#include "scenario/loader.hpp"

namespace jez::cli {

int run_command(const RunArgs& args) {
  const auto started = std::chrono::steady_clock::now();
  Scenario scenario;
  std::unique_ptr<output::StagedFolder> folder;
  try {
    std::vector<Override> overrides;
    for (const auto& s : args.sets) overrides.push_back(parse_override(s));
    if (!args.seed.empty()) overrides.push_back({"seed", args.seed});
    scenario = load_scenario(args.scenario, overrides);
    // Fail on an unwritable output folder before spending time on the run.
    const std::filesystem::path out = args.out_dir.empty()
                                          ? std::filesystem::path("out") / scenario.name
                                          : std::filesystem::path(args.out_dir);
    folder = std::make_unique<output::StagedFolder>(out);
    output::remove_dead_staging(out.parent_path());  // left by runs killed before they finished
  } catch (const std::exception& e) {
    return report_error(e);
  }

  RunResult result;
  try {
    result = run_scenario(scenario);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "jezsim: %s: the run failed: %s\n", one_line(args.scenario).c_str(),
                 one_line(e.what()).c_str());
    return kRunFailed;
  }

  try {
    const double wall_s =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    write_run_folder(*folder, scenario, result, args.command_line, wall_s);
    folder->commit();
  } catch (const std::exception& e) {
    return report_error(e);
  }
  if (!args.quiet)
    print_run_summary(scenario, result, folder->final_dir(),
                      args.command_line.empty() ? "jezsim" : args.command_line[0]);
  return kSuccess;
}

}  // namespace jez::cli
