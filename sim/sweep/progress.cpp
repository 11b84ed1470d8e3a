#include "sweep/progress.hpp"

#include <fmt/format.h>

#include <cstdio>

namespace jez::sweep {

Progress::Progress(std::uint64_t total, bool terminal, bool forced)
    : total_(total),
      terminal_(terminal),
      enabled_(terminal || forced),
      start_(std::chrono::steady_clock::now()),
      last_print_(start_) {}

void Progress::update(std::uint64_t done, std::uint64_t failed, std::uint64_t skipped) {
  done_ = done;
  failed_ = failed;
  skipped_ = skipped;
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  const auto gap = terminal_ ? std::chrono::milliseconds(200) : std::chrono::milliseconds(5000);
  if (now - last_print_ < gap) return;
  last_print_ = now;
  print(false);
}

void Progress::print(bool final_line) {
  const double elapsed =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  const std::uint64_t ran = done_ + failed_;
  const double rate = elapsed > 0 ? double(ran) / elapsed : 0;
  const std::uint64_t left = total_ - std::min(total_, ran + skipped_);
  std::string eta = "--:--";
  if (rate > 0) {
    const auto s = std::uint64_t(double(left) / rate + 0.5);
    eta = fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60);
  }
  std::string line = fmt::format("sweep: {}/{} done, {} failed", done_ + skipped_, total_, failed_);
  if (skipped_ > 0) line += fmt::format(" ({} from before)", skipped_);
  line += fmt::format(", {:.1f} runs/s, ETA {}", rate, final_line ? "0:00:00" : eta);
  if (terminal_)
    std::fprintf(stderr, "\r%s\033[K%s", line.c_str(), final_line ? "\n" : "");
  else
    std::fprintf(stderr, "%s\n", line.c_str());
  std::fflush(stderr);
}

void Progress::finish() {
  if (enabled_) print(true);
}

}  // namespace jez::sweep
