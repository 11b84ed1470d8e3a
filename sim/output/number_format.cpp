#include "output/number_format.hpp"

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace jez::output {

// From the shortest digits that read back as v (std::to_chars without a precision, Ryu: fast),
// rounded to 12 significant digits. That is the exact %.12g of v: v and its shortest digits S
// lie within half an ulp of each other, and no 13-digit number lies between them unless S has
// 13 digits or fewer (the shortest would have been that number, or S is the nearer one). So
// rounding S gives the rounding of v, except when S is itself a 13-digit tie (…5), where only
// v's exact value decides: that rare case goes to the precise, slow path. Subnormal numbers
// (below 2.2e-308) have too few bits for the argument and go there too.
char* print_12_digits(char* out, double v) {
  if (std::fabs(v) < std::numeric_limits<double>::min())
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

}  // namespace jez::output
