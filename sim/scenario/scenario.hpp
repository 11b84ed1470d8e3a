// A scenario as plain data: what the YAML file says, with every default applied.
// No yaml-cpp here: the world, the run and the front end use these types without the parser.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "scenario/calendar.hpp"
#include "scenario/economy_spec.hpp"
#include "scenario/investment_spec.hpp"
#include "scenario/sectors_spec.hpp"
#include "scenario/world_spec.hpp"

namespace jez {

struct TimeSpec {
  YearMonth start;
  YearMonth end;        // inclusive: the last month simulated
  int step_months = 1;  // 1 (month), 3 (quarter) or 12 (year)

  int months() const { return end.index() - start.index() + 1; }
  int periods() const { return (months() + step_months - 1) / step_months; }
  int periods_per_year() const { return 12 / step_months; }
};

enum class RegionKind { island, hub };

struct Region {
  std::string name;   // key used everywhere else: "kunashiri"
  std::string label;  // for people: "Kunashiri (Kunashir)"
  RegionKind kind = RegionKind::island;
  double population = 0;  // residents: at the start, or the first step of the path below
  // `population` and `labour_force` as dated paths: the value from each month on (dates may
  // precede the horizon; before the first, the first value).
  using MonthSteps = std::vector<std::pair<YearMonth, double>>;
  MonthSteps population_path, labour_force_path;
  double residents(YearMonth month) const { return step_at(population_path, month, population); }
  // Persons in the labour force; 0 when not given.
  double labour_force(YearMonth month) const {
    return step_at(labour_force_path, month,
                   labour_force_path.empty() ? 0 : labour_force_path.front().second);
  }
  static double step_at(const MonthSteps& steps, YearMonth month, double before) {
    double value = before;
    for (const auto& [from, v] : steps)
      if (!(month < from)) value = v;
    return value;
  }
};

// A day of the year, month and day (no year): the bounds of a yearly season.
struct MonthDay {
  int month = 1;
  int day = 1;
  auto operator<=>(const MonthDay&) const = default;
};

// A yearly closed season, which may run across the new year (from 12-20 to 03-31).
struct Season {
  MonthDay from;  // first closed day
  MonthDay to;    // last closed day
};

// A sea lane between two regions, served by scheduled sailings in both directions.
struct Route {
  std::string name;  // "nemuro-kunashiri"
  std::string from;  // region names
  std::string to;
  double distance_km = 0;
  double voyage_h = 0;           // sailing time one way
  double cargo_capacity_t = 0;   // cargo one sailing can carry
  double handling_t_per_h = 0;   // loading and unloading rate: the link's bandwidth
  double sailings_per_week = 0;  // each way
  std::optional<Season> ice;     // closed to all sailings in this season every year
  // Seasonal timetable: within each span, this many sailings a week each way instead.
  struct SeasonalSailings {
    Season span;
    double sailings_per_week = 0;
  };
  std::vector<SeasonalSailings> timetable;
  double passenger_capacity = 0;  // seats on one sailing
  double weather_exposure = 1;    // multiplies the storm and fog frequencies on this route
};

struct Scenario {
  int format = 1;
  std::string name;  // output folder name, defaults to the file's stem
  std::string title;
  std::filesystem::path source;  // the scenario file
  std::string source_sha256;
  std::uint64_t seed = 1;
  TimeSpec time;
  std::vector<Region> regions;
  std::vector<Route> routes;
  EconomySpec economy;
  std::optional<FishExports> fish_exports;
  CurrencySpec currency;
  std::vector<Investment> investments;
  // Side -> its investor's currency, rate and financing; a side not named counts in the base
  // currency (Japan in yen when a currency section is given) at the economy's rate, unlevered.
  std::map<std::string, SideFinance> finance;
  SideFinance finance_of(const std::string& side) const;
  std::vector<RegimePeriod> regime;  // in date order; none: Russian general taxation throughout
  // `counterfactual: PATH`: the baseline the impact is measured against (loaded and checked with
  // this scenario); null: this scenario without its investments and joint projects.
  std::shared_ptr<const Scenario> counterfactual;
  std::string counterfactual_arg;  // as written
  ActivitiesSpec activities;       // sectors: other than fish_processing
  WeatherSpec weather;
  std::vector<ScriptedEvent> events;  // sorted by date (stable)

  const Region* find_region(const std::string& n) const;
  const Route* find_route(const std::string& a, const std::string& b) const;  // either direction
};

}  // namespace jez
