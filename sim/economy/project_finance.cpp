// NPV, IRR by bisection on a sign change of NPV(r), and payback.
#include "economy/project_finance.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace jez::economy {

double net_present_value(const std::vector<CashFlow>& flows, double rate_per_year) {
  if (!(rate_per_year > -1))
    throw std::invalid_argument(
        fmt::format("net_present_value: expected a rate above -1, found {}", rate_per_year));
  const double log_factor = std::log1p(rate_per_year);
  double npv = 0;
  for (const CashFlow& c : flows) npv += c.amount * std::exp(-log_factor * c.month / 12.0);
  return npv;
}

namespace {

// NPV(r) for the IRR's search, which reads only its sign and whether it is 0: a cheap value
// with the sign of net_present_value(flows, r) and zero only when it is zero. The discount
// factors come by recurrence, d_m = d_{m-1} q with q = exp(-log(1+r)/12), not one exp each; the
// difference from net_present_value is bounded (rounding of q, of its powers and of the two
// sums, with a margin of 4), and where the cheap value is not farther from 0 than that bound,
// or the flows are not in order of month from 0 or the factors could leave the normal range,
// net_present_value itself is returned. So the search takes the same steps and finds the same
// rate to the bit, at a fraction of the exps.
double npv_for_sign(const std::vector<CashFlow>& flows, double rate_per_year) {
  constexpr double u = 0.5 * std::numeric_limits<double>::epsilon();
  const double log_factor = std::log1p(rate_per_year);
  const int last = flows.empty() ? 0 : flows.back().month;
  bool ordered = !flows.empty() && flows.front().month >= 0;
  for (std::size_t k = 1; ordered && k < flows.size(); ++k)
    ordered = flows[k].month >= flows[k - 1].month;
  if (!ordered || !(std::abs(log_factor) * last / 12.0 < 500))
    return net_present_value(flows, rate_per_year);
  const double q = std::exp(-log_factor / 12.0);
  double npv = 0, magnitude = 0, factor = 1;
  int month = 0;
  for (const CashFlow& c : flows) {
    for (; month < c.month; ++month) factor *= q;
    const double term = c.amount * factor;
    npv += term;
    magnitude += std::abs(term);
  }
  // Per term: q's powers against exp(-L m / 12) computed directly, both with their roundings
  // (L m / 12 and the exp each way, m multiplications); then the two sums of K terms.
  const double per_term = 3 * std::abs(log_factor) * last / 12.0 + 3.0 * last + 8;
  const double bound = 4 * u * magnitude * (per_term + 2.0 * double(flows.size())) +
                       16 * (double(flows.size()) + last) *
                           std::numeric_limits<double>::denorm_min();  // subnormal terms
  if (std::abs(npv) > bound) return npv;  // NaN flows fail this test too
  return net_present_value(flows, rate_per_year);
}

}  // namespace

std::optional<double> internal_rate_of_return(const std::vector<CashFlow>& flows) {
  return internal_rate_of_return(flows, npv_for_sign);
}

std::optional<double> internal_rate_of_return(const std::vector<CashFlow>& flows, NpvFunction npv) {
  bool negative = false, positive = false;
  for (const CashFlow& c : flows) negative |= c.amount<0, positive |= c.amount> 0;
  if (!negative || !positive) return std::nullopt;
  // Scan a grid of rates for the first sign change of NPV, then bisect inside it. With
  // conventional flows (outlays first) NPV falls with r and there is exactly one root.
  const double grid[] = {-0.99, -0.9, -0.75, -0.5, -0.25, -0.1, 0,  0.02, 0.05, 0.1, 0.15, 0.2,
                         0.3,   0.5,  0.75,  1,    2,     5,    10, 30,   100,  1e3, 1e4};
  double lo = grid[0], f_lo = npv(flows, lo);
  for (double hi : grid) {
    const double f_hi = npv(flows, hi);
    if (f_hi == 0) return hi;
    if ((f_lo < 0) != (f_hi < 0) && hi > lo) {
      for (int i = 0; i < 200 && hi - lo > 1e-12; ++i) {
        const double mid = 0.5 * (lo + hi), f_mid = npv(flows, mid);
        if ((f_mid < 0) == (f_lo < 0))
          lo = mid, f_lo = f_mid;
        else
          hi = mid;
      }
      return 0.5 * (lo + hi);
    }
    lo = hi, f_lo = f_hi;
  }
  return std::nullopt;
}

std::optional<int> payback_month(const std::vector<CashFlow>& flows) {
  double cumulative = 0;
  bool was_negative = false;
  for (const CashFlow& c : flows) {
    cumulative += c.amount;
    if (cumulative < 0) was_negative = true;
    if (was_negative && cumulative >= 0) return c.month;
  }
  return std::nullopt;
}

std::vector<CashFlow> equity_cash_flows(const std::vector<CashFlow>& flows,
                                        const std::vector<CashFlow>& outlays, const Financing& f) {
  if (flows.size() != outlays.size())
    throw std::invalid_argument(fmt::format(
        "equity_cash_flows: expected one outlay per flow, found {} outlays for {} flows",
        outlays.size(), flows.size()));
  std::vector<CashFlow> equity = flows;
  if (f.debt_share <= 0 || flows.empty()) return equity;
  const double i = std::pow(1 + f.rate_per_year, 1.0 / 12) - 1;  // monthly
  const int n = std::max(1, f.months);
  const double annuity_factor = i > 0 ? i / (1 - std::pow(1 + i, -n)) : 1.0 / n;
  const int last = flows.back().month;
  std::size_t at = 0;  // the flow that books a payment of month m: the last with month <= m
  for (std::size_t k = 0; k < flows.size(); ++k) {
    if (outlays[k].month != flows[k].month)
      throw std::invalid_argument("equity_cash_flows: outlays and flows must share their months");
    const double loan = f.debt_share * outlays[k].amount;
    if (loan == 0) continue;
    equity[k].amount += loan;
    const double payment = loan * annuity_factor;
    double owed = loan;
    at = k;
    for (int m = flows[k].month + 1; m <= std::min(last, flows[k].month + n); ++m) {
      while (at + 1 < flows.size() && flows[at + 1].month <= m) ++at;
      owed = owed * (1 + i) - payment;
      equity[at].amount -= payment;
    }
    if (flows[k].month + n > last) equity.back().amount -= owed;  // the rest at the last month
  }
  return equity;
}

}  // namespace jez::economy
