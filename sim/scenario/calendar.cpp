#include "scenario/calendar.hpp"

#include <cmath>
#include <cstdio>

namespace jez {

namespace chr = std::chrono;
constexpr double kSecondsPerDay = 86400.0;

std::string YearMonth::str() const {
  // Digits by hand in the usual range: snprintf cost some 1,900 instructions a call, and every
  // period's rows name their date several times.
  if (year >= 0 && year <= 9999 && month >= 0 && month <= 99) {
    const char text[7] = {char('0' + year / 1000),
                          char('0' + year / 100 % 10),
                          char('0' + year / 10 % 10),
                          char('0' + year % 10),
                          '-',
                          char('0' + month / 10),
                          char('0' + month % 10)};
    return std::string(text, sizeof text);
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  return buf;
}

bool YearMonth::parse(const std::string& text, YearMonth& out) {
  int y = 0, m = 0;
  char tail = 0;
  if (text.size() != 7 || text[4] != '-') return false;
  if (std::sscanf(text.c_str(), "%4d-%2d%c", &y, &m, &tail) != 2) return false;
  if (m < 1 || m > 12 || y < 1000 || y > 9999) return false;
  out = {y, m};
  return true;
}

chr::sys_days Calendar::start_day() const {
  return chr::sys_days{chr::year{start_.year} / chr::month{unsigned(start_.month)} / chr::day{1}};
}

double Calendar::seconds_at(int year, int month, int day) const {
  // Normalise month overflow so callers can ask for month 13 or day 0.
  const int mi = year * 12 + (month - 1);
  const chr::sys_days first{chr::year{mi / 12} / chr::month{unsigned(mi % 12 + 1)} / chr::day{1}};
  const auto days = (first - start_day()).count() + (day - 1);
  return double(days) * kSecondsPerDay;
}

YearMonth Calendar::month_at(double seconds) const {
  const chr::sys_days d = start_day() + chr::days{long(std::floor(seconds / kSecondsPerDay))};
  const chr::year_month_day ymd{d};
  return {int(ymd.year()), int(unsigned(ymd.month()))};
}

std::string Calendar::date_at(double seconds) const {
  const chr::sys_days d = start_day() + chr::days{long(std::floor(seconds / kSecondsPerDay))};
  const chr::year_month_day ymd{d};
  const int y = int(ymd.year());
  const unsigned m = unsigned(ymd.month()), day = unsigned(ymd.day());
  if (y < 0 || y > 9999) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, day);
    return buf;
  }
  // YYYY-MM-DD by hand: the event log asks for thousands of dates, and snprintf is most of it.
  std::string out = "0000-00-00";
  out[0] = char('0' + y / 1000), out[1] = char('0' + y / 100 % 10);
  out[2] = char('0' + y / 10 % 10), out[3] = char('0' + y % 10);
  out[5] = char('0' + m / 10), out[6] = char('0' + m % 10);
  out[8] = char('0' + day / 10), out[9] = char('0' + day % 10);
  return out;
}

}  // namespace jez
