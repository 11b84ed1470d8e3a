// Visitors in the world: at the period's end, per island and calendar month, each flow's season
// demand while it is open, seated on the passenger sailings that arrived while it was open (the
// flows on one lane share its places), chartered groups (pilot tours) on top, and the island's
// beds; their spending on the islands is sold to visitors (exports of services). A month is cut
// only where it must be: a flow that opens or closes inside it keeps its open share of the
// month's demand, and an event about something else changes nothing here.
#include <algorithm>

#include "world/activities_impl.hpp"

namespace jez::world {

void Activities::Impl::build_tourism() {
  if (!s.activities.tourism) return;
  for (const auto& f : s.activities.tourism->flows) {
    sectors::VisitorFlowParams params{
        f.name,
        f.side == "japan" ? sectors::VisitorSide::japan : sectors::VisitorSide::russia,
        f.visitors_per_year,
        f.season_months,
        f.nights_per_visit,
        f.seats_per_sailing,
        f.island_spending_per_day()};
    checked("sectors.tourism.flows." + f.name, [&] {
      sectors::validate(params);
      return 0;
    });
    int route = 0;
    while (s.routes[route].name != f.route) ++route;
    const int lane = 2 * route + (s.routes[route].to == f.island ? 0 : 1);
    flows.push_back({&f, params, region(f.island), route, lane});
  }
}

// The sailings that arrived in the piece while the flow was open. Whether it is open changes
// only at the marks (where a switch changes) and when the flow comes online, so it is asked
// once per stretch between them, not once per arrival.
double Activities::Impl::open_arrivals(const Flow& fl, const Piece& piece,
                                       const std::vector<double>& marks) {
  std::vector<double>& from = stretch_from;  // each stretch's start
  from.assign(marks.begin(), marks.end() - 1);
  const double online = regime.online_s(fl.spec->project, fl.spec->online);
  if (online > piece.from_s && online < piece.to_s) {
    from.push_back(online);
    std::sort(from.begin(), from.end());
  }
  std::vector<char>& open = stretch_open;
  open.assign(from.size(), 0);
  bool any = false;
  for (std::size_t k = 0; k < from.size(); ++k)
    any |= (open[k] = regime.flow_open(*fl.spec, from[k]));
  if (!any) return 0;
  std::size_t n = 0;
  for (const double t : arrivals[fl.lane])
    if (t >= piece.from_s && t < piece.to_s)
      n += open[std::size_t(std::upper_bound(from.begin(), from.end(), t) - from.begin()) - 1];
  return double(n);
}

void Activities::Impl::close_tourism(PeriodFlows& f, std::vector<double>& visitor_days) {
  if (flows.empty()) return;
  const auto& spec = *s.activities.tourism;
  // Seats: the flows on one lane share the route's passenger places.
  auto& [seats_asked, marks, here, params, inputs] = tourism_scratch;
  seats_asked.assign(arrivals.size(), 0);
  for (const auto& fl : flows) seats_asked[fl.lane] += fl.spec->seats_per_sailing;
  const std::string& unit = units.count;
  for (std::size_t island = 0; island < s.regions.size(); ++island) {
    here.clear();
    for (const auto& fl : flows)
      if (fl.island == int(island)) here.push_back(&fl);
    if (here.empty()) continue;
    double beds = 1e12;  // an island without a bed count is not bed-limited
    for (const auto& b : spec.beds)
      if (b.island == s.regions[island].name) beds = b.beds;
    double v = 0, vj = 0, vr = 0, nights = 0;
    for (const Piece& piece : month_pieces(f.start_s, f.end_s)) {
      params.clear();
      inputs.clear();
      params.reserve(here.size());
      // The instants inside the month at which some switch changes.
      marks.assign(1, piece.from_s);
      for (double t : regime.change_times())
        if (t > piece.from_s && t < piece.to_s) marks.push_back(t);
      marks.push_back(piece.to_s);
      for (const Flow* fl : here) {
        params.push_back(fl->params);
        const double cap = s.routes[fl->route].passenger_capacity;
        const double asked = seats_asked[fl->lane];
        if (asked > cap) params.back().seats_per_sailing *= cap / asked;
        double open_s = 0;
        for (std::size_t k = 0; k + 1 < marks.size(); ++k)
          if (regime.flow_open(*fl->spec, marks[k])) open_s += marks[k + 1] - marks[k];
        const double sailings = open_arrivals(*fl, piece, marks);
        double extra = 0;
        for (const auto& [t, e] : tours)
          if (e->subject == fl->spec->name && t >= piece.from_s && t < piece.to_s &&
              regime.flow_open(*fl->spec, t))
            extra += e->visitors;
        sectors::VisitorFlowInput in{nullptr, open_s > 0 || extra > 0, sailings, extra};
        in.open_share = open_s / (piece.to_s - piece.from_s);
        inputs.push_back(in);
      }
      for (std::size_t k = 0; k < inputs.size(); ++k) inputs[k].params = &params[k];
      const auto step = sectors::tourism_step(piece.span, beds, inputs);
      v += step.visitors;
      vj += step.visitors_japan;
      vr += step.visitors_russia;
      nights += step.visitor_nights;
      for (std::size_t k = 0; k < here.size(); ++k) {
        const Flow& fl = *here[k];
        book("tourism", fl.spec->project, spec.sector, Booking::visitor_sale, "visitors",
             step.flows[k].visitor_days, "visitor-days", fl.params.spending_per_visitor_day);
        total.visitor_spending += step.flows[k].spending;
        visitor_days[island] += step.flows[k].visitor_days;
      }
    }
    const std::string& name = s.regions[island].name;
    measure(f, name, spec.sector, "visitors", unit, v);
    measure(f, name, spec.sector, "visitors_japan", unit, vj);
    measure(f, name, spec.sector, "visitors_russia", unit, vr);
    measure(f, name, spec.sector, "visitor_nights", units.nights, nights);
    total.visitors += v;
  }
  // Arrivals before the next period's start are no longer needed.
  for (auto& arr : arrivals)
    arr.erase(std::remove_if(arr.begin(), arr.end(), [&](double t) { return t < f.end_s; }),
              arr.end());
}

}  // namespace jez::world
