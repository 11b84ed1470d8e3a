// Capital, construction demand, capacity and the books of the joint projects, period by period.
#include "run/project_ledger.hpp"

#include <fmt/format.h>

#include <cmath>
#include <limits>

#include "run/summary_metrics.hpp"

namespace jez {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();

int first_month(const std::vector<economy::CashFlow>& flows) {
  for (const auto& c : flows)
    if (c.amount != 0) return c.month;
  return 0;
}

// Years from the first outlay until the cumulative flow is back at 0; nan when never.
double payback_years(const std::vector<economy::CashFlow>& flows) {
  const auto month = economy::payback_month(flows);
  return month ? (*month - first_month(flows)) / 12.0 : std::numeric_limits<double>::quiet_NaN();
}
}  // namespace

ProjectLedger::ProjectLedger(const Scenario& s, const economy::RegionalEconomy& economy)
    : scenario_(s), P_(s.time.periods_per_year()) {
  const auto& table = s.economy.table;
  const int n = table.n();
  capital_by_sector_ = Eigen::VectorXd::Zero(n);
  const Eigen::RowVectorXd local_inputs = economy.technical_coefficients().colwise().sum();
  for (const Investment& v : s.investments) {
    Project p;
    p.spec = &v;
    p.sector = table.sector_index(v.sector);
    p.supplier = table.sector_index(v.supplier_sector);
    p.costs.intermediate = local_inputs(p.sector) + economy.import_coefficients()(p.sector);
    p.costs.product_taxes = economy.tax_coefficients()(p.sector);
    p.costs.labour = economy.labour_coefficients()(p.sector);
    projects_.push_back(p);
  }
  japan_ = &sides_["japan"];  // always reported, even when they own nothing
  russia_ = &sides_["russia"];
  for (std::size_t k = 0; k < projects_.size(); ++k)  // map nodes stay put: the pointers hold
    for (const auto& [side, share] : s.investments[k].owners)
      projects_[k].owners.emplace_back(&sides_[side], share);
  for (auto& [side, books] : sides_) books.in_yen = s.finance_of(side).in_yen;
}

economy::TaxRates ProjectLedger::rates_at(const Project& p, YearMonth month) const {
  economy::TaxRates rates = economy::default_rates(economy::RegimeKind::russian_general);
  for (const RegimePeriod& r : scenario_.regime)
    if (r.covers(month, p.spec->registered_month())) rates = r.rates;
  return rates;
}

bool ProjectLedger::online(const Project& p, YearMonth month) const {
  return p.spec->online() <= month;
}

ProjectLedger::Demand ProjectLedger::before_step(
    const world::PeriodFlows& flows,
    const std::vector<world::PeriodFlows::ProjectOperation>& operations, int months,
    Eigen::VectorXd& capacity) {
  const int n = int(capacity.size());
  Demand d{Eigen::VectorXd::Zero(n), Eigen::VectorXd::Zero(n), Eigen::VectorXd::Zero(n),
           Eigen::VectorXd::Zero(n), Eigen::VectorXd::Zero(n), {}};
  const YearMonth month = flows.month, next = flows.month.plus(months);
  months_ = months;
  for (Project& p : projects_) {
    p.reported_now = false;
    for (const auto& op : operations) {
      if (op.project != p.spec->project) continue;
      p.reported_now = p.world_models = true;
      p.world_revenue = op.revenue;
      p.world_bought = op.bought;
      p.world_operating = op.operating;
    }
    p.spend_now = 0;
    for (const Tranche& t : p.spec->tranches)
      if (month <= t.date && t.date < next) p.spend_now += t.share * p.spec->capital;
    d.construction_local(p.supplier) += p.spec->local_purchase_share * p.spend_now;
    const double imported = (1 - p.spec->local_purchase_share) * p.spend_now;
    d.construction_imported(p.supplier) += imported;
    if (!p.spec->equipment_from.empty() && imported != 0) {
      d.equipment_imported(p.supplier) += imported;
      d.equipment_by_origin[p.spec->equipment_from] += imported;
    }
    d.investment(p.sector) += p.spend_now;
  }
  for (Project& p : projects_) {
    if (p.reported_now || !online(p, month)) continue;
    const double at_capacity = p.spec->output_capacity_per_year * months / 12.0;
    capacity(p.sector) += at_capacity;  // stays unlimited where the world reports no ceiling
    d.project_exports(p.sector) += at_capacity;
  }
  return d;
}

void ProjectLedger::after_step(const world::PeriodFlows& flows, const economy::PeriodAccounts& a,
                               const Eigen::VectorXd& capacity, output::SeriesTable* rows,
                               const std::string& money) {
  const YearMonth month = flows.month;
  const int offset = month.index() - scenario_.time.start.index();
  const std::string date = rows ? month.str() : std::string();  // the rows' only
  const auto& sectors = scenario_.economy.table.sectors;
  for (auto& [side, books] : sides_) books.cash = books.tax = books.outlay = 0;
  capital_by_sector_.setZero();
  for (Project& p : projects_) {
    bool operating = false;
    double revenue = 0, bought = 0;
    if (p.reported_now) {
      operating = p.world_operating;
      revenue = p.world_revenue;
      bought = p.world_bought;
    } else if (online(p, month)) {
      // Its share of the sector's output, by its share of the sector's capacity.
      operating = true;
      // Where the world limits the sector, its share of the output; else its sales at capacity.
      const double cap = capacity(p.sector);
      const double own = p.spec->output_capacity_per_year * months_ / 12.0;
      revenue = std::isinf(cap) ? own
                : cap > 0       ? a.output(p.sector) * std::min(1.0, own / cap)
                                : 0.0;
    }
    const economy::TaxRates rates = rates_at(p, month);
    const economy::ProjectPeriod b =
        economy::account_project_period(revenue, p.spend_now, p.capital, operating, p.costs, rates,
                                        p.spec->depreciation_per_year, P_, bought);
    p.capital = b.capital;
    capital_by_sector_(p.sector) += b.capital;
    investment_total_ += b.investment;
    p.cash_flows.push_back({offset, b.cash_flow * price_level_});
    const std::string& name = p.spec->project;
    const std::string& sector = sectors[p.sector];
    if (rows) {
      rows->push_back({date, name, sector, "revenue", money, b.revenue});
      rows->push_back({date, name, sector, "intermediate_costs", money, b.intermediate_costs});
      rows->push_back({date, name, sector, "labour_income", money, b.labour_costs});
      rows->push_back({date, name, sector, "tax_receipts", money, b.taxes()});
      rows->push_back({date, name, sector, "profit", money, b.profit});
      rows->push_back({date, name, sector, "cash_flow", money, b.cash_flow});
      rows->push_back({date, name, sector, "investment", money, b.investment});
      rows->push_back({date, name, sector, "capital", scenario_.economy.currency, b.capital});
    }
    for (const auto& [books, share] : p.owners) {
      books->cash += share * b.cash_flow;
      books->outlay += share * b.investment;
      books->investment += share * b.investment;
    }
    japan_->tax += rates.japan_share_of_receipts * b.taxes();
    russia_->tax += (1 - rates.japan_share_of_receipts) * b.taxes();
  }
  for (auto& [side, books] : sides_) {
    const double own_per_table =
        books.in_yen ? scenario_.currency.jpy_per_base.value_at(month, 0) : 1;
    books.table.push_back({offset, books.cash * price_level_});
    books.own.push_back({offset, books.cash * price_level_ * own_per_table});
    books.outlays_own.push_back({offset, books.outlay * price_level_ * own_per_table});
    books.own_per_table.push_back(own_per_table);
    books.taxes += books.tax;
    if (rows) {
      rows->push_back({date, side, "projects", "cash_flow", money, books.cash});
      rows->push_back({date, side, "projects", "tax_receipts", money, books.tax});
    }
  }
  // The books are kept in constant prices; the cash flows that NPV, IRR and payback see are in
  // current prices when the scenario gives an inflation path (its discount rate is then a
  // nominal rate, and the exchange rate, a current-price rate, applies to current prices).
  for (int m = 0; m < months_; ++m)
    price_level_ *=
        std::pow(1 + scenario_.currency.inflation_per_year.value_at(month.plus(m), 0), 1.0 / 12.0);
}

// Equity flows after the side's debt: in its own currency at its own rate, and converted back to
// the table's money (current prices) at the economy's rate.
void ProjectLedger::add_side_summary(std::vector<output::SummaryRow>& m, const std::string& side,
                                     const SideBooks& books) const {
  const std::string money = scenario_.economy.currency;
  const double none = std::numeric_limits<double>::quiet_NaN();
  const SideFinance f = scenario_.finance_of(side);
  const economy::Financing debt{f.debt_share, f.debt_rate_per_year, 12 * f.debt_years};
  const std::vector<economy::CashFlow> own =
      economy::equity_cash_flows(books.own, books.outlays_own, debt);
  std::vector<economy::CashFlow> table = books.table;
  for (std::size_t k = 0; k < table.size(); ++k)
    table[k].amount = own[k].amount / books.own_per_table[k];
  const double r = scenario_.economy.discount_rate_per_year;
  m.push_back({"npv_" + side, money, economy::net_present_value(table, r)});
  m.push_back({"irr_" + side, "1/year", economy::internal_rate_of_return(table).value_or(none)});
  m.push_back({"payback_" + side, "years after the first outlay", payback_years(table)});
  // In the side's own currency and at its own rate.
  const std::string unit = side_money_unit(scenario_, side);
  const std::string suffix = side_currency_code(scenario_, side);
  const double own_rate = f.discount_rate_per_year.value_or(r);
  m.push_back({"npv_" + side + "_" + suffix, unit, economy::net_present_value(own, own_rate)});
  m.push_back({"irr_" + side + "_" + suffix, "1/year",
               economy::internal_rate_of_return(own).value_or(none)});
  m.push_back(
      {"payback_" + side + "_" + suffix, "years after the first outlay", payback_years(own)});
}

void ProjectLedger::add_summary(std::vector<output::SummaryRow>& m) const {
  const std::string money = scenario_.economy.currency;
  const double r = scenario_.economy.discount_rate_per_year;
  const double none = std::numeric_limits<double>::quiet_NaN();
  m.push_back({"investment_total", money, investment_total_});
  if (!scenario_.currency.inflation_per_year.empty())
    m.push_back({"price_level_end", "index (start = 1)", price_level_});
  for (const auto& [side, books] : sides_) {
    add_side_summary(m, side, books);
    m.push_back({"investment_" + side, money, books.investment});
    m.push_back({"tax_receipts_" + side, money, books.taxes});
  }
  for (const Project& p : projects_) {
    const std::string& name = p.spec->project;
    m.push_back({"npv_project_" + name, money, economy::net_present_value(p.cash_flows, r)});
    m.push_back({"irr_project_" + name, "1/year",
                 economy::internal_rate_of_return(p.cash_flows).value_or(none)});
    m.push_back(
        {"payback_project_" + name, "years after the first outlay", payback_years(p.cash_flows)});
  }
}

}  // namespace jez
