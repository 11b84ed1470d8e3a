// Tourism and exchanges on one island: visitor flows (visa-free exchange visits and pilot or
// package tours from Japan, domestic tourists from Russia), each with a yearly demand spread over
// its season, limited by the seats of the sailings that arrive (sailings x seats per sailing) and,
// all flows together, by the island's beds x nights. Whether a flow is open (the regime in force)
// and how many sailings arrive are the world's. Spending per visitor-day is the final demand that
// the visitors bring. Visitors are counted in the span in which they arrive; their whole stay
// (nights, days, spending) is booked there too. Equations: docs/sectors.md section 3.
#pragma once

#include <array>
#include <span>
#include <string>
#include <vector>

#include "sectors/month_span.hpp"

namespace jez::sectors {

enum class VisitorSide { japan, russia };

struct VisitorFlowParams {
  std::string name;                       // "exchange_visits", "package_tours", "domestic"...
  VisitorSide side = VisitorSide::japan;  // the side the visitors come from
  double visitors_per_year = 0;           // demand when open all season, visitors/yr
  std::array<bool, 12> season_months{};   // January..December; at least one
  double nights_per_visit = 0;            // >= 0; a visit lasts nights + 1 days
  double seats_per_sailing = 0;           // passenger places this flow gets on one arrival
  double spending_per_visitor_day = 0;    // in the flow's currency
};

struct VisitorFlowInput {
  const VisitorFlowParams* params = nullptr;
  bool open = true;           // the regime in force lets this flow travel
  double sailings = 0;        // passenger arrivals in the span while open (from the timetable)
  double extra_visitors = 0;  // a chartered group (pilot tour) on top, on its own ship
  double open_share = 1;      // share of the span's season demand that falls while it is open
};

struct VisitorFlowStep {
  double demand = 0;    // visitors who would come (0 when closed)
  double visitors = 0;  // who came
  double visitor_nights = 0;
  double visitor_days = 0;       // visitors x (nights + 1)
  double spending = 0;           // visitor_days x spending_per_visitor_day, flow's currency
  double turned_away_seats = 0;  // demand over seats
  double turned_away_beds = 0;   // seated visitors with no bed
};

struct TourismStep {
  std::vector<VisitorFlowStep> flows;  // in the order of the inputs
  double visitors = 0, visitors_japan = 0, visitors_russia = 0;
  double visitor_nights = 0;
  double bed_nights = 0;  // beds x days of the span
};

// Throws std::invalid_argument naming the field when a parameter is out of range or the season
// never comes.
void validate(const VisitorFlowParams& p);

// A flow's demand over a span: visitors_per_year x (season days in the span / season days in
// the span's year).
double visitor_demand(const VisitorFlowParams& p, const MonthSpan& span);

TourismStep tourism_step(const MonthSpan& span, double beds,
                         std::span<const VisitorFlowInput> flows);

}  // namespace jez::sectors
