// The names (file stems) of the shipped scenarios under scenarios/, sorted: the run tests that
// check a property of each.
#pragma once

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

namespace jez::testing {

inline std::vector<std::string> shipped_scenarios() {
  std::vector<std::string> out;
  for (const auto& e :
       std::filesystem::directory_iterator(std::filesystem::path(JEZ_SOURCE_DIR) / "scenarios"))
    if (e.path().extension() == ".yaml") out.push_back(e.path().stem().string());
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace jez::testing
