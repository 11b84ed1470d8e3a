// The canonical expansion of a sweep into points and runs. Point ids come from this one
// expansion, so plan, sweep, shards, resume, MPI and merge agree on them; a point's values are
// computed from its id alone, so the plan holds no list of points.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "scenario/sweep_spec.hpp"
#include "sweep/distributions.hpp"
#include "sweep/sobol_sequence.hpp"

namespace jez::sweep {

// Points [first, last) of a sweep.
struct PointRange {
  std::uint64_t first = 0;
  std::uint64_t last = 0;
  std::uint64_t size() const { return last - first; }
};

class SweepPlan {
 public:
  explicit SweepPlan(SweepSpec spec);

  const SweepSpec& spec() const { return spec_; }
  std::size_t parameter_count() const { return spec_.parameters.size(); }
  std::uint64_t points() const { return points_; }
  std::uint64_t replications() const { return spec_.replications; }
  std::uint64_t runs() const { return points_ * spec_.replications; }

  // Points that only make sense together: a Sobol sample's d + 2 points (A, B and the d
  // mixed ones), 1 otherwise. Shards never split a group.
  std::uint64_t group_size() const { return group_; }

  std::vector<ParameterValue> point(std::uint64_t id) const;
  // The Sobol base sample a point belongs to, and its block: "A", "B" or "AB3" (A with the
  // third parameter from B). For the other methods: the point id and "".
  std::uint64_t sample_of(std::uint64_t id) const;
  std::string block_of(std::uint64_t id) const;

  // The run's seed, hashed from (master seed, point id, replication); in a Sobol design the
  // mixed points AB_k^(i) use A_k's point id (common random numbers with A_k).
  std::uint64_t seed(std::uint64_t point, std::uint64_t replication) const;

  // The K-th (1-based) of N blocks of points, cut at group boundaries.
  PointRange shard(std::uint64_t k, std::uint64_t n) const;

 private:
  double unit(std::uint64_t sample, std::size_t dim) const;  // the sampler's point in [0,1)^d

  SweepSpec spec_;
  std::uint64_t points_ = 0;
  std::uint64_t group_ = 1;
  SobolSequence sobol_;
  std::vector<std::vector<std::uint32_t>> strata_;  // Latin hypercube: stratum of each sample
};

// A run's folder name inside runs/: "p0000012-r000".
std::string run_name(std::uint64_t point, std::uint64_t replication);

// `jezsim plan`'s CSV: one line per run (point_id,replication,seed,PARAMETERS...).
std::string plan_header(const SweepPlan& plan);
std::string plan_row(const SweepPlan& plan, std::uint64_t point, std::uint64_t replication,
                     const std::vector<ParameterValue>& values);

}  // namespace jez::sweep
