// One period of a project's books.
#include "economy/project_accounts.hpp"

#include <algorithm>

namespace jez::economy {

TaxRates default_rates(RegimeKind kind) {
  switch (kind) {
    case RegimeKind::kuril_preferential:
      return TaxRates{0, 0, 0.076, 0};
    case RegimeKind::special_framework:
    case RegimeKind::russian_general:
      break;
  }
  return TaxRates{};
}

ProjectPeriod account_project_period(double revenue, double investment, double capital_before,
                                     bool operating, const UnitCosts& costs, const TaxRates& rates,
                                     double depreciation_per_year, int periods_per_year,
                                     double bought) {
  ProjectPeriod p;
  const double P = periods_per_year;
  p.revenue = revenue;
  p.investment = investment;
  p.intermediate_costs = costs.intermediate * revenue + bought;
  p.product_taxes = costs.product_taxes * revenue;
  p.labour_costs = costs.labour * revenue;
  p.insurance_contributions = rates.insurance_contributions * p.labour_costs;
  if (operating) {
    p.depreciation = capital_before * depreciation_per_year / P;
    p.property_tax = capital_before * rates.property_tax_per_year / P;
  }
  const double before_tax = revenue - p.intermediate_costs - p.product_taxes - p.labour_costs -
                            p.insurance_contributions - p.property_tax - p.depreciation;
  p.profit_tax = rates.profit_tax * std::max(0.0, before_tax);
  p.profit = before_tax - p.profit_tax;
  p.cash_flow = p.profit + p.depreciation - investment;
  p.capital = capital_before - p.depreciation + investment;
  return p;
}

}  // namespace jez::economy
