#include "world/activities.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <stdexcept>

#include "sectors/month_span.hpp"
#include "world/activities_impl.hpp"

namespace jez::world {

std::vector<Piece> cut_pieces(const Calendar& calendar, double a, double b,
                              const std::vector<double>& cuts, double max_days) {
  std::vector<Piece> pieces;
  std::vector<double> marks;
  cut_pieces(calendar, a, b, cuts, max_days, pieces, marks);
  return pieces;
}

void cut_pieces(const Calendar& calendar, double a, double b, const std::vector<double>& cuts,
                double max_days, std::vector<Piece>& pieces, std::vector<double>& marks) {
  marks.assign(1, a);
  for (double t : cuts)
    if (t > a && t < b) marks.push_back(t);
  if (max_days > 0)
    for (double t = a + max_days * kDaySeconds; t < b; t += max_days * kDaySeconds)
      marks.push_back(t);
  marks.push_back(b);
  std::sort(marks.begin(), marks.end());
  marks.erase(std::unique(marks.begin(), marks.end()), marks.end());
  const sectors::TimeOrigin origin{calendar.start().year, calendar.start().month};
  pieces.clear();
  for (std::size_t i = 0; i + 1 < marks.size(); ++i)
    for (const auto& span : sectors::month_spans(origin, marks[i], marks[i + 1])) {
      const double month_s = calendar.seconds_at(span.year, span.month, 1);
      pieces.push_back(
          {month_s + span.day_from * kDaySeconds, month_s + span.day_to * kDaySeconds, span});
    }
}

int Activities::Impl::region(const std::string& name) const {
  for (std::size_t i = 0; i < s.regions.size(); ++i)
    if (s.regions[i].name == name) return int(i);
  throw std::invalid_argument("no region named '" + name + "'");
}

std::string Activities::Impl::per_period(const std::string& unit) const {
  const int m = s.time.step_months;
  return fmt::format("{}/{}", unit, m == 1 ? "month" : m == 3 ? "quarter" : "year");
}

Activities::Activities(const Scenario& s, const Calendar& calendar, const RegimeTimeline& regime,
                       const std::vector<RouteWeather>& weather, FreightBooks& freight,
                       EventLog& log)
    : impl_(std::make_unique<Impl>(s, calendar, regime, weather, freight, log)) {
  Impl& m = *impl_;
  m.arrivals.resize(2 * s.routes.size());
  m.harvest_t.assign(s.regions.size(), 0);
  m.greenhouse_t.assign(s.regions.size(), 0);
  m.fog_route_of_region.assign(s.regions.size(), -1);
  m.grid_of_region.assign(s.regions.size(), -1);
  m.unserved_share.assign(s.regions.size(), 0);
  for (std::size_t r = s.routes.size(); r-- > 0;)
    for (const std::string& end : {s.routes[r].from, s.routes[r].to})
      m.fog_route_of_region[m.region(end)] = int(r);
  m.build_aquaculture();
  m.build_greenhouses();
  m.build_power();
  m.build_tourism();
  m.build_waste();
  m.plan_static();
  if (s.activities.tourism)  // logged after the others, as they always were
    for (const auto& f : s.activities.tourism->flows)
      if (!f.project.empty()) m.log_online(f.project, f.online);
}

Activities::~Activities() = default;

void Activities::Impl::plan_static() {
  // Cut where something about the farms or greenhouses changes, and nowhere else.
  std::vector<std::string> names = {"all", "aquaculture", "greenhouse"};
  for (const auto& f : farms) names.push_back(f.spec->name);
  for (const auto& g : greenhouses) names.push_back(g.spec->name);
  production_cuts = regime.change_times_of(names);
  for (const auto& f : farms)
    production_cuts.push_back(regime.online_s(f.spec->name, f.spec->online));
  for (const auto& g : greenhouses)
    production_cuts.push_back(regime.online_s(g.spec->name, g.spec->online));
  diseases = regime.of_kind(EventKind::disease);
  for (const auto& [t, e] : diseases) production_cuts.push_back(t);
  // The grids' dispatch is cut where wind is switched.
  std::vector<std::string> wind = {"all", "wind"};
  for (const auto& w : winds) wind.push_back(w.spec->name);
  power_cuts = regime.change_times_of(wind);
  tours = regime.of_kind(EventKind::pilot_tour);
  units = {per_period("t"), per_period("count"), per_period("MWh"), per_period("nights"),
           per_period(s.economy.currency)};
}

void Activities::Impl::log_online(const std::string& name, const std::optional<YearMonth>& online) {
  const double t = regime.online_s(name, online);
  if (t > 0) log.add(t, "project_online", name, "capacity comes online");
}

void Activities::open_period(double a, double b) {
  Impl& m = *impl_;
  cut_pieces(m.calendar, a, b, m.production_cuts, 7, m.week_pieces, m.cut_marks);
  for (const Piece& piece : m.week_pieces) {
    m.step_farms(piece, m.diseases);
    m.step_greenhouses(piece);
  }
}

void Activities::open_month(double a, double b) {
  impl_->open_power_month(a, b);
}

void Activities::record_sailing(int lane, double arrival_s) {
  impl_->arrivals[lane].push_back(arrival_s);
}

void Activities::take_delivery(const std::vector<Lot>& lots, double now_s) {
  Impl& m = *impl_;
  for (const Lot& lot : lots) {
    switch (lot.cls) {
      case FreightClass::fuel:
      case FreightClass::parts:
        m.take_power_delivery(lot, now_s);
        break;
      case FreightClass::perishable:
        m.book_perishable(lot, Booking::delivered);
        break;
      case FreightClass::waste:
        break;
    }
  }
}

void Activities::log_spoiled(const std::vector<Lot>& lots, double now_s, const char* where) {
  for (const Lot& lot : lots) {
    if (impl_->log.enabled())
      impl_->log.add(now_s, "cargo_spoiled", lot.subject,
                     fmt::format("{:.3f} t of {} {}", lot.t, class_name(lot.cls), where));
    if (lot.cls == FreightClass::perishable) impl_->book_perishable(lot, Booking::spoiled);
  }
}

void Activities::close_month(double a, double b) {
  impl_->dispatch_month(a, b);
}

const std::vector<double>& Activities::unserved_share() const {
  return impl_->unserved_share;
}

void Activities::close_period(PeriodFlows& f, const FreightCounts& freight) {
  Impl& m = *impl_;
  // `f` is the buffer of the last period: its channels are written over in place.
  m.measures_n = 0;
  f.capacity.clear();
  std::vector<double> visitor_days(m.s.regions.size(), 0);
  m.close_tourism(f, visitor_days);
  m.close_power(f);
  m.close_waste(f, visitor_days);

  const auto& a = m.s.activities;
  const std::string& t_unit = m.units.t;
  for (std::size_t r = 0; r < m.s.regions.size(); ++r) {
    const std::string& n = m.s.regions[r].name;
    if (a.aquaculture && m.s.regions[r].kind == RegionKind::island)
      m.measure(f, n, a.aquaculture->sector, "harvest", t_unit, m.harvest_t[r]);
    if (a.greenhouse && m.s.regions[r].kind == RegionKind::island)
      m.measure(f, n, a.greenhouse->sector, "greenhouse_yield", t_unit, m.greenhouse_t[r]);
    if (freight.spoiled_t[r] > 0)
      m.measure(f, n, "freight", "cargo_spoiled", t_unit, freight.spoiled_t[r]);
  }
  std::fill(m.harvest_t.begin(), m.harvest_t.end(), 0.0);
  std::fill(m.greenhouse_t.begin(), m.greenhouse_t.end(), 0.0);
  const std::string& count_unit = m.units.count;
  for (std::size_t r = 0; r < f.routes.size(); ++r) {
    f.routes[r].shipped_t += freight.shipped_t[r];
    f.routes[r].delivered_t += freight.delivered_t[r];
    f.routes[r].returned_t += freight.returned_t[r];
    f.routes[r].spoiled_t += freight.spoiled_at_sea_t[r];
    m.measure(f, m.s.routes[r].name, "transport", "sailings_delayed", count_unit,
              f.routes[r].sailings_delayed);
  }
  m.close_fish(f);
  f.measures.resize(m.measures_n);
  m.lines.resize(m.lines_n);
  f.accounts.swap(m.lines);  // the last period's lines serve this one's
  m.lines_n = 0;
  // Every project, in the scenario's order, with whether it operated at the period's end (the
  // coupling fills in its revenue from the accounts).
  std::size_t n = 0;
  const auto operation = [&](const std::string& name, bool operating) {
    if (n == f.projects.size()) f.projects.emplace_back();
    PeriodFlows::ProjectOperation& p = f.projects[n++];
    p.project = name;  // into the string's room
    p.revenue = p.bought = 0;
    p.operating = operating;
  };
  auto project = [&](const std::string& activity, const std::string& name,
                     const std::optional<YearMonth>& online) {
    operation(name, m.regime.operating(activity, name, online, f.end_s - 1));
  };
  if (a.aquaculture)
    for (const auto& p : a.aquaculture->projects) project("aquaculture", p.name, p.online);
  if (a.greenhouse)
    for (const auto& p : a.greenhouse->projects) project("greenhouse", p.name, p.online);
  if (a.power)
    for (const auto& p : a.power->wind_projects) project("wind", p.name, p.online);
  if (a.waste)
    for (const auto& p : a.waste->projects) project("waste", p.name, p.online);
  if (a.tourism)
    for (const auto& fl : a.tourism->flows)
      if (!fl.project.empty()) operation(fl.project, m.regime.flow_open(fl, f.end_s - 1));
  f.projects.resize(n);
}

std::vector<SummaryMetric> Activities::summary() const {
  const Impl& m = *impl_;
  const auto& a = m.s.activities;
  const auto& t = m.total;
  std::vector<SummaryMetric> out;
  if (a.tourism) out.push_back({"visitors_total", "visitors", t.visitors});
  if (a.aquaculture) out.push_back({"aquaculture_harvest_total", "t", t.harvest_t});
  if (a.greenhouse) {
    out.push_back({"greenhouse_output_total", "t", t.greenhouse_t});
    out.push_back({"greenhouse_energy_total", "MWh", t.greenhouse_mwh});
    if (a.power) {
      out.push_back({"greenhouse_diesel_total", "t", t.greenhouse_fuel_t});
      out.push_back({"greenhouse_co2_total", "t", t.greenhouse_co2_t});
    }
  }
  if (a.power) {
    out.push_back({"wind_energy_total", "MWh", t.wind_mwh});
    out.push_back({"diesel_energy_total", "MWh", t.diesel_mwh});
    out.push_back({"diesel_saved_total", "t", t.fuel_saved_t});
    out.push_back({"co2_total", "t", t.co2_t});
    out.push_back({"co2_avoided_total", "t", t.co2_avoided_t});
    out.push_back({"unserved_energy_total", "MWh", t.unserved_mwh});
    out.push_back({"fuel_delivered_total", "t", t.fuel_delivered_t});
    out.push_back({"fuel_stockout_months", "count", t.stockout_months});
    out.push_back({"turbine_outages_total", "count", t.outages});
  }
  if (a.waste) out.push_back({"waste_treated_total", "t", t.waste_treated_t});
  out.push_back({"cargo_spoiled_total", "t", m.freight.spoiled_total_t()});
  return out;
}

}  // namespace jez::world
