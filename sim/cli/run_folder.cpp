#include "cli/run_folder.hpp"

#include <fmt/format.h>

#include <map>
#include <optional>

#include "economy/multipliers.hpp"
#include "output/manifest.hpp"
#include "output/tables.hpp"
#include "scenario/loader.hpp"

namespace jez::cli {

namespace {

std::vector<output::FileEntry> file_entries() {
  return {
      {"manifest.json", "what produced this folder: version, command, scenario hash, seed", ""},
      {"scenario.resolved.yaml", "the scenario with every default and override applied", ""},
      {"timeseries.csv",
       "tidy series, one value per period, region, sector and variable; region_kind says what the "
       "region is: zone (the zone economy), island, hub (a mainland port), route, side (a "
       "country's share of the projects), project, mainland (a mainland region of "
       "economy.regions) or country (the sum of a country's mainland regions); date is the "
       "period's first month, YYYY-MM",
       "date,region,sector,variable,unit,value,region_kind"},
      {"summary.csv", "headline results; final_year means the last 12 months of the horizon",
       "metric,unit,value"},
      {"events.csv", "the discrete-event log: route closures, cancelled sailings, aborted voyages",
       "time_s,date,kind,subject,detail"},
      {"multipliers.csv", "the IO table's multipliers (Type I; Type II when the table allows)",
       "sector,output_type1,output_type2,income_effect,income_type1,income_type2,"
       "employment_effect,employment_type1,employment_type2,value_added_effect,"
       "value_added_type1"},
      {"units.csv", "the unit and meaning of every column of multipliers.csv",
       "file,column,unit,meaning"},
  };
}

// What each region of timeseries.csv is: the zone economy, an island or mainland hub, a route,
// a project or a side (a country owning shares of the projects).
std::map<std::string, std::string> region_kinds(const Scenario& s) {
  std::map<std::string, std::string> kinds{{"zone", "zone"}};
  for (const auto& r : s.regions) kinds[r.name] = r.kind == RegionKind::hub ? "hub" : "island";
  for (const auto& r : s.routes) kinds[r.name] = "route";
  for (const auto& i : s.investments) {
    kinds[i.project] = "project";
    for (const auto& [side, share] : i.owners) kinds[side] = "side";
  }
  if (s.economy.regions)
    for (const auto& m : s.economy.regions->mainland) {
      kinds[m.name] = "mainland";
      kinds["mainland_" + m.country] = "country";
    }
  return kinds;
}

std::string units_csv(const std::string& money) {
  std::string out = "file,column,unit,meaning\n";
  for (const auto& c : economy::multipliers_units(money))
    out += fmt::format("multipliers.csv,{},{},{}\n", output::csv_cell(c.column),
                       output::csv_cell(c.unit), output::csv_cell(c.meaning));
  return out;
}

}  // namespace

void write_run_folder(output::StagedFolder& folder, const Scenario& s, const RunResult& r,
                      const std::vector<std::string>& command_line, double wall_time_s) {
  folder.add("scenario.resolved.yaml", resolved_yaml(s));
  const auto kinds = region_kinds(s);
  folder.add("timeseries.csv", [&](const output::TextSink& sink) {
    output::write_timeseries_csv(r.timeseries, kinds, sink);
  });
  folder.add("summary.csv", output::summary_csv(r.summary));
  folder.add("events.csv",
             [&](const output::TextSink& sink) { output::write_events_csv(r.events, sink); });
  folder.add("multipliers.csv", r.multipliers_csv);
  folder.add("units.csv", units_csv(r.money_unit));

  output::Manifest m;
  m.jezsim_version = JEZ_VERSION;
  m.git_commit = JEZ_GIT_COMMIT;
  m.build_type = JEZ_BUILD_TYPE;
  m.command_line = command_line;
  m.scenario_path = std::filesystem::absolute(s.source).lexically_normal().string();
  m.scenario_sha256 = s.source_sha256.empty() ? sha256_hex_of_file(s.source) : s.source_sha256;
  m.scenario_name = s.name;
  m.seed = s.seed;
  m.started_utc = output::utc_now_iso8601();
  m.wall_time_s = wall_time_s;
  m.host = output::host_name();
  m.money_unit = r.money_unit;
  m.files = file_entries();
  folder.add("manifest.json", output::manifest_json(m));
}

namespace {

// A summary metric, or nothing when the run has none of that name.
std::optional<double> find_metric(const RunResult& r, const std::string& name) {
  for (const auto& m : r.summary)
    if (m.metric == name) return m.value;
  return std::nullopt;
}

}  // namespace

void print_run_summary(const Scenario& s, const RunResult& r, const std::filesystem::path& dir,
                       const std::string& program) {
  const std::string money = r.money_unit;
  auto metric = [&](const char* name) { return find_metric(r, name).value_or(0.0); };
  auto has = [&](const char* name) { return find_metric(r, name).has_value(); };
  fmt::print("jezsim {}: {} ({} to {}, {} periods, seed {})\n", JEZ_VERSION,
             s.title.empty() ? s.name : s.title, s.time.start.str(), s.time.end.str(),
             s.time.periods(), s.seed);

  fmt::print("\nHeadline, final year ({}):\n", r.final_year_label);
  fmt::print("  gross regional product   {:>12.1f} {}/year   (first year {:.1f})\n",
             metric("grp_final_year"), money, metric("grp_first_year"));
  fmt::print("  jobs                     {:>12.0f}              (first year {:.0f})\n",
             metric("jobs_final_year"), metric("jobs_first_year"));
  fmt::print("  labour income            {:>12.1f} {}/year\n", metric("labour_income_final_year"),
             money);
  fmt::print("  imports (leakage)        {:>12.1f} {}/year\n", metric("imports_final_year"), money);

  if (has("impact_grp_final_year")) {
    fmt::print("\nImpact of the joint projects against the counterfactual:\n");
    fmt::print(
        "  gross regional product   {:>+12.1f} {}/year in the final year, {:+.1f} {} over "
        "the run\n",
        metric("impact_grp_final_year"), money, metric("impact_grp_cumulative"), money);
    fmt::print("  jobs                     {:>+12.0f}              in the final year\n",
               metric("impact_jobs_final_year"));
  }
  if (has("investment_total") && metric("investment_total") > 0) {
    fmt::print("  investment               {:>12.1f} {}; NPV Japan {:.1f}, Russia {:.1f} {}\n",
               metric("investment_total"), money, metric("npv_japan"), metric("npv_russia"), money);
    // Each side in its own currency, at its own rate (finance: in the scenario).
    for (const auto& m : r.summary)
      if (m.metric.rfind("npv_japan_", 0) == 0 || m.metric.rfind("npv_russia_", 0) == 0)
        fmt::print("  NPV in own currency      {} {:.1f} {}\n", m.metric.substr(4), m.value,
                   m.unit);
    fmt::print("  tax receipts             Japan {:.1f}, Russia {:.1f} {} over the run\n",
               metric("tax_receipts_japan"), metric("tax_receipts_russia"), money);
  }

  fmt::print("\nOver the run:\n");
  if (s.fish_exports)
    fmt::print(
        "  fish delivered to market {:>12.0f} t ({:.0f} t ashore, {:.0f} t at sea at the "
        "end)\n",
        metric("fish_delivered_total"), metric("fish_stock_end"), metric("fish_in_transit_end"));
  if (has("visitors_total"))
    fmt::print("  visitors                 {:>12.0f}\n", metric("visitors_total"));
  if (has("wind_energy_total"))
    fmt::print(
        "  wind energy              {:>12.0f} MWh (diesel saved {:.0f} t, CO2 avoided {:.0f} "
        "t, unserved {:.0f} MWh)\n",
        metric("wind_energy_total"), metric("diesel_saved_total"), metric("co2_avoided_total"),
        metric("unserved_energy_total"));
  fmt::print("  sailings                 {:>12.0f}              ({:.0f} cancelled by closures)\n",
             metric("sailings_total"), metric("sailings_cancelled_total"));

  fmt::print("\nFinal year by sector:        output {:>8}/year        jobs\n", money);
  for (const auto& st : r.final_year_by_sector)
    fmt::print("  {:<20} {:>20.1f} {:>15.0f}\n", st.sector, st.output, st.jobs);

  fmt::print("\nFiles in {}/:\n", dir.string());
  fmt::print(
      "  summary.csv (headline metrics), timeseries.csv ({} rows), events.csv ({} events),\n"
      "  multipliers.csv, units.csv, scenario.resolved.yaml, manifest.json\n",
      r.timeseries.size(), r.events.size());
  fmt::print("Figures: {0} plot {1}   Report: {0} report {1}\n", program, dir.string());
}

}  // namespace jez::cli
