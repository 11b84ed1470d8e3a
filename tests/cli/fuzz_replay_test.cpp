// The inputs that fuzzing found (tests/fuzz/<target>/, tests/fuzz/README.md), replayed through
// the real binary of this build: each must give exit 0 or 2 (with one line on stderr), never a
// crash or a hang.
#include <algorithm>
#include <vector>

#include "cli_process.hpp"

namespace jez::test {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> kept(const std::string& target) {
  std::vector<fs::path> files;
  const fs::path dir = fs::path(JEZ_SOURCE_DIR) / "tests" / "fuzz" / target;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.is_regular_file() && !e.is_symlink() && e.path().filename().string()[0] != '.')
      files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

void expect_clean(const Outcome& o, const fs::path& input) {
  EXPECT_TRUE(o.exit_code == 0 || o.exit_code == 2) << input << ": exit " << o.exit_code << "\n"
                                                    << o.err;
  if (o.exit_code == 2) EXPECT_EQ(std::count(o.err.begin(), o.err.end(), '\n'), 1) << o.err;
}

TEST(FuzzFindings, ScenarioInputsAreRefusedOrValid) {
  for (const auto& f : kept("scenario")) expect_clean(run_jezsim("validate " + shell_quote(f)), f);
}

TEST(FuzzFindings, TableInputsAreRefusedOrRead) {
  for (const auto& f : kept("table"))
    expect_clean(run_jezsim("multipliers " + shell_quote(f) + " -o /dev/null"), f);
}

TEST(FuzzFindings, SweepInputsAreRefusedOrPlanned) {
  for (const auto& f : kept("sweep")) expect_clean(run_jezsim("plan " + shell_quote(f)), f);
}

TEST(FuzzFindings, SetInputsAreRefusedOrApplied) {
  for (const auto& f : kept("set")) {
    std::string args = "validate tests/data/scenarios/kurils-small.yaml";
    std::istringstream in(slurp(f));
    for (std::string line; std::getline(in, line);) args += " --set " + shell_quote(line);
    expect_clean(run_jezsim(args), f);
  }
}

}  // namespace
}  // namespace jez::test
