// How a sweep parameter's values enter the regression of sensitivity.csv: numbers as they are,
// dates as day numbers, words by their rank.
#pragma once

#include <string>
#include <vector>

namespace jez::sweep {

struct CodedParameter {
  std::vector<double> values;  // per run, NaN where the cell is empty or unreadable
  std::string coding;          // for people: "number", "date as ...", "rank of ..."
};

// Codes one parameter's column of results.csv (its cells as text, one per run):
// - every value a number: the numbers;
// - every value a date (MM-DD, YYYY-MM or YYYY-MM-DD): the day of the year (MM-DD, in a
//   non-leap year) or the days since 1970-01-01, so a coefficient is per day later;
// - otherwise (words, or a mixture): the rank of each value among the distinct values in
//   sorted order, 1 for the first. A rank assumes the sorted order means something; a
//   categorical parameter's coefficient is then a trend over its levels, not an effect of each.
CodedParameter code_parameter(const std::vector<std::string>& cells);

}  // namespace jez::sweep
