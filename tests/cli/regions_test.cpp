// End to end, the mainland regions of the default scenario (economy.regions, issue 13): the zone's
// own results are those of the scenario without regions, the sides add up their regions, the yen
// follow the currency path, and a sanctions event that re-routes Nemuro's cargo to Korsakov moves
// the zone's purchases off Japan.
#include <functional>
#include <map>

#include "cli_process.hpp"

namespace jez::test {
namespace {

namespace fs = std::filesystem;
const fs::path kScenarios = fs::path(JEZ_SOURCE_DIR) / "scenarios";

// The default scenario, its lines edited by `edit` (return false to drop a line; it may append
// lines to `extra`, written after it), beside a copy of its data folder.
fs::path edited_default(const fs::path& dir,
                        const std::function<bool(const std::string&, std::string&)>& edit) {
  fs::create_directories(dir);
  fs::copy(kScenarios / "data", dir / "data", fs::copy_options::recursive);
  std::istringstream in(slurp(kScenarios / "southern-kurils-2017.yaml"));
  std::ofstream out(dir / "southern-kurils-2017.yaml");
  for (std::string line; std::getline(in, line);) {
    std::string extra;
    if (edit(line, extra)) out << line << '\n';
    out << extra;
  }
  return dir / "southern-kurils-2017.yaml";
}

// The default without economy.regions and the projects' equipment_from: the zone alone.
fs::path default_alone(const fs::path& dir) {
  bool in_block = false;
  return edited_default(dir, [&](const std::string& l, std::string&) {
    if (l == "  regions:")
      in_block = true;
    else if (in_block && l.rfind("    ", 0) != 0)
      in_block = false;
    return !in_block && l.find("equipment_from") == std::string::npos;
  });
}

fs::path run_ok(const fs::path& scenario, const fs::path& out) {
  const Outcome o = run_jezsim("run " + scenario.string() + " -o " + out.string());
  EXPECT_EQ(o.exit_code, 0) << o.err;
  return out;
}

// One region's rows of timeseries.csv: (date, variable) -> value.
std::map<std::pair<std::string, std::string>, double> rows_of(const fs::path& dir,
                                                              const std::string& region) {
  std::map<std::pair<std::string, std::string>, double> s;
  for (const auto& f : timeseries_rows(dir, region)) s[{f[0], f[3]}] += std::stod(f[5]);
  return s;
}

// The zone's rows of timeseries.csv, as text: every row whose region is not a mainland one.
std::string zone_lines(const fs::path& dir) {
  std::istringstream in(slurp(dir / "timeseries.csv"));
  std::string out;
  for (std::string line; std::getline(in, line);)
    if (line.find(",mainland") == std::string::npos && line.find(",country") == std::string::npos)
      out += line + '\n';
  return out;
}

TEST(Regions, TheZoneIsUnchangedAndTheSidesAddUpTheirRegions) {
  TempDir tmp;
  const fs::path with = run_ok(kScenarios / "southern-kurils-2017.yaml", tmp.path / "with");
  const fs::path alone = run_ok(default_alone(tmp.path / "alone"), tmp.path / "alone-out");
  const auto a = summary_of(alone), w = summary_of(with);
  // Every line of the zone's summary.csv, byte for byte, in its order; the mainland's follow.
  const std::string zone_summary = slurp(alone / "summary.csv");
  EXPECT_EQ(slurp(with / "summary.csv").substr(0, zone_summary.size() - 1),
            zone_summary.substr(0, zone_summary.size() - 1));
  EXPECT_EQ(zone_lines(alone), zone_lines(with));
  EXPECT_EQ(slurp(alone / "events.csv"), slurp(with / "events.csv"));

  // Each side is the sum of its regions; Japan's final year in yen at 2.0 JPY per RUB.
  for (const char* m :
       {"impact_grp_cumulative_", "impact_grp_final_year_", "impact_jobs_final_year_"}) {
    const std::string s = m;
    EXPECT_NEAR(w.at(s + "mainland_japan"), w.at(s + "hokkaido") + w.at(s + "rest_of_japan"), 1e-9);
    EXPECT_NEAR(w.at(s + "mainland_russia"), w.at(s + "sakhalin") + w.at(s + "rest_of_russia"),
                1e-9);
  }
  for (const char* r : {"hokkaido", "rest_of_japan", "sakhalin", "rest_of_russia", "mainland_japan",
                        "mainland_russia"}) {
    const std::string s = r;
    EXPECT_NEAR(
        w.at("impact_grp_direct_final_year_" + s) + w.at("impact_grp_indirect_final_year_" + s),
        w.at("impact_grp_final_year_" + s), 1e-9)
        << r;
  }
  EXPECT_NEAR(w.at("impact_grp_final_year_mainland_japan_jpy"),
              2.0 * w.at("impact_grp_final_year_mainland_japan"), 1e-9);
  // Japan's gain is mostly the projects' Japanese equipment, bought in 2019-2021.
  EXPECT_GT(w.at("impact_grp_cumulative_mainland_japan"), 100);
  EXPECT_FALSE(a.count("impact_grp_cumulative_mainland_japan"));
}

TEST(Regions, SanctionsOnNemuroMoveThePurchasesFromJapanToRussia) {
  TempDir tmp;
  const fs::path base = run_ok(kScenarios / "southern-kurils-2017.yaml", tmp.path / "base");
  // From 2018-09, after the table's year: Nemuro's market closes, its cargo goes to Korsakov.
  const fs::path closed =
      run_ok(edited_default(tmp.path / "closed",
                            [](const std::string& l, std::string& extra) {
                              if (l == "events:")
                                extra =
                                    "  - {date: 2018-09-01, kind: sanctions, subject: nemuro, "
                                    "reroute_to: korsakov}\n";
                              return true;
                            }),
             tmp.path / "closed");
  const auto h0 = rows_of(base, "hokkaido"), h1 = rows_of(closed, "hokkaido");
  const auto j1 = rows_of(closed, "rest_of_japan");
  const auto s0 = rows_of(base, "sakhalin"), s1 = rows_of(closed, "sakhalin");
  // The table's year is the same; a month after the event the 12 months to date still hold 11
  // of Nemuro's; from 2019-09 on (the window without Nemuro's cargo) and after the projects'
  // equipment (2019-2021), Japan sells the zone nothing.
  EXPECT_EQ(h1.at({"2018-08", "zone_purchases"}), h0.at({"2018-08", "zone_purchases"}));
  EXPECT_GT(h1.at({"2018-09", "zone_purchases"}), 0);
  for (const char* month : {"2022-06", "2030-01", "2047-12"}) {
    EXPECT_GT(h0.at({month, "zone_purchases"}), 0) << month;
    EXPECT_NEAR(h1.at({month, "zone_purchases"}), 0, 1e-12) << month;
    EXPECT_NEAR(j1.at({month, "zone_purchases"}), 0, 1e-12) << month;
    EXPECT_GT(s1.at({month, "zone_purchases"}), s0.at({month, "zone_purchases"})) << month;
  }
}

// The mainland impact compares region by region: a baseline without the regions is refused.
TEST(Regions, ACounterfactualWithoutTheRegionsIsRefused) {
  TempDir tmp;
  const fs::path alone = default_alone(tmp.path / "alone");
  const fs::path with =
      edited_default(tmp.path / "with", [&](const std::string& l, std::string& extra) {
        if (l == "events:") extra.clear();
        return true;
      });
  std::ofstream(with, std::ios::app) << "counterfactual: " << alone.string() << "\n";
  const Outcome o = run_jezsim("validate " + with.string());
  EXPECT_EQ(o.exit_code, 2) << o.err;
  EXPECT_NE(o.err.find("counterfactual: expected a baseline with this scenario's economy.regions "
                       "mainland regions, in order, found none"),
            std::string::npos)
      << o.err;
}

}  // namespace
}  // namespace jez::test
