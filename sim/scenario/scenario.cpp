#include "scenario/scenario.hpp"

namespace jez {

const Region* Scenario::find_region(const std::string& n) const {
  for (const auto& r : regions)
    if (r.name == n) return &r;
  return nullptr;
}

const Route* Scenario::find_route(const std::string& a, const std::string& b) const {
  for (const auto& r : routes)
    if ((r.from == a && r.to == b) || (r.from == b && r.to == a)) return &r;
  return nullptr;
}

SideFinance Scenario::finance_of(const std::string& side) const {
  if (const auto it = finance.find(side); it != finance.end()) return it->second;
  SideFinance f;
  f.in_yen = side == "japan" && currency.given;
  return f;
}

}  // namespace jez
