// The `weather` and `events` sections.
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <numeric>

#include "scenario/bounds.hpp"
#include "scenario/did_you_mean.hpp"
#include "scenario/scenario_sections.hpp"

namespace jez {

std::string DayDate::str() const {
  return fmt::format("{:04}-{:02}-{:02}", year, month, day);
}

namespace {

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

using schema::Range;

const keys::Table<WeatherSpec>& weather_table() {
  using W = WeatherSpec;
  using K = keys::For<W>;
  constexpr Range kPerYear{0, 365, false, false, "at most 365 storms or fog spells a year"};
  static const keys::Table<W> t(
      "weather", "weather", "the weather",
      "Storms close a route (both ways) for their duration; fog holds departures until it lifts. "
      "Each is drawn per route from the run's seeded streams `weather/<route>/storm` and "
      "`weather/<route>/fog`: each calendar month gets a Poisson number of starts with mean "
      "`per_year x weather_exposure x weight[month] / sum(weights)`, uniform within the month, "
      "with exponential durations of the mean given. The same seed gives the same weather; "
      "another seed other weather. Written to scenario.resolved.yaml when there are routes.",
      {
          K::number("storms_per_year", &W::storms_per_year, kPerYear, "storms/year",
                    "storms a year on a lane of exposure 1"),
          K::number("storm_mean_h", &W::storm_mean_h, bounds::kHoursInYear, "h",
                    "a storm's mean duration"),
          K::twelve("storm_monthly_weight", &W::storm_monthly_weight, bounds::kWeight, true, "",
                    "when storms come, January to December"),
          K::number("fog_per_year", &W::fog_per_year, kPerYear, "spells/year",
                    "fog spells a year on a lane of exposure 1"),
          K::number("fog_mean_h", &W::fog_mean_h, bounds::kHoursInYear, "h",
                    "a fog spell's mean duration"),
          K::twelve("fog_monthly_weight", &W::fog_monthly_weight, bounds::kWeight, true, "",
                    "when fog comes, January to December"),
          K::number("max_delay_h", &W::max_delay_h,
                    Range{0, 8760, false, false, "at most a year (8760 h)"}, "h",
                    "a departure held longer (or past the next departure) is cancelled"),
      });
  return t;
}

namespace {

using E = ScriptedEvent;
using KE = keys::For<E>;

keys::Key<E> names_key(const char* key, std::vector<std::string> E::*member, const char* meaning) {
  schema::Key info = KE::info(key, schema::Type::list, "", meaning);
  info.element = std::make_shared<schema::Key>(KE::info("", schema::Type::name, "", ""));
  return KE::custom(
             info,
             [member](const ReadContext& c, const Field& f, E& e) {
               for (const Field& x : list_items(c.src, f, "a list of visitor flows"))
                 (e.*member).push_back(read_name(c.src, x));
             },
             [member](const E& e) { return keys::names(e.*member); })
      .write_if([member](const E& e) { return !(e.*member).empty(); });
}

// The keys that depend on the kind: which subject it takes, and what else it needs.
void check_kind(const ReadContext& c, const MapFields& map, E& e) {
  const Scenario& s = c.s;
  auto subject = [&](const std::vector<std::string>& names, const char* what) {
    e.subject = one_of(c.src, map.required("subject"), names, what);
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
          for (const Field& x : list_items(c.src, *f, "a list of visitor flows"))
            one_of(c.src, x, flow_names(s), "a visitor flow");
      break;
    case EventKind::sanctions: {
      subject(hubs(s), "a hub (the market that closes)");
      const Field to = map.required("reroute_to");
      e.reroute_to = one_of(c.src, to, hubs(s), "a hub");
      if (e.reroute_to == e.subject)
        c.src.fail(to, "a hub other than the closed market", describe(to.node));
      break;
    }
    case EventKind::market_open:
      subject(hubs(s), "a hub");
      break;
    case EventKind::pilot_tour:
      subject(flow_names(s), "a visitor flow");
      map.required("visitors");
      break;
    case EventKind::disease: {
      std::vector<std::string> farms;
      if (s.activities.aquaculture)
        for (const auto& p : s.activities.aquaculture->projects) farms.push_back(p.name);
      subject(farms, "a farm");
      map.required("fraction_killed");
      break;
    }
    case EventKind::note:
    case EventKind::tax_regime:
      break;
  }
}

std::vector<std::pair<std::string, EventKind>> kind_words() {
  return kinds();
}

}  // namespace

const keys::Table<ScriptedEvent>& event_table() {
  static const keys::Table<E> t(
      "event", "events[]", "an event",
      "A list of dated events; [events.md](events.md) lists every kind with the keys it takes.",
      {
          KE::custom(
              KE::info("date", schema::Type::date, "",
                       "the day it happens, within the "
                       "horizon"),
              [](const ReadContext& c, const Field& f, E& e) {
                e.date = read_day(c.src, f, c.s.time);
              },
              [](const E& e) { return e.date.str(); })
              .required(),
          KE::choice("kind", &E::kind, kind_words(), "what happens ([events.md](events.md))")
              .required()
              .check(
                  [](const ReadContext&, const Field& f, E& e) { e.kind_name = f.node.Scalar(); }),
          KE::text("subject", &E::subject,
                   "what it applies to: 'all', an activity, a project, a visitor flow, a hub or a "
                   "farm, by kind")
              .write_if([](const E& e) { return !e.subject.empty(); })
              .default_is(""),
          KE::name("reroute_to", &E::reroute_to,
                   "sanctions: the hub that takes the closed market's cargo")
              .write_if([](const E& e) { return !e.reroute_to.empty(); })
              .default_is(""),
          names_key("open", &E::open, "visa_regime: the visitor flows opened"),
          names_key("close", &E::close, "visa_regime: the visitor flows closed"),
          KE::number("visitors", &E::visitors,
                     Range{0, 1e7, true, false, "10 million visitors is beyond any group"},
                     "visitors", "pilot_tour: the group's size")
              .write_if([](const E& e) { return e.kind == EventKind::pilot_tour; })
              .default_is(""),
          KE::number("fraction_killed", &E::fraction_killed, Range{0, 1}, "",
                     "disease: the share of the farm's standing cohorts killed")
              .write_if([](const E& e) { return e.kind == EventKind::disease; })
              .default_is(""),
          KE::text("note", &E::note, "free text for events.csv")
              .write_if([](const E& e) { return !e.note.empty(); })
              .default_is(""),
      },
      check_kind);
  return t;
}

}  // namespace jez
