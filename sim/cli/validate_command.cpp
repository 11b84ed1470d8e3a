#include <fmt/format.h>

#include "cli/app.hpp"
#include "scenario/loader.hpp"

namespace jez::cli {

int validate_command(const std::string& file, const std::vector<std::string>& sets) {
  try {
    std::vector<Override> overrides;
    for (const auto& s : sets) overrides.push_back(parse_override(s));
    const Scenario s = load_scenario(file, overrides);
    fmt::print(
        "{}: valid: scenario '{}', {} to {} ({} periods), {} regions, {} routes, {} sectors\n",
        file, s.name, s.time.start.str(), s.time.end.str(), s.time.periods(), s.regions.size(),
        s.routes.size(), s.economy.table.n());
    return kSuccess;
  } catch (const std::exception& e) {
    return report_error(e);
  }
}

}  // namespace jez::cli
