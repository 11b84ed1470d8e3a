// The island grids in the world: fuel ordered up to the tank each month and delivered by the
// sailings, turbine failures drawn from each wind project's stream and repaired when the parts
// arrive, and each month's dispatch of geothermal, wind and diesel with the fuel in hand. Wind
// energy is sold to the power sector, and the diesel it saves is imports the power sector no
// longer buys.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "world/activities_impl.hpp"

namespace jez::world {

void Activities::Impl::build_power() {
  if (!s.activities.power) return;
  const auto& p = *s.activities.power;
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
    grid_of_region[region(g.island)] = int(grids.size());
    grids.push_back(
        {&g, params, region(g.island), region(g.fuel_hub), g.fuel_stock_t * 1000, 0, {}, 0, 0, {}});
  }
  for (const auto& w : p.wind_projects) {
    int grid = 0;
    while (grids[grid].spec->island != w.island) ++grid;
    const int turbines = std::max(1, int(std::ceil(w.capacity_kw / p.turbine_kw - 1e-9)));
    RandomStream rng(s.seed, "outage/" + w.name);
    const double first =
        p.turbine_mtbf_h > 0 ? rng.exponential(p.turbine_mtbf_h / turbines) * 3600 : kInf;
    winds.push_back({&w, grid, turbines, rng, first});
    log_online(w.name, w.online);
  }
}

void Activities::Impl::open_power_month(double a, double b) {
  // Turbine failures in the month: one turbine down until parts arrive and it is repaired.
  if (s.activities.power) {
    const auto& p = *s.activities.power;
    for (std::size_t w = 0; w < winds.size(); ++w) {
      auto& wf = winds[w];
      for (; wf.next_failure_s < b;
           wf.next_failure_s += wf.rng.exponential(p.turbine_mtbf_h / wf.turbines) * 3600) {
        const double t = wf.next_failure_s;
        if (!regime.operating("wind", wf.spec->name, wf.spec->online, t)) continue;
        int down = 0;
        for (const auto& o : outages) down += o.wind == int(w) && o.repaired_s > t;
        if (down >= wf.turbines) continue;
        outages.push_back({int(w), t});
        total.outages += 1;
        const auto& g = grids[wf.grid];
        freight.add({FreightClass::parts, int(outages.size() - 1), wf.spec->name, g.hub, g.island,
                     p.parts_t, t});
        log.add(t, "turbine_failed", wf.spec->name, "one turbine down; parts ordered");
      }
    }
  }
  // Fuel: each grid orders up to its tank, less what is already on its way.
  for (std::size_t i = 0; i < grids.size(); ++i) {
    const auto& g = grids[i];
    const double order_t = g.spec->fuel_tank_t - g.fuel_stock_kg / 1000 -
                           freight.pending_t(FreightClass::fuel, int(i));
    if (order_t > 0.005 * g.spec->fuel_tank_t)
      freight.add({FreightClass::fuel, int(i), g.spec->island, g.hub, g.island,
                   std::floor(order_t * 1000) / 1000, a});
  }
}

void Activities::Impl::take_power_delivery(const Lot& lot, double now_s) {
  if (lot.cls == FreightClass::fuel) {
    grids[lot.owner].fuel_stock_kg += lot.t * 1000;
    grids[lot.owner].delivered_t += lot.t;
    total.fuel_delivered_t += lot.t;
    return;
  }
  auto& o = outages[lot.owner];
  if (o.repaired_s < kInf) return;
  o.repaired_s = now_s + s.activities.power->repair_days * kDaySeconds;
  log.add(o.repaired_s, "turbine_repaired", lot.subject, "parts arrived; back in service");
}

void Activities::Impl::dispatch_month(double a, double b) {
  if (grids.empty()) return;
  const auto& p = *s.activities.power;
  cut_pieces(calendar, a, b, power_cuts, 0, power_pieces, cut_marks);
  const std::vector<Piece>& pieces = power_pieces;  // every grid's
  for (std::size_t gi = 0; gi < grids.size(); ++gi) {
    Grid& g = grids[gi];
    const Region& island = s.regions[g.island];
    const sectors::Dispatch before = g.sum;
    const double saved_before = g.projects_saved_kg;
    std::vector<double> wind_mwh_of(winds.size(), 0);
    for (const Piece& piece : pieces) {
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
      const double step_stock_kg = g.fuel_stock_kg;
      const auto step = sectors::grid_step(params, piece.span, demand, up_kw, step_stock_kg);
      const auto& d = step.with_wind;
      // The greenhouses' share of the diesel and CO2: the same grid without their demand.
      if (const double gh = greenhouse * piece.span.fraction_of_month(); gh > 0) {
        const auto without =
            sectors::grid_step(params, piece.span, demand - gh, up_kw, g.fuel_stock_kg).with_wind;
        g.greenhouse_fuel_kg += d.fuel_burned_kg - without.fuel_burned_kg;
        g.greenhouse_co2_t += d.co2_t - without.co2_t;
      }
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
      // The installed wind's saving is in the table already: only the projects' wind saves
      // imports the table does not know of.
      g.projects_saved_kg += g.spec->wind_kw > 0 ? sectors::dispatch(params, piece.span, demand,
                                                                     g.spec->wind_kw, step_stock_kg)
                                                           .fuel_burned_kg -
                                                       d.fuel_burned_kg
                                                 : step.fuel_saved_kg;
      for (std::size_t w = 0; w < winds.size(); ++w)
        if (up_kw > 0) wind_mwh_of[w] += d.wind_mwh * up_of[w] / up_kw;
    }
    for (auto it = g.greenhouse_mwh.begin(); it != g.greenhouse_mwh.end();)
      it = calendar.seconds_at(YearMonth::from_index(it->first).plus(1)) <= b
               ? g.greenhouse_mwh.erase(it)
               : std::next(it);
    // The projects' wind is sold to the power sector at the grid's price for it; the diesel it
    // saves is fuel the power sector no longer imports. The installed wind (wind_kw) generates
    // but sells nothing and saves no imports here: its sales and savings are in the table.
    for (std::size_t w = 0; w < winds.size(); ++w)
      if (winds[w].grid == int(gi))
        book("power", winds[w].spec->name, p.wind_sector, Booking::sector_sale, p.sector,
             wind_mwh_of[w], "MWh", p.wind_tariff_rub_per_kwh * 1000);
    if (!p.sector.empty())
      book("power", "", p.sector, Booking::imports_saved, p.sector,
           (g.projects_saved_kg - saved_before) / 1000, "t", p.fuel_price_rub_per_kg * 1000);
    const double unserved = g.sum.unserved_mwh - before.unserved_mwh;
    const double demanded = g.sum.demand_mwh - before.demand_mwh;
    unserved_share[g.island] = demanded > 0 ? unserved / demanded : 0.0;
    if (unserved > 0) {
      if (log.enabled())
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
  const std::string &mwh = units.mwh, &t_unit = units.t;
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
    if (!greenhouses.empty()) {
      measure(f, n, "power", "greenhouse_fuel", t_unit, g.greenhouse_fuel_kg / 1000);
      measure(f, n, "power", "greenhouse_co2", t_unit, g.greenhouse_co2_t);
    }
    total.greenhouse_fuel_t += g.greenhouse_fuel_kg / 1000;
    total.greenhouse_co2_t += g.greenhouse_co2_t;
    g.greenhouse_fuel_kg = g.greenhouse_co2_t = 0;
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
    g.saved_kg = g.projects_saved_kg = g.avoided_t = 0;
  }
  // A stock-out cuts the sectors that need power by the share of the zone's energy unserved.
  const double served = demand_all > 0 ? 1 - unserved_all / demand_all : 1.0;
  if (served < 1) {
    const auto& table = s.economy.table;
    const double months = (f.end_s - f.start_s) / (365.25 / 12 * kDaySeconds);
    for (const std::string& sector : p.sectors_needing_power) {
      const double base = table.x[table.sector_index(sector)] / 12 * months;
      f.capacity.push_back({sector, base * served});
      measure(f, "zone", sector, "output_lost_power", units.money, base * (1 - served));
    }
  }
}

}  // namespace jez::world
