// The `weather` and `events` sections.
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <numeric>

#include "scenario/did_you_mean.hpp"
#include "scenario/scenario_sections.hpp"

namespace jez {

std::string DayDate::str() const {
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

namespace {

std::array<double, 12> weights(const YamlSource& src, const Field& f) {
  const char* what = "a list of 12 numbers >= 0, not all 0 (January to December)";
  const std::vector<Field> items = list_items(src, f, what);
  if (items.size() != 12) src.fail(f, what, fmt::format("{} items", items.size()));
  std::array<double, 12> w{};
  for (std::size_t i = 0; i < 12; ++i) w[i] = read_number(src, items[i], Bound::non_negative);
  if (std::accumulate(w.begin(), w.end(), 0.0) <= 0) src.fail(f, what, "all 12 at 0");
  return w;
}

DayDate read_day(const YamlSource& src, const Field& f, const TimeSpec& time) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const std::string text = f.node.IsScalar() ? f.node.Scalar() : std::string();
  DayDate d;
  bool ok = text.size() == 10 && text[4] == '-' && text[7] == '-' &&
            std::sscanf(text.c_str(), "%4d-%2d-%2d", &d.year, &d.month, &d.day) == 3;
  if (ok) {
    const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
    const int days =
        d.month == 2 && leap ? 29 : (d.month >= 1 && d.month <= 12 ? kDays[d.month - 1] : 0);
    ok = d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= days;
  }
  if (!ok) src.fail(f, "a date as YYYY-MM-DD (such as 2022-03-21)", describe(f.node));
  const YearMonth m{d.year, d.month};
  if (m < time.start || time.end < m)
    src.fail(f,
             fmt::format("a date within the horizon ({} to the end of {})", time.start.str(),
                         time.end.str()),
             text);
  return d;
}

const std::vector<std::pair<std::string, EventKind>>& kinds() {
  static const std::vector<std::pair<std::string, EventKind>> k = {
      {"note", EventKind::note},
      {"start", EventKind::start},
      {"suspend", EventKind::suspend},
      {"resume", EventKind::resume},
      {"visa_regime", EventKind::visa_regime},
      {"tax_regime", EventKind::tax_regime},
      {"sanctions", EventKind::sanctions},
      {"market_open", EventKind::market_open},
      {"pilot_tour", EventKind::pilot_tour},
      {"disease", EventKind::disease}};
  return k;
}

// Names a start/suspend/resume may refer to.
std::vector<std::string> switchable(const Scenario& s) {
  std::vector<std::string> n = {"all"};
  const auto& a = s.activities;
  if (a.aquaculture) {
    n.push_back("aquaculture");
    for (const auto& p : a.aquaculture->projects) n.push_back(p.name);
  }
  if (a.greenhouse) {
    n.push_back("greenhouse");
    for (const auto& p : a.greenhouse->projects) n.push_back(p.name);
  }
  if (a.tourism) {
    n.push_back("tourism");
    for (const auto& f : a.tourism->flows) n.push_back(f.name);
  }
  if (a.power) {
    n.push_back("wind");
    for (const auto& p : a.power->wind_projects) n.push_back(p.name);
  }
  if (a.waste) {
    n.push_back("waste");
    for (const auto& p : a.waste->projects) n.push_back(p.name);
  }
  return n;
}

std::vector<std::string> flow_names(const Scenario& s) {
  std::vector<std::string> n;
  if (s.activities.tourism)
    for (const auto& f : s.activities.tourism->flows) n.push_back(f.name);
  return n;
}

std::string one_of(const YamlSource& src, const Field& f, const std::vector<std::string>& names,
                   const char* what) {
  const std::string name = read_name(src, f);
  if (std::find(names.begin(), names.end(), name) != names.end()) return name;
  src.fail(f,
           names.empty() ? fmt::format("{} (but the scenario has none)", what)
                         : fmt::format("{}: {}", what, quoted_choices(names)),
           describe(f.node), did_you_mean(name, names));
}

std::vector<std::string> hubs(const Scenario& s) {
  std::vector<std::string> n;
  for (const auto& r : s.regions)
    if (r.kind == RegionKind::hub) n.push_back(r.name);
  return n;
}

}  // namespace

WeatherSpec read_weather(const YamlSource& src, const Field& field) {
  const MapFields map(src, field, "the weather",
                      {"storms_per_year", "storm_mean_h", "storm_monthly_weight", "fog_per_year",
                       "fog_mean_h", "fog_monthly_weight", "max_delay_h"});
  WeatherSpec w;
  if (const auto f = map.optional("storms_per_year"))
    w.storms_per_year = read_number(src, *f, Bound::non_negative);
  if (const auto f = map.optional("storm_mean_h"))
    w.storm_mean_h = read_number(src, *f, Bound::positive);
  if (const auto f = map.optional("storm_monthly_weight"))
    w.storm_monthly_weight = weights(src, *f);
  if (const auto f = map.optional("fog_per_year"))
    w.fog_per_year = read_number(src, *f, Bound::non_negative);
  if (const auto f = map.optional("fog_mean_h"))
    w.fog_mean_h = read_number(src, *f, Bound::positive);
  if (const auto f = map.optional("fog_monthly_weight")) w.fog_monthly_weight = weights(src, *f);
  if (const auto f = map.optional("max_delay_h"))
    w.max_delay_h = read_number(src, *f, Bound::non_negative);
  return w;
}

std::vector<ScriptedEvent> read_events(const YamlSource& src, const Field& field,
                                       const Scenario& s) {
  std::vector<std::string> kind_names;
  for (const auto& [name, kind] : kinds()) kind_names.push_back(name);
  std::vector<ScriptedEvent> events;
  for (const Field& item : list_items(src, field, "a list of dated events")) {
    const MapFields map(src, item, "an event",
                        {"date", "kind", "subject", "reroute_to", "open", "close", "visitors",
                         "fraction_killed", "note"});
    ScriptedEvent e;
    e.date = read_day(src, map.required("date"), s.time);
    e.kind_name = read_choice(src, map.required("kind"), kind_names);
    for (const auto& [name, kind] : kinds())
      if (name == e.kind_name) e.kind = kind;
    if (const auto f = map.optional("note")) e.note = read_text(src, *f);
    auto subject = [&](const std::vector<std::string>& names, const char* what) {
      e.subject = one_of(src, map.required("subject"), names, what);
    };
    switch (e.kind) {
      case EventKind::start:
      case EventKind::suspend:
      case EventKind::resume:
        subject(switchable(s), "'all', an activity, a project or a visitor flow");
        break;
      case EventKind::visa_regime:
        for (const char* key : {"open", "close"})
          if (const auto f = map.optional(key))
            for (const Field& x : list_items(src, *f, "a list of visitor flows"))
              (key[0] == 'o' ? e.open : e.close)
                  .push_back(one_of(src, x, flow_names(s), "a visitor flow"));
        break;
      case EventKind::sanctions: {
        subject(hubs(s), "a hub (the market that closes)");
        const Field to = map.required("reroute_to");
        e.reroute_to = one_of(src, to, hubs(s), "a hub");
        if (e.reroute_to == e.subject)
          src.fail(to, "a hub other than the closed market", describe(to.node));
        break;
      }
      case EventKind::market_open:
        subject(hubs(s), "a hub");
        break;
      case EventKind::pilot_tour:
        subject(flow_names(s), "a visitor flow");
        e.visitors = read_number(src, map.required("visitors"), Bound::positive);
        break;
      case EventKind::disease: {
        std::vector<std::string> farms;
        if (s.activities.aquaculture)
          for (const auto& p : s.activities.aquaculture->projects) farms.push_back(p.name);
        subject(farms, "a farm");
        const Field f = map.required("fraction_killed");
        e.fraction_killed = read_number(src, f, Bound::non_negative);
        if (e.fraction_killed > 1) src.fail(f, "a number in [0, 1]", f.node.Scalar());
        break;
      }
      case EventKind::note:
      case EventKind::tax_regime:
        if (const auto f = map.optional("subject")) e.subject = read_text(src, *f);
        break;
    }
    events.push_back(std::move(e));
  }
  std::stable_sort(events.begin(), events.end(),
                   [](const ScriptedEvent& a, const ScriptedEvent& b) { return a.date < b.date; });
  return events;
}

}  // namespace jez
