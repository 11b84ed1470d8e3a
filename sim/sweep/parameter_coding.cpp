#include "sweep/parameter_coding.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace jez::sweep {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::optional<double> as_number(const std::string& s) {
  if (s.empty()) return std::nullopt;
  try {
    std::size_t used = 0;
    const double v = std::stod(s, &used);
    if (used == s.size()) return v;
  } catch (const std::exception&) {
  }
  return std::nullopt;
}

// Digits of s[from, from + n), or -1.
int digits(const std::string& s, std::size_t from, std::size_t n) {
  int v = 0;
  for (std::size_t i = from; i < from + n; ++i) {
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

// Days since 1970-01-01 of a civil date (Howard Hinnant's days_from_civil).
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

enum class DateForm { month_day, year_month, year_month_day };

// A date's day number and form, or nothing when s is not a date.
std::optional<std::pair<double, DateForm>> as_date(const std::string& s) {
  auto valid = [](int m, int d) { return m >= 1 && m <= 12 && d >= 1 && d <= 31; };
  if (s.size() == 5 && s[2] == '-') {  // MM-DD
    const int m = digits(s, 0, 2), d = digits(s, 3, 2);
    if (!valid(m, d)) return std::nullopt;
    return std::pair{double(days_from_civil(1970, m, d) + 1), DateForm::month_day};
  }
  if (s.size() == 7 && s[4] == '-') {  // YYYY-MM
    const int y = digits(s, 0, 4), m = digits(s, 5, 2);
    if (y < 0 || !valid(m, 1)) return std::nullopt;
    return std::pair{double(days_from_civil(y, m, 1)), DateForm::year_month};
  }
  if (s.size() == 10 && s[4] == '-' && s[7] == '-') {  // YYYY-MM-DD
    const int y = digits(s, 0, 4), m = digits(s, 5, 2), d = digits(s, 8, 2);
    if (y < 0 || !valid(m, d)) return std::nullopt;
    return std::pair{double(days_from_civil(y, m, d)), DateForm::year_month_day};
  }
  return std::nullopt;
}

}  // namespace

CodedParameter code_parameter(const std::vector<std::string>& cells) {
  CodedParameter out;
  out.values.assign(cells.size(), kNaN);
  bool numbers = true, dates = true;
  std::optional<DateForm> form;
  for (const auto& c : cells) {
    if (c.empty()) continue;
    numbers = numbers && as_number(c).has_value();
    const auto d = as_date(c);
    dates = dates && d.has_value() && (!form || *form == d->second);
    if (d) form = d->second;
  }
  if (numbers) {
    for (std::size_t i = 0; i < cells.size(); ++i)
      if (const auto v = as_number(cells[i])) out.values[i] = *v;
    out.coding = "number";
    return out;
  }
  if (dates) {
    for (std::size_t i = 0; i < cells.size(); ++i)
      if (const auto d = as_date(cells[i])) out.values[i] = d->first;
    out.coding = *form == DateForm::month_day ? "date (MM-DD) as its day of the year: per day later"
                                              : "date as days since 1970-01-01: per day later";
    return out;
  }
  std::vector<std::string> levels;
  for (const auto& c : cells)
    if (!c.empty()) levels.push_back(c);
  std::sort(levels.begin(), levels.end());
  levels.erase(std::unique(levels.begin(), levels.end()), levels.end());
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const auto it = std::lower_bound(levels.begin(), levels.end(), cells[i]);
    if (!cells[i].empty() && it != levels.end() && *it == cells[i])
      out.values[i] = double(it - levels.begin() + 1);
  }
  std::string list;
  for (const auto& l : levels) list += (list.empty() ? "" : " < ") + l;
  out.coding = "rank of the sorted values (" + list + ")";
  return out;
}

}  // namespace jez::sweep
