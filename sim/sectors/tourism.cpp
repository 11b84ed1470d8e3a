#include "sectors/tourism.hpp"

#include <algorithm>
#include <stdexcept>

#include "sectors/param_checks.hpp"

namespace jez::sectors {

void validate(const VisitorFlowParams& p) {
  const std::string f = p.name.empty() ? std::string("visitor flow") : p.name;
  require_non_negative(f + ".visitors_per_year", p.visitors_per_year);
  require_some_month(f + ".season_months", p.season_months);
  require_non_negative(f + ".nights_per_visit", p.nights_per_visit);
  require_non_negative(f + ".seats_per_sailing", p.seats_per_sailing);
  require_non_negative(f + ".spending_per_visitor_day", p.spending_per_visitor_day);
}

double visitor_demand(const VisitorFlowParams& p, const MonthSpan& span) {
  if (!p.season_months[span.month - 1]) return 0;
  double season_days = 0;
  for (int m = 1; m <= 12; ++m)
    if (p.season_months[m - 1]) season_days += days_in_month(span.year, m);
  return p.visitors_per_year * span.days() / season_days;
}

TourismStep tourism_step(const MonthSpan& span, double beds,
                         std::span<const VisitorFlowInput> flows) {
  TourismStep out;
  out.bed_nights = std::max(beds, 0.0) * span.days();
  out.flows.resize(flows.size());
  double seated_nights = 0;
  for (size_t i = 0; i < flows.size(); ++i) {
    const VisitorFlowInput& in = flows[i];
    VisitorFlowStep& f = out.flows[i];
    if (!in.open || in.params == nullptr) continue;
    // A chartered group brings its own seats; the season's visitors need the timetable's.
    const double season = visitor_demand(*in.params, span) * std::clamp(in.open_share, 0.0, 1.0);
    const double extra = std::max(in.extra_visitors, 0.0);
    f.demand = season + extra;
    const double seats = std::max(in.sailings, 0.0) * in.params->seats_per_sailing;
    f.visitors = std::min(season, seats) + extra;
    f.turned_away_seats = f.demand - f.visitors;
    seated_nights += f.visitors * in.params->nights_per_visit;
  }
  // Beds bind on all flows together: every flow loses the same share of its seated visitors.
  const double bed_share = seated_nights > out.bed_nights ? out.bed_nights / seated_nights : 1.0;
  for (size_t i = 0; i < flows.size(); ++i) {
    VisitorFlowStep& f = out.flows[i];
    if (f.visitors <= 0) continue;
    const VisitorFlowParams& p = *flows[i].params;
    const double stayed = p.nights_per_visit > 0 ? f.visitors * bed_share : f.visitors;
    f.turned_away_beds = f.visitors - stayed;
    f.visitors = stayed;
    f.visitor_nights = stayed * p.nights_per_visit;
    f.visitor_days = stayed * (p.nights_per_visit + 1);
    f.spending = f.visitor_days * p.spending_per_visitor_day;
    out.visitors += stayed;
    (p.side == VisitorSide::japan ? out.visitors_japan : out.visitors_russia) += stayed;
    out.visitor_nights += f.visitor_nights;
  }
  return out;
}

}  // namespace jez::sectors
