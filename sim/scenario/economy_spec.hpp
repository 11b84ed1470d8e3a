// The scenario's economy: the input-output table, how the economy is stepped, the currency and
// the tax regimes (the `economy`, `currency` and `regime` sections).
#pragma once

#include <Eigen/Dense>
#include <array>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "economy/io_table.hpp"
#include "economy/project_accounts.hpp"
#include "scenario/calendar.hpp"

namespace jez {

// A value that changes on given months: a constant (one step from the start) or a list of
// {from: YYYY-MM, value} steps in date order. Before the first step there is no value.
struct DatedPath {
  struct Step {
    YearMonth from;
    double value = 0;
  };
  std::vector<Step> steps;

  bool empty() const { return steps.empty(); }
  const Step* at(YearMonth m) const {
    const Step* found = nullptr;
    for (const Step& s : steps)
      if (s.from <= m) found = &s;
    return found;
  }
  double value_at(YearMonth m, double before) const {
    const Step* s = at(m);
    return s ? s->value : before;
  }
};

enum class UnmetDemand { imports, lost };

// A mainland region of `economy.regions`: its country (the side that gains) and the hub its
// goods sail from to the islands (empty: its share does not move with the cargo).
struct MainlandRegion {
  std::string name;     // a region of the regions' table: hokkaido
  std::string country;  // japan or russia
  std::string port;     // a hub of `regions:`: nemuro
};

// `economy.regions`: the multi-regional table around the zone, and where the zone's purchases
// from outside come from (docs/model.md, "The mainland regions").
struct RegionsSpec {
  std::filesystem::path table_path;  // as resolved against the scenario file's folder
  std::string table_arg;             // as written
  economy::IoTable table;            // flat, sectors named region:sector
  std::string zone = "zone";         // the table's region that is the zone
  std::vector<MainlandRegion> mainland;
  // The islands' diesel: the zone's purchases of `fuel_good` by `fuel_buyer` come from
  // `fuel_from` whatever the ports' cargo, and the imports the wind saves are that fuel.
  std::string fuel_from;  // empty: fuel follows the ports like every other good
  std::string fuel_good = "manufacturing";
  std::string fuel_buyer = "power";
  std::string equipment_good = "manufacturing";  // what investments[].equipment_from buys
  // Where a package tour's visitors spend the parts of its price that are not the islands'
  // (sectors.tourism.flows[].package): region:good of the regions' table; empty: not counted.
  std::string package_ship, package_operator, package_mainland;
};

struct EconomySpec {
  std::filesystem::path table_path;  // as resolved against the scenario file's folder
  std::string table_arg;             // as written in the scenario
  std::string currency = "RUB mn";   // the table's money unit
  economy::IoTable table;
  bool households_endogenous = false;  // Type II when stepping
  bool lagged = false;                 // dynamics: lagged (else static)
  std::filesystem::path capital_path;  // capital_coefficients, when lagged
  std::string capital_arg;
  std::optional<Eigen::MatrixXd> capital_coefficients;  // n x n, per unit of annual output
  // Sector -> exogenous final demand, money per year, replacing the table's final-demand columns
  // of that sector from each step's date on.
  std::map<std::string, DatedPath> final_demand;
  std::map<std::string, double> import_shares;  // sector -> share of its inputs imported
  UnmetDemand unmet_demand = UnmetDemand::imports;
  double discount_rate_per_year = 0.08;  // for NPV
  // Residents the table's household_consumption column stands for: when given (and households
  // are exogenous), that column scales with the islands' residents over it, month by month.
  double table_population = 0;
  // Sector -> RUB per job per month (the table in RUB mn): that sector's compensation, the
  // others' scaled to keep the table's labour income (economy/sector_wages.hpp).
  std::map<std::string, double> wages_rub_per_month;
  // The zone's mainland regions; none: the zone alone, as before.
  std::optional<RegionsSpec> regions;
};

// `currency`: the money unit's base currency and the exchange rate to the yen, with an optional
// inflation path (the model's money is in constant prices of the table's year).
struct CurrencySpec {
  bool given = false;
  std::string base = "RUB";
  DatedPath jpy_per_base;        // yen per unit of the base currency
  DatedPath inflation_per_year;  // of the base currency's prices, 0.04 = 4 %/yr
};

// One period of the `regime` timeline: the tax regime in force from a month on.
struct RegimePeriod {
  YearMonth from;
  std::string kind_name;  // russian_general, kuril_preferential, special_framework
  economy::RegimeKind kind = economy::RegimeKind::russian_general;
  economy::TaxRates rates;
  // Who and when: firms registered from `registered_from` (none: every firm), up to and
  // including `until` (none: to the end). kuril_preferential defaults to the law's: registered
  // from 2022-01, exemptions to 2046-12 (facts §7).
  std::optional<YearMonth> registered_from, until;
  bool covers(YearMonth month, YearMonth registered) const {
    return from <= month && (!until || month <= *until) &&
           (!registered_from || !(registered < *registered_from));
  }
};

}  // namespace jez
