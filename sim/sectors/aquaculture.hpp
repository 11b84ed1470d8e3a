// Aquaculture: one farm (one project, one species) as yearly cohorts. Each year, on day 1 of the
// species' seed month, a cohort is seeded on an equal share of the farmed area. It grows for
// years_to_first_harvest, then is harvested over one harvest season (the first run of harvest
// months that it reaches mature) and the area is freed. A cohort's surviving fraction is the
// annual survival compounded over its age, times what disease events left of it.
//
// Yield: in full rotation the farm harvests yield_t_per_ha_year on its whole area each year, times
// the surviving fraction at harvest. So each cohort occupies area_ha / occupancy_years hectares
// and its season harvests yield_t_per_ha_year x area_ha x surviving fraction, spread evenly over
// the season's months (and over the days of each month). Equations: docs/sectors.md section 1.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "sectors/month_span.hpp"

namespace jez::sectors {

struct AquacultureSpecies {
  std::string name;                       // "sea_urchin", "scallop", "kelp"...
  double years_to_first_harvest = 3;      // from seeding to the first harvest month, years (> 0)
  double survival_per_year = 1;           // fraction of a cohort alive one year later, (0, 1]
  double yield_t_per_ha_year = 0;         // at maturity, per ha farmed, at full survival, t/ha/yr
  std::array<bool, 12> harvest_months{};  // January..December; at least one
  int seed_month = 5;                     // 1..12: cohorts are seeded on day 1 of this month
  double price_per_t = 0;                 // farm-gate price, in the caller's currency per tonne
};

struct AquacultureCohort {
  int seed_year = 0;
  double area_ha = 0;
  double disease_survival = 1;  // product of (1 - fraction killed) over disease events
  int season_first_months = 0;  // months from seeding to the first harvest month
  int season_months = 0;        // length of its harvest season, months
  double harvested_t = 0;
};

struct AquacultureStep {
  double harvest_t = 0;
  double revenue = 0;  // harvest_t x price_per_t, caller's currency
  double seeded_ha = 0;
};

class AquacultureFarm {
 public:
  // Throws std::invalid_argument naming the field when a parameter is out of range or when the
  // harvest season never comes (no harvest month).
  AquacultureFarm(double area_ha, AquacultureSpecies species);

  // Advances over one piece of a month: seeds this year's cohort if the span lies in the seed
  // month and seeding is open (a suspended project seeds nothing, but what is in the water still
  // grows and is harvested), then harvests the cohorts in season.
  AquacultureStep step(const MonthSpan& span, bool seeding_open = true);

  // Kills fraction_killed (0..1) of the cohort seeded in seed_year; false when none is standing.
  bool apply_disease(int seed_year, double fraction_killed);
  // Kills fraction_killed of every cohort standing.
  void apply_disease_all(double fraction_killed);

  double area_ha() const { return area_ha_; }
  const AquacultureSpecies& species() const { return species_; }
  // Whole years a cohort holds its area: ceil(months from seeding to its season's end / 12).
  int occupancy_years() const { return occupancy_years_; }
  double cohort_area_ha() const { return area_ha_ / occupancy_years_; }
  // A cohort's harvest over its whole season at full survival, t.
  double cohort_harvest_full_survival_t() const;
  // Fraction of a cohort alive at `months_since_seeding` months of age, before disease.
  double natural_survival(int months_since_seeding) const;
  const std::vector<AquacultureCohort>& cohorts() const { return cohorts_; }

 private:
  double area_ha_;
  AquacultureSpecies species_;
  int season_first_months_ = 0;  // same for every cohort: the calendar repeats each year
  int season_months_ = 0;
  int occupancy_years_ = 1;
  int last_seed_year_ = -1000000;
  std::vector<AquacultureCohort> cohorts_;
};

}  // namespace jez::sectors
