// The key tables of the scenario's sections (internal to scenario/), and the readers of
// references and dates that they share. Each table reads and checks its section fully and throws
// InputError on bad input; the loader reads the top level (scenario/loader.cpp).
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

#include "scenario/key_table.hpp"
#include "scenario/scenario.hpp"
#include "scenario/yaml_schema.hpp"

namespace jez {

// scenario/time_and_places.cpp
const keys::Table<TimeSpec>& time_table();
const keys::Table<Region>& region_table();
const keys::Table<Route>& route_table();
// scenario/economy_section.cpp: `economy` and `sectors` (fish_processing, and the activities of
// sectors_section.cpp and power_waste_section.cpp).
const keys::Table<EconomySpec>& economy_table();
const keys::Table<Scenario>& sectors_table();
const keys::Table<AquacultureSpec>& aquaculture_table();
const keys::Table<GreenhouseSpec>& greenhouse_table();
const keys::Table<TourismSpec>& tourism_table();
const keys::Table<PowerSpec>& power_table();
const keys::Table<WasteSpec>& waste_table();
// scenario/currency_regime_section.cpp, investments_section.cpp
const keys::Table<CurrencySpec>& currency_table();
const keys::Table<RegimePeriod>& regime_table();
const keys::Table<Investment>& investment_table();
keys::Key<Scenario> finance_key();  // after investments: their owners are sides too
// scenario/weather_events_section.cpp
const keys::Table<WeatherSpec>& weather_table();
const keys::Table<ScriptedEvent>& event_table();
// scenario/loader.cpp: the top level.
const keys::Table<Scenario>& scenario_table();

// `counterfactual`: a scenario file (relative to this one) with the same horizon and sectors.
void read_counterfactual(const YamlSource& src, const Field& field,
                         const std::filesystem::path& scenario_file, Scenario& scenario);

// An island region named by the field (a hub is refused).
std::string read_island(const YamlSource& src, const Field& field, const Scenario& scenario);

// A hub named by the field with a direct route from the island.
std::string read_linked_hub(const YamlSource& src, const Field& field, const Scenario& scenario,
                            const std::string& island);

// A file named by `field`, relative to the scenario's folder (`arg`: as written); fails unless
// it is a file.
std::filesystem::path read_file_ref(const YamlSource& src, const Field& field,
                                    const std::filesystem::path& scenario_file, const char* what,
                                    std::string& arg);

// scenario/regions_section.cpp: `economy.regions`, read after `economy.table`.
keys::Key<EconomySpec> regions_key();
// A name that must be one of economy.regions' mainland regions.
std::string read_mainland_region(const YamlSource& src, const Field& field,
                                 const RegionsSpec& regions);

// A sector of the table.
std::string read_table_sector(const YamlSource& src, const Field& field, const Scenario& s);

// Fails at the map when the table has no sector named `fallback` (an absent `key`'s default);
// `what` says what the key names.
void check_default_sector(const ReadContext& c, const MapFields& map, const char* key,
                          const std::string& fallback,
                          const char* what = "a sector of the table for this activity");

// An activity's IO sector key (`sector`, `wind_sector`): a sector of the table; when it is
// absent, the default name, which the table must then have.
template <class T>
keys::Key<T> activity_sector_key(const char* key, std::string T::*member, const char* meaning) {
  return keys::For<T>::ref(
             key, member,
             [](const ReadContext& c, const Field& f, const T&) {
               return read_table_sector(c.src, f, c.s);
             },
             meaning)
      .when_absent([key, member](const ReadContext& c, const MapFields& map, T& o) {
        check_default_sector(c, map, key, o.*member);
      });
}

// A project's `island`: a region of kind island.
template <class T>
keys::Key<T> island_key(const char* meaning) {
  return keys::For<T>::ref(
             "island", &T::island,
             [](const ReadContext& c, const Field& f, const T&) {
               return read_island(c.src, f, c.s);
             },
             meaning)
      .required();
}

// A project's `market` (`ship_to`, `fuel_hub`): a hub linked to its island by a direct route.
template <class T>
keys::Key<T> linked_hub_key(const char* key, std::string T::*member, const char* meaning) {
  return keys::For<T>::ref(
             key, member,
             [](const ReadContext& c, const Field& f, const T& o) {
               return read_linked_hub(c.src, f, c.s, o.island);
             },
             meaning)
      .required();
}

// A list item check: the item's island is one of the parent's `list` (of grids, of islands).
template <class P, class I, class L>
auto island_listed_in(std::vector<L> P::*list, const char* expected) {
  return [list, expected](const ReadContext& c, const MapFields& item, const P& parent,
                          const std::vector<I>&, const I& x) {
    for (const L& l : parent.*list)
      if (l.island == x.island) return;
    const Field island = item.required("island");
    c.src.fail(island, expected, describe(island.node));
  };
}

// The region a name field refers to; suggests the closest name when there is none.
const Region& read_region_ref(const YamlSource& src, const Field& field,
                              const std::vector<Region>& regions);

}  // namespace jez
