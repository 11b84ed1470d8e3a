#include "output/number_format.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

namespace jez::output {

namespace {

// Writes the significant digits d[0..n) of a number whose first digit is at 10^exp as %g does
// with a precision of 12: trailing zeros dropped, d.ddde±XX below 1e-4 and from 1e12.
char* layout(char* o, char* d, int n, int exp) {
  while (n > 1 && d[n - 1] == '0') --n;  // %g drops trailing zeros

  if (exp < -4 || exp >= 12) {  // d.ddde±XX
    *o++ = d[0];
    if (n > 1) {
      *o++ = '.';
      std::memcpy(o, d + 1, n - 1);
      o += n - 1;
    }
    *o++ = 'e';
    *o++ = exp < 0 ? '-' : '+';
    const int a = exp < 0 ? -exp : exp;
    if (a >= 100) *o++ = char('0' + a / 100);
    *o++ = char('0' + a / 10 % 10);
    *o++ = char('0' + a % 10);
  } else if (exp >= 0) {  // ddd.ddd
    const int whole = exp + 1;
    for (int i = 0; i < whole; ++i) *o++ = i < n ? d[i] : '0';
    if (n > whole) {
      *o++ = '.';
      std::memcpy(o, d + whole, n - whole);
      o += n - whole;
    }
  } else {  // 0.000ddd
    *o++ = '0';
    *o++ = '.';
    for (int i = 0; i < -exp - 1; ++i) *o++ = '0';
    std::memcpy(o, d, n);
    o += n;
  }
  return o;
}

// The six digits of x < 10^6, two at a time.
void write_six(char* d, std::uint32_t x) {
  static constexpr char kPairs[] =
      "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
      "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
      "8081828384858687888990919293949596979899";
  std::memcpy(d, kPairs + 2 * (x / 10000), 2);
  std::memcpy(d + 2, kPairs + 2 * (x / 100 % 100), 2);
  std::memcpy(d + 4, kPairs + 2 * (x % 100), 2);
}

// 12 significant digits of v with 1e-5 <= |v| < 1e12 exactly, by integer arithmetic: v = m 2^e,
// so v 10^s = m 5^s 2^(e+s), which for these values fits 128 bits and is rounded by its
// remainder. False for an exact tie (the rounding rule of ties is the exact path's to decide).
bool twelve_digits(double v, char* d, int* exp) {
  std::uint64_t bits;
  std::memcpy(&bits, &v, sizeof bits);
  const std::uint64_t m = (bits & ((std::uint64_t(1) << 52) - 1)) | (std::uint64_t(1) << 52);
  const int e = int((bits >> 52) & 0x7ff) - 1075;
  static constexpr std::uint64_t kPow5[] = {
      1,         5,          25,         125,         625,          3125,
      15625,     78125,      390625,     1953125,     9765625,      48828125,
      244140625, 1220703125, 6103515625, 30517578125, 152587890625, 762939453125};
  constexpr std::uint64_t kLow = 100000000000, kHigh = 1000000000000;  // 10^11, 10^12
  // floor(log10 2^(e+52)): the first digit's place, or one below it (v < 2^(e+53)).
  int x = ((e + 52) * 78913) >> 18;
  for (int attempt = 0; attempt < 2; ++attempt) {
    const int s = 11 - x;  // from 0 (x = 11) to 16 (x = -5)
    if (s < 0 || s > 17) return false;
    const unsigned __int128 p = (unsigned __int128)m * kPow5[s];
    const int shift = -(e + s);
    if (shift < -40 || shift >= 120) return false;
    // v 10^s = t + r / 2^shift, t its whole part.
    const unsigned __int128 t = shift <= 0 ? p << -shift : p >> shift;
    if (t < kLow) {  // x was one too high
      --x;
      continue;
    }
    if (t >= kHigh) {  // one too low
      ++x;
      continue;
    }
    std::uint64_t q = std::uint64_t(t);
    if (shift > 0) {
      const unsigned __int128 r = p - (t << shift), half = (unsigned __int128)1 << (shift - 1);
      if (r == half) return false;
      if (r > half) ++q;
    }
    if (q == kHigh) {  // 999999999999.5 and the like: rounded up to the next power of ten
      q = kLow;
      ++x;
    }
    write_six(d, std::uint32_t(q / 1000000));
    write_six(d + 6, std::uint32_t(q % 1000000));
    *exp = x;
    return true;
  }
  return false;
}

}  // namespace

// From the shortest digits that read back as v (std::to_chars without a precision, Ryu: fast),
// rounded to 12 significant digits. That is the exact %.12g of v: v and its shortest digits S
// lie within half an ulp of each other, and no 13-digit number lies between them unless S has
// 13 digits or fewer (the shortest would have been that number, or S is the nearer one). So
// rounding S gives the rounding of v, except when S is itself a 13-digit tie (…5), where only
// v's exact value decides: that rare case goes to the precise, slow path. Subnormal numbers
// (below 2.2e-308) have too few bits for the argument and go there too.
char* print_12_digits(char* out, double v) {
  const double a = std::fabs(v);
  if (a >= 1e-5 && a < 1e12) {
    char d[12];
    int exp = 0;
    if (twelve_digits(v, d, &exp)) {
      char* o = out;
      if (v < 0) *o++ = '-';
      return layout(o, d, 12, exp);
    }
  }
  if (a < std::numeric_limits<double>::min())
    return std::to_chars(out, out + 32, v, std::chars_format::general, 12).ptr;
  char sci[40];
  const char* end = std::to_chars(sci, sci + sizeof sci, v, std::chars_format::scientific).ptr;
  const char* p = sci;
  char* o = out;
  if (*p == '-') *o++ = *p++;
  char d[24];  // the significant digits, without the point
  int n = 0;
  d[n++] = *p++;
  if (*p == '.')
    for (++p; *p != 'e'; ++p) d[n++] = *p;
  int exp = 0;  // of the first digit
  ++p;
  const bool negative_exp = *p == '-';
  for (++p; p < end; ++p) exp = exp * 10 + (*p - '0');
  if (negative_exp) exp = -exp;

  if (n > 12) {
    if (n == 13 && d[12] == '5')
      return std::to_chars(out, out + 32, v, std::chars_format::general, 12).ptr;
    const bool up = d[12] >= '5';  // beyond a 5 there is always a nonzero digit (n > 13)
    n = 12;
    if (up) {
      int i = n - 1;
      while (i >= 0 && d[i] == '9') d[i--] = '0';
      if (i >= 0) {
        ++d[i];
      } else {  // 9.99…9 became 10.00…0
        d[0] = '1';
        n = 1;
        ++exp;
      }
    }
  }
  return layout(o, d, n, exp);
}

}  // namespace jez::output
