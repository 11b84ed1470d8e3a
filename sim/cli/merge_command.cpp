// `jezsim merge DIR... -o OUT`: the shard folders of one sweep, combined.
#include <CLI/CLI.hpp>

#include <memory>

#include "cli/app.hpp"
#include "cli/command_line_errors.hpp"
#include "sweep/merge_folders.hpp"

namespace jez::cli {

SubcommandHandler add_merge_command(CLI::App& app, const std::vector<std::string>& command_line) {
  auto dirs = std::make_shared<std::vector<std::string>>();
  auto out = std::make_shared<std::string>();
  auto quiet = std::make_shared<bool>(false);
  auto* cmd = app.add_subcommand("merge", "combine the shard folders of one sweep into one folder");
  cmd->add_option("shards", *dirs, "the shard folders (jezsim sweep --shard K/N -o DIR)")
      ->required();
  cmd->add_option("-o,--out", *out, "the merged folder (default out/<sweep name>)")
      ->check(non_empty_path("a folder"));
  cmd->add_flag("-q,--quiet", *quiet, "print nothing but errors");
  return {cmd, [dirs, out, quiet, &command_line] {
            try {
              sweep::MergeOptions o;
              for (const auto& d : *dirs) o.shards.emplace_back(d);
              o.out_dir = *out;
              o.command_line = command_line;
              o.quiet = *quiet;
              return sweep::merge_sweeps(o);
            } catch (const std::exception& e) {
              return report_error(e);
            }
          }};
}

}  // namespace jez::cli
