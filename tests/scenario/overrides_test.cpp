// --set overrides: parsed from PATH=VALUE, applied to the YAML tree before validation, by index
// or by item name, and traced back to the command line in error messages.
#include <gtest/gtest.h>

#include "scenario/loader.hpp"
#include "scenario_test_files.hpp"

namespace jez {
namespace {

using test::test_data;

std::string parse_error(const std::string& text) {
  try {
    parse_override(text);
  } catch (const InputError& e) {
    return e.what();
  }
  ADD_FAILURE() << text << " parsed without an error";
  return {};
}

Scenario load_kurils(const std::vector<std::string>& sets) {
  std::vector<Override> overrides;
  for (const auto& s : sets) overrides.push_back(parse_override(s));
  return load_scenario(test_data("scenarios/kurils-small.yaml"), overrides);
}

std::string kurils_error(const std::vector<std::string>& sets) {
  std::vector<Override> overrides;
  for (const auto& s : sets) overrides.push_back(parse_override(s));
  return test::load_error(test_data("scenarios/kurils-small.yaml"), overrides);
}

const std::string kFile = test_data("scenarios/kurils-small.yaml").string();

TEST(ParseOverride, SplitsAtTheFirstEqualsSignAndTrims) {
  const Override o = parse_override("routes[0].voyage_h=4");
  EXPECT_EQ(o.path, "routes[0].voyage_h");
  EXPECT_EQ(o.value, "4");
  const Override t = parse_override(" title = a=b ");
  EXPECT_EQ(t.path, "title");
  EXPECT_EQ(t.value, "a=b");
}

TEST(ParseOverride, RefusesBadText) {
  EXPECT_EQ(parse_error("seed"),
            "--set seed: expected PATH=VALUE (such as routes[0].voyage_h=4), found no '='");
  EXPECT_EQ(parse_error("routes[x].voyage_h=4"),
            "--set routes[x].voyage_h=4: expected a key path such as routes[0].voyage_h or "
            "routes.NAME.voyage_h, found 'routes[x].voyage_h'");
  EXPECT_NE(parse_error("routes..voyage_h=4").find("expected a key path"), std::string::npos);
  EXPECT_NE(parse_error("=4").find("expected a key path"), std::string::npos);
  EXPECT_EQ(parse_error("seed=[1, 2]"), "--set seed=[1, 2]: expected a single value, found a list");
  EXPECT_NE(parse_error("title='unclosed")
                .find("--set title='unclosed: expected a single YAML value, found malformed YAML"),
            std::string::npos);
}

TEST(ApplyOverride, ByIndexAndByName) {
  const Scenario s =
      load_kurils({"routes[0].voyage_h=4", "routes.korsakov-etorofu.sailings_per_week=3",
                   "sectors.fish_processing.plants.yasny.output_t_per_year=1000",
                   "sectors.fish_processing.monthly_profile[11]=2", "time.step=year",
                   "regions.nemuro.kind=hub"});
  EXPECT_EQ(s.routes[0].voyage_h, 4);
  EXPECT_EQ(s.routes[1].sailings_per_week, 3);
  EXPECT_EQ(s.fish_exports->plants[0].output_t_per_year, 1000);
  EXPECT_EQ(s.fish_exports->monthly_profile[11], 2);
  EXPECT_EQ(s.time.step_months, 12);
  // Untouched values keep the file's.
  EXPECT_EQ(s.routes[0].distance_km, 80);
  EXPECT_EQ(s.routes[1].voyage_h, 26);
}

TEST(ApplyOverride, CreatesAMissingKeyAndTheLastSetWins) {
  const Scenario s = load_scenario(
      test_data("scenarios/io-only.yaml"),
      {parse_override("title=Low wind"), parse_override("seed=7"), parse_override("seed=8")});
  EXPECT_EQ(s.title, "Low wind");
  EXPECT_EQ(s.seed, 8u);
  // The hash is the file's, whatever was set on the command line.
  EXPECT_EQ(s.source_sha256, sha256_hex_of_file(test_data("scenarios/io-only.yaml")));
}

TEST(ApplyOverride, BadPathsAreErrors) {
  EXPECT_EQ(kurils_error({"routes[9].voyage_h=4"}),
            "--set routes[9].voyage_h: no such item (routes has 3 items)");
  EXPECT_EQ(kurils_error({"routes.nemuro-kunashir.voyage_h=4"}),
            "--set routes.nemuro-kunashir.voyage_h: no such item (routes has no item named "
            "'nemuro-kunashir'; did you mean 'nemuro-kunashiri'?)");
  EXPECT_EQ(kurils_error({"tim.start=2018-01"}),
            "--set tim.start: no such item (the scenario has no key 'tim'; did you mean 'time'?)");
  EXPECT_EQ(kurils_error({"seed.x=1"}),
            "--set seed.x: no such item (seed is a single value, not a map)");
  EXPECT_EQ(kurils_error({"time[0]=1"}), "--set time[0]: no such item (time is a map, not a list)");
  EXPECT_EQ(kurils_error({"routes[0]=4"}),
            "--set routes[0]: expected the path of a single value, found a map");
  EXPECT_EQ(kurils_error({"sectors.fish_processing.monthly_profile=1"}),
            "--set sectors.fish_processing.monthly_profile: expected the path of a single value, "
            "found a list");
  EXPECT_EQ(kurils_error({"routes.korsakov-etorofu=1"}),
            "--set routes.korsakov-etorofu: expected the path of a single value, found a map");
}

TEST(ApplyOverride, ErrorsAboutASetValueSayItCameFromTheCommandLine) {
  EXPECT_EQ(kurils_error({"routes[0].voyage_h=-4"}),
            kFile +
                ": routes[0].voyage_h: expected a number >= 0.1 and <= 720 (a voyage takes "
                "between 0.1 h and 30 days), found -4 (set on the command line by --set "
                "routes[0].voyage_h=-4)");
  EXPECT_EQ(
      kurils_error({"routes[0].voyag_h=4"}),
      kFile +
          ": routes[0].voyag_h: expected a key of a route, found unknown key 'voyag_h' "
          "(did you mean 'voyage_h'?) (set on the command line by --set routes[0].voyag_h=4)");
  EXPECT_EQ(kurils_error({"routes.nemuro-kunashiri.from=kunashir"}),
            kFile +
                ": routes[0].from: expected a region: 'kunashiri', 'etorofu', 'nemuro' or "
                "'korsakov', found 'kunashir' (did you mean 'kunashiri'?) (set on the command "
                "line by --set routes.nemuro-kunashiri.from=kunashir)");
  EXPECT_EQ(kurils_error({"seed='7'"}),
            kFile +
                ": seed: expected a whole number >= 0, found the quoted string '7' (set on the "
                "command line by --set seed='7')");
  EXPECT_EQ(kurils_error({"title="}), kFile +
                                          ": title: expected a text value, found nothing (set on "
                                          "the command line by --set title=)");
}

}  // namespace
}  // namespace jez
