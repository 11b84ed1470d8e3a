#include "sectors/month_span.hpp"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace jez::sectors {

namespace chr = std::chrono;

MonthSpan whole_month(int year, int month) {
  return {year, month, 0.0, double(days_in_month(year, month))};
}

std::vector<MonthSpan> month_spans(TimeOrigin origin, double t0_s, double t1_s) {
  std::vector<MonthSpan> spans;
  if (!(t1_s > t0_s)) return spans;
  constexpr double kSecondsPerDay = 86400.0;
  const chr::sys_days origin_day{chr::year{origin.year} / chr::month{unsigned(origin.month)} /
                                 chr::day{1}};
  const double d0 = t0_s / kSecondsPerDay, d1 = t1_s / kSecondsPerDay;
  const chr::year_month_day ymd{origin_day + chr::days{long(std::floor(d0))}};
  int year = int(ymd.year());
  int month = int(unsigned(ymd.month()));
  double month_start =
      double((chr::sys_days{ymd.year() / ymd.month() / chr::day{1}} - origin_day).count());
  while (month_start < d1) {
    const double days = days_in_month(year, month);
    const double from = std::clamp(d0 - month_start, 0.0, days);
    const double to = std::clamp(d1 - month_start, 0.0, days);
    if (to > from) spans.push_back({year, month, from, to});
    month_start += days;
    if (++month > 12) month = 1, ++year;
  }
  return spans;
}

int months_between(int year0, int month0, int year1, int month1) {
  return (year1 - year0) * 12 + (month1 - month0);
}

}  // namespace jez::sectors
