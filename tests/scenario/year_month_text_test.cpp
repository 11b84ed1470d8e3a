// A month's text, YYYY-MM, as printf's "%04d-%02d" writes it, in the usual years and outside them.
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "scenario/calendar.hpp"

namespace jez {
namespace {

std::string printf_text(int year, int month) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  return buf;
}

TEST(YearMonthText, IsPrintfsZeroPaddedYearAndMonth) {
  for (int year : {-12, -1, 0, 7, 99, 999, 1000, 1999, 2017, 2022, 9999, 10000, 123456})
    for (int month = 1; month <= 12; ++month)
      EXPECT_EQ((YearMonth{year, month}.str()), printf_text(year, month)) << year << " " << month;
  for (int i = 0; i < 12 * 3000; i += 7) {
    const YearMonth m = YearMonth::from_index(i);
    EXPECT_EQ(m.str(), printf_text(m.year, m.month));
  }
}

}  // namespace
}  // namespace jez
