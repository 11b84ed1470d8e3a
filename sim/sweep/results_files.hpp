// The sweep folder's tables: points.csv, results.csv (one row per run, from the run folders)
// and sensitivity.csv (from results.csv, so that a merge computes it the same way).
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "sweep/plan.hpp"

namespace jez::sweep {

// A CSV cell, quoted when it holds a comma, a quote or a line break; and a line split back.
std::string csv_field(const std::string& s);
std::vector<std::string> split_csv_line(const std::string& line);

// Writes a file through `write` into a temporary sibling, then renames it into place.
void write_stream_atomically(const std::filesystem::path& file,
                             const std::function<void(std::ostream&)>& write);

std::string points_header(const SweepPlan& plan);
std::string points_row(const SweepPlan& plan, std::uint64_t point,
                       const std::vector<ParameterValue>& values);

// results.csv: point_id,replication,seed,PARAMETERS...,OUTPUTS...,status,error,wall_time_s.
// wall_time_s is last: the only column that measures the machine rather than the model.
std::string results_header(const SweepPlan& plan, const std::vector<std::string>& outputs);
std::string results_row(const SweepPlan& plan, const std::vector<std::string>& outputs,
                        std::uint64_t point, std::uint64_t replication,
                        const std::vector<ParameterValue>& values,
                        const std::filesystem::path& runs_dir);

// What sensitivity.csv needs besides results.csv.
struct SensitivitySetup {
  std::string method;  // grid, random, lhs, sobol
  std::uint64_t seed = 1;
  std::size_t parameters = 0;
  std::size_t outputs = 0;
};

// Below this many complete base samples, Sobol indices are flagged: their bootstrap intervals
// are too wide to rank parameters (Saltelli et al. 2010 use N of 500 and more).
inline constexpr std::size_t kMinSobolSamples = 64;

// sensitivity.csv from a results.csv file:
// output,parameter,index,value,ci_low,ci_high,samples,coding,warning.
// For sobol: first_order and total_order per parameter (over the Sobol samples whose every
// point has a successful run, replications averaged); otherwise src per parameter and an
// r_squared row per output (over the successful runs), each parameter coded as
// code_parameter says (numbers, dates as day numbers, words by rank; `coding` says which).
// `warning` is set when the sweep is too small for its method (Sobol: fewer than
// kMinSobolSamples samples; regression: fewer runs than parameters + 2); each distinct warning
// is also added to `warnings`, for stderr.
std::string sensitivity_csv(const std::filesystem::path& results_csv, const SensitivitySetup& setup,
                            std::vector<std::string>* warnings = nullptr);

// An output of a sweep as the registry of summary metrics declares it for the base scenario.
struct DeclaredMetric {
  std::string name, unit, meaning;
};

// units.csv of a sweep folder: file,column,unit,meaning for every column of results.csv. The
// outputs' units and meanings are the declared ones; given only names (a merge, which has no
// scenario), their units come from a finished run's summary.csv under DIR/runs.
void write_units_file(const std::filesystem::path& dir, const std::vector<std::string>& parameters,
                      const std::vector<std::string>& outputs);
void write_units_file(const std::filesystem::path& dir, const std::vector<std::string>& parameters,
                      const std::vector<DeclaredMetric>& outputs);

// Writes DIR/sensitivity.csv from DIR/results.csv and prints each warning on stderr as
// "jezsim: warning: sensitivity.csv: ...".
void write_sensitivity_file(const std::filesystem::path& dir, const SensitivitySetup& setup);

}  // namespace jez::sweep
