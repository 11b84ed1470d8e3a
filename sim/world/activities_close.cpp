// The period's end: visitors, power dispatch, waste, and the channels to the economy.
#include <fmt/format.h>

#include <algorithm>

#include "world/activities_impl.hpp"

namespace jez::world {

namespace {

void measure(PeriodFlows& f, const std::string& region, const std::string& sector,
             const char* variable, const std::string& unit, double value) {
  f.measures.push_back({region, sector, variable, unit, value});
}

}  // namespace

void Activities::Impl::close_tourism(PeriodFlows& f, std::vector<double>& visitor_days) {
  if (flows.empty()) return;
  const auto& spec = *s.activities.tourism;
  std::vector<double> cuts = regime.change_times();
  const auto tours = regime.of_kind(EventKind::pilot_tour);
  for (const auto& [t, e] : tours) cuts.push_back(t);
  // Seats: the flows on one lane share the route's passenger places.
  std::vector<double> seats_asked(arrivals.size(), 0);
  for (const auto& fl : flows) seats_asked[fl.lane] += fl.spec->seats_per_sailing;
  const std::string unit = per_period("count");
  for (std::size_t island = 0; island < s.regions.size(); ++island) {
    std::vector<const Flow*> here;
    for (const auto& fl : flows)
      if (fl.island == int(island)) here.push_back(&fl);
    if (here.empty()) continue;
    double beds = 1e12;  // an island without a bed count is not bed-limited
    for (const auto& b : spec.beds)
      if (b.island == s.regions[island].name) beds = b.beds;
    double v = 0, vj = 0, vr = 0, nights = 0;
    for (const Piece& piece : cut_pieces(calendar, f.start_s, f.end_s, cuts, 0)) {
      std::vector<sectors::VisitorFlowParams> params;
      std::vector<sectors::VisitorFlowInput> inputs;
      params.reserve(here.size());
      for (const Flow* fl : here) {
        params.push_back(fl->params);
        const double cap = s.routes[fl->route].passenger_capacity;
        const double asked = seats_asked[fl->lane];
        if (asked > cap) params.back().seats_per_sailing *= cap / asked;
        const auto& arr = arrivals[fl->lane];
        const double sailings = double(std::count_if(
            arr.begin(), arr.end(), [&](double t) { return t >= piece.from_s && t < piece.to_s; }));
        double extra = 0;
        for (const auto& [t, e] : tours)
          if (e->subject == fl->spec->name && t >= piece.from_s && t < piece.to_s)
            extra += e->visitors;
        inputs.push_back({nullptr, regime.flow_open(*fl->spec, piece.from_s), sailings, extra});
      }
      for (std::size_t k = 0; k < inputs.size(); ++k) inputs[k].params = &params[k];
      const auto step = sectors::tourism_step(piece.span, beds, inputs);
      v += step.visitors;
      vj += step.visitors_japan;
      vr += step.visitors_russia;
      nights += step.visitor_nights;
      for (std::size_t k = 0; k < here.size(); ++k) {
        const double money = step.flows[k].spending * money_per_rub;
        add_demand(spec.sector, "visitors", money);
        if (!here[k]->spec->project.empty()) revenue[here[k]->spec->project] += money;
        total.visitor_spending += money;
        visitor_days[island] += step.flows[k].visitor_days;
      }
    }
    const std::string& name = s.regions[island].name;
    measure(f, name, spec.sector, "visitors", unit, v);
    measure(f, name, spec.sector, "visitors_japan", unit, vj);
    measure(f, name, spec.sector, "visitors_russia", unit, vr);
    measure(f, name, spec.sector, "visitor_nights", per_period("nights"), nights);
    total.visitors += v;
  }
  // Arrivals before the next period's start are no longer needed.
  for (auto& arr : arrivals)
    arr.erase(std::remove_if(arr.begin(), arr.end(), [&](double t) { return t < f.end_s; }),
              arr.end());
}

void Activities::Impl::dispatch_month(double a, double b) {
  if (grids.empty()) return;
  const auto& p = *s.activities.power;
  for (std::size_t gi = 0; gi < grids.size(); ++gi) {
    Grid& g = grids[gi];
    const Region& island = s.regions[g.island];
    const sectors::Dispatch before = g.sum;
    std::vector<double> wind_mwh_of(winds.size(), 0);
    for (const Piece& piece : cut_pieces(calendar, a, b, regime.change_times(), 0)) {
      const int month = YearMonth{piece.span.year, piece.span.month}.index();
      const double greenhouse = g.greenhouse_mwh.count(month) ? g.greenhouse_mwh[month] : 0.0;
      const double demand = sectors::household_demand_mwh(
                                piece.span, island.residents({piece.span.year, piece.span.month}),
                                g.spec->mwh_per_resident_year, p.demand_monthly_weight) +
                            g.spec->sector_mwh_per_year * piece.span.fraction_of_year() +
                            greenhouse * piece.span.fraction_of_month();
      sectors::GridParams params = g.params;
      params.wind_kw += g.spec->wind_kw;  // the wind already installed runs whatever the regime
      double up_kw = g.spec->wind_kw;
      std::vector<double> up_of(winds.size(), 0);
      for (std::size_t w = 0; w < winds.size(); ++w) {
        const auto& wf = winds[w];
        if (wf.grid != int(gi) ||
            !regime.operating("wind", wf.spec->name, wf.spec->online, piece.from_s))
          continue;
        params.wind_kw += wf.spec->capacity_kw;
        params.storage_kwh += wf.spec->storage_kwh;
        double down_s = 0;  // turbine-seconds out of service in the piece
        for (const auto& o : outages)
          if (o.wind == int(w))
            down_s += std::max(
                0.0, std::min(o.repaired_s, piece.to_s) - std::max(o.fail_s, piece.from_s));
        const double down_kw = p.turbine_kw * down_s / (piece.to_s - piece.from_s);
        up_of[w] = std::max(0.0, wf.spec->capacity_kw - down_kw);
        up_kw += up_of[w];
      }
      const auto step = sectors::grid_step(params, piece.span, demand, up_kw, g.fuel_stock_kg);
      const auto& d = step.with_wind;
      g.fuel_stock_kg = step.fuel_stock_after_kg;
      g.sum.demand_mwh += d.demand_mwh;
      g.sum.geothermal_mwh += d.geothermal_mwh;
      g.sum.wind_mwh += d.wind_mwh;
      g.sum.diesel_mwh += d.diesel_mwh;
      g.sum.unserved_mwh += d.unserved_mwh;
      g.sum.fuel_burned_kg += d.fuel_burned_kg;
      g.sum.co2_t += d.co2_t;
      g.saved_kg += step.fuel_saved_kg;
      g.avoided_t += step.co2_avoided_t;
      for (std::size_t w = 0; w < winds.size(); ++w)
        if (up_kw > 0) wind_mwh_of[w] += d.wind_mwh * up_of[w] / up_kw;
    }
    for (auto it = g.greenhouse_mwh.begin(); it != g.greenhouse_mwh.end();)
      it = calendar.seconds_at(YearMonth::from_index(it->first).plus(1)) <= b
               ? g.greenhouse_mwh.erase(it)
               : std::next(it);
    double wind = 0;  // the projects' wind: the installed wind's sales are in the table
    for (std::size_t w = 0; w < winds.size(); ++w)
      if (winds[w].grid == int(gi)) {
        revenue[winds[w].spec->name] +=
            wind_mwh_of[w] * 1000 * p.wind_tariff_rub_per_kwh * money_per_rub;
        wind += wind_mwh_of[w];
      }
    if (wind > 0)
      add_demand(p.wind_sector, "power_sales",
                 wind * 1000 * p.wind_tariff_rub_per_kwh * money_per_rub);
    const double unserved = g.sum.unserved_mwh - before.unserved_mwh;
    const double demanded = g.sum.demand_mwh - before.demand_mwh;
    unserved_share[g.island] = demanded > 0 ? unserved / demanded : 0.0;
    if (unserved > 0) {
      log.add(b, "fuel_stockout", island.name,
              fmt::format("{:.1f} MWh unserved this month; fuel stock {:.1f} t", unserved,
                          g.fuel_stock_kg / 1000));
      total.stockout_months += 1;
    }
  }
}

void Activities::Impl::close_power(PeriodFlows& f) {
  if (grids.empty()) return;
  const auto& p = *s.activities.power;
  const std::string mwh = per_period("MWh"), t_unit = per_period("t");
  double demand_all = 0, unserved_all = 0;
  for (Grid& g : grids) {
    const sectors::Dispatch& sum = g.sum;
    const std::string& n = s.regions[g.island].name;
    measure(f, n, "power", "power_demand", mwh, sum.demand_mwh);
    measure(f, n, "power", "power_geothermal", mwh, sum.geothermal_mwh);
    measure(f, n, "power", "power_wind", mwh, sum.wind_mwh);
    measure(f, n, "power", "power_diesel", mwh, sum.diesel_mwh);
    measure(f, n, "power", "unserved_energy", mwh, sum.unserved_mwh);
    measure(f, n, "power", "fuel_stock", "t", g.fuel_stock_kg / 1000);
    measure(f, n, "power", "fuel_delivered", t_unit, g.delivered_t);
    measure(f, n, "power", "fuel_burned", t_unit, sum.fuel_burned_kg / 1000);
    measure(f, n, "power", "co2", t_unit, sum.co2_t);
    measure(f, n, "power", "diesel_saved", t_unit, g.saved_kg / 1000);
    measure(f, n, "power", "co2_avoided", t_unit, g.avoided_t);
    demand_all += sum.demand_mwh;
    unserved_all += sum.unserved_mwh;
    total.wind_mwh += sum.wind_mwh;
    total.diesel_mwh += sum.diesel_mwh;
    total.unserved_mwh += sum.unserved_mwh;
    total.fuel_saved_t += g.saved_kg / 1000;
    total.co2_avoided_t += g.avoided_t;
    total.co2_t += sum.co2_t;
    g.delivered_t = 0;
    g.sum = {};
    g.saved_kg = g.avoided_t = 0;
  }
  // A stock-out cuts the sectors that need power by the share of the zone's energy unserved.
  const double served = demand_all > 0 ? 1 - unserved_all / demand_all : 1.0;
  if (served < 1) {
    const auto& table = s.economy.table;
    const double months = (f.end_s - f.start_s) / (365.25 / 12 * kDaySeconds);
    for (const std::string& sector : p.sectors_needing_power) {
      const double base = table.x[table.sector_index(sector)] / 12 * months;
      f.capacity.push_back({sector, base * served});
      measure(f, "zone", sector, "output_lost_power", per_period(s.economy.currency.c_str()),
              base * (1 - served));
    }
  }
}

void Activities::Impl::close_waste(PeriodFlows& f, const std::vector<double>& visitor_days) {
  if (wastes.empty()) return;
  const auto& w = *s.activities.waste;
  const std::string t_unit = per_period("t");
  const double mid = (f.start_s + f.end_s) / 2;
  for (auto& wi : wastes) {
    double capacity = 0;
    std::vector<std::pair<std::string, double>> running;
    for (const auto& p : w.projects)
      if (p.island == wi.spec->island && regime.operating("waste", p.name, p.online, mid)) {
        capacity += p.treatment_t_per_year;
        running.push_back({p.name, p.treatment_t_per_year});
      }
    sectors::WasteParams params{
        wi.spec->resident_kg_per_day, wi.spec->visitor_kg_per_day, capacity,
        wi.spec->landfill_capacity_t, w.treatment_rub_per_t,       w.landfill_rub_per_t,
        w.shipping_rub_per_t};
    sectors::WasteStep sum;
    const auto pieces = cut_pieces(calendar, f.start_s, f.end_s, {}, 0);
    const double period_s = f.end_s - f.start_s;
    for (const Piece& piece : pieces) {
      const double share = (piece.to_s - piece.from_s) / period_s;
      const auto step =
          sectors::waste_step(params, wi.state, piece.span,
                              s.regions[wi.island].residents({piece.span.year, piece.span.month}),
                              visitor_days[wi.island] * share,
                              wi.spec->sector_t_per_year * piece.span.fraction_of_year());
      sum.generated_t += step.generated_t;
      sum.treated_t += step.treated_t;
      sum.landfilled_t += step.landfilled_t;
      sum.shipped_t += step.shipped_t;
      sum.treatment_rub += step.treatment_rub;
    }
    freight.add({FreightClass::waste, wi.island, wi.spec->island, wi.island, wi.hub, sum.shipped_t,
                 f.end_s});
    const double money = sum.treatment_rub * money_per_rub;
    add_demand(w.sector, "treatment", money);
    for (const auto& [name, cap] : running) revenue[name] += money * cap / capacity;
    const std::string& n = wi.spec->island;
    measure(f, n, w.sector, "waste_generated", t_unit, sum.generated_t);
    measure(f, n, w.sector, "waste_treated", t_unit, sum.treated_t);
    measure(f, n, w.sector, "waste_landfilled", t_unit, sum.landfilled_t);
    measure(f, n, w.sector, "waste_shipped", t_unit, sum.shipped_t);
    total.waste_treated_t += sum.treated_t;
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
  std::vector<double> visitor_days(m.s.regions.size(), 0);
  m.close_tourism(f, visitor_days);
  m.close_power(f);
  m.close_waste(f, visitor_days);

  const auto& a = m.s.activities;
  const std::string t_unit = m.per_period("t");
  for (std::size_t r = 0; r < m.s.regions.size(); ++r) {
    const std::string& n = m.s.regions[r].name;
    if (a.aquaculture && m.s.regions[r].kind == RegionKind::island)
      measure(f, n, a.aquaculture->sector, "harvest", t_unit, m.harvest_t[r]);
    if (a.greenhouse && m.s.regions[r].kind == RegionKind::island)
      measure(f, n, a.greenhouse->sector, "greenhouse_yield", t_unit, m.greenhouse_t[r]);
    if (freight.spoiled_t[r] > 0)
      measure(f, n, "freight", "cargo_spoiled", t_unit, freight.spoiled_t[r]);
  }
  std::fill(m.harvest_t.begin(), m.harvest_t.end(), 0.0);
  std::fill(m.greenhouse_t.begin(), m.greenhouse_t.end(), 0.0);
  for (std::size_t r = 0; r < f.routes.size(); ++r) {
    f.routes[r].shipped_t += freight.shipped_t[r];
    f.routes[r].delivered_t += freight.delivered_t[r];
    f.routes[r].returned_t += freight.returned_t[r];
    f.routes[r].spoiled_t += freight.spoiled_at_sea_t[r];
    measure(f, m.s.routes[r].name, "transport", "sailings_delayed", m.per_period("count"),
            f.routes[r].sailings_delayed);
  }
  for (const auto& [key, value] : m.demand)
    if (value != 0) f.demand.push_back({key.first, key.second, value});
  m.demand.clear();
  // Every project, in the scenario's order, with whether it operated at the period's end.
  auto project = [&](const std::string& activity, const std::string& name,
                     const std::optional<YearMonth>& online) {
    const auto it = m.revenue.find(name);
    f.projects.push_back({name, it == m.revenue.end() ? 0.0 : it->second,
                          m.regime.operating(activity, name, online, f.end_s - 1)});
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
      if (!fl.project.empty()) {
        const auto it = m.revenue.find(fl.project);
        f.projects.push_back({fl.project, it == m.revenue.end() ? 0.0 : it->second,
                              m.regime.flow_open(fl, f.end_s - 1)});
      }
  m.revenue.clear();
}

std::vector<SummaryMetric> Activities::summary() const {
  const Impl& m = *impl_;
  const auto& a = m.s.activities;
  const auto& t = m.total;
  std::vector<SummaryMetric> out;
  if (a.tourism) out.push_back({"visitors_total", "visitors", t.visitors});
  if (a.aquaculture) out.push_back({"aquaculture_harvest_total", "t", t.harvest_t});
  if (a.greenhouse) out.push_back({"greenhouse_output_total", "t", t.greenhouse_t});
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
