#include "sweep/distributions.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

namespace jez::sweep {

using Kind = SweepDistribution::Kind;

double normal_cdf(double z) {
  return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

double normal_quantile(double p) {
  // P. J. Acklam's algorithm (2003), relative error below 1.15e-9 before refinement.
  static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,  -2.759285104469687e+02,
                             1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
  static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                             6.680131188771972e+01, -1.328068155288572e+01};
  static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                             -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
  static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                             3.754408661907416e+00};
  if (!(p > 0)) return -std::numeric_limits<double>::infinity();
  if (!(p < 1)) return std::numeric_limits<double>::infinity();
  const double p_low = 0.02425;
  double x;
  if (p < p_low) {
    const double q = std::sqrt(-2 * std::log(p));
    x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
        ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  } else if (p <= 1 - p_low) {
    const double q = p - 0.5, r = q * q;
    x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
        (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
  } else {
    const double q = std::sqrt(-2 * std::log1p(-p));
    x = -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
        ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  // One Halley step on Phi(x) - p (Acklam's refinement).
  // Phi(x) - p, written through the upper tail above the median to keep its digits.
  const double e = p < 0.5 ? normal_cdf(x) - p : (1 - p) - 0.5 * std::erfc(x / std::sqrt(2.0));
  const double u = e * std::sqrt(2 * M_PI) * std::exp(x * x / 2);
  return x - u / (1 + x * u / 2);
}

std::string number_text(double v) {
  if (v == 0) return "0";
  return fmt::format("{:.12g}", v);
}

ParameterValue listed_value(const std::string& text) {
  double v = std::numeric_limits<double>::quiet_NaN();
  const char* first = text.data();
  const char* last = first + text.size();
  if (first != last && *first == '+') ++first;
  double parsed = 0;
  const auto [end, ec] = std::from_chars(first, last, parsed);
  if (ec == std::errc() && end == last && std::isfinite(parsed)) v = parsed;
  return {text, v};
}

namespace {

ParameterValue number(double v) {
  const std::string text = number_text(v);
  return {text, std::stod(text)};  // the number the run will read
}

// A value picked from a list by u, with optional weights.
ParameterValue pick(const SweepDistribution& d, double u) {
  std::size_t i = std::min(d.values.size() - 1, std::size_t(u * double(d.values.size())));
  if (!d.weights.empty()) {
    double total = 0;
    for (double w : d.weights) total += w;
    double cumulative = 0;
    i = d.values.size() - 1;
    for (std::size_t k = 0; k < d.weights.size(); ++k) {
      cumulative += d.weights[k];
      if (u * total < cumulative) {
        i = k;
        break;
      }
    }
  }
  return listed_value(d.values[i]);
}

// The normal quantile of u restricted to the standard bounds [lo, hi].
double truncated_normal(double u, double lo, double hi) {
  const double p_lo = normal_cdf(lo), p_hi = normal_cdf(hi);
  return std::clamp(normal_quantile(p_lo + u * (p_hi - p_lo)), lo, hi);
}

}  // namespace

ParameterValue value_at(const SweepDistribution& d, double u) {
  switch (d.kind) {
    case Kind::values:
    case Kind::discrete:
      return pick(d, u);
    case Kind::uniform:
      return number(d.a + u * (d.b - d.a));
    case Kind::normal:
      return number(d.a + d.b * truncated_normal(u, (d.lower - d.a) / d.b, (d.upper - d.a) / d.b));
    case Kind::lognormal: {
      const double lo = d.lower > 0 ? (std::log(d.lower) - d.a) / d.b : -INFINITY;
      const double hi = d.upper > 0 ? (std::log(d.upper) - d.a) / d.b : -INFINITY;
      return number(std::exp(d.a + d.b * truncated_normal(u, lo, hi)));
    }
    case Kind::triangular: {
      const double lo = d.a, hi = d.b, mode = d.c;
      const double f = (mode - lo) / (hi - lo);
      const double x = u < f ? lo + std::sqrt(u * (hi - lo) * (mode - lo))
                             : hi - std::sqrt((1 - u) * (hi - lo) * (hi - mode));
      return number(x);
    }
  }
  return {};
}

}  // namespace jez::sweep
