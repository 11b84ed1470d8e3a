// End to end: `jezsim plan`, `jezsim sweep` and `jezsim merge` with the real binary.
#include <nlohmann/json.hpp>

#include <set>

#include "sweep_files.hpp"

namespace jez::test {
namespace {

namespace fs = std::filesystem;
const std::string kSweeps = "tests/data/sweeps/";

TEST(PlanCommand, ExpansionsMatchTheGoldenFiles) {
  for (const char* name : {"small-random", "small-grid", "small-lhs", "small-sobol"}) {
    const Outcome o = run_jezsim("plan " + kSweeps + name + ".yaml");
    ASSERT_EQ(o.exit_code, 0) << o.err;
    EXPECT_EQ(o.out, slurp(fs::path(JEZ_TEST_DATA) / "sweeps" / (std::string(name) + ".plan.csv")))
        << name;
  }
}

TEST(SweepCommand, RunsEqualJezsimRunWithTheSameOverridesAndSeed) {
  TempDir tmp;
  const Outcome o =
      run_jezsim("sweep " + kSweeps + "small-random.yaml -q -j 2 -o " + (tmp.path / "s").string());
  ASSERT_EQ(o.exit_code, 0) << o.err;
  // Point 4, replication 1 of the plan: price 31.8557321519, 3 sailings a week.
  const std::string results = slurp(tmp.path / "s/results.csv");
  EXPECT_EQ(line_count(results), 1 + 12);
  const auto at = results.find("\n4,1,");
  ASSERT_NE(at, std::string::npos);
  const std::string seed = results.substr(at + 5, results.find(',', at + 5) - at - 5);
  const Outcome r = run_jezsim("run tests/data/scenarios/kurils-small.yaml -q --seed " + seed +
                               " --set sectors.fish_processing.price_rub_per_kg=31.8557321519"
                               " --set routes.nemuro-kunashiri.sailings_per_week=3 -o " +
                               (tmp.path / "r").string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(slurp(tmp.path / "s/runs/p0000004-r001/summary.csv"),
            slurp(tmp.path / "r/summary.csv"));
  // Summary-only runs: no time series unless --keep timeseries.
  std::set<std::string> files;
  for (const auto& e : fs::directory_iterator(tmp.path / "s/runs/p0000004-r001"))
    files.insert(e.path().filename().string());
  EXPECT_EQ(files, (std::set<std::string>{"done", "summary.csv"}));
  const auto manifest = nlohmann::json::parse(slurp(tmp.path / "s/manifest.json"));
  EXPECT_EQ(manifest["runs"]["ok"], 12);
  EXPECT_EQ(manifest["sweep"]["method"], "random");
}

TEST(SweepCommand, JobsDoNotChangeAnyResult) {
  TempDir tmp;
  for (const char* j : {"1", "2"}) {
    const Outcome o = run_jezsim("sweep " + kSweeps + "small-sobol.yaml -q -j " + j + " -o " +
                                 (tmp.path / j).string());
    ASSERT_EQ(o.exit_code, 0) << o.err;
  }
  EXPECT_EQ(line_count(slurp(tmp.path / "1/results.csv")), 1 + 32);
  EXPECT_EQ(without_wall_time(slurp(tmp.path / "1/results.csv")),
            without_wall_time(slurp(tmp.path / "2/results.csv")));
  for (const char* f : {"points.csv", "sensitivity.csv"})
    EXPECT_EQ(slurp(tmp.path / "1" / f), slurp(tmp.path / "2" / f)) << f;
  // Sobol rows: first and total order for 3 outputs x 2 parameters, over the 8 samples.
  const std::string sens = slurp(tmp.path / "1/sensitivity.csv");
  EXPECT_EQ(line_count(sens), 1 + 3 * 2 * 2);
  EXPECT_NE(sens.find("grp_final_year,sectors.fish_processing.price_rub_per_kg,first_order,"),
            std::string::npos);
}

TEST(SweepCommand, ShardsMergedEqualTheUnshardedSweep) {
  TempDir tmp;
  const std::string whole = (tmp.path / "whole").string();
  ASSERT_EQ(run_jezsim("sweep " + kSweeps + "small-sobol.yaml -q -j 2 -o " + whole).exit_code, 0);
  std::string shards;
  for (int k = 1; k <= 3; ++k) {
    const std::string dir = (tmp.path / ("shard-" + std::to_string(k))).string();
    const Outcome o = run_jezsim("sweep " + kSweeps + "small-sobol.yaml -q -j 2 --shard " +
                                 std::to_string(k) + "/3 -o " + dir);
    ASSERT_EQ(o.exit_code, 0) << o.err;
    shards = dir + " " + shards;  // in reverse: merge orders them itself
  }
  const std::string merged = (tmp.path / "merged").string();
  const Outcome m = run_jezsim("merge -q " + shards + " -o " + merged);
  ASSERT_EQ(m.exit_code, 0) << m.err;
  EXPECT_EQ(without_wall_time(slurp(whole + "/results.csv")),
            without_wall_time(slurp(merged + "/results.csv")));
  for (const char* f : {"points.csv", "sensitivity.csv"})
    EXPECT_EQ(slurp(whole + "/" + f), slurp(merged + "/" + f)) << f;
  EXPECT_EQ(done_runs(merged), 32);

  // A missing shard is refused.
  const Outcome gap =
      run_jezsim("merge " + (tmp.path / "shard-1").string() + " " +
                 (tmp.path / "shard-3").string() + " -o " + (tmp.path / "gap").string());
  EXPECT_EQ(gap.exit_code, 2);
  EXPECT_NE(gap.err.find("a shard is missing"), std::string::npos) << gap.err;
  EXPECT_FALSE(fs::exists(tmp.path / "gap"));
}

TEST(SweepCommand, FailedRunsAreRecordedAndGiveExitThree) {
  TempDir tmp;
  const Outcome o =
      run_jezsim("sweep " + kSweeps + "some-runs-fail.yaml -j 2 -o " + (tmp.path / "s").string());
  EXPECT_EQ(o.exit_code, 3) << o.err;
  EXPECT_NE(o.err.find("runs failed (see results.csv)"), std::string::npos) << o.err;
  const std::string results = slurp(tmp.path / "s/results.csv");
  EXPECT_EQ(line_count(results), 1 + 12);
  // Negative draws are refused by the scenario: bad_input, with the scenario's own sentence.
  int bad = 0, ok = 0;
  std::istringstream in(results);
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    const double value =
        std::stod(line.substr(line.find(',', line.find(',', line.find(',') + 1) + 1) + 1));
    if (value < 0) {
      ++bad;
      EXPECT_NE(line.find(",bad_input,"), std::string::npos) << line;
      EXPECT_NE(line.find("routes[0].sailings_per_week: expected a number >= 0"), std::string::npos)
          << line;
    } else {
      ++ok;
      EXPECT_NE(line.find(",ok,,"), std::string::npos) << line;
    }
  }
  EXPECT_GT(bad, 0);
  EXPECT_GT(ok, 0);
}

TEST(SweepCommand, TimedOutRunsAreRecorded) {
  TempDir tmp;
  const Outcome o = run_jezsim("sweep " + kSweeps + "default-mc.yaml -j 2 --timeout 0.005 -o " +
                               (tmp.path / "s").string());
  EXPECT_EQ(o.exit_code, 3) << o.err;
  const std::string results = slurp(tmp.path / "s/results.csv");
  EXPECT_NE(results.find(",timeout,the run took longer than --timeout 0.005 s,"),
            std::string::npos);
}

TEST(SweepCommand, KeepTimeseriesKeepsWholeRunFolders) {
  TempDir tmp;
  const Outcome o = run_jezsim("sweep " + kSweeps + "small-grid.yaml -q --keep timeseries -o " +
                               (tmp.path / "s").string());
  ASSERT_EQ(o.exit_code, 0) << o.err;
  for (const char* f : {"timeseries.csv", "summary.csv", "events.csv", "manifest.json", "done"})
    EXPECT_TRUE(fs::exists(tmp.path / "s/runs/p0000005-r000" / f)) << f;
}

TEST(SweepCommand, WithoutCounterfactualThereAreNoImpactMetrics) {
  TempDir tmp;
  const std::string sweep = "sweep " + kSweeps + "impact-output.yaml -q -o ";
  const Outcome with = run_jezsim(sweep + (tmp.path / "a").string());
  ASSERT_EQ(with.exit_code, 0) << with.err;
  EXPECT_EQ(line_count(slurp(tmp.path / "a/results.csv")), 1 + 2);
  const Outcome without = run_jezsim(sweep + (tmp.path / "b").string() + " --no-counterfactual");
  EXPECT_EQ(without.exit_code, 2);
  EXPECT_EQ(
      without.err.rfind("jezsim: tests/data/sweeps/impact-output.yaml:7:27: outputs: expected a "
                        "summary metric that runs of kurils-small.yaml without their "
                        "counterfactual produce (jezsim metrics lists them), found "
                        "'impact_grp_final_year'",
                        0),
      0u)
      << without.err;
}

TEST(SweepCommand, ProgressOnAPipeOnlyWhenAsked) {
  TempDir tmp;
  const std::string sweep = "sweep " + kSweeps + "small-grid.yaml -j 2 -o ";
  const Outcome quiet = run_jezsim(sweep + (tmp.path / "a").string());
  ASSERT_EQ(quiet.exit_code, 0) << quiet.err;
  EXPECT_EQ(quiet.err, "");  // stderr is a file here, not a terminal
  const Outcome shown = run_jezsim(sweep + (tmp.path / "b").string() + " --progress");
  ASSERT_EQ(shown.exit_code, 0) << shown.err;
  EXPECT_NE(shown.err.find("sweep: 6/6 done, 0 failed, "), std::string::npos) << shown.err;
  EXPECT_NE(shown.err.find(" runs/s, ETA "), std::string::npos) << shown.err;
}

TEST(SweepCommand, RunsThatShareACounterfactualEqualJezsimRun) {
  // Points 0 (A) and 2 (AB1: only the urchin project's price from B) have one seed and one
  // counterfactual scenario, which the sweep runs once; 3 (AB2: the storms from B) has its own.
  TempDir tmp;
  const Outcome o = run_jezsim("sweep " + kSweeps + "shared-counterfactual.yaml -q -j 1 -o " +
                               (tmp.path / "s").string());
  ASSERT_EQ(o.exit_code, 0) << o.err;
  EXPECT_FALSE(fs::exists(tmp.path / "s/.counterfactuals"));  // gone when the sweep ends
  const std::string seed = "1338903199795547";
  const struct {
    const char* run;
    const char* price;
    const char* storms;
  } points[] = {{"p0000000-r000", "992.934296649", "16.0449313412"},
                {"p0000002-r000", "1055.92252347", "16.0449313412"},
                {"p0000003-r000", "992.934296649", "15.0947107144"}};
  for (const auto& p : points) {
    const fs::path out = tmp.path / p.run;
    const Outcome r = run_jezsim(
        std::string("run scenarios/southern-kurils-2017.yaml -q --seed ") + seed +
        " --set sectors.aquaculture.projects.urchins-shikotan.price_rub_per_kg=" + p.price +
        " --set weather.storms_per_year=" + p.storms + " -o " + out.string());
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(slurp(tmp.path / "s/runs" / p.run / "summary.csv"), slurp(out / "summary.csv"))
        << p.run;
  }
}

}  // namespace
}  // namespace jez::test
