// NPV, IRR by bisection on a sign change of NPV(r), and payback.
#include "economy/project_finance.hpp"

#include <fmt/format.h>

#include <cmath>
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

std::optional<double> internal_rate_of_return(const std::vector<CashFlow>& flows) {
  bool negative = false, positive = false;
  for (const CashFlow& c : flows) negative |= c.amount<0, positive |= c.amount> 0;
  if (!negative || !positive) return std::nullopt;
  // Scan a grid of rates for the first sign change of NPV, then bisect inside it. With
  // conventional flows (outlays first) NPV falls with r and there is exactly one root.
  const double grid[] = {-0.99, -0.9, -0.75, -0.5, -0.25, -0.1, 0,  0.02, 0.05, 0.1, 0.15, 0.2,
                         0.3,   0.5,  0.75,  1,    2,     5,    10, 30,   100,  1e3, 1e4};
  double lo = grid[0], f_lo = net_present_value(flows, lo);
  for (double hi : grid) {
    const double f_hi = net_present_value(flows, hi);
    if (f_hi == 0) return hi;
    if ((f_lo < 0) != (f_hi < 0) && hi > lo) {
      for (int i = 0; i < 200 && hi - lo > 1e-12; ++i) {
        const double mid = 0.5 * (lo + hi), f_mid = net_present_value(flows, mid);
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

}  // namespace jez::economy
