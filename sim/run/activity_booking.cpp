// The activities' accounts booked into the zone economy, period by period.
#include "run/activity_booking.hpp"

#include <fmt/format.h>

#include <stdexcept>

namespace jez {

namespace {

using world::Booking;

// A final-demand column of the table as shares of its total, without the sectors in `skip`.
Eigen::VectorXd column_shares(const economy::IoTable& t, const char* column,
                              const std::vector<int>& skip) {
  const int k = t.final_demand_index(column);
  if (k < 0) return {};
  Eigen::VectorXd c = t.F.col(k);
  for (int i : skip)
    if (i >= 0) c(i) = 0;
  const double sum = c.sum();
  return sum > 0 ? Eigen::VectorXd(c / sum) : Eigen::VectorXd();
}

}  // namespace

double money_per_rub(const Scenario& s) {
  const std::string& unit = s.economy.currency;
  const std::string& base = s.currency.base;
  if (unit == base) return 1;
  for (const auto& [suffix, scale] :
       {std::pair{" thousand", 1e-3}, std::pair{" mn", 1e-6}, std::pair{" bn", 1e-9}})
    if (unit == base + suffix) return scale;
  throw std::runtime_error(fmt::format(
      "economy.currency: expected the table's money in the activities' currency ('{0}', '{0} "
      "thousand', '{0} mn' or '{0} bn'), as their prices are in {0}; found '{1}'",
      base, unit));
}

ActivityBooking::ActivityBooking(const Scenario& s, const economy::RegionalEconomy& economy)
    : scenario_(s), table_(economy.table()), money_per_rub_(1) {
  const auto& a = s.activities;
  if (s.fish_exports || a.aquaculture || a.greenhouse || a.tourism || a.power || a.waste)
    money_per_rub_ = money_per_rub(s);
  if (!a.waste) return;
  // The payer's other spending, without what the world now books itself.
  const std::vector<int> skip = {table_.sector_index(a.waste->sector),
                                 a.tourism ? table_.sector_index(a.tourism->sector) : -1};
  household_shares_ = column_shares(table_, "household_consumption", skip);
  municipal_shares_ = column_shares(table_, "government", skip);
  const std::string& payer = a.waste->fees_paid_by;
  if ((payer == "households" && household_shares_.size() == 0) ||
      (payer == "municipal" && municipal_shares_.size() == 0))
    throw std::runtime_error(fmt::format(
        "sectors.waste.fees_paid_by: expected the table to have a '{}' final-demand column with "
        "spending to reduce by the fees; found none",
        payer == "households" ? "household_consumption" : "government"));
}

int ActivityBooking::sector_of(const std::string& name) const {
  const int i = table_.sector_index(name);
  if (i < 0) throw std::runtime_error("the world booked an account for unknown sector " + name);
  return i;
}

ActivityBooking::Booked ActivityBooking::book(const world::PeriodFlows& flows) {
  Booked b;
  book(flows, b);
  return b;
}

void ActivityBooking::book(const world::PeriodFlows& flows, Booked& b) {
  const int n = table_.n();
  for (Eigen::VectorXd* v :
       {&b.final_demand, &b.exports, &b.stock_change, &b.local_sales, &b.visitor_sales, &b.fees,
        &b.payers_cut, &b.sector_sales, &b.bought_by, &b.imports_saved, &b.imports_final})
    v->setZero(n);
  b.fish_exports = 0;
  for (auto* by_project : {&b.revenue, &b.costs})
    for (auto& [project, money] : *by_project) money = 0;
  if (lines_.size() < flows.accounts.size()) lines_.resize(flows.accounts.size());
  for (std::size_t k = 0; k < flows.accounts.size(); ++k) {
    const world::AccountLine& line = flows.accounts[k];
    LineSectors& seen = lines_[k];
    if (seen.i < 0 || seen.sector != line.sector) {
      seen.i = sector_of(line.sector);
      seen.sector = line.sector;
    }
    // The buyer's sector, for the bookings whose buyer is one.
    const auto buyer_of = [&] {
      if (seen.buyer_i < 0 || seen.buyer != line.buyer) {
        seen.buyer_i = sector_of(line.buyer);
        seen.buyer = line.buyer;
      }
      return seen.buyer_i;
    };
    const double m = line.rub() * money_per_rub_;  // the one conversion to the table's money
    const int i = seen.i;
    switch (line.booking) {
      case Booking::made:
        b.stock_change(i) += m;
        break;
      case Booking::delivered:
        b.stock_change(i) -= m;
        b.exports(i) += m;
        b.revenue[line.project] += m;
        if (line.activity == "fish_processing") b.fish_exports += m;
        break;
      case Booking::spoiled:
        b.stock_change(i) -= m;
        break;
      case Booking::local_sale:
        b.local_sales(i) += m;
        b.revenue[line.project] += m;
        break;
      case Booking::visitor_sale:
        b.visitor_sales(i) += m;
        b.revenue[line.project] += m;
        break;
      case Booking::sector_sale:
      case Booking::purchase:
        if (line.buyer.empty()) {  // no buyer sector in the table: a sale to final demand
          b.local_sales(i) += m;
        } else {
          b.sector_sales(i) += m;
          b.bought_by(buyer_of()) += m;
        }
        (line.booking == Booking::sector_sale ? b.revenue : b.costs)[line.project] += m;
        break;
      case Booking::imports_saved:
        b.imports_saved(buyer_of()) += m;
        break;
      case Booking::fee:
      case Booking::fee_imported: {
        if (line.booking == Booking::fee) {
          b.fees(i) += m;
          if (!line.project.empty()) b.revenue[line.project] += m;
        } else {
          b.imports_final(i) += m;
        }
        const Eigen::VectorXd* shares = line.buyer == "households"  ? &household_shares_
                                        : line.buyer == "municipal" ? &municipal_shares_
                                                                    : nullptr;  // no copy
        if (shares && shares->size() == n) b.payers_cut -= m * *shares;
        break;
      }
    }
  }
  b.final_demand = b.exports + b.stock_change + b.local_sales + b.visitor_sales + b.fees +
                   b.payers_cut + b.sector_sales;
}

void ActivityBooking::settle(const Booked& b, economy::PeriodAccounts& a) {
  a.final_demand -= b.sector_sales;
  a.intermediate_use += b.sector_sales;
  a.value_added += b.imports_saved - b.bought_by;
  a.imports -= b.imports_saved;
}

void ActivityBooking::fill_projects(const Booked& b,
                                    std::vector<world::PeriodFlows::ProjectOperation>& projects) {
  for (auto& p : projects) {
    const auto r = b.revenue.find(p.project);
    p.revenue = r == b.revenue.end() ? 0.0 : r->second;
    const auto c = b.costs.find(p.project);
    p.bought = c == b.costs.end() ? 0.0 : c->second;
  }
}

void ActivityBooking::record(const Booked& b, const std::string& date, output::SeriesTable& rows,
                             const std::string& money) const {
  const std::pair<const char*, const Eigen::VectorXd*> parts[] = {
      {"exports", &b.exports},
      {"change_in_stocks", &b.stock_change},
      {"local_sales", &b.local_sales},
      {"visitor_spending", &b.visitor_sales},
      {"fees", &b.fees},
      {"payers_spending_cut", &b.payers_cut},
      {"sales_to_sectors", &b.sector_sales},
      {"imports_saved", &b.imports_saved},
      {"fees_imported", &b.imports_final}};
  for (const auto& [variable, v] : parts)
    for (int i = 0; i < table_.n(); ++i)
      if ((*v)(i) != 0) rows.push_back({date, "zone", table_.sectors[i], variable, money, (*v)(i)});
}

}  // namespace jez
