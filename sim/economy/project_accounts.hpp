// A project's books for one period under the tax regime in force: revenue, bought inputs,
// labour, taxes, depreciation, profit and cash flow, split between the owning sides.
// The cost structure per unit of revenue is the project's IO sector's column (its technology).
#pragma once

#include <map>
#include <string>

namespace jez::economy {

enum class RegimeKind {
  russian_general,     // Russian Tax Code: profit 20 %, property 2.2 %/yr, insurance 30 %
  kuril_preferential,  // Federal law of 9 Mar 2022: no profit, property, land, transport tax;
                       // insurance contributions 7.6 %
  special_framework    // a joint regime: rates as set, receipts split between the sides
};

struct TaxRates {
  double profit_tax = 0.20;               // of profit before tax, when positive
  double property_tax_per_year = 0.022;   // of the capital stock in operation
  double insurance_contributions = 0.30;  // of labour costs, paid on top of them
  double japan_share_of_receipts = 0;     // special framework: Japan's share of the receipts
};

// The statutory rates of a regime (Russian Tax Code arts. 284 and 380; Federal Law 212-FZ and
// its 2022 amendment for the Kuril islands, see docs/model.md).
TaxRates default_rates(RegimeKind kind);

// Per unit of the project's revenue, from its sector's column of the table.
struct UnitCosts {
  double intermediate = 0;   // local inputs (column sum of A) + imported inputs (m)
  double product_taxes = 0;  // the table's taxes row per unit of output
  double labour = 0;         // compensation per unit of output (w)
};

struct ProjectPeriod {
  double revenue = 0, intermediate_costs = 0, labour_costs = 0;
  double insurance_contributions = 0, property_tax = 0, product_taxes = 0, profit_tax = 0;
  double depreciation = 0;
  double profit = 0;      // after tax
  double investment = 0;  // capital paid in this period
  double cash_flow = 0;   // profit + depreciation - investment
  double capital = 0;     // stock at the period's end
  double taxes() const {
    return insurance_contributions + property_tax + product_taxes + profit_tax;
  }
};

// One period. `capital_before` is the stock at the period's start; `investment` is added to it;
// depreciation (straight, at depreciation_per_year / P of the stock) and property tax run only
// while the project operates. Profit tax has no loss carry-forward.
// `bought` is what it buys beyond its sector's column (a greenhouse's electricity), added to its
// intermediate costs.
ProjectPeriod account_project_period(double revenue, double investment, double capital_before,
                                     bool operating, const UnitCosts& costs, const TaxRates& rates,
                                     double depreciation_per_year, int periods_per_year,
                                     double bought = 0);

}  // namespace jez::economy
