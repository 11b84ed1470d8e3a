// Parameter values from points of the unit hypercube, through inverse distribution functions.
#pragma once

#include <string>

#include "scenario/sweep_spec.hpp"

namespace jez::sweep {

// A parameter's value in one point: its text (the --set VALUE the run gets) and the number it
// reads as (NaN for a word), which the sensitivity estimators use.
struct ParameterValue {
  std::string text;
  double number = 0;
};

// The standard normal's distribution function and its inverse (Acklam's rational
// approximation refined by one Halley step against std::erfc: accurate to about 1e-15).
double normal_cdf(double z);
double normal_quantile(double p);  // p in (0, 1)

// The value of a parameter at u in (0, 1): the inverse CDF of its distribution; a list of
// values is taken as equally likely values.
ParameterValue value_at(const SweepDistribution& d, double u);

// A list value (a grid level) as a parameter value.
ParameterValue listed_value(const std::string& text);

// A number as a --set value: the shortest text that reads back to 12 significant digits.
std::string number_text(double v);

}  // namespace jez::sweep
