// remove_dead_staging: the staging folders and temporary files of processes that died (SIGKILL)
// go; those of live processes and of other hosts stay.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>

#include "output/atomic_file.hpp"

namespace jez::output {
namespace {

namespace fs = std::filesystem;

std::string this_host() {
  char buf[256] = {};
  gethostname(buf, sizeof buf - 1);
  return buf;
}

// The PID of a process that has exited and been reaped.
pid_t dead_pid() {
  const pid_t pid = fork();
  if (pid == 0) _exit(0);
  waitpid(pid, nullptr, 0);
  return pid;
}

TEST(DeadStaging, RemovesWhatDeadProcessesLeftAndKeepsTheRest) {
  char t[] = "/tmp/jez-dead-staging-XXXXXX";
  const fs::path dir = mkdtemp(t);
  const std::string dead = std::to_string(dead_pid());
  const std::string host = this_host();
  const fs::path stale_run = dir / (".base.partial-" + dead + "@" + host);
  const fs::path stale_old_format = dir / (".other.partial-" + dead);
  const fs::path stale_file = dir / (".results.csv.tmp-" + dead + "@" + host);
  const fs::path live = dir / (".base.partial-1@" + host);  // init never dies
  const fs::path other_host = dir / (".base.partial-" + dead + "@elsewhere.example");
  const fs::path finished = dir / "base";
  for (const auto& p : {stale_run, stale_old_format, live, other_host, finished})
    fs::create_directory(p);
  std::ofstream(stale_run / "summary.csv") << "metric,unit,value\n";
  std::ofstream(stale_file) << "x";

  EXPECT_EQ(remove_dead_staging(dir), 3);
  EXPECT_FALSE(fs::exists(stale_run));
  EXPECT_FALSE(fs::exists(stale_old_format));
  EXPECT_FALSE(fs::exists(stale_file));
  EXPECT_TRUE(fs::exists(live));
  EXPECT_TRUE(fs::exists(other_host));
  EXPECT_TRUE(fs::exists(finished));
  fs::remove_all(dir);
}

TEST(DeadStaging, AMissingFolderIsNothingToDo) {
  EXPECT_EQ(remove_dead_staging("/tmp/jez-no-such-folder-at-all"), 0);
}

}  // namespace
}  // namespace jez::output
