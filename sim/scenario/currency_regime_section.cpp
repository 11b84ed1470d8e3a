// Dated paths, and the `currency` and `regime` sections.
#include <fmt/format.h>

#include "scenario/did_you_mean.hpp"
#include "scenario/scenario_sections.hpp"

namespace jez {

// A date outside the horizon is refused, as events are: one after the end would never come, and
// silently dropping a dated item is how a shortened run would hide a mistake.
YearMonth read_month_in_horizon(const YamlSource& src, const Field& field, const TimeSpec& time) {
  const YearMonth m = read_month(src, field);
  if (m < time.start || time.end < m)
    src.fail(field,
             fmt::format("a month within the horizon ({} to {})", time.start.str(), time.end.str()),
             field.node.Scalar());
  return m;
}

DatedPath read_dated_path(const YamlSource& src, const Field& field, const TimeSpec& time,
                          Bound bound) {
  DatedPath path;
  if (field.node.IsScalar()) {
    path.steps.push_back({time.start, read_number(src, field, bound)});
    return path;
  }
  const std::vector<Field> items =
      list_items(src, field, "a number, or a list of {from: YYYY-MM, value: number} in date order");
  if (items.empty()) src.fail(field, "at least one {from, value} step", "an empty list");
  for (const Field& item : items) {
    const MapFields map(src, item, "a dated value", {"from", "value"});
    const Field from = map.required("from");
    const YearMonth m = read_month_in_horizon(src, from, time);
    if (!path.steps.empty() && !(path.steps.back().from < m))
      src.fail(from,
               fmt::format("a month after the previous step's ({})", path.steps.back().from.str()),
               m.str());
    path.steps.push_back({m, read_number(src, map.required("value"), bound)});
  }
  return path;
}

CurrencySpec read_currency(const YamlSource& src, const Field& field, const TimeSpec& time) {
  const MapFields map(src, field, "the currency", {"base", "jpy_per_base", "inflation_per_year"});
  CurrencySpec c;
  c.given = true;
  if (const auto f = map.optional("base")) c.base = read_name(src, *f);
  c.jpy_per_base = read_dated_path(src, map.required("jpy_per_base"), time, Bound::positive);
  if (const auto f = map.optional("inflation_per_year")) {
    c.inflation_per_year = read_dated_path(src, *f, time, Bound::any);
    for (const auto& s : c.inflation_per_year.steps)
      if (!(s.value > -1))
        src.fail(*f, "inflation rates above -1 (-0.02 is 2 % deflation)",
                 fmt::format("{}", s.value));
  }
  return c;
}

// A rate between 0 and 1.
static double read_rate(const YamlSource& src, const Field& field) {
  const double v = read_number(src, field, Bound::non_negative);
  if (v > 1) src.fail(field, "a rate from 0 to 1 (0.2 is 20 %)", field.node.Scalar());
  return v;
}

std::vector<RegimePeriod> read_regime(const YamlSource& src, const Field& field,
                                      const TimeSpec& time) {
  static const std::vector<std::string> kKinds = {"russian_general", "kuril_preferential",
                                                  "special_framework"};
  std::vector<RegimePeriod> regime;
  for (const Field& item : list_items(src, field, "a list of dated tax regimes")) {
    const MapFields map(
        src, item, "a tax regime",
        {"from", "kind", "profit_tax", "property_tax_per_year", "insurance_contributions",
         "japan_share_of_receipts", "registered_from", "until"});
    RegimePeriod r;
    const Field from = map.required("from");
    r.from = read_month_in_horizon(src, from, time);
    if (!regime.empty() && !(regime.back().from < r.from))
      src.fail(from,
               fmt::format("a month after the previous regime's ({})", regime.back().from.str()),
               r.from.str());
    r.kind_name = read_choice(src, map.required("kind"), kKinds);
    r.kind = r.kind_name == "kuril_preferential"  ? economy::RegimeKind::kuril_preferential
             : r.kind_name == "special_framework" ? economy::RegimeKind::special_framework
                                                  : economy::RegimeKind::russian_general;
    r.rates = economy::default_rates(r.kind);
    if (const auto f = map.optional("profit_tax")) r.rates.profit_tax = read_rate(src, *f);
    if (const auto f = map.optional("property_tax_per_year"))
      r.rates.property_tax_per_year = read_rate(src, *f);
    if (const auto f = map.optional("insurance_contributions"))
      r.rates.insurance_contributions = read_rate(src, *f);
    if (const auto f = map.optional("japan_share_of_receipts")) {
      if (r.kind != economy::RegimeKind::special_framework)
        src.fail(*f, "japan_share_of_receipts only in a special_framework regime",
                 "kind " + r.kind_name, {}, true);
      r.rates.japan_share_of_receipts = read_rate(src, *f);
    } else if (r.kind == economy::RegimeKind::special_framework) {
      src.fail_in(item, child_path(item.path, "japan_share_of_receipts"),
                  "Japan's share of the tax receipts under the special framework (0 to 1)",
                  "the key missing");
    }
    if (r.kind == economy::RegimeKind::kuril_preferential) {
      // Federal law of 9 March 2022: firms registered from 2022, exemptions to the end of 2046.
      r.registered_from = YearMonth{2022, 1};
      r.until = YearMonth{2046, 12};
    }
    if (const auto f = map.optional("registered_from")) r.registered_from = read_month(src, *f);
    if (const auto f = map.optional("until")) {
      r.until = read_month(src, *f);
      if (*r.until < r.from)
        src.fail(*f, fmt::format("a month not before the regime's from ({})", r.from.str()),
                 r.until->str());
    }
    regime.push_back(r);
  }
  return regime;
}

}  // namespace jez
