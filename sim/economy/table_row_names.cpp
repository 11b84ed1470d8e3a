#include "economy/table_row_names.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <vector>

#include "economy/csv_cells.hpp"

namespace jez::economy {

namespace {

const std::vector<std::string> kRowNames = {"compensation", "value_added", "employment",
                                            "imports",      "taxes",       "total_output"};
// Names people use for the rows, to suggest the one the format wants.
const std::map<std::string, std::string> kRowSynonyms = {
    {"wages", "compensation"},        {"labour_income", "compensation"},
    {"labor_income", "compensation"}, {"gva", "value_added"},
    {"jobs", "employment"},           {"output", "total_output"},
    {"gross_output", "total_output"}, {"x", "total_output"}};

}  // namespace

bool is_row_name(const std::string& s) {
  return std::find(kRowNames.begin(), kRowNames.end(), s) != kRowNames.end();
}

// The named row the user probably meant, or "" when none is close.
std::string closest_row_name(const std::string& s) {
  std::string lower = s;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return char(std::tolower(c)); });
  if (auto it = kRowSynonyms.find(lower); it != kRowSynonyms.end()) return it->second;
  std::string best;
  int best_distance = 1 << 30;
  for (const std::string& name : kRowNames) {
    const int d = edit_distance(s, name);
    if (d < best_distance && d <= std::max(2, int(name.size()) / 3)) best = name, best_distance = d;
  }
  return best;
}

std::string row_names_list() {
  std::string out;
  for (size_t i = 0; i < kRowNames.size(); ++i) out += (i ? ", " : "") + kRowNames[i];
  return out;
}

}  // namespace jez::economy
