#include "scenario/resolved_yaml.hpp"

#include "scenario/scenario_sections.hpp"

namespace jez {

std::string resolved_yaml(const Scenario& s) {
  std::string y;
  keys::write_fields(y, 0, scenario_table(), s);
  return y;
}

}  // namespace jez
