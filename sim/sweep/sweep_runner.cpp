#include "sweep/sweep_runner.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>

#include "output/manifest.hpp"
#include "output/tables.hpp"
#include "run/counterfactual.hpp"
#include "run/run_scenario.hpp"
#include "scenario/file_hash.hpp"
#include "scenario/loader.hpp"
#include "sweep/mpi_world.hpp"
#include "sweep/progress.hpp"
#include "sweep/results_files.hpp"
#include "sweep/run_pool.hpp"
#include "sweep/run_record.hpp"
#include "sweep/sweep_manifest.hpp"

namespace jez::sweep {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

// A new or empty folder, or (with --resume) one that holds a sweep.
void check_out_dir(const fs::path& dir, bool resume) {
  std::error_code ec;
  if (!fs::exists(dir, ec)) return;
  if (!fs::is_directory(dir, ec))
    throw output::OutputError(fmt::format(
        "{}: cannot write the sweep here: it exists and is not a folder", dir.string()));
  if (resume || fs::is_empty(dir, ec)) return;
  throw output::OutputError(fmt::format(
      "{}: expected a new or empty folder for the sweep, found one with files in it (add --resume "
      "to continue the sweep it holds, or choose another folder)",
      dir.string()));
}

// The runs of one point range, in canonical order: job j is (first + j / R, j % R).
struct Job {
  std::uint64_t point, replication;
};

Job job_of(const PointRange& range, std::uint64_t replications, std::uint64_t j) {
  return {range.first + j / replications, j % replications};
}

// Where the runs of a sweep keep the counterfactual results they share, while it runs.
fs::path counterfactuals_dir(const fs::path& out_dir) {
  return out_dir / ".counterfactuals";
}

// After its folder is committed a run's child has nothing left to flush (no stdio: its
// standard streams are /dev/null; the folder's files are closed): it ends at once, without
// freeing the run's scenario and result. Sanitizer builds return instead, so that the
// destructors run under ASan/UBSan as before (the pool's child then ends with _exit, as every
// sweep child always did: LeakSanitizer's exit check never ran in sweep children; leaks are
// checked by the tests that run scenarios in-process).
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define JEZ_SWEEP_CHILD_FAST_EXIT 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define JEZ_SWEEP_CHILD_FAST_EXIT 0
#endif
#endif
#ifndef JEZ_SWEEP_CHILD_FAST_EXIT
#define JEZ_SWEEP_CHILD_FAST_EXIT 1
#endif

// The child: load the base (parsed by the parent) with the point's overrides, run, write the
// run folder.
int run_child(const PreparedSweep& p, const SweepOptions& o, const fs::path& runs_dir, Job job) {
  const auto started = Clock::now();
  const SweepPlan& plan = p.plan;
  const std::uint64_t seed = plan.seed(job.point, job.replication);
  const auto overrides = run_overrides(plan, plan.point(job.point), seed);
  RunRecord rec;
  rec.seed = seed;
  rec.key = run_key(p.base_fingerprint, overrides, seed);
  const fs::path dir = runs_dir / run_name(job.point, job.replication);
  auto fail = [&](const char* status, const std::string& error) {
    rec.status = status;
    rec.error = error;
    rec.wall_time_s = seconds_since(started);
    write_failed_run(dir, rec);
    return kChildFailedRecorded;
  };
  Scenario scenario;
  try {
    scenario = p.parsed_base->load_once(overrides);  // this child's copy of the parsed file
  } catch (const std::exception& e) {
    return fail("bad_input", e.what());
  }
  RunResult result;
  try {
    RunOptions options = p.run_options;
    // Runs whose counterfactual scenarios are equal (the same seed, parameters that only touch
    // the joint projects, or a `counterfactual:` file) share one counterfactual run.
    if (options.counterfactual)
      options.counterfactual_cache = counterfactuals_dir(o.out_dir) /
                                     sha256_hex(resolved_yaml(counterfactual_scenario(scenario)));
    result = run_scenario(scenario, options);
  } catch (const std::exception& e) {
    return fail("failed", e.what());
  }
  output::StagedFolder folder(dir);
  rec.status = "ok";
  if (o.keep_timeseries && o.write_full_run) {
    o.write_full_run(folder, scenario, result, seconds_since(started));
  } else {
    folder.add("summary.csv", output::summary_csv(result.summary));
  }
  rec.wall_time_s = seconds_since(started);
  folder.add(kDoneMarker, record_text(rec));
  folder.commit();
  if (JEZ_SWEEP_CHILD_FAST_EXIT) ::_exit(kChildDone);
  return kChildDone;
}

bool already_done(const PreparedSweep& p, const fs::path& runs_dir, Job job) {
  const auto rec = read_run_record(runs_dir / run_name(job.point, job.replication));
  if (!rec || rec->status != "ok") return false;
  const std::uint64_t seed = p.plan.seed(job.point, job.replication);
  return rec->key ==
         run_key(p.base_fingerprint, run_overrides(p.plan, p.plan.point(job.point), seed), seed);
}

// The part of `range` that rank r of n runs, cut at group boundaries.
PointRange part_of(const SweepPlan& plan, PointRange range, int r, int n) {
  const std::uint64_t g = plan.group_size(), groups = range.size() / g;
  const auto cut = [&](std::uint64_t i) {
    return range.first + std::uint64_t((unsigned __int128)groups * i / std::uint64_t(n)) * g;
  };
  return {cut(std::uint64_t(r)), cut(std::uint64_t(r) + 1)};
}

// The result rows of `range`, in order, to `sink`, counting outcomes.
void result_rows(const PreparedSweep& p, const fs::path& runs_dir, PointRange range,
                 std::uint64_t* ok, std::uint64_t* failed, std::vector<std::string>* failed_runs,
                 const std::function<void(const std::string&)>& sink) {
  for (std::uint64_t point = range.first; point < range.last; ++point) {
    const auto values = p.plan.point(point);
    for (std::uint64_t r = 0; r < p.plan.replications(); ++r) {
      const std::string row = results_row(p.plan, p.outputs, point, r, values, runs_dir);
      const auto cells = split_csv_line(row.substr(0, row.size() - 1));
      const std::string& status = cells[cells.size() - 3];
      ++*(status == "ok" ? ok : failed);
      if (status != "ok" && failed_runs->size() < 10)
        failed_runs->push_back(run_name(point, r) + " (" + status + ")");
      sink(row);
    }
  }
}

}  // namespace

int run_sweep(const PreparedSweep& p, const SweepOptions& o) {
  const auto started = Clock::now();
  const std::string started_utc = output::utc_now_iso8601();
  const SweepPlan& plan = p.plan;
  check_out_dir(o.out_dir, o.resume);
  int rank = 0, ranks = 1;
  if (o.mpi) {
    mpi::init(nullptr, nullptr);
    rank = mpi::rank();
    ranks = mpi::size();
    mpi::sum(0);  // every rank has checked the folder before any writes to it
  }
  const fs::path runs_dir = o.out_dir / "runs";
  std::error_code ec;
  fs::create_directories(runs_dir, ec);
  if (ec)
    throw output::OutputError(
        fmt::format("{}: cannot create the sweep folder: {}", runs_dir.string(), ec.message()));
  if (rank == 0) {
    remove_stale_staging(runs_dir);
    // Files and run folders of sweeps and runs killed before they finished.
    output::remove_dead_staging(o.out_dir);
    output::remove_dead_staging(o.out_dir.parent_path());
  }
  if (rank == 0 && p.run_options.counterfactual) {
    fs::remove_all(counterfactuals_dir(o.out_dir), ec);  // an interrupted sweep's
    fs::create_directories(counterfactuals_dir(o.out_dir), ec);
  }
  if (o.mpi) mpi::sum(0);

  const PointRange range = plan.shard(o.shard_k, o.shard_n);
  const PointRange mine = part_of(plan, range, rank, ranks);
  const std::uint64_t reps = plan.replications();

  std::uint64_t ran_ok = 0, ran_failed = 0, resumed = 0;
  Progress progress(mine.size() * reps, rank == 0 && !o.quiet && isatty(STDERR_FILENO) != 0,
                    rank == 0 && o.progress);
  PoolJobs jobs;
  jobs.count = mine.size() * reps;
  if (o.resume)
    jobs.already_done = [&](std::uint64_t j) {
      const bool done = already_done(p, runs_dir, job_of(mine, reps, j));
      resumed += done;
      return done;
    };
  jobs.run_in_child = [&](std::uint64_t j) {
    return run_child(p, o, runs_dir, job_of(mine, reps, j));
  };
  jobs.ended = [&](std::uint64_t j, ChildEnd how, const std::string& detail, int code) {
    const Job job = job_of(mine, reps, j);
    if (how == ChildEnd::recorded) {
      ++*(code == kChildDone ? &ran_ok : &ran_failed);
      return;
    }
    ++ran_failed;
    RunRecord rec;
    rec.status = how == ChildEnd::timed_out ? "timeout" : "crashed";
    rec.seed = plan.seed(job.point, job.replication);
    rec.error = how == ChildEnd::timed_out
                    ? fmt::format("the run took longer than --timeout {} s", o.timeout_s)
                    : "the run's process ended abnormally: " + detail;
    rec.wall_time_s = how == ChildEnd::timed_out ? o.timeout_s : 0;
    write_failed_run(runs_dir / run_name(job.point, job.replication), rec);
  };
  jobs.tick = [&] { progress.update(ran_ok, ran_failed, resumed); };
  const PoolOutcome pool = run_pool(jobs, {o.jobs, o.timeout_s});
  if (pool.interrupted) {
    if (rank == 0) fs::remove_all(counterfactuals_dir(o.out_dir), ec);
    progress.finish();
    std::fprintf(stderr,
                 "jezsim: sweep interrupted by signal %d; finished runs are kept in %s, and "
                 "`jezsim sweep ... --resume` continues\n",
                 pool.signal, o.out_dir.string().c_str());
    if (o.mpi) mpi::abort(130);
    return 130;
  }
  progress.finish();
  // The staging folders of runs killed for time (with MPI other ranks may still be running).
  if (!o.mpi) remove_stale_staging(runs_dir);

  // results.csv in canonical order. One machine: the rows stream from the run folders to the
  // file. MPI: each rank's rows, gathered at rank 0 in rank order.
  std::uint64_t ok = 0, failed = 0;
  std::vector<std::string> failed_runs;
  std::string rows;  // MPI only
  if (o.mpi)
    result_rows(p, runs_dir, mine, &ok, &failed, &failed_runs,
                [&](const std::string& row) { rows += row; });
  if (rank == 0) {
    write_stream_atomically(o.out_dir / "results.csv", [&](std::ostream& out) {
      out << results_header(plan, p.outputs);
      if (o.mpi)
        mpi::gather_text(rows, [&](const std::string& text) { out << text; });
      else
        result_rows(p, runs_dir, mine, &ok, &failed, &failed_runs,
                    [&](const std::string& row) { out << row; });
    });
  } else {
    mpi::gather_text(rows, {});
  }
  if (rank == 0) fs::remove_all(counterfactuals_dir(o.out_dir), ec);  // every run has ended
  const std::uint64_t total_ok = o.mpi ? mpi::sum(ok) : ok;
  const std::uint64_t total_failed = o.mpi ? mpi::sum(failed) : failed;
  const std::uint64_t total_resumed = o.mpi ? mpi::sum(resumed) : resumed;
  const int exit_code = total_failed > 0 ? 3 : 0;
  if (rank == 0) {
    write_stream_atomically(o.out_dir / "points.csv", [&](std::ostream& out) {
      out << points_header(plan);
      for (std::uint64_t point = range.first; point < range.last; ++point)
        out << points_row(plan, point, plan.point(point));
    });
    const SensitivitySetup setup{method_name(plan.spec().method), plan.spec().seed,
                                 plan.parameter_count(), p.outputs.size()};
    write_sensitivity_file(o.out_dir, setup);
    std::vector<std::string> parameter_paths;
    for (const auto& par : plan.spec().parameters) parameter_paths.push_back(par.path);
    write_units_file(o.out_dir, parameter_paths, p.output_metrics);
    SweepManifest m;
    m.jezsim_version = o.version;
    m.git_commit = o.git_commit;
    m.command_line = o.command_line;
    const auto& spec = plan.spec();
    m.sweep_file = fs::absolute(spec.file).lexically_normal().string();
    m.sweep_sha256 = spec.sha256;
    m.sweep_name = spec.name;
    m.base_file = fs::absolute(spec.base).lexically_normal().string();
    m.base_sha256 = p.base_sha256;
    m.method = method_name(spec.method);
    m.samples = spec.samples;
    m.replications = spec.replications;
    m.seed = spec.seed;
    m.points = plan.points();
    for (const auto& par : spec.parameters) m.parameters.push_back(par.path);
    m.outputs = p.outputs;
    m.shard_k = o.shard_k;
    m.shard_n = o.shard_n;
    m.first_point = range.first;
    m.last_point = range.last;
    m.mpi_ranks = o.mpi ? ranks : 0;
    m.jobs = o.jobs;
    m.started_utc = started_utc;
    m.host = output::host_name();
    m.wall_time_s = seconds_since(started);
    m.runs = range.size() * reps;
    m.ok = total_ok;
    m.failed = total_failed;
    m.resumed = total_resumed;
    output::write_file_atomically(o.out_dir / "manifest.json", sweep_manifest_json(m));
    if (total_failed > 0) {
      std::string list;
      for (const auto& f : failed_runs) list += (list.empty() ? "" : ", ") + f;
      std::fprintf(stderr, "jezsim: %llu of %llu runs failed (see results.csv): %s%s\n",
                   (unsigned long long)total_failed, (unsigned long long)m.runs, list.c_str(),
                   total_failed > failed_runs.size() ? ", ..." : "");
    }
    if (!o.quiet)
      std::printf("sweep %s: %llu runs (%llu ok, %llu failed, %llu from before) in %.1f s -> %s\n",
                  spec.name.c_str(), (unsigned long long)m.runs, (unsigned long long)total_ok,
                  (unsigned long long)total_failed, (unsigned long long)total_resumed,
                  m.wall_time_s, o.out_dir.string().c_str());
    if (!o.quiet) {  // jezsim as it was called: the hint works as printed from a build tree
      const char* program = o.command_line.empty() ? "jezsim" : o.command_line[0].c_str();
      std::printf("Figures: %s plot %s   Report: %s report %s\n", program, o.out_dir.c_str(),
                  program, o.out_dir.c_str());
    }
  }
  if (o.mpi) mpi::finalize();
  return exit_code;
}

}  // namespace jez::sweep
