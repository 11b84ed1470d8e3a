// Readers of the scenario's top-level sections, from the parsed tree to plain data
// (internal to scenario/). Each checks its section fully and throws InputError on bad input.
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

#include "scenario/scenario.hpp"
#include "scenario/yaml_schema.hpp"

namespace jez {

// `time`: start and end months (inclusive), step month | quarter | year.
TimeSpec read_time(const YamlSource& src, const Field& field);

// `regions`: islands and mainland hubs, with unique names.
std::vector<Region> read_regions(const YamlSource& src, const Field& field);

// `routes`: sea lanes between distinct known regions, with positive capacities.
std::vector<Route> read_routes(const YamlSource& src, const Field& field,
                               const std::vector<Region>& regions);

// `economy`: the IO table, read relative to the scenario file's folder, and how the economy is
// stepped (households, dynamics, final demand, import shares); checks the stepped system.
EconomySpec read_economy(const YamlSource& src, const Field& field,
                         const std::filesystem::path& scenario_file, const TimeSpec& time);

// A number (a constant from the start) or a list of {from: YYYY-MM, value} in date order, every
// date within the horizon and every value within the bound.
DatedPath read_dated_path(const YamlSource& src, const Field& field, const TimeSpec& time,
                          Bound bound);

// `currency`: base currency, yen exchange rate path, inflation path.
CurrencySpec read_currency(const YamlSource& src, const Field& field, const TimeSpec& time);

// `investments`: the projects' capital, owners, tranches and build times.
std::vector<Investment> read_investments(const YamlSource& src, const Field& field,
                                         const Scenario& scenario);

// `regime`: the dated tax regimes.
// `finance`: each side's currency, discount rate and financing (after currency and investments).
std::map<std::string, SideFinance> read_finance(const YamlSource& src, const Field& field,
                                                const Scenario& scenario);
std::vector<RegimePeriod> read_regime(const YamlSource& src, const Field& field,
                                      const TimeSpec& time);

// `counterfactual`: a scenario file (relative to this one) with the same horizon and sectors.
void read_counterfactual(const YamlSource& src, const Field& field,
                         const std::filesystem::path& scenario_file, Scenario& scenario);

// `sectors`: the sector models; needs the regions, routes and table already read.
std::optional<FishExports> read_sectors(const YamlSource& src, const Field& field,
                                        const Scenario& scenario);

// `sectors`: the five activities' models (aquaculture, greenhouse, tourism, power, waste), into
// scenario.activities; `weather` and `events` (scenario/sectors_section.cpp,
// weather_events_section.cpp).
void read_activities(const YamlSource& src, const Field& field, Scenario& scenario);
WeatherSpec read_weather(const YamlSource& src, const Field& field);
std::vector<ScriptedEvent> read_events(const YamlSource& src, const Field& field,
                                       const Scenario& scenario);
// A month as YYYY-MM; a day of every year as MM-DD.
YearMonth read_month(const YamlSource& src, const Field& field);
// A month as YYYY-MM within the horizon, time.start to time.end (dated paths, regimes, tranches).
YearMonth read_month_in_horizon(const YamlSource& src, const Field& field, const TimeSpec& time);
MonthDay read_month_day(const YamlSource& src, const Field& field);

// An island region named by the field (a hub is refused).
std::string read_island(const YamlSource& src, const Field& field, const Scenario& scenario);

// A hub named by the field with a direct route from the island.
std::string read_linked_hub(const YamlSource& src, const Field& field, const Scenario& scenario,
                            const std::string& island);

// A sector project's optional `online: YYYY-MM`.
std::optional<YearMonth> read_online(const YamlSource& src, const MapFields& map);

// A number in [0, 1].
double read_fraction(const YamlSource& src, const Field& field);

// The region a name field refers to; suggests the closest name when there is none.
const Region& read_region_ref(const YamlSource& src, const Field& field,
                              const std::vector<Region>& regions);

// Fails at `name` when an earlier item of the same list had that name.
void check_unique_name(const YamlSource& src, const Field& name, std::string_view kind,
                       std::vector<Field>& earlier);

}  // namespace jez
