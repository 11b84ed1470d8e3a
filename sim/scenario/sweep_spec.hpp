// A sweep file (docs/sweeps.md): a base scenario, a sampling method and the parameters to vary.
// Plain data here; sweep_spec.cpp reads it with yaml-cpp (only scenario/ may).
#pragma once

#include <cstdint>
#include <filesystem>
#include <limits>
#include <string>
#include <vector>

namespace jez {

// How one parameter varies: a list of values (the grid's levels, or equally likely values for
// the sampling methods) or a distribution sampled through its inverse CDF.
struct SweepDistribution {
  enum class Kind { values, uniform, normal, lognormal, triangular, discrete };
  Kind kind = Kind::values;
  // uniform: a = min, b = max; normal: a = mean, b = sd; lognormal: a = mu, b = sigma of the
  // log; triangular: a = min, c = mode, b = max.
  double a = 0, b = 0, c = 0;
  // Truncation of normal and lognormal (optional min and max keys).
  double lower = -std::numeric_limits<double>::infinity();
  double upper = std::numeric_limits<double>::infinity();
  std::vector<std::string> values;  // values and discrete: the YAML scalars as written
  std::vector<double> weights;      // discrete: relative weights (empty: equally likely)
};

struct SweepParameter {
  std::string path;  // a scenario key path, as for `jezsim run --set PATH=VALUE`
  SweepDistribution dist;
  std::string where;  // "FILE:LINE:COL" of the parameter's key, for later errors
};

struct SweepOutput {
  std::string metric;  // a summary.csv metric name
  std::string where;
};

enum class SweepMethod { grid, random, lhs, sobol };

struct SweepSpec {
  std::filesystem::path file;
  std::string title;
  std::string name;            // the file's stem: default output folder out/<name>
  std::string sha256;          // of the sweep file's bytes
  std::filesystem::path base;  // resolved against the sweep file's folder
  std::string base_where;
  SweepMethod method = SweepMethod::random;
  std::string method_where;
  std::uint64_t samples = 0;  // 0 when not given (a grid's size comes from its values)
  std::string samples_where;
  std::uint64_t replications = 1;
  std::uint64_t seed = 1;
  std::vector<SweepParameter> parameters;  // in file order: the canonical order of columns
  std::vector<SweepOutput> outputs;        // empty: every metric the base run produces
  std::string outputs_where;
};

const char* method_name(SweepMethod m);

// A Sobol sweep of d parameters draws from 2d dimensions of the sequence; the sweep layer's
// table of direction numbers holds enough for this many.
inline constexpr std::size_t kMaxSobolParameters = 25;

// Reads and checks a sweep file's own shape, values and bounds. Throws InputError with
// "FILE:LINE:COL: KEY.PATH: expected ..., found ..." when it is wrong. Whether the parameter
// paths exist in the base scenario and the outputs in its runs is checked by the sweep layer.
SweepSpec load_sweep_spec(const std::filesystem::path& file);

}  // namespace jez
