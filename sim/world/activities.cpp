#include "world/activities.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "sectors/month_span.hpp"
#include "world/activities_impl.hpp"

namespace jez::world {

std::vector<Piece> cut_pieces(const Calendar& calendar, double a, double b,
                              const std::vector<double>& cuts, double max_days) {
  std::vector<double> marks = {a};
  for (double t : cuts)
    if (t > a && t < b) marks.push_back(t);
  if (max_days > 0)
    for (double t = a + max_days * kDaySeconds; t < b; t += max_days * kDaySeconds)
      marks.push_back(t);
  marks.push_back(b);
  std::sort(marks.begin(), marks.end());
  marks.erase(std::unique(marks.begin(), marks.end()), marks.end());
  const sectors::TimeOrigin origin{calendar.start().year, calendar.start().month};
  std::vector<Piece> pieces;
  for (std::size_t i = 0; i + 1 < marks.size(); ++i)
    for (const auto& span : sectors::month_spans(origin, marks[i], marks[i + 1])) {
      const double month_s = calendar.seconds_at(span.year, span.month, 1);
      pieces.push_back(
          {month_s + span.day_from * kDaySeconds, month_s + span.day_to * kDaySeconds, span});
    }
  return pieces;
}

int Activities::Impl::region(const std::string& name) const {
  for (std::size_t i = 0; i < s.regions.size(); ++i)
    if (s.regions[i].name == name) return int(i);
  throw std::invalid_argument("no region named '" + name + "'");
}

std::string Activities::Impl::per_period(const char* unit) const {
  const int m = s.time.step_months;
  return fmt::format("{}/{}", unit, m == 1 ? "month" : m == 3 ? "quarter" : "year");
}

namespace {

// A sector model's refusal, with the project it came from.
template <class Fn>
auto checked(const std::string& where, Fn fn) {
  try {
    return fn();
  } catch (const std::invalid_argument& e) {
    throw std::invalid_argument(where + ": " + e.what());
  }
}

}  // namespace

Activities::Activities(const Scenario& s, const Calendar& calendar, const RegimeTimeline& regime,
                       const std::vector<RouteWeather>& weather, FreightBooks& freight,
                       EventLog& log)
    : impl_(std::make_unique<Impl>(s, calendar, regime, weather, freight, log)) {
  Impl& m = *impl_;
  const auto& a = s.activities;
  m.arrivals.resize(2 * s.routes.size());
  m.harvest_t.assign(s.regions.size(), 0);
  m.greenhouse_t.assign(s.regions.size(), 0);
  m.fog_route_of_region.assign(s.regions.size(), -1);
  m.grid_of_region.assign(s.regions.size(), -1);
  m.unserved_share.assign(s.regions.size(), 0);
  for (std::size_t r = s.routes.size(); r-- > 0;)
    for (const std::string& end : {s.routes[r].from, s.routes[r].to})
      m.fog_route_of_region[m.region(end)] = int(r);

  auto log_online = [&](const std::string& name, const std::optional<YearMonth>& online) {
    const double t = regime.online_s(name, online);
    if (t > 0) log.add(t, "project_online", name, "capacity comes online");
  };
  if (a.aquaculture)
    for (const auto& p : a.aquaculture->projects) {
      sectors::AquacultureSpecies sp{p.species,
                                     p.years_to_first_harvest,
                                     p.survival_per_year,
                                     p.yield_t_per_ha_year,
                                     p.harvest_months,
                                     p.seed_month,
                                     p.price_rub_per_kg * 1000};
      auto model = checked("sectors.aquaculture.projects." + p.name, [&] {
        return std::make_unique<sectors::AquacultureFarm>(p.area_ha, sp);
      });
      m.farms.push_back({&p, std::move(model), m.region(p.island), m.region(p.market)});
      log_online(p.name, p.online);
    }
  if (a.greenhouse) {
    const auto& g = *a.greenhouse;
    for (const auto& p : g.projects) {
      sectors::GreenhouseParams params;
      params.area_m2 = p.area_m2;
      params.yield_kg_per_m2_year = g.yield_kg_per_m2_year;
      params.relative_light = g.relative_light;
      params.fog_light_loss = g.fog_light_loss;
      params.heating_kwh_per_m2_month = g.heating_kwh_per_m2_month;
      params.lighting_kwh_per_m2_month = g.lighting_kwh_per_m2_month;
      checked("sectors.greenhouse.projects." + p.name, [&] {
        sectors::validate(params);
        return 0;
      });
      m.greenhouses.push_back({&p, params, m.region(p.island), m.region(p.market)});
      log_online(p.name, p.online);
    }
  }
  if (a.power) {
    const auto& p = *a.power;
    for (const auto& g : p.islands) {
      sectors::GridParams params;
      params.geothermal_kw = g.geothermal_kw;
      params.geothermal_availability = g.geothermal_availability;
      params.diesel_kw = g.diesel_kw;
      params.wind_capacity_factor = p.wind_capacity_factor;
      params.wind_penetration_limit = p.wind_penetration_limit;
      params.storage_round_trip_efficiency = p.storage_round_trip_efficiency;
      checked("sectors.power.islands." + g.island, [&] {
        sectors::validate(params);
        return 0;
      });
      m.grid_of_region[m.region(g.island)] = int(m.grids.size());
      m.grids.push_back({&g,
                         params,
                         m.region(g.island),
                         m.region(g.fuel_hub),
                         g.fuel_stock_t * 1000,
                         0,
                         {},
                         0,
                         0,
                         {}});
    }
    for (const auto& w : p.wind_projects) {
      int grid = 0;
      while (m.grids[grid].spec->island != w.island) ++grid;
      const int turbines = std::max(1, int(std::ceil(w.capacity_kw / p.turbine_kw - 1e-9)));
      RandomStream rng(s.seed, "outage/" + w.name);
      const double first =
          p.turbine_mtbf_h > 0 ? rng.exponential(p.turbine_mtbf_h / turbines) * 3600 : kInf;
      m.winds.push_back({&w, grid, turbines, rng, first});
      log_online(w.name, w.online);
    }
  }
  if (a.tourism)
    for (const auto& f : a.tourism->flows) {
      sectors::VisitorFlowParams params{
          f.name,
          f.side == "japan" ? sectors::VisitorSide::japan : sectors::VisitorSide::russia,
          f.visitors_per_year,
          f.season_months,
          f.nights_per_visit,
          f.seats_per_sailing,
          f.spending_rub_per_visitor_day};
      checked("sectors.tourism.flows." + f.name, [&] {
        sectors::validate(params);
        return 0;
      });
      int route = 0;
      while (s.routes[route].name != f.route) ++route;
      const int lane = 2 * route + (s.routes[route].to == f.island ? 0 : 1);
      m.flows.push_back({&f, params, m.region(f.island), route, lane});
    }
  if (a.waste) {
    for (const auto& w : a.waste->islands)
      m.wastes.push_back({&w, m.region(w.island), m.region(w.ship_to), {}});
    for (const auto& p : a.waste->projects) log_online(p.name, p.online);
  }
  if (a.tourism)
    for (const auto& f : a.tourism->flows)
      if (!f.project.empty()) log_online(f.project, f.online);
}

Activities::~Activities() = default;

void Activities::open_period(double a, double b) {
  Impl& m = *impl_;
  std::vector<double> cuts = m.regime.change_times();
  for (const auto& f : m.farms) cuts.push_back(m.regime.online_s(f.spec->name, f.spec->online));
  for (const auto& g : m.greenhouses)
    cuts.push_back(m.regime.online_s(g.spec->name, g.spec->online));
  const auto pieces = cut_pieces(m.calendar, a, b, cuts, 7);
  const auto diseases = m.regime.of_kind(EventKind::disease);

  for (const Piece& piece : pieces) {
    for (; m.next_disease < diseases.size() && diseases[m.next_disease].first <= piece.from_s;
         ++m.next_disease) {
      const ScriptedEvent& e = *diseases[m.next_disease].second;
      for (auto& f : m.farms)
        if (f.spec->name == e.subject) f.model->apply_disease_all(e.fraction_killed);
    }
    for (std::size_t i = 0; i < m.farms.size(); ++i) {
      auto& f = m.farms[i];
      if (piece.from_s < m.regime.online_s(f.spec->name, f.spec->online)) continue;
      const bool seeding =
          m.regime.operating("aquaculture", f.spec->name, f.spec->online, piece.from_s);
      const auto step = f.model->step(piece.span, seeding);
      if (step.harvest_t <= 0) continue;
      m.harvest_t[f.island] += step.harvest_t;
      m.total.harvest_t += step.harvest_t;
      m.freight.add({FreightClass::perishable, int(i), f.spec->name, f.island, f.market,
                     step.harvest_t, piece.to_s,
                     piece.to_s + f.spec->shelf_life_days * kDaySeconds});
    }
    // Greenhouses on one island share its vegetable demand, in the order listed.
    std::vector<double> demand_left(m.s.regions.size(), -1);
    for (std::size_t i = 0; i < m.greenhouses.size(); ++i) {
      auto& g = m.greenhouses[i];
      if (!m.regime.operating("greenhouse", g.spec->name, g.spec->online, piece.from_s)) continue;
      const auto& spec = *m.s.activities.greenhouse;
      if (demand_left[g.island] < 0)
        demand_left[g.island] = sectors::vegetable_demand_t(
            piece.span, m.s.regions[g.island].residents({piece.span.year, piece.span.month}),
            spec.vegetable_kg_per_head_year);
      const int route = m.fog_route_of_region[g.island];
      const double fog =
          route < 0 ? 0.0 : fog_day_share(m.weather[route].fog, piece.from_s, piece.to_s);
      const auto step = sectors::greenhouse_step(g.params, piece.span, fog, demand_left[g.island]);
      demand_left[g.island] -= step.local_sales_t;
      if (const int grid = m.grid_of_region[g.island]; grid >= 0)
        m.grids[grid].greenhouse_mwh[YearMonth{piece.span.year, piece.span.month}.index()] +=
            step.energy_mwh;
      m.greenhouse_t[g.island] += step.yield_t;
      m.total.greenhouse_t += step.yield_t;
      const double local = step.local_sales_t * 1000 * spec.price_rub_per_kg * m.money_per_rub;
      m.add_demand(spec.sector, "local_sales", local);
      m.revenue[g.spec->name] += local;
      m.freight.add({FreightClass::perishable, m.producer_of_greenhouse(int(i)), g.spec->name,
                     g.island, g.market, step.surplus_t, piece.to_s,
                     piece.to_s + spec.shelf_life_days * kDaySeconds});
    }
  }
}

void Activities::open_month(double a, double b) {
  Impl& m = *impl_;
  // Turbine failures in the month: one turbine down until parts arrive and it is repaired.
  if (m.s.activities.power) {
    const auto& p = *m.s.activities.power;
    for (std::size_t w = 0; w < m.winds.size(); ++w) {
      auto& wf = m.winds[w];
      for (; wf.next_failure_s < b;
           wf.next_failure_s += wf.rng.exponential(p.turbine_mtbf_h / wf.turbines) * 3600) {
        const double t = wf.next_failure_s;
        if (!m.regime.operating("wind", wf.spec->name, wf.spec->online, t)) continue;
        int down = 0;
        for (const auto& o : m.outages) down += o.wind == int(w) && o.repaired_s > t;
        if (down >= wf.turbines) continue;
        m.outages.push_back({int(w), t});
        m.total.outages += 1;
        const auto& g = m.grids[wf.grid];
        m.freight.add({FreightClass::parts, int(m.outages.size() - 1), wf.spec->name, g.hub,
                       g.island, p.parts_t, t});
        m.log.add(t, "turbine_failed", wf.spec->name, "one turbine down; parts ordered");
      }
    }
  }
  // Fuel: each grid orders up to its tank, less what is already on its way.
  for (std::size_t i = 0; i < m.grids.size(); ++i) {
    const auto& g = m.grids[i];
    const double order_t = g.spec->fuel_tank_t - g.fuel_stock_kg / 1000 -
                           m.freight.pending_t(FreightClass::fuel, int(i));
    if (order_t > 0.005 * g.spec->fuel_tank_t)
      m.freight.add({FreightClass::fuel, int(i), g.spec->island, g.hub, g.island,
                     std::floor(order_t * 1000) / 1000, a});
  }
}

void Activities::record_sailing(int route, int to, double arrival_s) {
  Impl& m = *impl_;
  const int lane = 2 * route + (m.s.routes[route].to == m.s.regions[to].name ? 0 : 1);
  m.arrivals[lane].push_back(arrival_s);
}

void Activities::take_delivery(const std::vector<Lot>& lots, double now_s) {
  Impl& m = *impl_;
  for (const Lot& lot : lots) {
    switch (lot.cls) {
      case FreightClass::fuel:
        m.grids[lot.owner].fuel_stock_kg += lot.t * 1000;
        m.grids[lot.owner].delivered_t += lot.t;
        m.total.fuel_delivered_t += lot.t;
        break;
      case FreightClass::parts: {
        auto& o = m.outages[lot.owner];
        if (o.repaired_s < kInf) break;
        o.repaired_s = now_s + m.s.activities.power->repair_days * kDaySeconds;
        m.log.add(o.repaired_s, "turbine_repaired", lot.subject, "parts arrived; back in service");
        break;
      }
      case FreightClass::perishable: {
        const bool farm = lot.owner < int(m.farms.size());
        const double price = farm ? m.farms[lot.owner].spec->price_rub_per_kg
                                  : m.s.activities.greenhouse->price_rub_per_kg;
        const std::string& sector =
            farm ? m.s.activities.aquaculture->sector : m.s.activities.greenhouse->sector;
        const double money = lot.t * 1000 * price * m.money_per_rub;
        m.add_demand(sector, "exports", money);
        m.revenue[lot.subject] += money;
        break;
      }
      case FreightClass::waste:
        break;
    }
  }
}

void Activities::log_spoiled(const std::vector<Lot>& lots, double now_s, const char* where) {
  for (const Lot& lot : lots)
    impl_->log.add(now_s, "cargo_spoiled", lot.subject,
                   fmt::format("{:.3f} t of {} {}", lot.t, class_name(lot.cls), where));
}

}  // namespace jez::world
