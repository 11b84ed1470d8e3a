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
// The same search on the NPV that `npv` gives (internal_rate_of_return's own is a cheap value
// with net_present_value's sign; the tests pass net_present_value itself).
using NpvFunction = double (*)(const std::vector<CashFlow>& flows, double rate_per_year);
std::optional<double> internal_rate_of_return(const std::vector<CashFlow>& flows, NpvFunction npv);

// The first month at which the cumulative undiscounted cash flow, having been negative, is back
// at or above 0; nullopt when it never is (or never was negative).
std::optional<int> payback_month(const std::vector<CashFlow>& flows);

// How an investor finances its outlays: debt_share of each is borrowed when it is paid, and each
// loan is repaid as a level monthly annuity at rate_per_year (compounded monthly, (1 + r)^(1/12))
// over `months`, from the month after; what is still owed at the last flow's month is repaid then.
struct Financing {
  double debt_share = 0;
  double rate_per_year = 0;
  int months = 120;
};

// The investor's equity cash flows: `flows` plus each loan drawn, less its payments, each booked
// in the flow whose month is the last at or before the payment's. `outlays` (>= 0, capital paid)
// are in the same money and months as `flows`, which are in month order. Throws
// std::invalid_argument when the two lists differ in length or months.
std::vector<CashFlow> equity_cash_flows(const std::vector<CashFlow>& flows,
                                        const std::vector<CashFlow>& outlays, const Financing& f);

}  // namespace jez::economy
