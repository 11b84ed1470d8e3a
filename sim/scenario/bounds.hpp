// Bounds shared by several keys of the scenario tables. Each is finite: wide enough for any real
// island economy, narrow enough that a run cannot abort, hang or exhaust memory on a typo.
#pragma once

#include "scenario/schema.hpp"

namespace jez::bounds {

using schema::Range;

// A share or a probability.
inline constexpr Range kFraction{0, 1};
inline constexpr Range kPositiveFraction{0, 1, true, false};
// Relative weights and profiles (normalised by the model).
inline constexpr Range kWeight{0, 1e6, false, false, "relative weights up to a million to one"};
// Residents of a region.
inline constexpr Range kPopulation{0, 1e9, false, false,
                                   "more people than any island holds; Java has about 150 million"};
// RUB per kg of food sold.
inline constexpr Range kPriceRubPerKg{0, 1e7, false, false,
                                      "10 million RUB/kg is far above any food; caviar "
                                      "sells for about 100,000"};
inline constexpr Range kPositivePriceRubPerKg{0, 1e7, true, false,
                                              "10 million RUB/kg is far above any food; caviar "
                                              "sells for about 100,000"};
// RUB per tonne of waste handled, per kWh, per visitor-day.
inline constexpr Range kCostRubPerT{0, 1e8, false, false,
                                    "100 million RUB/t, far above any treatment or freight rate"};
inline constexpr Range kRubPerKwh{0, 1e4, false, false,
                                  "10,000 RUB/kWh, far above any tariff (about 10)"};
inline constexpr Range kRubPerVisitorDay{0, 1e8, false, false,
                                         "100 million RUB a day, above any visitor's spending"};
// Money of the table's unit (RUB mn by default): a year's flows, a project's capital.
inline constexpr Range kMoney{0, 1e12, false, false,
                              "a trillion of the table's units, 10^18 RUB in RUB mn, "
                              "is beyond any economy"};
inline constexpr Range kPositiveMoney{0, 1e12, true, false,
                                      "a trillion of the table's units, 10^18 RUB in RUB "
                                      "mn, is beyond any economy"};
// Tonnes a year of goods made, landed or thrown away on the islands.
inline constexpr Range kTonnesPerYear{0, 1e9, false, false,
                                      "a billion tonnes a year, more than any island makes"};
inline constexpr Range kPositiveTonnesPerYear{0, 1e9, true, false,
                                              "a billion tonnes a year is more than any island "
                                              "makes"};
// Power in kW, energy in kWh or MWh.
inline constexpr Range kPlantKw{
    0, 1e8, false, false, "100 GW is more than any island grid; all of Japan has about 300 GW"};
inline constexpr Range kPositivePlantKw{0, 1e8, true, false, "100 GW is more than any island grid"};
inline constexpr Range kStorageKwh{0, 1e9, false, false, "1 TWh, more than any battery or dam"};
inline constexpr Range kMwhPerYear{0, 1e9, false, false,
                                   "1,000 TWh a year, Japan's whole consumption"};
// Durations.
inline constexpr Range kShelfLifeDays{0, 3650, true, false, "no food keeps ten years"};
inline constexpr Range kHoursInYear{0, 8760, true, false, "a year is 8760 h"};
inline constexpr Range kDaysInYear{0, 365, false, false, "at most a year"};

}  // namespace jez::bounds
