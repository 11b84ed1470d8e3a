// The generated bad-input corpus (tests/data/bad/generate_cases.py, written into the build
// folder by the ctest fixture bad_corpus_generate): every case must give its exit code and, on
// stderr, one line that holds its fragment; a bad input prints nothing on stdout. Each case runs
// under a CPU limit of 60 s (a hang fails its exit code) and must peak under 500 MB; the worst
// time and memory are printed, not asserted on time.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <map>
#include <vector>

#include "cli_process.hpp"

namespace jez::test {
namespace {

namespace fs = std::filesystem;

struct Case {
  std::string id;
  int exit_code = 0;
  std::string fragment;
  std::string args;
};

std::vector<Case> cases() {
  std::istringstream in(slurp(fs::path(JEZ_BAD_GENERATED) / "cases.tsv"));
  std::vector<Case> out;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    Case c;
    std::size_t a = line.find('\t'), b = line.find('\t', a + 1), d = line.find('\t', b + 1);
    if (d == std::string::npos) {
      ADD_FAILURE() << "a line of cases.tsv without four fields: " << line;
      continue;
    }
    c.id = line.substr(0, a);
    c.exit_code = std::stoi(line.substr(a + 1, b - a - 1));
    c.fragment = line.substr(b + 1, d - b - 1);
    c.args = line.substr(d + 1);
    out.push_back(c);
  }
  return out;
}

struct Measured {
  Outcome o;
  double wall_s = 0;
  long max_rss_kb = 0;
};

// `jezsim ARGS` from the source root in a child with a CPU limit, and what it cost.
Measured run_measured(const std::string& args) {
  TempDir io;
  const std::string cmd = "cd " + shell_quote(JEZ_SOURCE_DIR) + " && exec " +
                          shell_quote(jezsim_binary()) + " " + args + " >" +
                          shell_quote((io.path / "out").string()) + " 2>" +
                          shell_quote((io.path / "err").string()) + " </dev/null";
  const auto start = std::chrono::steady_clock::now();
  const pid_t pid = fork();
  if (pid == 0) {
    const rlimit cpu{60, 60};
    setrlimit(RLIMIT_CPU, &cpu);
    execl("/bin/sh", "sh", "-c", cmd.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  Measured m;
  m.wall_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  m.max_rss_kb = usage.ru_maxrss;
  m.o.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  m.o.out = slurp(io.path / "out");
  m.o.err = slurp(io.path / "err");
  return m;
}

constexpr int kShards = 4;

std::string fmt_count(int code, int n) {
  return "exit " + std::to_string(code) + ": " + std::to_string(n) + " cases; ";
}

void run_shard(int shard) {
  const auto all = cases();
  ASSERT_GE(all.size(), 300u);
  std::map<int, int> by_exit;
  double worst_s = 0;
  long worst_kb = 0;
  std::string slowest, largest;
  for (std::size_t i = shard; i < all.size(); i += kShards) {
    const Case& c = all[i];
    const Measured m = run_measured(c.args);
    ++by_exit[m.o.exit_code];
    if (m.wall_s > worst_s) worst_s = m.wall_s, slowest = c.id;
    if (m.max_rss_kb > worst_kb) worst_kb = m.max_rss_kb, largest = c.id;
    EXPECT_EQ(m.o.exit_code, c.exit_code) << c.id << ": jezsim " << c.args << "\n" << m.o.err;
    const std::string& text = c.exit_code == 0 ? m.o.out : m.o.err;
    EXPECT_NE(text.find(c.fragment), std::string::npos)
        << c.id << ": expected '" << c.fragment << "' in: " << text;
    if (c.exit_code != 0) {
      EXPECT_EQ(std::count(m.o.err.begin(), m.o.err.end(), '\n'), 1) << c.id << ": " << m.o.err;
      EXPECT_TRUE(m.o.out.empty()) << c.id;
    }
    EXPECT_LT(m.max_rss_kb, 500 * 1024) << c.id << " peaked at " << m.max_rss_kb / 1024 << " MB";
  }
  std::string counts;
  for (const auto& [code, n] : by_exit) counts += fmt_count(code, n);
  std::printf("[bad corpus shard %d/%d] %s; slowest %.2f s (%s), largest %ld MB (%s)\n", shard + 1,
              kShards, counts.c_str(), worst_s, slowest.c_str(), worst_kb / 1024, largest.c_str());
}

TEST(GeneratedBadCorpus, Shard1) {
  run_shard(0);
}
TEST(GeneratedBadCorpus, Shard2) {
  run_shard(1);
}
TEST(GeneratedBadCorpus, Shard3) {
  run_shard(2);
}
TEST(GeneratedBadCorpus, Shard4) {
  run_shard(3);
}

}  // namespace
}  // namespace jez::test
