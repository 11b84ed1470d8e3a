#include "cli/app.hpp"

#include "cli/command_line_errors.hpp"

#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <cstdio>

#include "economy/io_table.hpp"
#include "output/atomic_file.hpp"
#include "scenario/loader.hpp"

namespace jez::cli {

int report_error(const std::exception& e) {
  std::fprintf(stderr, "jezsim: %s\n", one_line(e.what()).c_str());
  const bool bad_input = dynamic_cast<const InputError*>(&e) ||
                         dynamic_cast<const economy::TableError*>(&e) ||
                         dynamic_cast<const output::OutputError*>(&e);
  return bad_input ? kBadInput : kRunFailed;
}

int run_cli(int argc, char** argv) {
  CLI::App app{"jezsim: the economy of a joint economic zone on a group of islands"};
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("jezsim ") + JEZ_VERSION);

  RunArgs run;
  for (int i = 0; i < argc; ++i) run.command_line.emplace_back(argv[i]);
  auto* run_cmd = app.add_subcommand("run", "run a scenario and write its output folder");
  run_cmd->add_option("scenario", run.scenario, "scenario YAML file")->required();
  run_cmd->add_option("-o,--out", run.out_dir, "output folder (default out/<scenario name>)")
      ->check(non_empty_path("a folder"));
  run_cmd->add_option("--set", run.sets, "override a scenario value: PATH=VALUE (repeatable)")
      ->allow_extra_args(false);
  run_cmd->add_option("--seed", run.seed, "master random seed (overrides the scenario's)")
      ->check(whole_number(0, UINT64_MAX));
  run_cmd->add_flag("-q,--quiet", run.quiet, "print nothing on success");

  std::string validate_file;
  std::vector<std::string> validate_sets;
  auto* validate_cmd = app.add_subcommand("validate", "check a scenario file; exit 2 when bad");
  validate_cmd->add_option("scenario", validate_file, "scenario YAML file")->required();
  validate_cmd->add_option("--set", validate_sets, "override a scenario value: PATH=VALUE")
      ->allow_extra_args(false);

  std::string table_file, multipliers_out;
  auto* mult_cmd =
      app.add_subcommand("multipliers", "Type I and Type II multipliers of an IO table (CSV)");
  mult_cmd->add_option("table", table_file, "input-output table CSV")->required();
  mult_cmd->add_option("-o,--out", multipliers_out, "write the CSV here instead of stdout")
      ->check(non_empty_path("a file"));
  bool by_region = false;
  mult_cmd->add_flag("--by-region", by_region,
                     "for region:sector tables, the effects by the region where they fall");

  const SubcommandHandler sweep_commands[] = {
      add_plan_command(app), add_sweep_command(app, run.command_line),
      add_merge_command(app, run.command_line), add_schema_command(app), add_metrics_command(app)};
  const auto helper_commands = add_helper_commands(app);

  if (refuse_unknown_subcommand(app, argc, argv)) return kBadInput;
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    return report_parse_error(e, app, argc, argv);
  }

  if (*run_cmd) return run_command(run);
  if (*validate_cmd) return validate_command(validate_file, validate_sets);
  if (*mult_cmd) return multipliers_command(table_file, multipliers_out, by_region);
  for (const auto& [cmd, handler] : sweep_commands)
    if (*cmd) return handler();
  for (const auto& [cmd, handler] : helper_commands)
    if (*cmd) return handler();
  return kBadInput;
}

}  // namespace jez::cli
