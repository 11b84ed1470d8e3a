// The canonical expansion: seeds, point values, strata, shards, and the distributions.
#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include "scenario/sweep_spec.hpp"
#include "sweep/distributions.hpp"
#include "sweep/plan.hpp"
#include "sweep/seeds.hpp"

namespace jez::sweep {
namespace {

const std::string kData = std::string(JEZ_TEST_DATA) + "/sweeps/";

TEST(RunSeeds, AreFixedFunctionsOfMasterSeedPointAndReplication) {
  // Golden values, computed by a separate Python transcription of SplitMix64 and FNV-1a; a
  // change here changes every sweep's runs, so it must be deliberate.
  EXPECT_EQ(run_seed(2017, 0, 0), 5850902121031923ull);
  EXPECT_EQ(run_seed(2017, 1, 0), 6420227581007232ull);
  EXPECT_EQ(run_seed(2017, 0, 1), 6917089864303125ull);
  EXPECT_EQ(run_seed(1, 123456, 7), 8637006134126133ull);
  EXPECT_LT(run_seed(~0ull, ~0ull, ~0ull), 1ull << 53);
}

TEST(SweepPlan, MoreSamplesKeepTheFirstPointsAndSeeds) {
  for (const char* file : {"small-random.yaml", "small-sobol.yaml"}) {
    SweepSpec spec = load_sweep_spec(kData + file);
    const SweepPlan small(spec);
    spec.samples *= 4;
    spec.replications += 2;
    const SweepPlan large(spec);
    ASSERT_EQ(large.points(), 4 * small.points()) << file;
    for (std::uint64_t p = 0; p < small.points(); ++p) {
      const auto a = small.point(p), b = large.point(p);
      for (std::size_t j = 0; j < a.size(); ++j) EXPECT_EQ(a[j].text, b[j].text) << file << p;
      EXPECT_EQ(small.seed(p, 0), large.seed(p, 0));
      EXPECT_EQ(small.block_of(p), large.block_of(p));
    }
  }
}

TEST(SweepPlan, GridIsRowMajorInFileOrder) {
  const SweepPlan plan(load_sweep_spec(kData + "small-grid.yaml"));
  ASSERT_EQ(plan.points(), 6u);
  const char* expected[][2] = {{"0.5", "90000"}, {"0.5", "120000"}, {"1", "90000"},
                               {"1", "120000"},  {"2", "90000"},    {"2", "120000"}};
  for (std::uint64_t p = 0; p < 6; ++p) {
    EXPECT_EQ(plan.point(p)[0].text, expected[p][0]);
    EXPECT_EQ(plan.point(p)[1].text, expected[p][1]);
  }
}

TEST(SweepPlan, SobolBlocksMixAAndBColumnByColumn) {
  const SweepPlan plan(load_sweep_spec(kData + "small-sobol.yaml"));
  ASSERT_EQ(plan.group_size(), 4u);
  ASSERT_EQ(plan.points(), 32u);
  // Sample 3: points 12 (A), 13 (B), 14 (A with parameter 1 from B), 15 (... parameter 2).
  const auto a = plan.point(12), b = plan.point(13), ab1 = plan.point(14), ab2 = plan.point(15);
  EXPECT_EQ(plan.block_of(12), "A");
  EXPECT_EQ(plan.block_of(15), "AB2");
  EXPECT_EQ(plan.sample_of(15), 3u);
  EXPECT_NE(a[0].text, b[0].text);
  EXPECT_EQ(ab1[0].text, b[0].text);
  EXPECT_EQ(ab1[1].text, a[1].text);
  EXPECT_EQ(ab2[0].text, a[0].text);
  EXPECT_EQ(ab2[1].text, b[1].text);
  // The mixed points share A's seed (its randomness is an input taken from A); B has its own.
  EXPECT_EQ(plan.seed(14, 0), plan.seed(12, 0));
  EXPECT_EQ(plan.seed(15, 1), plan.seed(12, 1));
  EXPECT_NE(plan.seed(13, 0), plan.seed(12, 0));
  EXPECT_EQ(plan.seed(13, 0), run_seed(5, 13, 0));
}

TEST(SweepPlan, SobolSampleZeroIsNotTheCentreForBothAAndB) {
  // Unscrambled, the first sample was Sobol point 1, 0.5 in every dimension: A_0 = B_0 = AB_0,
  // and the first d + 2 runs were one point. Scrambled, A_0 and B_0 differ in every parameter.
  const SweepPlan plan(load_sweep_spec(kData + "small-sobol.yaml"));
  std::set<std::string> distinct;
  for (std::uint64_t p = 0; p < plan.group_size(); ++p)
    distinct.insert(plan.point(p)[0].text + "," + plan.point(p)[1].text);
  EXPECT_EQ(distinct.size(), plan.group_size());
  EXPECT_NE(plan.point(0)[0].text, plan.point(1)[0].text);
  EXPECT_NE(plan.point(0)[1].text, plan.point(1)[1].text);
}

TEST(SweepPlan, LatinHypercubePutsOnePointInEachStratum) {
  SweepSpec spec;
  spec.method = SweepMethod::lhs;
  spec.samples = 20;
  spec.seed = 99;
  SweepParameter p;
  p.dist.kind = SweepDistribution::Kind::uniform;
  p.dist.a = 0;
  p.dist.b = 1;
  spec.parameters = {p, p, p};
  const SweepPlan plan(spec);
  for (std::size_t j = 0; j < 3; ++j) {
    std::set<int> strata;
    for (std::uint64_t i = 0; i < 20; ++i) strata.insert(int(plan.point(i)[j].number * 20));
    EXPECT_EQ(strata.size(), 20u) << "parameter " << j;
  }
}

TEST(SweepPlan, ShardsAreContiguousAndKeepSobolSamplesWhole) {
  const SweepPlan plan(load_sweep_spec(kData + "small-sobol.yaml"));
  std::uint64_t next = 0;
  for (std::uint64_t k = 1; k <= 3; ++k) {
    const PointRange r = plan.shard(k, 3);
    EXPECT_EQ(r.first, next);
    EXPECT_EQ(r.first % plan.group_size(), 0u);
    next = r.last;
  }
  EXPECT_EQ(next, plan.points());
  EXPECT_EQ(plan.shard(1, 3).size(), 8u);  // 8 samples over 3 shards: 2, 3, 3 samples
  EXPECT_EQ(plan.shard(9, 9).size(), 4u);
}

TEST(Distributions, NormalQuantileMatchesTables) {
  // Abramowitz and Stegun 26.2: z(0.975) = 1.959963984540054; z(0.999) = 3.090232306167813.
  EXPECT_NEAR(normal_quantile(0.975), 1.959963984540054, 1e-14);
  EXPECT_NEAR(normal_quantile(0.001), -3.090232306167813, 1e-13);
  EXPECT_NEAR(normal_quantile(0.5), 0, 1e-15);
  for (double p : {1e-12, 1e-5, 0.02, 0.3, 0.7, 0.98, 1 - 1e-9})
    EXPECT_NEAR(normal_cdf(normal_quantile(p)), p, 1e-13 + 1e-9 * p) << p;
}

TEST(Distributions, InverseCdfsOfEachKind) {
  SweepDistribution d;
  d.kind = SweepDistribution::Kind::triangular;
  d.a = 0, d.c = 1, d.b = 3;  // F(mode) = (1 - 0) / (3 - 0) = 1/3
  EXPECT_DOUBLE_EQ(value_at(d, 1.0 / 3).number, 1);
  EXPECT_NEAR(value_at(d, 0.5).number, 3 - std::sqrt(0.5 * 3 * 2), 1e-11);
  d.kind = SweepDistribution::Kind::lognormal;
  d.a = std::log(30.0), d.b = 0.2;
  EXPECT_NEAR(value_at(d, 0.5).number, 30, 1e-9);  // the median is e^mu
  d.kind = SweepDistribution::Kind::normal;
  d.a = 10, d.b = 2, d.lower = 9, d.upper = 10;
  for (double u : {0.001, 0.5, 0.999}) {
    const double x = value_at(d, u).number;
    EXPECT_GE(x, 9);
    EXPECT_LE(x, 10);
  }
  d.kind = SweepDistribution::Kind::discrete;
  d.values = {"a", "b", "c"};
  d.weights = {1, 2, 1};
  EXPECT_EQ(value_at(d, 0.24).text, "a");
  EXPECT_EQ(value_at(d, 0.26).text, "b");
  EXPECT_EQ(value_at(d, 0.76).text, "c");
  EXPECT_TRUE(std::isnan(value_at(d, 0.9).number));  // a word has no number
}

}  // namespace
}  // namespace jez::sweep
