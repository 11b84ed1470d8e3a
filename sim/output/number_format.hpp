// Numbers as printf's %.12g writes them, several times faster than std::to_chars with a
// precision (some 700 instructions a number in libstdc++ 12, a third of writing a run's
// timeseries.csv).
#pragma once

namespace jez::output {

// Writes finite v as "%.12g" would (12 significant digits, trailing zeros dropped, an exponent
// below 1e-4 and from 1e12) into out, which has room for 32 chars; returns the end of the text.
char* print_12_digits(char* out, double v);

}  // namespace jez::output
