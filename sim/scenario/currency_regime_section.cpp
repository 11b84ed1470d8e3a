// The `currency` and `regime` tables.
#include <fmt/format.h>

#include "scenario/scenario_sections.hpp"

namespace jez {

using schema::Range;

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

const keys::Table<CurrencySpec>& currency_table() {
  using C = CurrencySpec;
  using K = keys::For<C>;
  static const keys::Table<C> t(
      "currency", "currency", "the currency", "",
      {
          K::name("base", &C::base, "the base currency of the table's money"),
          K::dated("jpy_per_base", &C::jpy_per_base,
                   Range{0, 1e6, true, false, "a million yen a unit is beyond any exchange rate"},
                   "JPY/base",
                   "yen per unit of the base currency (e.g. 1.8 JPY/RUB), for Japan's figures in "
                   "yen (npv_japan_jpy)")
              .required(),
          K::dated("inflation_per_year", &C::inflation_per_year,
                   Range{-1, 10, true, false,
                         "above -1 (-0.02 is 2 % deflation) and at most 10 (1000 %/yr)"},
                   "1/year",
                   "the base currency's inflation (0.04 = 4 %/yr): the projects' cash flows are "
                   "put in current prices before NPV, IRR and payback, and the discount rate is "
                   "read as nominal; the economy stays in constant prices"),
      },
      [](const ReadContext&, const MapFields&, C& c) { c.given = true; });
  return t;
}

namespace {

constexpr Range kRate{0, 1, false, false, "0.2 is 20 %"};

using R = RegimePeriod;

keys::Key<R> rate(const char* key, double economy::TaxRates::*member, const char* meaning) {
  return keys::For<R>::number(
             key, [member](auto& r) -> auto& { return r.rates.*member; }, kRate, "", meaning)
      .default_is("the kind's");
}

}  // namespace

const keys::Table<RegimePeriod>& regime_table() {
  using K = keys::For<R>;
  static const keys::Table<R> t(
      "tax_regime", "regime[]", "a tax regime",
      "A list of tax regimes in date order, each within the horizon; each applies from its month "
      "until the next. `kuril_preferential` is the 2022 law (no profit, property, land or "
      "transport tax for 20 years, insurance contributions 7.6 %); `special_framework` is the "
      "joint framework, where the sides split the tax receipts. The rates override the kind's "
      "defaults.",
      {
          K::month_in_horizon("from", &R::from, "the first month of the regime").required(),
          K::choice("kind", &R::kind,
                    std::vector<std::pair<std::string, economy::RegimeKind>>{
                        {"russian_general", economy::RegimeKind::russian_general},
                        {"kuril_preferential", economy::RegimeKind::kuril_preferential},
                        {"special_framework", economy::RegimeKind::special_framework}},
                    "the legal regime")
              .required()
              .check([](const ReadContext&, const Field& f, R& r) {
                r.kind_name = f.node.Scalar();
                r.rates = economy::default_rates(r.kind);
                if (r.kind == economy::RegimeKind::kuril_preferential) {
                  // Federal law of 9 March 2022: firms registered from 2022, exemptions to 2046.
                  r.registered_from = YearMonth{2022, 1};
                  r.until = YearMonth{2046, 12};
                }
              }),
          K::optional_month("registered_from", &R::registered_from,
                            "the regime covers only firms registered from this month (the "
                            "kuril_preferential default: 2022-01); others keep the previous one")
              .default_is("the kind's: 2022-01 for kuril_preferential, else none"),
          K::optional_month("until", &R::until,
                            "the regime's last month (the kuril_preferential default: 2046-12)")
              .default_is("the kind's: 2046-12 for kuril_preferential, else none")
              .check([](const ReadContext& c, const Field& f, R& r) {
                if (*r.until < r.from)
                  c.src.fail(f,
                             fmt::format("a month not before the regime's from ({})", r.from.str()),
                             r.until->str());
              }),
          rate("profit_tax", &economy::TaxRates::profit_tax, "the profit tax rate"),
          rate("property_tax_per_year", &economy::TaxRates::property_tax_per_year,
               "the yearly property tax rate"),
          rate("insurance_contributions", &economy::TaxRates::insurance_contributions,
               "the social insurance contributions on wages"),
          rate("japan_share_of_receipts", &economy::TaxRates::japan_share_of_receipts,
               "Japan's share of the tax receipts, only (and then required) in a "
               "special_framework regime")
              .check([](const ReadContext& c, const Field& f, R& r) {
                if (r.kind != economy::RegimeKind::special_framework)
                  c.src.fail(f, "japan_share_of_receipts only in a special_framework regime",
                             "kind " + r.kind_name, {}, true);
              })
              .when_absent([](const ReadContext& c, const MapFields& map, R& r) {
                if (r.kind == economy::RegimeKind::special_framework)
                  c.src.fail_in(map.field(), child_path(map.path(), "japan_share_of_receipts"),
                                "Japan's share of the tax receipts under the special framework "
                                "(0 to 1)",
                                "the key missing");
              })
              .write_if(
                  [](const R& r) { return r.kind == economy::RegimeKind::special_framework; }),
      });
  return t;
}

}  // namespace jez
