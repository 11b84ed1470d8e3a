// jezsim's command line: subcommands, exit codes and the one-sentence error contract.
#pragma once

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace CLI {
class App;
}

namespace jez::cli {

// Exit codes of every subcommand (DESIGN.md section 1).
enum ExitCode : int {
  kSuccess = 0,
  kRunFailed = 1,
  kBadInput = 2,  // bad command line, bad input file, unwritable output
  kSomeRunsFailed = 3,
};

int run_cli(int argc, char** argv);

// Subcommands; each returns an exit code and reports errors itself.
struct RunArgs {
  std::string scenario;
  std::string out_dir;            // empty: out/<scenario name>
  std::vector<std::string> sets;  // "path=value"
  std::string seed;               // a whole number; empty: the scenario's own
  bool quiet = false;
  std::vector<std::string> command_line;
};
int run_command(const RunArgs& args);
int validate_command(const std::string& scenario, const std::vector<std::string>& sets);
int multipliers_command(const std::string& table_file, const std::string& out_file,
                        bool by_region = false);

// Sweeps (plan_command.cpp, sweep_command.cpp, merge_command.cpp): each adds its subcommand to
// the app and returns it with what to run when it is the one chosen.
using SubcommandHandler = std::pair<CLI::App*, std::function<int()>>;
SubcommandHandler add_plan_command(CLI::App& app);
SubcommandHandler add_sweep_command(CLI::App& app, const std::vector<std::string>& command_line);
SubcommandHandler add_merge_command(CLI::App& app, const std::vector<std::string>& command_line);
// `jezsim schema` (schema_command.cpp).
SubcommandHandler add_schema_command(CLI::App& app);
// `jezsim metrics` (metrics_command.cpp): the summary metrics' registry.
SubcommandHandler add_metrics_command(CLI::App& app);

// plot, report and compare (helper_commands.cpp): run the Python helpers jezsim-plot,
// jezsim-report and jezsim-compare with the arguments given.
std::vector<SubcommandHandler> add_helper_commands(CLI::App& app);

// Prints "jezsim: <sentence>" on stderr and returns the exit code that goes with the error.
int report_error(const std::exception& e);

}  // namespace jez::cli
