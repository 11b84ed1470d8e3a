// Fork, run the baseline in the child, send the zone series back through a pipe.
#include "run/counterfactual.hpp"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <stdexcept>
#include <string>

#include "run/run_scenario.hpp"

namespace jez {

namespace {

bool write_all(int fd, const void* data, std::size_t size) {
  const char* p = static_cast<const char*>(data);
  while (size > 0) {
    const ssize_t n = ::write(fd, p, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    p += n, size -= std::size_t(n);
  }
  return true;
}

std::string read_all(int fd) {
  std::string bytes;
  char buffer[65536];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    bytes.append(buffer, std::size_t(n));
  }
  return bytes;
}

// Message: one byte status ('R' result, 'E' error), then for a result the sector count (int32),
// the mainland region count (int32), the number of the zone's doubles (uint64), the zone's
// doubles and the mainland's; for an error the text.
// The result's bytes to the cache file, whole or not at all.
void write_cache(const std::filesystem::path& cache, const std::string& message) {
  const std::string part = cache.string() + ".part-" + std::to_string(::getpid());
  const int fd = ::open(part.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) return;
  const bool ok = write_all(fd, message.data(), message.size());
  if (::close(fd) == 0 && ok && ::rename(part.c_str(), cache.c_str()) == 0) return;
  ::unlink(part.c_str());
}

[[noreturn]] void child_main(const Scenario& baseline, int fd, const std::filesystem::path& cache) {
  std::string message;
  try {
    RunOptions options;
    options.counterfactual = false;
    options.summary_only = true;  // the zone series is all it sends back
    const RunResult r = run_scenario(baseline, options);
    const std::int32_t sectors = r.zone.sectors, regions = r.mainland.regions;
    const std::uint64_t zone_doubles = r.zone.values.size();
    message.push_back('R');
    message.append(reinterpret_cast<const char*>(&sectors), sizeof sectors);
    message.append(reinterpret_cast<const char*>(&regions), sizeof regions);
    message.append(reinterpret_cast<const char*>(&zone_doubles), sizeof zone_doubles);
    message.append(reinterpret_cast<const char*>(r.zone.values.data()),
                   r.zone.values.size() * sizeof(double));
    message.append(reinterpret_cast<const char*>(r.mainland.values.data()),
                   r.mainland.values.size() * sizeof(double));
  } catch (const std::exception& e) {
    message = std::string("E") + e.what();
  }
  if (!cache.empty() && message[0] == 'R') write_cache(cache, message);
  const bool ok = write_all(fd, message.data(), message.size());
  ::close(fd);
  ::_exit(ok ? 0 : 1);  // no atexit handlers, no stdio flush: the parent owns those
}

}  // namespace

Scenario without_joint_projects(const Scenario& s) {
  Scenario baseline = s;
  baseline.investments.clear();
  baseline.activities = without_joint_projects(baseline.activities);  // the world's projects too
  baseline.counterfactual.reset();
  baseline.counterfactual_arg.clear();
  return baseline;
}

Scenario counterfactual_scenario(const Scenario& s) {
  return s.counterfactual ? *s.counterfactual : without_joint_projects(s);
}

CounterfactualChild::CounterfactualChild(const Scenario& baseline,
                                         const std::filesystem::path& cache) {
  if (!cache.empty()) {
    const int fd = ::open(cache.c_str(), O_RDONLY);
    if (fd >= 0) {
      cached_ = read_all(fd);
      ::close(fd);
      if (!cached_.empty()) return;
    }
  }
  int fds[2];
  if (::pipe(fds) != 0)
    throw std::runtime_error(std::string("cannot open a pipe for the counterfactual run: ") +
                             std::strerror(errno));
  const pid_t pid = ::fork();
  if (pid < 0) {
    ::close(fds[0]), ::close(fds[1]);
    throw std::runtime_error(std::string("cannot fork the counterfactual run: ") +
                             std::strerror(errno));
  }
  if (pid == 0) {
    ::close(fds[0]);
    child_main(baseline, fds[1], cache);
  }
  ::close(fds[1]);
  pid_ = pid;
  read_fd_ = fds[0];
}

CounterfactualChild::~CounterfactualChild() {
  if (read_fd_ >= 0) ::close(read_fd_);  // a child still writing gets EPIPE and ends
  if (pid_ > 0) {
    int status = 0;
    while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
  }
}

CounterfactualChild::Series CounterfactualChild::collect() {
  std::string bytes;
  bool exited_ok = true;
  if (!cached_.empty()) {
    bytes = std::move(cached_);
  } else {
    bytes = read_all(read_fd_);
    ::close(read_fd_);
    read_fd_ = -1;
    int status = 0;
    while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
    pid_ = -1;
    exited_ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  }
  if (!bytes.empty() && bytes[0] == 'E')
    throw std::runtime_error("the counterfactual run failed: " + bytes.substr(1));
  std::int32_t sectors = 0, regions = 0;
  std::uint64_t zone_doubles = 0;
  constexpr std::size_t header = 1 + 2 * sizeof(std::int32_t) + sizeof(std::uint64_t);
  if (bytes.size() < header || bytes[0] != 'R' || !exited_ok)
    throw std::runtime_error("the counterfactual run died without a result");
  std::memcpy(&sectors, bytes.data() + 1, sizeof sectors);
  std::memcpy(&regions, bytes.data() + 1 + sizeof sectors, sizeof regions);
  std::memcpy(&zone_doubles, bytes.data() + 1 + 2 * sizeof sectors, sizeof zone_doubles);
  const std::size_t doubles = (bytes.size() - header) / sizeof(double);
  if (zone_doubles > doubles)
    throw std::runtime_error("the counterfactual run sent a short result");
  // Doubles from the message; none for an empty part (a run without mainland regions), whose
  // data() may be null, which memcpy may not take even for 0 bytes (UBSan: nonnull).
  const auto copy_doubles = [&](std::vector<double>& to, std::size_t from, std::size_t count) {
    to.resize(count);
    const char* at = bytes.data() + header + from * sizeof(double);
    if (count > 0) std::memcpy(to.data(), at, count * sizeof(double));
  };
  Series s;
  s.zone.sectors = sectors;
  copy_doubles(s.zone.values, 0, zone_doubles);
  s.mainland.regions = regions;
  copy_doubles(s.mainland.values, zone_doubles, doubles - zone_doubles);
  return s;
}

}  // namespace jez
