// Discounted cash flow measures of a project or a side (io-methods.md, "Project finance"): NPV at
// an annual rate over monthly flows, the internal rate of return and the payback date.
#pragma once

#include <optional>
#include <vector>

namespace jez::economy {

// A cash flow in money units, `month` months after the scenario start (0 = the first month).
struct CashFlow {
  int month = 0;
  double amount = 0;
};

// NPV = sum_t CF_t / (1 + r)^(month_t / 12). Throws std::invalid_argument when r <= -1.
double net_present_value(const std::vector<CashFlow>& flows, double rate_per_year);

// The annual rate r > -1 with NPV(r) = 0, found by bracketing and bisection to 1e-10; nullopt
// when the flows never change sign or no root lies in (-0.99, 1e4) (say "none").
std::optional<double> internal_rate_of_return(const std::vector<CashFlow>& flows);

// The first month at which the cumulative undiscounted cash flow, having been negative, is back
// at or above 0; nullopt when it never is (or never was negative).
std::optional<int> payback_month(const std::vector<CashFlow>& flows);

}  // namespace jez::economy
