#include "world/ice_season.hpp"

#include <algorithm>

#include "sectors/fish_processing.hpp"

namespace jez::world {

namespace {

int clamped_day(int year, MonthDay md) {
  return std::min(md.day, sectors::days_in_month(year, md.month));
}

}  // namespace

std::vector<ClosedSpan> ice_closures(const Season& season, const Calendar& calendar,
                                     double horizon_s) {
  std::vector<ClosedSpan> spans;
  const bool across_new_year = season.to < season.from;
  const int first_year = calendar.start().year - 1;  // a season from the year before may reach in
  const int last_year = calendar.month_at(std::max(0.0, horizon_s - 1)).year;
  for (int y = first_year; y <= last_year; ++y) {
    const int to_year = across_new_year ? y + 1 : y;
    ClosedSpan span{
        calendar.seconds_at(y, season.from.month, clamped_day(y, season.from)),
        calendar.seconds_at(to_year, season.to.month, clamped_day(to_year, season.to) + 1)};
    span.from_s = std::max(span.from_s, 0.0);
    span.to_s = std::min(span.to_s, horizon_s);
    if (span.to_s <= span.from_s) continue;
    if (!spans.empty() && span.from_s <= spans.back().to_s)
      spans.back().to_s = std::max(spans.back().to_s, span.to_s);  // a season of a whole year
    else
      spans.push_back(span);
  }
  return spans;
}

}  // namespace jez::world
