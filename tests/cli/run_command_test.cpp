// End to end: the real binary on the shipped default scenario.
#include <nlohmann/json.hpp>

#include <cmath>
#include <map>

#include "cli_process.hpp"

namespace jez::test {
namespace {

namespace fs = std::filesystem;
const char* kDefault = "scenarios/southern-kurils-2017.yaml";
const char* kFiles[] = {"manifest.json", "scenario.resolved.yaml", "timeseries.csv", "summary.csv",
                        "events.csv",    "multipliers.csv",        "units.csv"};

std::map<std::string, double> read_summary(const fs::path& file) {
  std::map<std::string, double> m;
  std::istringstream in(slurp(file));
  std::string line;
  std::getline(in, line);
  EXPECT_EQ(line, "metric,unit,value");
  while (std::getline(in, line)) {
    const auto a = line.find(','), b = line.rfind(',');
    m[line.substr(0, a)] = std::stod(line.substr(b + 1));
  }
  return m;
}

TEST(RunCommand, DefaultScenarioWritesEveryFileOfTheRunFolder) {
  TempDir tmp;
  const fs::path dir = tmp.path / "base";
  const Outcome o = run_jezsim(std::string("run ") + kDefault + " -o " + dir.string());
  ASSERT_EQ(o.exit_code, 0) << o.err;
  EXPECT_NE(o.out.find("gross regional product"), std::string::npos) << o.out;
  EXPECT_NE(o.out.find("Final year by sector"), std::string::npos);
  for (const char* f : kFiles) EXPECT_GT(fs::file_size(dir / f), 0u) << f;
  // Nothing temporary is left beside or inside the folder.
  for (const auto& e : fs::directory_iterator(tmp.path)) EXPECT_EQ(e.path(), dir);
  for (const auto& e : fs::directory_iterator(dir))
    EXPECT_NE(e.path().filename().string()[0], '.') << e.path();

  const auto manifest = nlohmann::json::parse(slurp(dir / "manifest.json"));
  EXPECT_EQ(manifest["scenario"]["seed"], 2017);
  EXPECT_EQ(manifest["scenario"]["sha256"].get<std::string>().size(), 64u);
  EXPECT_EQ(manifest["files"].size(), 7u);

  const std::string ts = slurp(dir / "timeseries.csv");
  EXPECT_EQ(ts.substr(0, ts.find('\n')), "date,region,sector,variable,unit,value,region_kind");
  // Every region says what it is.
  for (const char* kind : {",zone\n", ",island\n", ",route\n", ",side\n", ",project\n"})
    EXPECT_NE(ts.find(kind), std::string::npos) << kind;
  EXPECT_EQ(ts.find(",\n"), std::string::npos) << "a region without a kind";
  const std::string units = slurp(dir / "units.csv");
  EXPECT_EQ(units.substr(0, units.find('\n')), "file,column,unit,meaning");
  EXPECT_NE(units.find("\nmultipliers.csv,employment_effect,jobs per RUB mn of final demand,"),
            std::string::npos)
      << units;
  EXPECT_NE(ts.find("\n2047-12,zone,fish_processing,output,RUB mn/month,"), std::string::npos);
  EXPECT_NE(ts.find("\n2017-09,korsakov-etorofu,transport,sailings,count/month,"),
            std::string::npos);
  EXPECT_EQ(slurp(dir / "multipliers.csv").substr(0, 26), "sector,output_type1,output");
  EXPECT_EQ(slurp(dir / "events.csv").substr(0, 32), "time_s,date,kind,subject,detail\n");

  // Cargo is conserved: every tonne produced is delivered, waiting ashore or at sea.
  const auto m = read_summary(dir / "summary.csv");
  const double produced = m.at("fish_produced_total");
  // 2018..2047 in full, plus Sep..Dec 2017 whose profile weights (1.6+1.5+1.1+0.8) are 5 of 12,
  // less what the plants could not make in the months their island ran out of diesel.
  EXPECT_NEAR(produced + m.at("fish_lost_to_power_total"), 30 * 230000.0 + 230000.0 * 5.0 / 12.0,
              1e-6 * produced);
  EXPECT_NEAR(produced,
              m.at("fish_delivered_total") + m.at("fish_stock_end") + m.at("fish_in_transit_end"),
              1e-6 * produced);
  EXPECT_GT(m.at("sailings_cancelled_total"), 0);  // the ice closes routes every winter
  EXPECT_GT(m.at("grp_final_year"), 0);
  EXPECT_GT(m.at("jobs_final_year"), 0);

  // The resolved scenario is itself a valid scenario.
  const Outcome v = run_jezsim("validate " + (dir / "scenario.resolved.yaml").string());
  EXPECT_EQ(v.exit_code, 0) << v.err;
}

TEST(RunCommand, SameSeedGivesIdenticalBytes) {
  TempDir tmp;
  for (const char* run : {"a", "b"}) {
    const Outcome o =
        run_jezsim(std::string("run ") + kDefault + " -q -o " + (tmp.path / run).string());
    ASSERT_EQ(o.exit_code, 0) << o.err;
    EXPECT_TRUE(o.out.empty()) << "--quiet printed: " << o.out;
  }
  for (const char* f : kFiles) {
    if (std::string(f) == "manifest.json") continue;  // holds the date and wall time
    EXPECT_EQ(slurp(tmp.path / "a" / f), slurp(tmp.path / "b" / f)) << f;
  }
}

TEST(RunCommand, SetOverridesAScalarAndIsRecorded) {
  TempDir tmp;
  const Outcome o = run_jezsim(std::string("run ") + kDefault + " -q -o " + tmp.path.string() +
                               "/r --set routes.nemuro-kunashiri.sailings_per_week=4 --seed 7");
  ASSERT_EQ(o.exit_code, 0) << o.err;
  const std::string resolved = slurp(tmp.path / "r" / "scenario.resolved.yaml");
  EXPECT_NE(resolved.find("sailings_per_week: 4\n"), std::string::npos) << resolved;
  EXPECT_NE(resolved.find("seed: 7\n"), std::string::npos);
}

TEST(RunCommand, BadOverrideIsExit2AndLeavesNoFolder) {
  TempDir tmp;
  const Outcome o = run_jezsim(std::string("run ") + kDefault + " -o " + tmp.path.string() +
                               "/r --set routes.nemuro-kunashiri.voyage_h=-3");
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_NE(o.err.find("voyage_h"), std::string::npos) << o.err;
  EXPECT_FALSE(fs::exists(tmp.path / "r"));
  EXPECT_TRUE(fs::is_empty(tmp.path));
}

TEST(RunCommand, UnwritableOutputFolderIsExit2) {
  TempDir tmp;
  std::ofstream(tmp.path / "a-file") << "x";
  const Outcome o =
      run_jezsim(std::string("run ") + kDefault + " -o " + (tmp.path / "a-file" / "r").string());
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_NE(o.err.find("a-file"), std::string::npos) << o.err;
  EXPECT_EQ(std::count(o.err.begin(), o.err.end(), '\n'), 1) << o.err;
}

TEST(RunCommand, UnknownSubcommandIsExit2) {
  EXPECT_EQ(run_jezsim("frobnicate").exit_code, 2);
  EXPECT_EQ(run_jezsim("run").exit_code, 2);
  EXPECT_EQ(run_jezsim("--help").exit_code, 0);
}

}  // namespace
}  // namespace jez::test
