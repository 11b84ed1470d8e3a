// `jezsim sweep SWEEP.yaml -o DIR -j N [--shard K/N] [--resume] [--mpi] ...`.
#include <fmt/format.h>
#include <CLI/CLI.hpp>

#include <charconv>
#include <cstdio>
#include <memory>

#include "cli/app.hpp"
#include "cli/command_line_errors.hpp"
#include "cli/run_folder.hpp"
#include "scenario/input_error.hpp"
#include "sweep/mpi_world.hpp"
#include "sweep/run_pool.hpp"
#include "sweep/sweep_runner.hpp"

namespace jez::cli {
namespace {

struct SweepArgs {
  std::string file, out, shard, keep;
  unsigned jobs = 0;
  double timeout_s = 0;
  bool resume = false, mpi = false, progress = false, quiet = false, no_counterfactual = false;
};

bool parse_count(std::string_view text, std::uint64_t* value) {
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), *value);
  return ec == std::errc() && end == text.data() + text.size() && !text.empty();
}

// "K/N" with 1 <= K <= N.
void parse_shard(const std::string& text, std::uint64_t* k, std::uint64_t* n) {
  const auto slash = text.find('/');
  if (slash == std::string::npos || !parse_count(std::string_view(text).substr(0, slash), k) ||
      !parse_count(std::string_view(text).substr(slash + 1), n))
    throw InputError(fmt::format(
        "--shard {}: expected K/N, two whole numbers such as 3/8 (the K-th of N blocks)", text));
  if (*n == 0 || *k == 0 || *k > *n)
    throw InputError(fmt::format(
        "--shard {}: expected K/N with 1 <= K <= N, found K = {} and N = {}", text, *k, *n));
}

int sweep_command(const SweepArgs& a, const std::vector<std::string>& command_line) {
  sweep::SweepOptions o;
  try {
    if (!a.shard.empty()) parse_shard(a.shard, &o.shard_k, &o.shard_n);
    if (a.mpi && !sweep::mpi::available())
      throw InputError(
          "--mpi: expected a jezsim built against OpenMPI, found one built without it (install "
          "libopenmpi-dev and openmpi-bin, then configure and build again)");
    if (!a.keep.empty() && a.keep != "timeseries")
      throw InputError(
          fmt::format("--keep {}: expected 'timeseries' (keep full run folders)", a.keep));
    RunOptions run_options;
    run_options.counterfactual = !a.no_counterfactual;
    // A sweep child writes summary.csv only, unless it is asked for the whole run folder.
    run_options.summary_only = a.keep != "timeseries";
    const sweep::PreparedSweep prepared = sweep::prepare_sweep(a.file, run_options);
    o.out_dir = a.out;
    if (o.out_dir.empty()) {
      o.out_dir = std::filesystem::path("out") / prepared.plan.spec().name;
      if (o.shard_n > 1) o.out_dir += fmt::format("-shard-{}-of-{}", o.shard_k, o.shard_n);
    }
    o.jobs = a.jobs > 0 ? a.jobs : (a.mpi ? 1u : sweep::core_count());
    o.timeout_s = a.timeout_s;
    o.resume = a.resume;
    o.keep_timeseries = a.keep == "timeseries";
    o.mpi = a.mpi;
    o.progress = a.progress;
    o.quiet = a.quiet;
    o.command_line = command_line;
    o.version = JEZ_VERSION;
    o.git_commit = JEZ_GIT_COMMIT;
    o.write_full_run = [&command_line](output::StagedFolder& folder, const Scenario& s,
                                       const RunResult& r, double wall_s) {
      write_run_folder(folder, s, r, command_line, wall_s);
    };
    return sweep::run_sweep(prepared, o);
  } catch (const std::exception& e) {
    return report_error(e);
  }
}

}  // namespace

SubcommandHandler add_sweep_command(CLI::App& app, const std::vector<std::string>& command_line) {
  auto a = std::make_shared<SweepArgs>();
  auto* cmd = app.add_subcommand("sweep", "run every point of a sweep in parallel child processes");
  cmd->add_option("sweep", a->file, "sweep YAML file")->required();
  cmd->add_option("-o,--out", a->out, "sweep folder (default out/<sweep name>)")
      ->check(non_empty_path("a folder"));
  cmd->add_option("-j,--jobs", a->jobs,
                  "runs at a time (default: the number of cores; 1 with --mpi)")
      ->check(whole_number(1, kMaxJobs));
  cmd->add_option("--shard", a->shard, "run only the K-th of N blocks of points: K/N");
  cmd->add_flag("--resume", a->resume, "skip runs already done in the sweep folder");
  cmd->add_option("--timeout", a->timeout_s, "fail a run that takes longer (seconds)")
      ->check(positive_seconds());
  cmd->add_option("--keep", a->keep, "keep full run folders: --keep timeseries");
  cmd->add_flag("--no-counterfactual", a->no_counterfactual,
                "skip each run's counterfactual (no impact_ metrics; half the work)");
  cmd->add_flag("--mpi", a->mpi, "spread the points over MPI ranks (mpirun -n R jezsim sweep ...)");
  cmd->add_flag("--progress", a->progress, "print progress even when stderr is not a terminal");
  cmd->add_flag("-q,--quiet", a->quiet, "print nothing but errors");
  return {cmd, [a, &command_line] { return sweep_command(*a, command_line); }};
}

}  // namespace jez::cli
