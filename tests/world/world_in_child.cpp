#include "world_in_child.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <stdexcept>

namespace jez::world::testing {

std::string in_child_process(const std::function<std::string()>& fn) {
  int fds[2];
  if (pipe(fds) != 0) throw std::runtime_error("pipe failed");
  std::fflush(nullptr);
  const pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    close(fds[0]);
    std::string out;
    int code = 0;
    try {
      out = fn();
    } catch (const std::exception& e) {
      out = std::string("child threw: ") + e.what();
      code = 3;
    }
    for (std::size_t done = 0; done < out.size();) {
      const ssize_t n = write(fds[1], out.data() + done, out.size() - done);
      if (n <= 0) _exit(4);
      done += std::size_t(n);
    }
    close(fds[1]);
    _exit(code);
  }
  close(fds[1]);
  std::string text;
  char buf[65536];
  for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;) text.append(buf, std::size_t(n));
  close(fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    throw std::runtime_error("child process failed (status " + std::to_string(status) +
                             "): " + text);
  return text;
}

namespace {

std::string num(double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

std::vector<std::string> fields(const std::string& line) {
  std::vector<std::string> out;
  std::string field;
  std::istringstream in(line);
  while (std::getline(in, field, '\t')) out.push_back(field);
  return out;
}

}  // namespace

std::string transcript(const WorldRun& run) {
  std::string t;
  for (const auto& f : run.periods) {
    t += "period\t" + std::to_string(f.period) + "\t" + f.month.str() + "\t" + num(f.start_s) +
         "\t" + num(f.end_s) + "\t" + num(f.in_transit_t) + "\n";
    for (std::size_t i = 0; i < f.produced_t.size(); ++i)
      t += "plant\t" + std::to_string(i) + "\t" + num(f.produced_t[i]) + "\t" +
           num(f.shipped_t[i]) + "\t" + num(f.delivered_t[i]) + "\t" + num(f.returned_t[i]) + "\t" +
           num(f.stock_t[i]) + "\n";
    for (std::size_t r = 0; r < f.routes.size(); ++r) {
      const auto& rf = f.routes[r];
      t += "route\t" + std::to_string(r) + "\t" + std::to_string(rf.sailings) + "\t" +
           std::to_string(rf.sailings_cancelled) + "\t" + std::to_string(rf.voyages_aborted) +
           "\t" + num(rf.shipped_t) + "\t" + num(rf.delivered_t) + "\t" + num(rf.returned_t) +
           "\t" + std::to_string(rf.sailings_delayed) + "\t" + num(rf.spoiled_t) + "\n";
    }
    for (const auto& m : f.measures)
      t += "measure\t" + m.region + "\t" + m.sector + "\t" + m.variable + "\t" + m.unit + "\t" +
           num(m.value) + "\n";
    for (const auto& a : f.accounts)
      t += "account\t" + a.activity + "\t" + a.project + "\t" + a.sector + "\t" +
           std::to_string(int(a.booking)) + "\t" + a.buyer + "\t" + num(a.quantity) + "\t" +
           a.unit + "\t" + num(a.rub_per_unit) + "\n";
    for (const auto& c : f.capacity) t += "capacity\t" + c.sector + "\t" + num(c.value) + "\n";
    for (const auto& p : f.projects)
      t +=
          "project\t" + p.project + "\t" + num(p.revenue) + "\t" + (p.operating ? "1" : "0") + "\n";
  }
  for (const auto& e : run.result.events)
    t += "event\t" + num(e.time_s) + "\t" + e.date + "\t" + e.kind + "\t" + e.subject + "\t" +
         e.detail + "\n";
  const auto& r = run.result;
  t += "result\t" + num(r.end_s) + "\t" + num(r.in_transit_t) + "\t" +
       std::to_string(r.sailings_total) + "\t" + std::to_string(r.sailings_cancelled_total) + "\t" +
       std::to_string(r.voyages_aborted_total) + "\t" + std::to_string(r.engine_steps) + "\t" +
       std::to_string(r.sailings_delayed_total) + "\t" + num(r.freight_in_transit_t) + "\t" +
       num(r.freight_ashore_t) + "\t" + std::to_string(r.voyages_on_engine) + "\n";
  for (const auto& m : r.summary)
    t += "summary\t" + m.metric + "\t" + m.unit + "\t" + num(m.value) + "\n";
  return t;
}

WorldRun parse_transcript(const std::string& text) {
  WorldRun run;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    const auto f = fields(line);
    if (f.empty()) continue;
    if (f[0] == "period") {
      PeriodFlows p;
      p.period = std::stoi(f[1]);
      YearMonth::parse(f[2], p.month);
      p.start_s = std::stod(f[3]);
      p.end_s = std::stod(f[4]);
      p.in_transit_t = std::stod(f[5]);
      run.periods.push_back(p);
    } else if (f[0] == "plant") {
      auto& p = run.periods.back();
      p.produced_t.push_back(std::stod(f[2]));
      p.shipped_t.push_back(std::stod(f[3]));
      p.delivered_t.push_back(std::stod(f[4]));
      p.returned_t.push_back(std::stod(f[5]));
      p.stock_t.push_back(std::stod(f[6]));
    } else if (f[0] == "route") {
      RouteFlows rf;
      rf.sailings = std::stoi(f[2]);
      rf.sailings_cancelled = std::stoi(f[3]);
      rf.voyages_aborted = std::stoi(f[4]);
      rf.shipped_t = std::stod(f[5]);
      rf.delivered_t = std::stod(f[6]);
      rf.returned_t = std::stod(f[7]);
      rf.sailings_delayed = std::stoi(f[8]);
      rf.spoiled_t = std::stod(f[9]);
      run.periods.back().routes.push_back(rf);
    } else if (f[0] == "measure") {
      run.periods.back().measures.push_back({f[1], f[2], f[3], f[4], std::stod(f[5])});
    } else if (f[0] == "account") {
      run.periods.back().accounts.push_back({f[1], f[2], f[3], Booking(std::stoi(f[4])), f[5],
                                             std::stod(f[6]), f[7], std::stod(f[8])});
    } else if (f[0] == "capacity") {
      run.periods.back().capacity.push_back({f[1], std::stod(f[2])});
    } else if (f[0] == "project") {
      run.periods.back().projects.push_back({f[1], std::stod(f[2]), f[3] == "1"});
    } else if (f[0] == "summary") {
      run.result.summary.push_back({f[1], f[2], std::stod(f[3])});
    } else if (f[0] == "event") {
      run.result.events.push_back({std::stod(f[1]), f[2], f[3], f[4], f.size() > 5 ? f[5] : ""});
    } else if (f[0] == "result") {
      run.result.end_s = std::stod(f[1]);
      run.result.in_transit_t = std::stod(f[2]);
      run.result.sailings_total = std::stoll(f[3]);
      run.result.sailings_cancelled_total = std::stoll(f[4]);
      run.result.voyages_aborted_total = std::stoll(f[5]);
      run.result.engine_steps = std::stoll(f[6]);
      run.result.sailings_delayed_total = std::stoll(f[7]);
      run.result.freight_in_transit_t = std::stod(f[8]);
      run.result.freight_ashore_t = std::stod(f[9]);
      run.result.voyages_on_engine = std::stoll(f[10]);
    }
  }
  return run;
}

std::string world_transcript_in_child(const Scenario& scenario) {
  return in_child_process([&scenario] {
    WorldRun run;
    run.result = run_world(scenario, [&run](const PeriodFlows& f) { run.periods.push_back(f); });
    return transcript(run);
  });
}

double measure_in(const PeriodFlows& period, const std::string& variable,
                  const std::string& region) {
  double sum = 0;
  for (const auto& m : period.measures)
    if (m.variable == variable && (region.empty() || m.region == region)) sum += m.value;
  return sum;
}

double measure_total(const WorldRun& run, const std::string& variable, const std::string& region) {
  double sum = 0;
  for (const auto& p : run.periods) sum += measure_in(p, variable, region);
  return sum;
}

double summary_value(const WorldRun& run, const std::string& metric) {
  for (const auto& m : run.result.summary)
    if (m.metric == metric) return m.value;
  throw std::runtime_error("no summary metric " + metric);
}

WorldRun run_world_in_child(const Scenario& scenario) {
  return parse_transcript(world_transcript_in_child(scenario));
}

Scenario isle_and_port(YearMonth start, YearMonth end) {
  Scenario s;
  s.name = "isle-and-port";
  s.time.start = start;
  s.time.end = end;
  s.regions = {{"isle", "Isle", RegionKind::island, 1000}, {"port", "Port", RegionKind::hub, 0}};
  Route route;
  route.name = "port-isle";
  route.from = "port";
  route.to = "isle";
  route.voyage_h = 10;
  route.cargo_capacity_t = 1000;
  route.handling_t_per_h = 100;
  route.sailings_per_week = 1;
  s.routes = {route};
  FishExports fish;
  fish.price_rub_per_kg = 300;
  fish.plants = {{"cannery", "isle", "port", 1200}};
  s.fish_exports = fish;
  return s;
}

Scenario quiet_isle(YearMonth start, YearMonth end) {
  Scenario s = isle_and_port(start, end);
  s.fish_exports.reset();
  s.routes[0].sailings_per_week = 2;
  s.routes[0].passenger_capacity = 100;
  s.economy.table.sectors = {"fish_processing", "tourism"};
  s.economy.table.x = Eigen::VectorXd::Constant(2, 1200);
  return s;
}

Scenario three_plant_archipelago(YearMonth start, YearMonth end) {
  Scenario s;
  s.name = "three-plant-archipelago";
  s.time.start = start;
  s.time.end = end;
  s.regions = {{"iturup", "Iturup", RegionKind::island, 6000},
               {"kunashiri", "Kunashiri", RegionKind::island, 8000},
               {"shikotan", "Shikotan", RegionKind::island, 3000},
               {"korsakov", "Korsakov", RegionKind::hub, 0},
               {"nemuro", "Nemuro", RegionKind::hub, 0}};
  auto route = [](std::string name, std::string from, std::string to, double voyage_h,
                  double capacity_t, double handling_t_per_h, double per_week,
                  std::optional<Season> ice) {
    Route r;
    r.name = std::move(name);
    r.from = std::move(from);
    r.to = std::move(to);
    r.voyage_h = voyage_h;
    r.cargo_capacity_t = capacity_t;
    r.handling_t_per_h = handling_t_per_h;
    r.sailings_per_week = per_week;
    r.ice = ice;
    return r;
  };
  s.routes = {
      route("korsakov-iturup", "korsakov", "iturup", 22, 1500, 200, 2, Season{{2, 1}, {3, 31}}),
      route("korsakov-kunashiri", "korsakov", "kunashiri", 30, 800, 100, 2,
            Season{{2, 1}, {3, 31}}),
      route("korsakov-shikotan", "korsakov", "shikotan", 34, 1500, 150, 1.5,
            Season{{2, 10}, {3, 20}}),
      route("iturup-kunashiri", "iturup", "kunashiri", 8, 100, 20, 1, std::nullopt),
      route("nemuro-kunashiri", "nemuro", "kunashiri", 4, 50, 20, 0.5, Season{{12, 20}, {3, 31}}),
  };
  FishExports fish;
  fish.price_rub_per_kg = 300;
  fish.monthly_profile = {1, 1, 2, 3, 5, 8, 10, 10, 9, 6, 3, 1};
  fish.plants = {{"yasny", "iturup", "korsakov", 60000},
                 {"krabozavodskoye", "shikotan", "korsakov", 40000},
                 {"yuzhno-kurilsk", "kunashiri", "korsakov", 10000}};
  s.fish_exports = fish;
  return s;
}

}  // namespace jez::world::testing
