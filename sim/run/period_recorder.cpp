#include "run/period_recorder.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace jez {

namespace {

std::string period_word(int step_months) {
  return step_months == 1 ? "month" : step_months == 3 ? "quarter" : "year";
}

}  // namespace

// Some 600 rows a month share a few dozen texts: they are interned here once.
struct PeriodRecorder::Fixed {
  Label money_pp, tonnes_pp, count_pp, tonnes, persons, jobs, currency;
  Label zone, households, transport, fish_sector;
  std::vector<Label> islands, regions, routes, sectors;
  Label cargo_produced, cargo_shipped, cargo_delivered, cargo_stock, population, labour_force;
  Label sailings, sailings_cancelled, voyages_aborted;
  Label final_demand, output, value_added, labour_income, imports, unmet_demand, imports_final,
      tax_receipts, investment, capital, induced_consumption, investment_demand, exports_delivered;
};

std::vector<output::Label> PeriodRecorder::labels(const std::vector<std::string>& texts) {
  std::vector<Label> out;
  for (const auto& t : texts) out.push_back(label(t));
  return out;
}

PeriodRecorder::~PeriodRecorder() = default;

PeriodRecorder::PeriodRecorder(const Scenario& s, output::SeriesTable& rows, bool with_rows)
    : scenario_(s), rows_(rows), with_rows_(with_rows) {
  const std::string per = period_word(s.time.step_months);
  money_per_period_ = fmt::format("{}/{}", s.economy.currency, per);
  tonnes_per_period_ = fmt::format("t/{}", per);
  count_per_period_ = fmt::format("count/{}", per);
  with_capital_ = !s.investments.empty();
  first_year_end_ = s.time.start.plus(11);
  final_year_start_ = s.time.end.plus(-11);
  for (const auto& name : s.economy.table.sectors) by_sector_.push_back({name, 0, 0, 0});
  if (s.fish_exports) {
    for (const auto& p : s.fish_exports->plants) {
      island_of_plant_.push_back(p.island);
      if (std::find(islands_.begin(), islands_.end(), p.island) == islands_.end())
        islands_.push_back(p.island);
    }
  }
  auto f = std::make_unique<Fixed>();
  f->money_pp = label(money_per_period_);
  f->tonnes_pp = label(tonnes_per_period_);
  f->count_pp = label(count_per_period_);
  f->tonnes = label("t");
  f->persons = label("persons");
  f->jobs = label("jobs");
  f->currency = label(s.economy.currency);
  f->zone = label("zone");
  f->households = label("households");
  f->transport = label("transport");
  f->fish_sector = label(s.fish_exports ? s.fish_exports->sector : "");
  f->islands = labels(islands_);
  for (const Region& r : s.regions) f->regions.push_back(label(r.name));
  for (const auto& r : s.routes) f->routes.push_back(label(r.name));
  f->sectors = labels(s.economy.table.sectors);
  for (auto [l, text] : std::initializer_list<std::pair<Label*, const char*>>{
           {&f->cargo_produced, "cargo_produced"},
           {&f->cargo_shipped, "cargo_shipped"},
           {&f->cargo_delivered, "cargo_delivered"},
           {&f->cargo_stock, "cargo_stock"},
           {&f->population, "population"},
           {&f->labour_force, "labour_force"},
           {&f->sailings, "sailings"},
           {&f->sailings_cancelled, "sailings_cancelled"},
           {&f->voyages_aborted, "voyages_aborted"},
           {&f->final_demand, "final_demand"},
           {&f->output, "output"},
           {&f->value_added, "value_added"},
           {&f->labour_income, "labour_income"},
           {&f->imports, "imports"},
           {&f->unmet_demand, "unmet_demand"},
           {&f->imports_final, "imports_final"},
           {&f->tax_receipts, "tax_receipts"},
           {&f->investment, "investment"},
           {&f->capital, "capital"},
           {&f->induced_consumption, "induced_consumption"},
           {&f->investment_demand, "investment_demand"},
           {&f->exports_delivered, "exports_delivered"}})
    *l = label(text);
  fixed_ = std::move(f);
}

void PeriodRecorder::record_world(const world::PeriodFlows& f) {
  const Fixed& x = *fixed_;
  const Label date = label(f.month.str());
  // Fish cargo by island: plants on one island are summed.
  for (size_t k = 0; k < islands_.size(); ++k) {
    const std::string& island = islands_[k];
    double produced = 0, shipped = 0, delivered = 0, stock = 0;
    for (size_t p = 0; p < island_of_plant_.size(); ++p) {
      if (island_of_plant_[p] != island) continue;
      produced += f.produced_t[p];
      shipped += f.shipped_t[p];
      delivered += f.delivered_t[p];
      stock += f.stock_t[p];
    }
    const Label at = x.islands[k];
    add(date, at, x.fish_sector, x.cargo_produced, x.tonnes_pp, produced);
    add(date, at, x.fish_sector, x.cargo_shipped, x.tonnes_pp, shipped);
    add(date, at, x.fish_sector, x.cargo_delivered, x.tonnes_pp, delivered);
    add(date, at, x.fish_sector, x.cargo_stock, x.tonnes, stock);
    produced_t += produced;
    shipped_t += shipped;
    delivered_t += delivered;
  }
  if (with_rows_) {
    const output::Labels& texts = rows_.labels();
    for (std::size_t k = 0; k < f.measures.size(); ++k) {
      const world::PeriodFlows::Measure& m = f.measures[k];
      // A new measure starts with the date as each label, checked by its text like the rest.
      if (k == measure_labels_.size()) measure_labels_.push_back({date, date, date, date});
      MeasureLabels& l = measure_labels_[k];
      if (!output::same_text(texts.text(l.region), m.region) ||
          !output::same_text(texts.text(l.sector), m.sector) ||
          !output::same_text(texts.text(l.variable), m.variable) ||
          !output::same_text(texts.text(l.unit), m.unit))
        l = {label(m.region), label(m.sector), label(m.variable), label(m.unit)};
      rows_.add(date, l.region, l.sector, l.variable, l.unit, m.value);
    }
  }
  for (size_t g = 0; g < scenario_.regions.size(); ++g) {  // residents, as the world uses them
    const Region& r = scenario_.regions[g];
    if (r.kind != RegionKind::island) continue;
    add(date, x.regions[g], x.households, x.population, x.persons, r.residents(f.month));
    if (!r.labour_force_path.empty())
      add(date, x.regions[g], x.households, x.labour_force, x.persons, r.labour_force(f.month));
  }
  stock_end_t = 0;
  for (double s : f.stock_t) stock_end_t += s;
  for (size_t r = 0; r < scenario_.routes.size(); ++r) {
    const auto& rf = f.routes[r];
    const Label route = x.routes[r];
    add(date, route, x.transport, x.sailings, x.count_pp, rf.sailings);
    add(date, route, x.transport, x.sailings_cancelled, x.count_pp, rf.sailings_cancelled);
    add(date, route, x.transport, x.voyages_aborted, x.count_pp, rf.voyages_aborted);
    add(date, route, x.transport, x.cargo_shipped, x.tonnes_pp, rf.shipped_t);
    add(date, route, x.transport, x.cargo_delivered, x.tonnes_pp, rf.delivered_t);
    sailings += rf.sailings;
    sailings_cancelled += rf.sailings_cancelled;
    voyages_aborted += rf.voyages_aborted;
  }
}

void PeriodRecorder::record_economy(const world::PeriodFlows& f, const economy::PeriodAccounts& a,
                                    double exports_value, const Extras& x) {
  const Fixed& l = *fixed_;
  const Label date = label(f.month.str());
  const auto& sectors = scenario_.economy.table.sectors;
  const Label zone = l.zone, money = l.money_pp;
  for (size_t i = 0; i < sectors.size(); ++i) {
    const Label sector = l.sectors[i];
    add(date, zone, sector, l.final_demand, money, a.final_demand[i]);
    add(date, zone, sector, l.output, money, a.output[i]);
    add(date, zone, sector, l.value_added, money, a.value_added[i]);
    add(date, zone, sector, l.labour_income, money, a.labour_income[i]);
    add(date, zone, sector, l.imports, money, a.imports[i]);
    add(date, zone, sector, l.jobs, l.jobs, a.jobs[i]);
    add(date, zone, sector, l.unmet_demand, money, a.unmet_demand[i]);
    add(date, zone, sector, l.imports_final, money, x.imports_final[i]);
    add(date, zone, sector, l.tax_receipts, money, a.taxes[i]);
    if (with_capital_) {
      add(date, zone, sector, l.investment, money, x.investment[i]);
      add(date, zone, sector, l.capital, l.currency, x.capital[i]);
    }
    if (scenario_.economy.households_endogenous)
      add(date, zone, sector, l.induced_consumption, money, a.induced_consumption[i]);
    if (scenario_.economy.lagged)
      add(date, zone, sector, l.investment_demand, money, a.investment_demand[i]);
  }
  if (scenario_.fish_exports)
    add(date, zone, l.fish_sector, l.exports_delivered, money, exports_value);
  export_revenue += exports_value;

  const int months =
      std::min(scenario_.time.step_months, scenario_.time.end.index() - f.month.index() + 1);
  auto accumulate = [&](Totals& t) {
    t.grp += a.value_added.sum();
    t.output += a.output.sum();
    t.labour_income += a.labour_income.sum();
    t.imports += a.imports.sum();
    t.jobs_sum += a.jobs.sum();
    t.imports_final += x.imports_final.sum();
    t.unmet_demand += a.unmet_demand.sum();
    t.taxes += a.taxes.sum();
    t.periods += 1;
    t.months += months;
  };
  accumulate(horizon_);
  if (f.month <= first_year_end_) accumulate(first_year_);
  if (f.month >= final_year_start_) {
    accumulate(final_year_);
    for (size_t i = 0; i < sectors.size(); ++i) {
      by_sector_[i].output += a.output[i];
      by_sector_[i].value_added += a.value_added[i];
      by_sector_[i].jobs += a.jobs[i];
    }
  }
}

}  // namespace jez
