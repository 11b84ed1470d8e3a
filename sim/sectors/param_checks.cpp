#include "sectors/param_checks.hpp"

#include <cmath>
#include <sstream>
#include <stdexcept>

namespace jez::sectors {
namespace {

[[noreturn]] void fail(const std::string& field, const std::string& expected, double found) {
  std::ostringstream s;
  s << field << " must be " << expected << "; found " << found;
  throw std::invalid_argument(s.str());
}

std::string element(const std::string& field, int i) {
  return field + "[" + std::to_string(i) + "]";
}

}  // namespace

void require_non_negative(const std::string& field, double value) {
  if (!std::isfinite(value) || value < 0) fail(field, "a finite number >= 0", value);
}

void require_positive(const std::string& field, double value) {
  if (!std::isfinite(value) || value <= 0) fail(field, "a finite number > 0", value);
}

void require_fraction(const std::string& field, double value) {
  if (!(value >= 0 && value <= 1)) fail(field, "a number in [0, 1]", value);
}

void require_month(const std::string& field, int month) {
  if (month < 1 || month > 12) fail(field, "a month 1..12", month);
}

void require_some_month(const std::string& field, const std::array<bool, 12>& months) {
  for (bool m : months)
    if (m) return;
  throw std::invalid_argument(field + " must include at least one month; found none");
}

void require_non_negative(const std::string& field, const std::array<double, 12>& values) {
  for (int i = 0; i < 12; ++i) require_non_negative(element(field, i), values[i]);
}

void require_fractions(const std::string& field, const std::array<double, 12>& values) {
  for (int i = 0; i < 12; ++i) require_fraction(element(field, i), values[i]);
}

}  // namespace jez::sectors
