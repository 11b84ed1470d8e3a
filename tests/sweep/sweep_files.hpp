// Helpers for the end-to-end sweep tests: the real jezsim binary, run in the foreground or in
// the background, and sweep folders compared.
#pragma once

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

#include "../cli/cli_process.hpp"

namespace jez::test {

// results.csv without its last column (wall_time_s, the only one that measures the machine).
inline std::string without_wall_time(const std::string& csv) {
  std::istringstream in(csv);
  std::string out, line;
  while (std::getline(in, line)) out += line.substr(0, line.rfind(',')) + "\n";
  return out;
}

inline int line_count(const std::string& text) {
  return int(std::count(text.begin(), text.end(), '\n'));
}

// The finished runs in a sweep folder: run folders with a done marker.
inline int done_runs(const std::filesystem::path& dir) {
  int n = 0;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir / "runs", ec))
    n += std::filesystem::exists(e.path() / "done");
  return n;
}

// Starts `jezsim ARGS...` from the source root with its output discarded; returns its pid.
inline pid_t start_jezsim(const std::vector<std::string>& args) {
  const pid_t pid = fork();
  if (pid == 0) {
    if (chdir(JEZ_SOURCE_DIR) != 0) _exit(127);
    freopen("/dev/null", "w", stdout);
    freopen("/dev/null", "w", stderr);
    std::vector<char*> argv;
    const std::string bin = jezsim_binary();
    argv.push_back(const_cast<char*>(bin.c_str()));
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    execv(bin.c_str(), argv.data());
    _exit(127);
  }
  return pid;
}

// Waits until `dir` holds at least `runs` finished runs (or 60 s pass).
inline void wait_for_runs(const std::filesystem::path& dir, int runs) {
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(60);
  while (done_runs(dir) < runs && std::chrono::steady_clock::now() < until)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
}

inline int wait_exit_code(pid_t pid) {
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

}  // namespace jez::test
