// Runs killed by SIGKILL leave hidden staging folders (.NAME.partial-PID@HOST); the next run or
// sweep into the same parent folder removes them, and never a final folder.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "cli_process.hpp"

namespace jez::test {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> hidden_entries(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().filename().string()[0] == '.') names.push_back(e.path().filename().string());
  return names;
}

// Starts `jezsim run SCENARIO -o OUT` and kills it with SIGKILL once its staging folder exists.
void run_and_kill(const std::string& scenario, const fs::path& out) {
  const pid_t pid = fork();
  if (pid == 0) {
    if (chdir(JEZ_SOURCE_DIR) != 0) _exit(127);
    const std::string bin = jezsim_binary();
    execl(bin.c_str(), bin.c_str(), "run", scenario.c_str(), "-o", out.c_str(), "-q",
          static_cast<char*>(nullptr));
    _exit(127);
  }
  for (int i = 0; i < 2000 && hidden_entries(out.parent_path()).empty(); ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  kill(pid, SIGKILL);
  waitpid(pid, nullptr, 0);
}

TEST(Leftovers, TheNextRunRemovesWhatAKilledRunLeft) {
  TempDir tmp;
  run_and_kill("scenarios/southern-kurils-2017.yaml", tmp.path / "killed");
  ASSERT_EQ(hidden_entries(tmp.path).size(), 1u) << "the killed run left no staging folder";
  EXPECT_FALSE(fs::exists(tmp.path / "killed"));
  const Outcome o = run_jezsim("run tests/data/scenarios/io-only.yaml -q -o " +
                               shell_quote((tmp.path / "next").string()));
  ASSERT_EQ(o.exit_code, 0) << o.err;
  EXPECT_TRUE(hidden_entries(tmp.path).empty()) << hidden_entries(tmp.path)[0];
  EXPECT_TRUE(fs::exists(tmp.path / "next" / "summary.csv"));
}

TEST(Leftovers, TheNextSweepRemovesWhatAKilledRunLeft) {
  TempDir tmp;
  run_and_kill("scenarios/southern-kurils-2017.yaml", tmp.path / "killed");
  ASSERT_EQ(hidden_entries(tmp.path).size(), 1u);
  const Outcome o = run_jezsim("sweep tests/data/sweeps/small-grid.yaml -j 2 -q -o " +
                               shell_quote((tmp.path / "sweep").string()));
  ASSERT_EQ(o.exit_code, 0) << o.err;
  EXPECT_TRUE(hidden_entries(tmp.path).empty());
}

}  // namespace
}  // namespace jez::test
