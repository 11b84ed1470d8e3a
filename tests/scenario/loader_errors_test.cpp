// Each class of bad scenario gives one sentence with the file, the line and column, the key path,
// what was expected and what was found. Positions are counted by hand in the texts below.
#include <gtest/gtest.h>

#include <map>

#include "scenario/loader.hpp"
#include "scenario_test_files.hpp"

namespace jez {
namespace {

using test::load_error;
using test::ScenarioFolder;

// A valid scenario, one line per entry; tests swap single lines (numbered from 1) for bad ones.
const std::vector<std::string> kRouteScenario = {
    "jezsim: 1",                             // 1
    "time: {start: 2020-01, end: 2020-12}",  // 2
    "economy: {table: zone.csv}",            // 3
    "regions:",                              // 4
    "  - {name: kunashiri, kind: island}",   // 5
    "  - {name: nemuro, kind: hub}",         // 6
    "routes:",                               // 7
    "  - name: nemuro-kunashiri",            // 8
    "    from: nemuro",                      // 9
    "    to: kunashiri",                     // 10
    "    distance_km: 80",                   // 11
    "    voyage_h: 3.5",                     // 12
    "    cargo_capacity_t: 400",             // 13
    "    handling_t_per_h: 100",             // 14
    "    sailings_per_week: 2",              // 15
};

std::string with_lines(const std::map<int, std::string>& replaced) {
  std::string text;
  for (int i = 1; i <= int(kRouteScenario.size()); ++i) {
    auto it = replaced.find(i);
    text += (it == replaced.end() ? kRouteScenario[i - 1] : it->second) + "\n";
  }
  return text;
}

class ScenarioErrors : public ::testing::Test {
 protected:
  // The message of loading `text` saved as bad.yaml, with the file's name replaced by "F".
  std::string error_of(const std::string& text) {
    const auto file = folder_.write("bad.yaml", text);
    std::string message = load_error(file);
    const std::string name = file.string();
    if (message.rfind(name, 0) == 0) message = "F" + message.substr(name.size());
    return message;
  }
  ScenarioFolder folder_;
};

TEST_F(ScenarioErrors, TheBaseScenarioIsValid) {
  // Guards the tests below: each error must come from its one changed line.
  EXPECT_NO_THROW(load_scenario(folder_.write("good.yaml", with_lines({}))));
}

TEST_F(ScenarioErrors, MalformedYamlNamesTheParserPosition) {
  // The flow list opened on line 2 is never closed; yaml-cpp notices at the next line's key.
  const std::string m = error_of("jezsim: 1\nseed: [1, 2\ntime: {start: 2020-01}\n");
  EXPECT_EQ(m.rfind("F:3:", 0), 0u) << m;
  EXPECT_NE(m.find(": malformed YAML: "), std::string::npos) << m;
}

TEST_F(ScenarioErrors, UnknownKeySuggestsTheClosestKnownKey) {
  EXPECT_EQ(error_of(with_lines({{5, "  - {name: kunashiri, kind: island, populaton: 7817}"}})),
            "F:5:37: regions[0].populaton: expected a key of a region, found unknown key "
            "'populaton' (did you mean 'population'?)");
  EXPECT_EQ(error_of(with_lines({{12, "    voyag_h: 3.5"}})),
            "F:12:5: routes[0].voyag_h: expected a key of a route, found unknown key 'voyag_h' "
            "(did you mean 'voyage_h'?)");
}

TEST_F(ScenarioErrors, UnknownKeyWithNothingCloseListsTheKnownKeys) {
  EXPECT_EQ(error_of(with_lines({{3, "economy: {table: zone.csv, colour: red}"}})),
            "F:3:28: economy.colour: expected a key of the economy: 'table', 'currency', "
            "'households', 'dynamics', 'capital_coefficients', 'final_demand', 'import_shares', "
            "'unmet_demand', 'discount_rate_per_year', 'regions', 'table_population' or "
            "'wages_rub_per_month', found unknown key 'colour'");
}

TEST_F(ScenarioErrors, MissingRequiredKeyNamesTheParentPosition) {
  // Line 12 (voyage_h) blanked: the route's map starts at line 8, column 5 ("name").
  EXPECT_EQ(error_of(with_lines({{12, ""}})),
            "F:8:5: routes[0].voyage_h: expected a value for this required key, found the key "
            "missing");
  EXPECT_EQ(error_of("jezsim: 1\neconomy: {table: zone.csv}\n"),
            "F:1:1: time: expected a value for this required key, found the key missing");
}

TEST_F(ScenarioErrors, WrongTypes) {
  EXPECT_EQ(error_of(with_lines({{11, "    distance_km: far"}})),
            "F:11:18: routes[0].distance_km: expected a number > 0 and <= 20000, found 'far'");
  EXPECT_EQ(error_of(with_lines({{11, "    distance_km: \"80\""}})),
            "F:11:18: routes[0].distance_km: expected a number > 0 and <= 20000, found the quoted "
            "string '80'");
  EXPECT_EQ(error_of(with_lines({{7, "routes: {name: x}"},
                                 {8, ""},
                                 {9, ""},
                                 {10, ""},
                                 {11, ""},
                                 {12, ""},
                                 {13, ""},
                                 {14, ""},
                                 {15, ""}})),
            "F:7:9: routes: expected a list of routes, found a map");
  EXPECT_EQ(error_of(with_lines({{2, "time: [2020-01, 2020-12]"}})),
            "F:2:7: time: expected the time span (a map of keys), found a list of 2 items");
  EXPECT_EQ(error_of(with_lines({{1, "jezsim: 1\nseed: -3"}})),
            "F:2:7: seed: expected a whole number >= 0, found '-3'");
}

TEST_F(ScenarioErrors, CapacitiesAndDistancesMustBePositive) {
  EXPECT_EQ(error_of(with_lines({{13, "    cargo_capacity_t: 0"}})),
            "F:13:23: routes[0].cargo_capacity_t: expected a number > 0 and <= 1e+06 (the largest "
            "ships carry about 400,000 t), found 0");
  EXPECT_EQ(error_of(with_lines({{11, "    distance_km: -80"}})),
            "F:11:18: routes[0].distance_km: expected a number > 0 and <= 20000 (no sea lane is "
            "longer than half the Earth's circumference), found -80");
}

TEST_F(ScenarioErrors, RouteToAnUnknownRegionSuggestsOne) {
  EXPECT_EQ(error_of(with_lines({{10, "    to: kunashir"}})),
            "F:10:9: routes[0].to: expected a region: 'kunashiri' or 'nemuro', found 'kunashir' "
            "(did you mean 'kunashiri'?)");
  EXPECT_EQ(error_of(with_lines({{10, "    to: nemuro"}})),
            "F:10:9: routes[0].to: expected a region other than from ('nemuro'), found 'nemuro'");
}

TEST_F(ScenarioErrors, DuplicateNamesPointAtTheSecond) {
  EXPECT_EQ(error_of(with_lines({{6, "  - {name: kunashiri, kind: hub}"}})),
            "F:6:12: regions[1].name: expected a unique region name, found 'kunashiri' again "
            "(first at line 5, column 12)");
  EXPECT_EQ(error_of(with_lines({{9, "    from: nemuro\n    from: nemuro"}})),
            "F:10:5: routes[0].from: expected each key once, found 'from' again (first at line 9, "
            "column 5)");
}

TEST_F(ScenarioErrors, TimeSpan) {
  EXPECT_EQ(error_of(with_lines({{2, "time: {start: 2020-01, end: 2019-12}"}})),
            "F:2:29: time.end: expected a month not before time.start (2020-01), found '2019-12'");
  EXPECT_EQ(error_of(with_lines({{2, "time: {start: 2020-01, end: 2020-12, step: mnth}"}})),
            "F:2:44: time.step: expected one of 'month', 'quarter' or 'year', found 'mnth' (did "
            "you mean 'month'?)");
  EXPECT_EQ(error_of(with_lines({{2, "time: {start: 2020-13, end: 2020-12}"}})),
            "F:2:15: time.start: expected a month as YYYY-MM (such as 2017-09), found '2020-13'");
}

TEST_F(ScenarioErrors, IceSeasonDates) {
  // 02-29 is refused: a yearly season needs a day that every year has.
  EXPECT_EQ(
      error_of(with_lines({{15, "    sailings_per_week: 2\n    ice: {from: 02-29, to: 03-20}"}})),
      "F:16:17: routes[0].ice.from: expected a day of every year as MM-DD (such as 02-01), "
      "found '02-29'");
  EXPECT_EQ(
      error_of(with_lines({{15, "    sailings_per_week: 2\n    ice: {from: 02-01, to: 3-20}"}})),
      "F:16:28: routes[0].ice.to: expected a day of every year as MM-DD (such as 02-01), found "
      "'3-20'");
}

TEST_F(ScenarioErrors, WrongFormatVersionIsReportedBeforeUnknownKeys) {
  EXPECT_EQ(error_of(with_lines({{1, "jezsim: 2\nnew_section_of_format_2: {}"}})),
            "F:1:9: jezsim: expected 1 (the scenario format version this jezsim reads), found '2'");
}

TEST_F(ScenarioErrors, MissingTableFileNamesTheResolvedPath) {
  const std::string m = error_of(with_lines({{3, "economy: {table: data/none.csv}"}}));
  EXPECT_EQ(m, "F:3:18: economy.table: expected an IO table CSV file, found no file at " +
                   (folder_.dir() / "data/none.csv").string());
}

TEST_F(ScenarioErrors, ABadTableCsvThrowsTheTablesOwnError) {
  // read_io_table's TableError names the CSV's line and column; the loader passes it on.
  folder_.write("broken.csv", "sector,a,b,exports\na,1,x,3\nb,1,2,3\n");
  const auto file = folder_.write("t.yaml", with_lines({{3, "economy: {table: broken.csv}"}}));
  try {
    load_scenario(file);
    ADD_FAILURE() << "loaded";
  } catch (const economy::TableError& e) {
    EXPECT_NE(std::string(e.what()).find("broken.csv:2:"), std::string::npos) << e.what();
  }
}

const char* kFishHead =
    "jezsim: 1\n"                             // 1
    "time: {start: 2020-01, end: 2020-12}\n"  // 2
    "economy: {table: zone.csv}\n"            // 3
    "regions:\n"                              // 4
    "  - {name: etorofu, kind: island}\n"     // 5
    "  - {name: nemuro, kind: hub}\n"         // 6
    "  - {name: korsakov, kind: hub}\n"       // 7
    "routes:\n"                               // 8
    "  - {name: e-k, from: etorofu, to: korsakov, distance_km: 650, voyage_h: 26, "
    "cargo_capacity_t: 1200, handling_t_per_h: 150, sailings_per_week: 1}\n"  // 9
    "sectors:\n"                                                              // 10
    "  fish_processing:\n"                                                    // 11
    "    price_rub_per_kg: 33.6\n";                                           // 12

TEST_F(ScenarioErrors, FishPlants) {
  const std::string plants = "    plants:\n";  // line 13; the plant is line 14
  EXPECT_NO_THROW(load_scenario(
      folder_.write("ok.yaml", kFishHead + plants +
                                   "      - {name: yasny, island: etorofu, market: korsakov, "
                                   "output_t_per_year: 1}\n")));
  EXPECT_EQ(
      error_of(kFishHead + plants +
               "      - {name: yasny, island: nemuro, market: korsakov, output_t_per_year: 1}\n"),
      "F:14:31: sectors.fish_processing.plants[0].island: expected a region of kind island, "
      "found 'nemuro', a hub");
  EXPECT_EQ(
      error_of(kFishHead + plants +
               "      - {name: yasny, island: etorofu, market: nemuro, output_t_per_year: 1}\n"),
      "F:14:48: sectors.fish_processing.plants[0].market: expected a hub with a route from "
      "'etorofu' ('korsakov'), found 'nemuro', which no route links to 'etorofu'");
  EXPECT_EQ(
      error_of(kFishHead + plants +
               "      - {name: yasny, island: etorofu, market: korsakov, output_t_per_year: 0}\n"),
      "F:14:77: sectors.fish_processing.plants[0].output_t_per_year: expected a number > 0 and "
      "<= 1e+09 (a billion tonnes a year is more than any island makes), found 0");
}

TEST_F(ScenarioErrors, FishProfileAndSector) {
  EXPECT_EQ(
      error_of(kFishHead + std::string("    monthly_profile: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\n")),
      "F:13:22: sectors.fish_processing.monthly_profile: expected a list of 12 numbers >= 0 "
      "and <= 1e+06, not all 0 (January to December), found a list of 11 items");
  EXPECT_EQ(error_of(kFishHead +
                     std::string("    monthly_profile: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]\n")),
            "F:13:22: sectors.fish_processing.monthly_profile: expected a list of 12 numbers >= 0 "
            "and <= 1e+06, not all 0 (January to December), found all 12 at 0");
  // The range's words are built only for these messages (read_twelve, read_number).
  EXPECT_EQ(error_of(kFishHead + std::string("    monthly_profile: 1\n")),
            "F:13:22: sectors.fish_processing.monthly_profile: expected a list of 12 numbers >= 0 "
            "and <= 1e+06, not all 0 (January to December), found '1'");
  EXPECT_EQ(error_of(kFishHead +
                     std::string("    monthly_profile: [1, 1, 1, 1, 1, x, 1, 1, 1, 1, 1, 1]\n")),
            "F:13:38: sectors.fish_processing.monthly_profile[5]: expected a number >= 0 and <= "
            "1e+06, found 'x'");
  EXPECT_EQ(error_of(kFishHead +
                     std::string("    monthly_profile: [1, 1, 1, 1, 1, 2e6, 1, 1, 1, 1, 1, 1]\n")),
            "F:13:38: sectors.fish_processing.monthly_profile[5]: expected a number >= 0 and <= "
            "1e+06 (relative weights up to a million to one), found 2e6");
  EXPECT_EQ(error_of(kFishHead + std::string("    sector: fish_procesing\n")),
            "F:13:13: sectors.fish_processing.sector: expected a sector of the table: "
            "'fish_processing' or 'services', found 'fish_procesing' (did you mean "
            "'fish_processing'?)");
  EXPECT_EQ(error_of(with_lines({{15, "    sailings_per_week: 2\nsectors: {fish_procesing: {}}"}})),
            "F:16:11: sectors.fish_procesing: expected a key of the sectors, found unknown key "
            "'fish_procesing' (did you mean 'fish_processing'?)");
}

TEST_F(ScenarioErrors, FishNeedsAnExportsColumn) {
  std::filesystem::copy_file(test::test_data("scenarios/zone-2x2-no-exports.csv"),
                             folder_.dir() / "no-exports.csv");
  std::string text = kFishHead;
  text.replace(text.find("zone.csv"), 8, "no-exports.csv");
  EXPECT_EQ(error_of(text),
            "F:12:5: sectors.fish_processing: expected a table with an 'exports' final-demand "
            "column, found final-demand columns 'household_consumption'");
}

TEST_F(ScenarioErrors, EmptyAndUnreadableFiles) {
  EXPECT_EQ(error_of(""),
            "F:1:1: (top level): expected a scenario (a map of keys such as jezsim, time and "
            "economy), found an empty file");
  const auto missing = folder_.dir() / "missing.yaml";
  EXPECT_EQ(load_error(missing), missing.string() + ": cannot read: No such file or directory");
}

}  // namespace
}  // namespace jez
