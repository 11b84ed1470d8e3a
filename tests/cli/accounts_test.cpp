// End to end, the accounts of the shipped scenarios (issue 10, items 1-5): output follows
// production, what the world models replaces the table's final demand, offsets are booked, and
// events change only what they are about. Expected numbers are worked out by hand below from the
// scenario files and the zone table (scenarios/data/southern-kurils-zone.csv).
#include <cmath>
#include <cstdio>
#include <functional>
#include <map>

#include "cli_process.hpp"

namespace jez::test {
namespace {

namespace fs = std::filesystem;
const fs::path kScenarios = fs::path(JEZ_SOURCE_DIR) / "scenarios";

std::string fmt_month(int year, int month) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  return buf;
}

// The rows of timeseries.csv of one region: (date, sector, variable) -> value.
using Series = std::map<std::tuple<std::string, std::string, std::string>, double>;
Series zone_series(const fs::path& dir, const std::string& region = "zone") {
  Series s;
  for (const auto& f : timeseries_rows(dir, region)) s[{f[0], f[2], f[3]}] += std::stod(f[5]);
  return s;
}

double at(const Series& s, const std::string& date, const std::string& sector,
          const std::string& variable) {
  const auto it = s.find({date, sector, variable});
  return it == s.end() ? 0.0 : it->second;
}

// A shipped scenario edited by `edit` (its lines), written beside a copy of its data folder.
fs::path edited_scenario(const fs::path& dir, const char* name,
                         const std::function<bool(const std::string&)>& keep_line) {
  fs::create_directories(dir);
  fs::copy(kScenarios / "data", dir / "data", fs::copy_options::recursive);
  std::istringstream in(slurp(kScenarios / name));
  std::ofstream out(dir / name);
  for (std::string line; std::getline(in, line);)
    if (keep_line(line)) out << line << '\n';
  return dir / name;
}

fs::path run_ok(const fs::path& scenario, const fs::path& out) {
  const Outcome o = run_jezsim("run " + scenario.string() + " -o " + out.string());
  EXPECT_EQ(o.exit_code, 0) << o.err;
  return out;
}

TEST(Accounts, HistoryNotesChangeNothingAndThePilotTourAddsItsVisitors) {
  TempDir tmp;
  const fs::path full = run_ok(kScenarios / "history-2016-2022.yaml", tmp.path / "full");
  const fs::path quiet = run_ok(edited_scenario(tmp.path / "q", "history-2016-2022.yaml",
                                                [](const std::string& l) {
                                                  return l.find("kind: note") == std::string::npos;
                                                }),
                                tmp.path / "quiet");
  // The 15 notes: every headline identical (before: grp_cumulative 71,489.84 against 71,490.67,
  // visitors_total 39,212 against 39,306, because a note split the month for the visitors).
  EXPECT_EQ(slurp(full / "summary.csv"), slurp(quiet / "summary.csv"));
  const auto a = summary_of(full);

  // Without the pilot tour: 44 visitors fewer exactly (they came on their own charter, so no
  // timetable seat limits them; Kunashiri's 150 beds x 31 days are far from full in October).
  const fs::path no_tour = run_ok(
      edited_scenario(
          tmp.path / "t", "history-2016-2022.yaml",
          [](const std::string& l) { return l.find("kind: pilot_tour") == std::string::npos; }),
      tmp.path / "no-tour");
  EXPECT_NEAR(a.at("visitors_total") - summary_of(no_tour).at("visitors_total"), 44, 1e-6);
}

TEST(Accounts, HistoryBooksTheWorldsVisitorsAndWasteInsteadOfTheTables) {
  TempDir tmp;
  const fs::path dir = run_ok(kScenarios / "history-2016-2022.yaml", tmp.path / "h");
  const Series s = zone_series(dir);
  int months = 0;
  for (const auto& [key, value] : s) {
    const auto& [date, sector, variable] = key;
    if (sector != "tourism" || variable != "output") continue;
    ++months;
    // Nobody buys tourism as an input (its row in the table is all exports), so its output is
    // exactly the visitors' spending the world booked: the table's own 38.6 RUB mn/yr (3.217 a
    // month) of base-year visitors is no longer added on top.
    EXPECT_NEAR(value, at(s, date, "tourism", "visitor_spending"), 1e-9) << date;
    // Waste: its row has no intermediate buyers either; without a plant the islands landfill
    // (3,000 RUB/t) and ship the rest off (20,000 RUB/t, bought off the islands). Households pay
    // both, so their other spending falls by as much.
    EXPECT_NEAR(at(s, date, "waste", "output"), at(s, date, "waste", "fees"), 1e-9) << date;
    double cut = 0, fees = 0;
    for (const auto& [k, v] : s)
      if (std::get<0>(k) == date) {
        if (std::get<2>(k) == "payers_spending_cut") cut += v;
        if (std::get<2>(k) == "fees" || std::get<2>(k) == "fees_imported") fees += v;
      }
    EXPECT_GT(fees, 0);
    EXPECT_NEAR(cut, -fees, 1e-9) << date;
  }
  EXPECT_EQ(months, 80);  // May 2016 to December 2022
  // October 2019 on Kunashiri, by hand: 16,668 residents x 1.2 kg x 31 days + 2,000 t/yr x
  // 31/365 = 620.05 + 169.86 t, plus visitors' 1.5 kg a day; all landfilled while there is room.
  EXPECT_GT(at(s, "2019-10", "waste", "fees"), 0);
}

TEST(Accounts, DefaultRunOutputFollowsProductionAndBooksTheOffsets) {
  TempDir tmp;
  const fs::path dir = run_ok(kScenarios / "southern-kurils-2017.yaml", tmp.path / "d");
  const Series s = zone_series(dir);
  // Fish processing in 2030 follows the plants' monthly profile (0.6 in February, 1.6 in
  // September, summing to 12; 230,000 t a year at 33.6 RUB/kg): final demand 386.4 and 1,030.4
  // RUB mn. The difference, 644.0, times the own-sector multiplier 1 / (1 - 45.489/7794.939 -
  // 0.000367 through fishing) = 1.00624, is 648.0 RUB mn of output, and x 1,300 jobs / 7,794.939
  // RUB mn x 12 = 1,296.9 jobs. (Before: 3 jobs in February against 2,070 in May, as ships came.)
  const double feb = at(s, "2030-02", "fish_processing", "jobs");
  const double sep = at(s, "2030-09", "fish_processing", "jobs");
  EXPECT_NEAR(sep - feb, 1296.9, 0.005 * 1296.9);
  double low = 1e9, high = 0, fd_year = 0, exports_year = 0;
  for (int m = 1; m <= 12; ++m) {
    const std::string date = fmt_month(2030, m);
    low = std::min(low, at(s, date, "fish_processing", "jobs"));
    high = std::max(high, at(s, date, "fish_processing", "jobs"));
    fd_year += at(s, date, "fish_processing", "exports") +
               at(s, date, "fish_processing", "change_in_stocks");
    exports_year += at(s, date, "fish_processing", "exports");
  }
  EXPECT_GT(low, 700);
  EXPECT_LT(high, 2200);
  // A calendar year's production is the whole 230,000 t x 33.6 RUB/kg = 7,728 RUB mn (none lost
  // to power in 2030), and the year's exports differ from it only by the stock change.
  EXPECT_NEAR(fd_year, 7728, 1e-6 * 7728);
  EXPECT_NEAR(exports_year, 7728, 0.01 * 7728);

  // Wind on Etorofu is sold to the power sector at the table's 14.5 RUB/kWh, and the diesel it
  // saves is fuel the power sector no longer imports, at 35.7 RUB/kg. Kunashiri's installed
  // 885 kW (wind_kw) generates and saves diesel too, but sells nothing and saves no imports:
  // the table has them already. The greenhouse buys its power at 14.5 too: in January 2030,
  // 2,000 m2 x (60 + 25) kWh = 170 MWh = 2.465 RUB mn.
  const Series etorofu = zone_series(dir, "etorofu");
  const double saved_t = at(etorofu, "2030-01", "power", "diesel_saved");
  EXPECT_GT(saved_t, 0);
  EXPECT_GT(at(zone_series(dir, "kunashiri"), "2030-01", "power", "diesel_saved"), 0);
  EXPECT_NEAR(at(s, "2030-01", "wind_power", "sales_to_sectors"),
              at(etorofu, "2030-01", "power", "power_wind") * 14.5e-3, 1e-9);
  EXPECT_NEAR(at(s, "2030-01", "power", "imports_saved"), saved_t * 35.7e-3, 1e-9);
  EXPECT_NEAR(at(s, "2030-01", "power", "sales_to_sectors"), 2.465, 1e-9);
  EXPECT_NEAR(at(s, "2030-07", "power", "sales_to_sectors"), 0, 1e-12);  // July: no heat, light
  // Identities hold with the offsets booked: value added + taxes + imports = final demand, to
  // the table's rounding (its cells have 3 decimals, so its columns balance to about 2e-7).
  for (const char* date : {"2030-01", "2030-07"}) {
    double primary = 0, final_demand = 0;
    for (const auto& [k, v] : s)
      if (std::get<0>(k) == date) {
        const std::string& var = std::get<2>(k);
        if (var == "value_added" || var == "tax_receipts" || var == "imports") primary += v;
        if (var == "final_demand") final_demand += v;
      }
    EXPECT_NEAR(primary, final_demand, 1e-6 * final_demand) << date;
  }
}

}  // namespace
}  // namespace jez::test
