// Calendar months and the mapping between dates and simulated seconds.
// Simulated time 0 is 00:00 UTC on the first day of the scenario's start month.
#pragma once

#include <chrono>
#include <compare>
#include <string>

namespace jez {

struct YearMonth {
  int year = 2000;
  int month = 1;  // 1..12

  int index() const { return year * 12 + (month - 1); }
  static YearMonth from_index(int i) { return {i / 12, i % 12 + 1}; }
  YearMonth plus(int months) const { return from_index(index() + months); }
  auto operator<=>(const YearMonth&) const = default;
  std::string str() const;  // "2017-09"
  // Parses "YYYY-MM"; returns false on anything else.
  static bool parse(const std::string& text, YearMonth& out);
};

class Calendar {
 public:
  explicit Calendar(YearMonth start) : start_(start) {}
  YearMonth start() const { return start_; }
  // Seconds from the start to 00:00 UTC of the given day (days may be past the end of a month).
  double seconds_at(int year, int month, int day) const;
  double seconds_at(YearMonth m) const { return seconds_at(m.year, m.month, 1); }
  // The month containing a simulated time.
  YearMonth month_at(double seconds) const;
  // "YYYY-MM-DD" of a simulated time.
  std::string date_at(double seconds) const;

 private:
  YearMonth start_;
  std::chrono::sys_days start_day() const;
};

}  // namespace jez
