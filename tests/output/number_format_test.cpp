#include "output/number_format.hpp"

#include <gtest/gtest.h>

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <random>
#include <string>

namespace jez::output {
namespace {

// What print_12_digits stands in for: printf's %.12g through std::to_chars, exact but slow.
std::string reference(double v) {
  char buf[64];
  return std::string(buf,
                     std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 12).ptr);
}

std::string fast(double v) {
  char buf[32];
  return std::string(buf, print_12_digits(buf, v));
}

TEST(NumberFormat, TheCasesOfPercentTwelveG) {
  EXPECT_EQ(fast(7728), "7728");
  EXPECT_EQ(fast(0.1), "0.1");
  EXPECT_EQ(fast(-2.5), "-2.5");
  EXPECT_EQ(fast(1.0 / 3), "0.333333333333");
  EXPECT_EQ(fast(2.0 / 3), "0.666666666667");
  EXPECT_EQ(fast(1e7), "10000000");
  EXPECT_EQ(fast(123456789012.0), "123456789012");
  EXPECT_EQ(fast(1234567890123.0), "1.23456789012e+12");
  EXPECT_EQ(fast(999999999999.5), "1e+12");  // rounds up into the exponent form
  EXPECT_EQ(fast(0.0001), "0.0001");
  EXPECT_EQ(fast(0.00001234), "1.234e-05");
  EXPECT_EQ(fast(9.9999999999996), "10");
  EXPECT_EQ(fast(1e300), "1e+300");
  EXPECT_EQ(fast(-4.9e-324), "-4.94065645841e-324");  // subnormal: few bits, the exact path
  EXPECT_EQ(fast(0), "0");
}

TEST(NumberFormat, EqualsTheExactFormOverMillionsOfValues) {
  std::mt19937_64 rng(20171);
  std::uniform_real_distribution<double> mantissa(1.0, 10.0);
  std::uniform_int_distribution<int> exponent(-12, 16);
  int checked = 0;
  auto check = [&](double v) {
    ASSERT_EQ(fast(v), reference(v)) << std::hexfloat << v;
    ++checked;
  };
  for (int i = 0; i < 400000; ++i) {
    const double m = mantissa(rng) * std::pow(10.0, exponent(rng));
    check(m);
    check(-m);
    check(std::nextafter(m, 0.0));
  }
  // Ties and near-ties at the 13th digit, and values of few digits, where rounding decides.
  std::uniform_int_distribution<std::int64_t> digits12(100000000000, 999999999999);
  for (int i = 0; i < 200000; ++i) {
    const double tie = (double(digits12(rng)) + 0.5) * std::pow(10.0, exponent(rng) - 11);
    check(tie);
    check(std::nextafter(tie, 0.0));
    check(std::nextafter(tie, 1e308));
    check(double(digits12(rng) % 100000) / 64);  // exact binary fractions
  }
  // Next to the powers of ten, where the first digit's place is easily one off, and next to the
  // points where 12 digits round up to the next power.
  for (int k = -7; k <= 14; ++k) {
    const double p = std::pow(10.0, k);
    for (double v : {p, p * (1 - 5e-13), p * (1 - 4.9e-13), p * (1 - 5.1e-13)})
      for (double w : {v, std::nextafter(v, 0.0), std::nextafter(v, 1e308)}) {
        check(w);
        check(-w);
      }
  }
  // Any bit pattern of a finite double.
  for (int i = 0; i < 200000; ++i) {
    const std::uint64_t bits = rng();
    double v;
    std::memcpy(&v, &bits, sizeof v);
    if (std::isfinite(v)) check(v);
  }
  for (double v = 1e-300; v > 0; v /= 7.3) check(v);  // down through the subnormal numbers
  EXPECT_GT(checked, 2000000);
}

}  // namespace
}  // namespace jez::output
