#include "sectors/aquaculture.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "sectors/param_checks.hpp"

namespace jez::sectors {

AquacultureFarm::AquacultureFarm(double area_ha, AquacultureSpecies species)
    : area_ha_(area_ha), species_(std::move(species)) {
  const AquacultureSpecies& s = species_;
  require_non_negative("area_ha", area_ha);
  require_positive("years_to_first_harvest", s.years_to_first_harvest);
  if (!(s.survival_per_year > 0 && s.survival_per_year <= 1))
    throw std::invalid_argument("survival_per_year must be a number in (0, 1]; found " +
                                std::to_string(s.survival_per_year));
  require_non_negative("yield_t_per_ha_year", s.yield_t_per_ha_year);
  require_month("seed_month", s.seed_month);
  require_some_month("harvest_months", s.harvest_months);
  require_non_negative("price_per_t", s.price_per_t);
  // The first harvest month at or after maturity. Age is counted in whole months from day 1 of
  // the seed month to day 1 of the harvest month.
  const int mature_months = int(std::ceil(s.years_to_first_harvest * 12 - 1e-9));
  int k = mature_months;
  while (!s.harvest_months[(s.seed_month - 1 + k) % 12]) ++k;  // ends: some month is set
  season_first_months_ = k;
  // The season runs on over consecutive harvest months (a whole-year season is 12 months).
  season_months_ = 1;
  while (season_months_ < 12 && s.harvest_months[(s.seed_month - 1 + k + season_months_) % 12])
    ++season_months_;
  const int end_months = season_first_months_ + season_months_;
  occupancy_years_ = (end_months + 11) / 12;
}

double AquacultureFarm::cohort_harvest_full_survival_t() const {
  // cohort_area x occupancy_years x yield = area_ha x yield: one cohort harvested per year in
  // full rotation gives the farm's yearly yield.
  return area_ha_ * species_.yield_t_per_ha_year;
}

double AquacultureFarm::natural_survival(int months_since_seeding) const {
  return std::pow(species_.survival_per_year, months_since_seeding / 12.0);
}

AquacultureStep AquacultureFarm::step(const MonthSpan& span, bool seeding_open) {
  AquacultureStep out;
  if (span.days() <= 0) return out;
  if (seeding_open && span.month == species_.seed_month && last_seed_year_ != span.year &&
      area_ha_ > 0) {
    AquacultureCohort c;
    c.seed_year = span.year;
    c.area_ha = cohort_area_ha();
    c.season_first_months = season_first_months_;
    c.season_months = season_months_;
    cohorts_.push_back(c);
    last_seed_year_ = span.year;
    out.seeded_ha = c.area_ha;
  }
  const double full_t = cohort_harvest_full_survival_t();
  for (AquacultureCohort& c : cohorts_) {
    const int age = months_between(c.seed_year, species_.seed_month, span.year, span.month);
    if (age < c.season_first_months || age >= c.season_first_months + c.season_months) continue;
    const double alive = natural_survival(age) * c.disease_survival;
    const double t = full_t * alive * span.fraction_of_month() / c.season_months;
    c.harvested_t += t;
    out.harvest_t += t;
  }
  // A cohort whose season has ended frees its area. Spans come in time order, so a cohort past
  // its season at the end of this span is done.
  std::erase_if(cohorts_, [&](const AquacultureCohort& c) {
    const int age = months_between(c.seed_year, species_.seed_month, span.year, span.month);
    const int last = c.season_first_months + c.season_months - 1;
    return age > last || (age == last && span.day_to >= span.month_days());
  });
  out.revenue = out.harvest_t * species_.price_per_t;
  return out;
}

bool AquacultureFarm::apply_disease(int seed_year, double fraction_killed) {
  require_fraction("fraction_killed", fraction_killed);
  for (AquacultureCohort& c : cohorts_)
    if (c.seed_year == seed_year) {
      c.disease_survival *= 1 - fraction_killed;
      return true;
    }
  return false;
}

void AquacultureFarm::apply_disease_all(double fraction_killed) {
  require_fraction("fraction_killed", fraction_killed);
  for (AquacultureCohort& c : cohorts_) c.disease_survival *= 1 - fraction_killed;
}

}  // namespace jez::sectors
