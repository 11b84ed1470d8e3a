// `jezsim schema`: the scenario (or sweep) format as a JSON Schema or as the reference page.
#include <CLI/CLI.hpp>

#include <cstdio>

#include "cli/app.hpp"
#include "output/atomic_file.hpp"
#include "scenario/schema.hpp"

namespace jez::cli {

SubcommandHandler add_schema_command(CLI::App& app) {
  struct Args {
    std::string out_file;
    std::string format = "json";
    bool sweep = false;
  };
  auto args = std::make_shared<Args>();
  auto* cmd = app.add_subcommand(
      "schema", "print the scenario format as a JSON Schema (draft 2020-12) or as docs");
  cmd->add_option("-o,--out", args->out_file, "write it here instead of stdout");
  cmd->add_option("--format", args->format, "json (default) or markdown")
      ->check(CLI::IsMember({"json", "markdown"}));
  cmd->add_flag("--sweep", args->sweep, "the sweep file format instead of the scenario's");
  return {cmd, [args] {
            try {
              const schema::Section& top =
                  args->sweep ? schema::sweep_schema() : schema::scenario_schema();
              const std::string text = args->format == "markdown"
                                           ? schema::markdown(top, args->sweep)
                                           : schema::json_schema(top, args->sweep);
              if (args->out_file.empty())
                std::fwrite(text.data(), 1, text.size(), stdout);
              else
                output::write_file_atomically(args->out_file, text);
              return int(kSuccess);
            } catch (const std::exception& e) {
              return report_error(e);
            }
          }};
}

}  // namespace jez::cli
