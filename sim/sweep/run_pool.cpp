#include "sweep/run_pool.hpp"

#include <fcntl.h>
#include <malloc.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <map>
#include <stdexcept>

namespace jez::sweep {
namespace {

using Clock = std::chrono::steady_clock;

sigset_t handled_signals() {
  sigset_t set;
  sigemptyset(&set);
  for (int s : {SIGCHLD, SIGINT, SIGTERM, SIGHUP}) sigaddset(&set, s);
  return set;
}

// In a fresh child: default signals, dies with the parent, quiet.
void become_child(const sigset_t& old_mask, pid_t parent) {
  for (int s : {SIGCHLD, SIGINT, SIGTERM, SIGHUP, SIGPIPE}) signal(s, SIG_DFL);
  sigprocmask(SIG_SETMASK, &old_mask, nullptr);
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (getppid() != parent) _exit(127);  // the parent died before prctl
  const int null = open("/dev/null", O_RDWR);
  if (null >= 0) {
    dup2(null, STDIN_FILENO);
    dup2(null, STDOUT_FILENO);
    dup2(null, STDERR_FILENO);
    if (null > STDERR_FILENO) close(null);
  }
}

pid_t fork_child(const sigset_t& old_mask, const std::function<int()>& body) {
  const pid_t parent = getpid();
  const pid_t pid = fork();
  if (pid < 0) throw std::runtime_error(std::string("cannot fork a run: ") + std::strerror(errno));
  if (pid == 0) {
    become_child(old_mask, parent);
    int code = 1;
    try {
      code = body();
    } catch (...) {
      code = 1;
    }
    _exit(code);
  }
  return pid;
}

struct Running {
  std::uint64_t job;
  Clock::time_point started;
  bool killed_for_time = false;
};

}  // namespace

unsigned core_count() {
  const long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? unsigned(n) : 1u;
}

PoolOutcome run_pool(const PoolJobs& jobs, const PoolOptions& options) {
  // The heap's free pages back to the kernel before the first fork: a child's allocations that
  // land there then fault in zeroed pages instead of copying the parent's (copy-on-write).
  malloc_trim(0);
  const sigset_t handled = handled_signals();
  sigset_t old_mask;
  sigprocmask(SIG_BLOCK, &handled, &old_mask);
  PoolOutcome out;
  std::map<pid_t, Running> running;
  std::uint64_t next = 0;
  auto last_tick = Clock::now();
  const unsigned jobs_at_once = options.jobs == 0 ? 1 : options.jobs;

  auto reap = [&](pid_t pid, int status) {
    const auto it = running.find(pid);
    if (it == running.end()) return;
    const Running r = it->second;
    running.erase(it);
    if (r.killed_for_time) {
      jobs.ended(r.job, ChildEnd::timed_out, "timed out", -1);
    } else if (WIFSIGNALED(status)) {
      jobs.ended(r.job, ChildEnd::crashed,
                 std::string("killed by signal ") + std::to_string(WTERMSIG(status)) + " (" +
                     strsignal(WTERMSIG(status)) + ")",
                 128 + WTERMSIG(status));
    } else {
      const int code = WEXITSTATUS(status);
      if (code == kChildDone || code == kChildFailedRecorded)
        jobs.ended(r.job, ChildEnd::recorded, "", code);
      else
        jobs.ended(r.job, ChildEnd::crashed, "exit code " + std::to_string(code), code);
    }
    if (jobs.tick) jobs.tick();
  };

  while (!out.interrupted && (next < jobs.count || !running.empty())) {
    while (next < jobs.count && running.size() < jobs_at_once) {
      const std::uint64_t job = next++;
      if (jobs.already_done && jobs.already_done(job)) {
        ++out.skipped;
        if (jobs.tick) jobs.tick();
        continue;
      }
      const pid_t pid = fork_child(old_mask, [&] { return jobs.run_in_child(job); });
      running[pid] = {job, Clock::now()};
      ++out.started;
    }
    if (running.empty()) continue;

    // Wait for a child, a signal, the next timeout or the next progress tick.
    double wait_s = 1.0;
    const auto now = Clock::now();
    if (options.timeout_s > 0)
      for (const auto& [pid, r] : running)
        if (!r.killed_for_time)
          wait_s = std::min(
              wait_s, options.timeout_s - std::chrono::duration<double>(now - r.started).count());
    wait_s = std::max(wait_s, 0.001);
    timespec ts{time_t(wait_s), long((wait_s - double(time_t(wait_s))) * 1e9)};
    siginfo_t info;
    const int sig = sigtimedwait(&handled, &info, &ts);
    if (sig == SIGINT || sig == SIGTERM || sig == SIGHUP) {
      out.interrupted = true;
      out.signal = sig;
      break;
    }
    int status = 0;
    pid_t pid;
    while ((pid = waitpid(-1, &status, WNOHANG)) > 0) reap(pid, status);
    if (options.timeout_s > 0) {
      const auto t = Clock::now();
      for (auto& [cpid, r] : running)
        if (!r.killed_for_time &&
            std::chrono::duration<double>(t - r.started).count() >= options.timeout_s) {
          r.killed_for_time = true;
          kill(cpid, SIGKILL);
        }
    }
    if (jobs.tick && Clock::now() - last_tick > std::chrono::seconds(1)) {
      last_tick = Clock::now();
      jobs.tick();
    }
  }

  if (out.interrupted) {
    // Stop the children; their unfinished folders are hidden staging folders, and --resume
    // runs them again.
    for (const auto& [pid, r] : running) kill(pid, SIGKILL);
    for (const auto& [pid, r] : running) waitpid(pid, nullptr, 0);
  }
  sigprocmask(SIG_SETMASK, &old_mask, nullptr);
  return out;
}

}  // namespace jez::sweep
