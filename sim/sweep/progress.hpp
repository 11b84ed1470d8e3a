// The sweep's progress line: done, failed, runs per second and ETA.
#pragma once

#include <chrono>
#include <cstdint>

namespace jez::sweep {

class Progress {
 public:
  // On a terminal: one line redrawn in place. Forced on a pipe: a line at most every 5 s.
  // Otherwise silent.
  Progress(std::uint64_t total, bool terminal, bool forced);
  void update(std::uint64_t done, std::uint64_t failed, std::uint64_t skipped);
  void finish();

 private:
  void print(bool final_line);
  std::uint64_t total_, done_ = 0, failed_ = 0, skipped_ = 0;
  bool terminal_, enabled_;
  std::chrono::steady_clock::time_point start_, last_print_;
};

}  // namespace jez::sweep
