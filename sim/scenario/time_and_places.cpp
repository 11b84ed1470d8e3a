// The `time`, `regions` and `routes` sections: their key tables and the readers of months, days
// and region names that other sections share.
#include <fmt/format.h>

#include "scenario/bounds.hpp"
#include "scenario/did_you_mean.hpp"
#include "scenario/scenario_sections.hpp"

namespace jez {

using schema::Range;

YearMonth read_month(const YamlSource& src, const Field& field) {
  YearMonth m;
  const std::string text = field.node.IsScalar() ? field.node.Scalar() : std::string();
  if (!field.node.IsScalar() || !YearMonth::parse(text, m))
    src.fail(field, "a month as YYYY-MM (such as 2017-09)", describe(field.node));
  return m;
}

void check_unique_name(const YamlSource& src, const Field& name, std::string_view kind,
                       std::vector<Field>& earlier) {
  for (const Field& e : earlier)
    if (e.node.Scalar() == name.node.Scalar())
      src.fail(name, fmt::format("a unique {} name", kind),
               fmt::format("{} again (first at {})", describe(name.node), src.position_of(e.node)));
  earlier.push_back(name);
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

namespace {

constexpr int kMaxHorizonMonths = 200 * 12;

}  // namespace

const keys::Table<TimeSpec>& time_table() {
  using K = keys::For<TimeSpec>;
  static const keys::Table<TimeSpec> t(
      "time", "time", "the time span",
      "Simulated time 0 is 00:00 UTC on the first day of `start`. With `step: quarter` or `year` "
      "the last period may be shorter than a full step. Every dated item must lie within the "
      "horizon, `start` to `end` inclusive: the steps of a dated path (`from`), the `regime` "
      "periods (`from`), investment `tranches` (`date`) and `events` (`date`, to the last day of "
      "`end`). One outside it is an error (file:line:col, exit 2), not silently dropped; so `--set "
      "time.end=` cannot cut a run short of the scenario's latest dated item.",
      {
          K::month("start", &TimeSpec::start, "the first simulated month").required(),
          K::month("end", &TimeSpec::end,
                   "the last simulated month (inclusive): not before start, and at most 200 years "
                   "after it")
              .required()
              .check([](const ReadContext& c, const Field& f, TimeSpec& t) {
                if (t.end < t.start)
                  c.src.fail(f, fmt::format("a month not before time.start ({})", t.start.str()),
                             describe(f.node));
                if (t.months() > kMaxHorizonMonths)
                  c.src.fail(f,
                             fmt::format("a month at most 200 years after time.start ({}; a "
                                         "horizon of at most 200 years)",
                                         t.start.str()),
                             describe(f.node));
              }),
          K::choice(
              "step", &TimeSpec::step_months,
              std::vector<std::pair<std::string, int>>{{"month", 1}, {"quarter", 3}, {"year", 12}},
              "how often the economy steps"),
      });
  return t;
}

namespace {

// A list of {from: YYYY-MM, value} in date order (the dates may lie outside the horizon).
Region::MonthSteps read_month_steps(const YamlSource& src, const Field& field) {
  Region::MonthSteps steps;
  for (const Field& step :
       list_items(src, field, "a number, or a list of {from: YYYY-MM, value}")) {
    const MapFields m(src, step, "a dated value", {"from", "value"});
    const Field from = m.required("from");
    const YearMonth month = read_month(src, from);
    if (!steps.empty() && !(steps.back().first < month))
      src.fail(from, "a month after the previous step's", month.str());
    steps.push_back({month, read_number(src, m.required("value"), bounds::kPopulation)});
  }
  if (steps.empty()) src.fail(field, "at least one {from, value} step", "an empty list");
  return steps;
}

std::string month_steps(const Region::MonthSteps& steps) {
  std::string out = "[";
  for (std::size_t i = 0; i < steps.size(); ++i)
    out += fmt::format("{}{{from: {}, value: {}}}", i ? ", " : "", steps[i].first.str(),
                       keys::number(steps[i].second));
  return out + "]";
}

keys::Key<Region> people_key(const char* name, const char* meaning) {
  using K = keys::For<Region>;
  schema::Key info = K::info(name, schema::Type::dated_path, "people", meaning);
  info.range = bounds::kPopulation;
  return K::custom(info, {}, {});
}

// `population`: a number or a dated path (its first step is the number before it).
keys::Key<Region> population_key() {
  keys::Key<Region> k = people_key("population", "the residents: a number, or a dated path");
  k.read = [](const ReadContext& c, const Field& f, Region& r) {
    if (f.node.IsScalar())
      r.population = read_number(c.src, f, bounds::kPopulation);
    else
      r.population = (r.population_path = read_month_steps(c.src, f)).front().second;
  };
  k.text = [](const Region& r) {
    return r.population_path.empty() ? keys::number(r.population) : month_steps(r.population_path);
  };
  k.info.default_text = "0";
  return k;
}

// `labour_force`: residents of working age, a number or a dated path; absent: not reported.
keys::Key<Region> labour_force_key() {
  keys::Key<Region> k =
      people_key("labour_force", "residents of working age: a number, or a dated path");
  k.read = [](const ReadContext& c, const Field& f, Region& r) {
    if (f.node.IsScalar())
      r.labour_force_path = {{YearMonth{}, read_number(c.src, f, bounds::kPopulation)}};
    else
      r.labour_force_path = read_month_steps(c.src, f);
  };
  k.text = [](const Region& r) {
    const auto& p = r.labour_force_path;
    return p.size() == 1 && p[0].first == YearMonth{} ? keys::number(p[0].second) : month_steps(p);
  };
  k.written = [](const Region& r) { return !r.labour_force_path.empty(); };
  k.info.default_text = "none";
  return k;
}

}  // namespace

const keys::Table<Region>& region_table() {
  using K = keys::For<Region>;
  static const keys::Table<Region> t(
      "region", "regions[]", "a region", "A list of maps, one per island or mainland hub.",
      {
          K::name("name", &Region::name, "the key that routes and plants use")
              .required()
              .unique("region"),
          K::text("label", &Region::label, "the name shown to people")
              .default_is("the name")
              .when_absent(
                  [](const ReadContext&, const MapFields&, Region& r) { r.label = r.name; }),
          K::choice("kind", &Region::kind,
                    std::vector<std::pair<std::string, RegionKind>>{{"island", RegionKind::island},
                                                                    {"hub", RegionKind::hub}},
                    "a hub is a mainland port and market"),
          population_key(),
          labour_force_key(),
      });
  return t;
}

namespace {

const keys::Table<Season>& season_table() {
  using K = keys::For<Season>;
  static const keys::Table<Season> t(
      "season", "routes[].ice", "a closed season",
      "A season closed to every sailing, every year; it may run across the new year (`{from: "
      "12-20, to: 03-31}`). Its days must exist in every year, so `02-29` is refused.",
      {K::month_day("from", &Season::from, "the first closed day").required(),
       K::month_day("to", &Season::to, "the last closed day").required()});
  return t;
}

constexpr Range kSailings{0, 100, false, false,
                          "at most 100 sailings a week each way on a route, one every 100 minutes"};

const keys::Table<Route::SeasonalSailings>& seasonal_table() {
  using S = Route::SeasonalSailings;
  using K = keys::For<S>;
  static const keys::Table<S> t(
      "seasonal_sailings", "routes[].timetable[]", "seasonal sailings",
      "Within each span (every year) this many sailings a week each way; a later entry wins "
      "where spans overlap.",
      {K::month_day(
           "from", [](auto& s) -> auto& { return s.span.from; }, "the span's first day")
           .required(),
       K::month_day(
           "to", [](auto& s) -> auto& { return s.span.to; }, "the span's last day")
           .required(),
       K::number("sailings_per_week", &S::sailings_per_week, kSailings, "sailings/week",
                 "sailings each way per week within the span")
           .required()});
  return t;
}

std::string region_end(const ReadContext& c, const Field& f, const Route&) {
  return read_region_ref(c.src, f, c.s.regions).name;
}

}  // namespace

const keys::Table<Route>& route_table() {
  using K = keys::For<Route>;
  static const keys::Table<Route> t(
      "route", "routes[]", "a route",
      "A list of maps, one per sea lane, served by sailings in both directions. A route needs "
      "some sailings: `sailings_per_week > 0`, or a timetable season with some. Departures are "
      "evenly spaced within each piece of the year at one rate, the first half an interval after "
      "the piece begins.",
      {
          K::name("name", &Route::name, "the route's name").required().unique("route"),
          K::ref("from", &Route::from, region_end, "one end (a region name)").required(),
          K::ref("to", &Route::to, region_end, "the other end, a region other than from")
              .required()
              .check([](const ReadContext& c, const Field& f, Route& r) {
                if (r.to == r.from)
                  c.src.fail(f, fmt::format("a region other than from ('{}')", r.from),
                             describe(f.node));
              }),
          K::number("distance_km", &Route::distance_km,
                    Range{0, 20000, true, false,
                          "no sea lane is longer than half the Earth's circumference"},
                    "km", "length of the lane")
              .required(),
          K::number("voyage_h", &Route::voyage_h,
                    Range{0.1, 720, false, false, "a voyage takes between 0.1 h and 30 days"}, "h",
                    "sailing time one way")
              .required(),
          K::number("cargo_capacity_t", &Route::cargo_capacity_t,
                    Range{0, 1e6, true, false, "the largest ships carry about 400,000 t"}, "t",
                    "cargo one sailing carries")
              .required(),
          K::number(
              "handling_t_per_h", &Route::handling_t_per_h,
              Range{0, 1e5, true, false, "the fastest bulk terminals handle about 20,000 t/h"},
              "t/h", "loading and unloading rate")
              .required(),
          K::number("sailings_per_week", &Route::sailings_per_week, kSailings, "sailings/week",
                    "sailings each way per week (0.5 is one a fortnight), outside the timetable's "
                    "seasons")
              .required(),
          K::map("ice", &Route::ice, season_table(), "a season closed to all sailings every year"),
          K::list("timetable", &Route::timetable, seasonal_table(),
                  keys::ListOptions<Route, Route::SeasonalSailings>{
                      "a list of seasonal sailings", keys::ListStyle::flow_items, true},
                  "seasonal rates of sailing"),
          K::number("passenger_capacity", &Route::passenger_capacity,
                    Range{0, 1e4, false, false, "the largest ships seat about 7,000"}, "seats",
                    "seats on one sailing, shared by the visitor flows that arrive by this route; "
                    "0: no passengers"),
          K::number("weather_exposure", &Route::weather_exposure,
                    Range{0, 100, false, false,
                          "at most 100 times the scenario's storm and fog frequencies"},
                    "", "multiplies the storm and fog frequencies on this lane (0: sheltered)"),
      },
      [](const ReadContext& c, const MapFields& map, Route& r) {
        bool any_sailing = r.sailings_per_week > 0;
        for (const auto& s : r.timetable) any_sailing = any_sailing || s.sailings_per_week > 0;
        if (!any_sailing)
          c.src.fail(map.required("sailings_per_week"),
                     "a timetable with some sailings (sailings_per_week > 0 in some season)",
                     "no sailing in any season");
      });
  return t;
}

}  // namespace jez
