#include "sweep/plan.hpp"

#include <fmt/format.h>

#include <numeric>
#include <stdexcept>

#include "sweep/seeds.hpp"

namespace jez::sweep {
namespace {

std::size_t sobol_dims(const SweepSpec& s) {
  return s.method == SweepMethod::sobol ? 2 * s.parameters.size() : 0;
}

std::string csv_cell(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

}  // namespace

SweepPlan::SweepPlan(SweepSpec spec)
    : spec_(std::move(spec)), sobol_(sobol_dims(spec_), spec_.seed) {
  const std::size_t d = spec_.parameters.size();
  switch (spec_.method) {
    case SweepMethod::grid:
      points_ = 1;
      for (const auto& p : spec_.parameters) points_ *= p.dist.values.size();
      break;
    case SweepMethod::random:
      points_ = spec_.samples;
      break;
    case SweepMethod::lhs: {
      points_ = spec_.samples;
      // One random permutation of the N strata per parameter (Fisher-Yates on hashed draws).
      for (std::size_t j = 0; j < d; ++j) {
        std::vector<std::uint32_t> perm(points_);
        std::iota(perm.begin(), perm.end(), 0u);
        for (std::uint64_t i = points_; i > 1; --i) {
          const auto k = std::uint64_t(unit_uniform(spec_.seed, "lhs-permutation", j, i) * i);
          std::swap(perm[i - 1], perm[std::min(k, i - 1)]);
        }
        strata_.push_back(std::move(perm));
      }
      break;
    }
    case SweepMethod::sobol:
      group_ = d + 2;
      points_ = spec_.samples * group_;
      break;
  }
}

double SweepPlan::unit(std::uint64_t sample, std::size_t dim) const {
  switch (spec_.method) {
    case SweepMethod::random:
      return unit_uniform(spec_.seed, "random", sample, dim);
    case SweepMethod::lhs:
      return (strata_[dim][sample] + unit_uniform(spec_.seed, "lhs-jitter", sample, dim)) /
             double(points_);
    default:
      break;
  }
  throw std::logic_error("unit() of a grid or Sobol plan");
}

std::vector<ParameterValue> SweepPlan::point(std::uint64_t id) const {
  const auto& params = spec_.parameters;
  const std::size_t d = params.size();
  std::vector<ParameterValue> values(d);
  if (spec_.method == SweepMethod::grid) {
    // Row-major: the last parameter varies fastest, as nested loops in file order.
    for (std::size_t j = d; j-- > 0;) {
      const auto& levels = params[j].dist.values;
      values[j] = listed_value(levels[id % levels.size()]);
      id /= levels.size();
    }
    return values;
  }
  if (spec_.method == SweepMethod::sobol) {
    // Saltelli (2010): sample k gives A_k (dimensions 0..d-1 of point k of the scrambled
    // Sobol sequence), B_k (dimensions d..2d-1) and AB_k^(i), A_k with parameter i from B_k.
    // Scrambled, points 0..N-1 (N a power of two) are a whole stratified net and none is a
    // corner or the centre: unscrambled, point 0 is all 0 (infinite quantiles) and point 1 all
    // 0.5, so A_0 = B_0 = AB_0 and the first d + 2 runs were the same point.
    const std::uint64_t k = id / group_, block = id % group_;
    for (std::size_t j = 0; j < d; ++j) {
      const bool from_b = block == 1 || (block >= 2 && block - 2 == j);
      values[j] = value_at(params[j].dist, sobol_.coordinate(k, from_b ? d + j : j));
    }
    return values;
  }
  for (std::size_t j = 0; j < d; ++j) values[j] = value_at(params[j].dist, unit(id, j));
  return values;
}

std::uint64_t SweepPlan::sample_of(std::uint64_t id) const {
  return id / group_;
}

std::string SweepPlan::block_of(std::uint64_t id) const {
  if (spec_.method != SweepMethod::sobol) return "";
  const std::uint64_t block = id % group_;
  return block == 0 ? "A" : block == 1 ? "B" : fmt::format("AB{}", block - 1);
}

std::uint64_t SweepPlan::seed(std::uint64_t point, std::uint64_t replication) const {
  // Saltelli's mixed points AB_k^(i) take A_k's seed: the run's randomness is one more input,
  // taken from A, so f(AB_i) - f(A) is parameter i's effect and not noise, and B_k keeps its
  // own, independent draw as the estimators need.
  if (spec_.method == SweepMethod::sobol && point % group_ >= 2) point -= point % group_;
  return run_seed(spec_.seed, point, replication);
}

PointRange SweepPlan::shard(std::uint64_t k, std::uint64_t n) const {
  const std::uint64_t groups = points_ / group_;
  // 128-bit products: groups * k may pass 2^64 for absurd but legal inputs.
  const auto cut = [&](std::uint64_t i) {
    return std::uint64_t((unsigned __int128)groups * i / n) * group_;
  };
  return {cut(k - 1), cut(k)};
}

std::string run_name(std::uint64_t point, std::uint64_t replication) {
  return fmt::format("p{:07}-r{:03}", point, replication);
}

std::string plan_header(const SweepPlan& plan) {
  std::string h = "point_id,replication,seed";
  for (const auto& p : plan.spec().parameters) (h += ',') += csv_cell(p.path);
  return h + "\n";
}

std::string plan_row(const SweepPlan& plan, std::uint64_t point, std::uint64_t replication,
                     const std::vector<ParameterValue>& values) {
  std::string row = fmt::format("{},{},{}", point, replication, plan.seed(point, replication));
  for (const auto& v : values) (row += ',') += csv_cell(v.text);
  return row + "\n";
}

}  // namespace jez::sweep
