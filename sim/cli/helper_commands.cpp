// `jezsim plot`, `jezsim report`, `jezsim compare`: git-style front doors to the Python helpers
// jezsim-plot, jezsim-report and jezsim-compare. The helper is looked for next to the jezsim
// executable (the build tree's sim/cli/, or PREFIX/bin after `make install`), then on PATH; its
// arguments are passed on unchanged and its exit code is jezsim's.
#include <fmt/format.h>
#include <unistd.h>
#include <CLI/CLI.hpp>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <sstream>

#include "cli/app.hpp"

namespace jez::cli {

namespace fs = std::filesystem;

namespace {

bool executable(const fs::path& p) {
  std::error_code ec;
  return fs::is_regular_file(p, ec) && ::access(p.c_str(), X_OK) == 0;
}

// The helper's path, or empty. Next to jezsim first, so that a build tree's jezsim runs the
// build tree's helpers and an installed one the installed helpers.
fs::path find_helper(const std::string& name, std::string* searched) {
  std::error_code ec;
  const fs::path self = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const fs::path beside = self.parent_path() / name;
    *searched = self.parent_path().string();
    if (executable(beside)) return beside;
  }
  const char* path = std::getenv("PATH");
  std::stringstream dirs(path ? path : "");
  std::string dir;
  while (std::getline(dirs, dir, ':'))
    if (!dir.empty() && executable(fs::path(dir) / name)) return fs::path(dir) / name;
  *searched += searched->empty() ? "PATH" : " nor on PATH";
  return {};
}

int run_helper(const std::string& name, const std::vector<std::string>& args) {
  std::string searched;
  const fs::path helper = find_helper(name, &searched);
  if (helper.empty()) {
    std::fprintf(stderr,
                 "jezsim: %s was found neither in %s: install jezsim with its helpers "
                 "('make install', PREFIX=/usr/local by default) or run the build tree's "
                 "build/sim/cli/jezsim\n",
                 name.c_str(), searched.c_str());
    return kBadInput;
  }
  std::vector<std::string> argv_text{helper.string()};
  argv_text.insert(argv_text.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : argv_text) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::fflush(stdout);
  ::execv(helper.c_str(), argv.data());
  std::fprintf(stderr, "jezsim: cannot start %s: %s\n", helper.c_str(), std::strerror(errno));
  return kRunFailed;
}

SubcommandHandler add_helper(CLI::App& app, const std::string& verb, const std::string& what) {
  auto* cmd = app.add_subcommand(verb, what);
  cmd->prefix_command();  // everything after the verb goes to the helper, --help included
  cmd->set_help_flag();
  const std::string helper = "jezsim-" + verb;
  return {cmd, [cmd, helper] { return run_helper(helper, cmd->remaining()); }};
}

}  // namespace

std::vector<SubcommandHandler> add_helper_commands(CLI::App& app) {
  return {add_helper(app, "plot", "PNG figures of a run or sweep folder (jezsim-plot DIR)"),
          add_helper(app, "report",
                     "one offline HTML report of a run or sweep folder (jezsim-report DIR)"),
          add_helper(
              app, "compare",
              "two or more runs side by side over their common horizon (jezsim-compare A B ...)")};
}

}  // namespace jez::cli
