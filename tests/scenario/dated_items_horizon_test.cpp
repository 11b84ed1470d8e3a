// Regime dates, investment tranche dates and the steps of dated paths must lie within the horizon,
// time.start to time.end, as events must: one sentence with file:line:col otherwise. Both ends of
// the horizon are themselves accepted. Positions are counted by hand in the texts below.
#include <gtest/gtest.h>

#include "scenario/loader.hpp"
#include "scenario_test_files.hpp"

namespace jez {
namespace {

using test::load_error;
using test::ScenarioFolder;

// A pure input-output scenario over 2020 (zone.csv: sectors fish_processing and services).
const std::string kHead =
    "jezsim: 1\n"                             // 1
    "time: {start: 2020-01, end: 2020-12}\n"  // 2
    "economy:\n"                              // 3
    "  table: zone.csv\n";                    // 4

// `text` with each "@" replaced by the next of `dates`.
std::string dated(std::string text, std::initializer_list<std::string> dates) {
  for (const std::string& d : dates) text.replace(text.find('@'), 1, d);
  return text;
}

// Line 7 holds the second regime's month at column 12.
std::string regime(const std::string& second_from) {
  return kHead + dated(
                     "regime:\n"
                     "  - {from: 2020-01, kind: russian_general}\n"
                     "  - {from: @, kind: kuril_preferential}\n",
                     {second_from});
}

// Line 10 holds the tranches' months at columns 23 and 52.
std::string tranches(const std::string& first, const std::string& second) {
  return kHead + dated(
                     "investments:\n"
                     "  - project: hotel\n"
                     "    sector: services\n"
                     "    owners: {russia: 1}\n"
                     "    capital: 100\n"
                     "    tranches: [{date: @, share: 0.5}, {date: @, share: 0.5}]\n"
                     "    supplier_sector: services\n"
                     "    output_capacity_per_year: 10\n",
                     {first, second});
}

// Line 6 holds the second step's month at column 51 (kHead's economy map goes on).
std::string final_demand(const std::string& second_from) {
  return kHead + dated(
                     "  final_demand:\n"
                     "    services: [{from: 2020-01, value: 50}, {from: @, value: 60}]\n",
                     {second_from});
}

// Line 6 holds the second step's month at column 54.
std::string exchange_rate(const std::string& second_from) {
  return kHead + dated(
                     "currency:\n"
                     "  jpy_per_base: [{from: 2020-01, value: 1.8}, {from: @, value: 2.0}]\n",
                     {second_from});
}

class DatedItems : public ::testing::Test {
 protected:
  // The message of loading `text`, after the file's name (which it must start with).
  std::string error_of(const std::string& text, const std::vector<Override>& overrides = {}) {
    const auto file = folder_.write("bad.yaml", text);
    const std::string message = load_error(file, overrides);
    const std::string name = file.string();
    EXPECT_EQ(message.rfind(name, 0), 0u) << message;
    return message.rfind(name, 0) == 0 ? message.substr(name.size()) : message;
  }
  Scenario load(const std::string& text) { return load_scenario(folder_.write("ok.yaml", text)); }
  ScenarioFolder folder_;
};

TEST_F(DatedItems, BothEndsOfTheHorizonAreAccepted) {
  EXPECT_EQ(load(regime("2020-12")).regime.back().from, (YearMonth{2020, 12}));
  const Scenario t = load(tranches("2020-01", "2020-12"));
  EXPECT_EQ(t.investments.at(0).tranches.front().date, (YearMonth{2020, 1}));
  EXPECT_EQ(t.investments.at(0).tranches.back().date, (YearMonth{2020, 12}));
  EXPECT_EQ(load(final_demand("2020-12")).economy.final_demand.at("services").steps.back().from,
            (YearMonth{2020, 12}));
  EXPECT_EQ(load(exchange_rate("2020-12")).currency.jpy_per_base.steps.back().from,
            (YearMonth{2020, 12}));
}

TEST_F(DatedItems, ARegimeAfterTheEndIsRefused) {
  EXPECT_EQ(error_of(regime("2021-01")),
            ":7:12: regime[1].from: expected a month within the horizon (2020-01 to 2020-12), "
            "found 2021-01");
}

TEST_F(DatedItems, ATrancheBeforeTheStartOrAfterTheEndIsRefused) {
  EXPECT_EQ(error_of(tranches("2019-12", "2020-06")),
            ":10:23: investments[0].tranches[0].date: expected a month within the horizon "
            "(2020-01 to 2020-12), found 2019-12");
  EXPECT_EQ(error_of(tranches("2020-06", "2021-06")),
            ":10:52: investments[0].tranches[1].date: expected a month within the horizon "
            "(2020-01 to 2020-12), found 2021-06");
}

TEST_F(DatedItems, ADatedPathStepAfterTheEndIsRefused) {
  EXPECT_EQ(error_of(final_demand("2021-01")),
            ":6:51: economy.final_demand.services[1].from: expected a month within the horizon "
            "(2020-01 to 2020-12), found 2021-01");
  EXPECT_EQ(error_of(exchange_rate("2030-01")),
            ":6:54: currency.jpy_per_base[1].from: expected a month within the horizon (2020-01 "
            "to 2020-12), found 2030-01");
}

TEST_F(DatedItems, ShorteningTheRunPastADatedItemIsRefused) {
  // `--set time.end=` is checked against the dated items like a written end.
  EXPECT_EQ(error_of(regime("2020-09"), {{"time.end", "2020-06"}}),
            ":7:12: regime[1].from: expected a month within the horizon (2020-01 to 2020-06), "
            "found 2020-09");
}

}  // namespace
}  // namespace jez
