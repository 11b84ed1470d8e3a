// Wages by sector where they are known: a sector's compensation becomes its jobs x its wage, and
// the other sectors' compensation is scaled so that the table's total labour income (its average
// wage over all jobs) stays. Value added stays: the operating surplus takes the difference.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "economy/io_table.hpp"

namespace jez::economy {

// Sector index -> compensation per job per year, in the table's money. Returns why the wages
// cannot be set (no compensation or employment row, a sector's compensation above its value
// added, nothing left for the other sectors), or nullopt when they were set.
std::optional<std::string> set_sector_wages(IoTable& table,
                                            const std::map<int, double>& compensation_per_job);

}  // namespace jez::economy
