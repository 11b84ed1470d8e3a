// The `time`, `regions` and `routes` sections.
#include <fmt/format.h>

#include "scenario/did_you_mean.hpp"
#include "scenario/scenario_sections.hpp"

namespace jez {

YearMonth read_month(const YamlSource& src, const Field& field) {
  YearMonth m;
  const std::string text = field.node.IsScalar() ? field.node.Scalar() : std::string();
  if (!field.node.IsScalar() || !YearMonth::parse(text, m))
    src.fail(field, "a month as YYYY-MM (such as 2017-09)", describe(field.node));
  return m;
}

TimeSpec read_time(const YamlSource& src, const Field& field) {
  const MapFields map(src, field, "the time span", {"start", "end", "step"});
  TimeSpec t;
  t.start = read_month(src, map.required("start"));
  const Field end = map.required("end");
  t.end = read_month(src, end);
  if (t.end < t.start)
    src.fail(end, fmt::format("a month not before time.start ({})", t.start.str()),
             describe(end.node));
  if (const auto step = map.optional("step")) {
    const std::string word = read_choice(src, *step, {"month", "quarter", "year"});
    t.step_months = word == "month" ? 1 : word == "quarter" ? 3 : 12;
  }
  return t;
}

void check_unique_name(const YamlSource& src, const Field& name, std::string_view kind,
                       std::vector<Field>& earlier) {
  for (const Field& e : earlier)
    if (e.node.Scalar() == name.node.Scalar())
      src.fail(name, fmt::format("a unique {} name", kind),
               fmt::format("{} again (first at {})", describe(name.node), src.position_of(e.node)));
  earlier.push_back(name);
}

// A list of {from: YYYY-MM, value >= 0} in date order (the dates may lie outside the horizon).
static Region::MonthSteps read_month_steps(const YamlSource& src, const Field& field) {
  Region::MonthSteps steps;
  for (const Field& step :
       list_items(src, field, "a number, or a list of {from: YYYY-MM, value}")) {
    const MapFields m(src, step, "a dated value", {"from", "value"});
    const Field from = m.required("from");
    const YearMonth month = read_month(src, from);
    if (!steps.empty() && !(steps.back().first < month))
      src.fail(from, "a month after the previous step's", month.str());
    steps.push_back({month, read_number(src, m.required("value"), Bound::non_negative)});
  }
  if (steps.empty()) src.fail(field, "at least one {from, value} step", "an empty list");
  return steps;
}

std::vector<Region> read_regions(const YamlSource& src, const Field& field) {
  std::vector<Region> regions;
  std::vector<Field> names;
  for (const Field& item : list_items(src, field, "a list of regions")) {
    const MapFields map(src, item, "a region",
                        {"name", "label", "kind", "population", "labour_force"});
    Region r;
    const Field name = map.required("name");
    r.name = read_name(src, name);
    check_unique_name(src, name, "region", names);
    r.label = r.name;
    if (const auto f = map.optional("label")) r.label = read_text(src, *f);
    if (const auto f = map.optional("kind"))
      r.kind =
          read_choice(src, *f, {"island", "hub"}) == "hub" ? RegionKind::hub : RegionKind::island;
    if (const auto f = map.optional("population")) {
      if (f->node.IsScalar())
        r.population = read_number(src, *f, Bound::non_negative);
      else
        r.population = (r.population_path = read_month_steps(src, *f)).front().second;
    }
    if (const auto f = map.optional("labour_force")) {
      if (f->node.IsScalar())
        r.labour_force_path = {{YearMonth{}, read_number(src, *f, Bound::non_negative)}};
      else
        r.labour_force_path = read_month_steps(src, *f);
    }
    regions.push_back(std::move(r));
  }
  return regions;
}

const Region& read_region_ref(const YamlSource& src, const Field& field,
                              const std::vector<Region>& regions) {
  const std::string name = read_name(src, field);
  std::vector<std::string> names;
  for (const Region& r : regions) {
    if (r.name == name) return r;
    names.push_back(r.name);
  }
  if (names.empty())
    src.fail(field, "a region name (but no regions are defined)", describe(field.node));
  const std::string expected =
      names.size() <= 8 ? "a region: " + quoted_choices(names) : std::string("a region name");
  src.fail(field, expected, describe(field.node), did_you_mean(name, names));
}

// "MM-DD", a day that every year has (so not 02-29).
MonthDay read_month_day(const YamlSource& src, const Field& field) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const std::string text = field.node.IsScalar() ? field.node.Scalar() : std::string();
  const auto digit = [&](std::size_t i) { return text[i] >= '0' && text[i] <= '9'; };
  bool ok = field.node.IsScalar() && text.size() == 5 && digit(0) && digit(1) && text[2] == '-' &&
            digit(3) && digit(4);
  MonthDay d;
  if (ok) {
    d.month = (text[0] - '0') * 10 + (text[1] - '0');
    d.day = (text[3] - '0') * 10 + (text[4] - '0');
    ok = d.month >= 1 && d.month <= 12 && d.day >= 1 && d.day <= kDays[d.month - 1];
  }
  if (!ok) src.fail(field, "a day of every year as MM-DD (such as 02-01)", describe(field.node));
  return d;
}

static Season read_season(const YamlSource& src, const Field& field) {
  const MapFields map(src, field, "a closed season", {"from", "to"});
  return Season{read_month_day(src, map.required("from")), read_month_day(src, map.required("to"))};
}

std::vector<Route> read_routes(const YamlSource& src, const Field& field,
                               const std::vector<Region>& regions) {
  std::vector<Route> routes;
  std::vector<Field> names;
  for (const Field& item : list_items(src, field, "a list of routes")) {
    const MapFields map(
        src, item, "a route",
        {"name", "from", "to", "distance_km", "voyage_h", "cargo_capacity_t", "handling_t_per_h",
         "sailings_per_week", "ice", "timetable", "passenger_capacity", "weather_exposure"});
    Route r;
    const Field name = map.required("name");
    r.name = read_name(src, name);
    check_unique_name(src, name, "route", names);
    r.from = read_region_ref(src, map.required("from"), regions).name;
    const Field to = map.required("to");
    r.to = read_region_ref(src, to, regions).name;
    if (r.to == r.from)
      src.fail(to, fmt::format("a region other than from ('{}')", r.from), describe(to.node));
    r.distance_km = read_number(src, map.required("distance_km"), Bound::positive);
    r.voyage_h = read_number(src, map.required("voyage_h"), Bound::positive);
    r.cargo_capacity_t = read_number(src, map.required("cargo_capacity_t"), Bound::positive);
    r.handling_t_per_h = read_number(src, map.required("handling_t_per_h"), Bound::positive);
    const Field weekly = map.required("sailings_per_week");
    r.sailings_per_week = read_number(src, weekly, Bound::non_negative);
    if (const auto ice = map.optional("ice")) r.ice = read_season(src, *ice);
    bool any_sailing = r.sailings_per_week > 0;
    if (const auto tt = map.optional("timetable")) {
      for (const Field& s : list_items(src, *tt, "a list of seasonal sailings")) {
        const MapFields season(src, s, "seasonal sailings", {"from", "to", "sailings_per_week"});
        Route::SeasonalSailings ss;
        ss.span = Season{read_month_day(src, season.required("from")),
                         read_month_day(src, season.required("to"))};
        ss.sailings_per_week =
            read_number(src, season.required("sailings_per_week"), Bound::non_negative);
        any_sailing = any_sailing || ss.sailings_per_week > 0;
        r.timetable.push_back(ss);
      }
    }
    if (!any_sailing)
      src.fail(weekly, "a timetable with some sailings (sailings_per_week > 0 in some season)",
               "no sailing in any season");
    if (const auto f = map.optional("passenger_capacity"))
      r.passenger_capacity = read_number(src, *f, Bound::non_negative);
    if (const auto f = map.optional("weather_exposure"))
      r.weather_exposure = read_number(src, *f, Bound::non_negative);
    routes.push_back(std::move(r));
  }
  return routes;
}

}  // namespace jez
