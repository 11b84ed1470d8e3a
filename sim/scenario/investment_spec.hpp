// The scenario's investments: who pays what, when, for which project, and when it comes online.
// Shared by the economy (capital, construction demand, finance) and the world (when a project
// starts operating). The `investments:` section is read by scenario/investments_section.cpp.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "scenario/calendar.hpp"

namespace jez {

struct Tranche {
  YearMonth date;    // month the money is paid
  double share = 0;  // of the project's capital; a project's shares sum to 1
};

struct Investment {
  std::string project;  // a project named in sectors.<activity>.projects
  std::string sector;   // the IO sector of the project's activity (wind_power, ...)
  std::map<std::string, double> owners;  // side -> ownership share, e.g. {japan: 0.5, russia: 0.5}
  double capital = 0;                    // economy.currency (RUB mn), paid by the tranches
  std::vector<Tranche> tranches;
  int build_months = 12;                // from the first tranche until capacity comes online
  double depreciation_per_year = 0.05;  // straight rate on the capital stock
  double local_purchase_share = 0.3;    // of construction spending bought on the islands
  std::string supplier_sector = "construction";  // the IO sector that the local part buys from
  // With economy.regions: the mainland region its imported part (the equipment) is bought from,
  // as that region's economy.regions.equipment_good; empty: as the zone's other final goods.
  std::string equipment_from;
  double output_capacity_per_year = 0;  // economy.currency/year of the sector's output at full use
  // The month the project's firm is registered (a regime may cover only firms registered from a
  // date on); default: the first tranche's month.
  std::optional<YearMonth> registered;

  YearMonth construction_start() const {
    return tranches.empty() ? YearMonth{} : tranches.front().date;
  }
  YearMonth online() const { return construction_start().plus(build_months); }
  YearMonth registered_month() const { return registered ? *registered : construction_start(); }
};

// `finance.<side>`: how one side's investor counts its money. Its cash flows are its ownership
// share of each project's, in current prices, in its own currency (the table's base currency, or
// yen at currency.jpy_per_base), discounted at its own rate; it borrows debt_share of each
// outlay when it is paid and repays each loan as a level monthly annuity over debt_years.
struct SideFinance {
  bool in_yen = false;
  std::optional<double> discount_rate_per_year;  // else economy.discount_rate_per_year
  double debt_share = 0;
  double debt_rate_per_year = 0;
  int debt_years = 10;
};

}  // namespace jez
