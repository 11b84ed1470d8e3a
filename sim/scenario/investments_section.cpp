// The `investments` table: each project's capital, owners, payment tranches and build time.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "scenario/bounds.hpp"
#include "scenario/did_you_mean.hpp"
#include "scenario/scenario_sections.hpp"

namespace jez {

using schema::Range;

namespace {

constexpr double kShareTolerance = 1e-6;  // shares written with a few decimals still sum to 1
constexpr Range kShare{0, 1, true, false, ""};

using V = Investment;
using K = keys::For<V>;

keys::Key<V> owners_key() {
  schema::Key info = K::info("owners", schema::Type::map, "",
                             "ownership by side, e.g. {japan: 0.5, russia: 0.5}; shares sum to 1");
  auto element = std::make_shared<schema::Key>(K::info("", schema::Type::number, "", ""));
  element->range = kShare;
  info.element = element;
  return K::custom(
             info,
             [](const ReadContext& c, const Field& owners, V& v) {
               const YAML::Node& owner_map = owners.node;
               if (!owner_map.IsMap() || owner_map.size() == 0)
                 c.src.fail(owners,
                            "a map of sides to ownership shares, such as {japan: 0.5, russia: 0.5}",
                            describe(owner_map));
               std::vector<std::string> sides;
               for (const auto& kv : owner_map)
                 sides.push_back(kv.first.IsScalar() ? kv.first.Scalar() : "?");
               const MapFields owner_fields(c.src, owners, "the owners", sides);
               double total = 0;
               for (const std::string& side : sides) {
                 const Field f = *owner_fields.optional(side);
                 read_name(c.src, Field{f.key, f.path, f.key});
                 total += v.owners[side] = read_number(c.src, f, kShare);
               }
               if (std::abs(total - 1) > kShareTolerance)
                 c.src.fail(owners, "ownership shares that sum to 1",
                            fmt::format("a sum of {:.6g}", total));
             },
             [](const V& v) {
               std::string out;
               for (const auto& [side, share] : v.owners)
                 out += fmt::format("{}{}: {}", out.empty() ? "" : ", ", keys::quoted(side),
                                    keys::number(share));
               return "{" + out + "}";
             })
      .required();
}

const keys::Table<Tranche>& tranche_table() {
  using T = Tranche;
  using KT = keys::For<T>;
  static const keys::Table<T> t(
      "tranche", "investments[].tranches[]", "a tranche", "",
      {KT::month_in_horizon("date", &T::date, "the month the money is paid").required(),
       KT::number("share", &T::share, kShare, "", "of the project's capital").required()});
  return t;
}

keys::ListOptions<V, Tranche> tranche_options() {
  keys::ListOptions<V, Tranche> o;
  o.list_what = "a list of {date: YYYY-MM, share} payments in date order";
  o.style = keys::ListStyle::inline_list;
  o.each = [](const ReadContext& c, const MapFields& item, const V&,
              const std::vector<Tranche>& before, const Tranche& tr) {
    if (!before.empty() && tr.date < before.back().date)
      c.src.fail(
          item.required("date"),
          fmt::format("a month not before the previous tranche's ({})", before.back().date.str()),
          tr.date.str());
  };
  o.finish = [](const ReadContext& c, const Field& f, V& v) {
    if (v.tranches.empty()) c.src.fail(f, "at least one tranche", "an empty list");
    double total = 0;
    for (const auto& tr : v.tranches) total += tr.share;
    if (std::abs(total - 1) > kShareTolerance)
      c.src.fail(f, "tranche shares that sum to 1", fmt::format("a sum of {:.6g}", total));
  };
  return o;
}

std::string table_sector(const ReadContext& c, const Field& f, const V&) {
  return read_table_sector(c.src, f, c.s);
}

// A mainland region of economy.regions.
std::string read_equipment_origin(const ReadContext& c, const Field& f, const V&) {
  if (!c.s.economy.regions)
    c.src.fail(f, "equipment_from only with economy.regions", "no economy.regions", {}, true);
  const RegionsSpec& r = *c.s.economy.regions;
  const std::string region = read_mainland_region(c.src, f, r);
  if (r.table.sector_index(region + ":" + r.equipment_good) < 0)
    c.src.fail(f, "a region whose goods include economy.regions.equipment_good",
               "no sector '" + region + ":" + r.equipment_good + "' in the regions' table");
  return region;
}

}  // namespace

const keys::Table<Investment>& investment_table() {
  static const keys::Table<V> t(
      "investment", "investments[]", "an investment", "One item per joint project.",
      {
          K::name("project", &V::project,
                  "the name of the project in sectors when a sector model operates it")
              .required()
              .unique("project"),
          K::ref("sector", &V::sector, table_sector,
                 "the activity's sector of the table (wind_power, tourism, ...)")
              .required(),
          owners_key(),
          K::number("capital", &V::capital, bounds::kPositiveMoney, "table money",
                    "paid by the tranches")
              .required(),
          K::list("tranches", &V::tranches, tranche_table(), tranche_options(),
                  "payments in date order, each within the horizon; shares sum to 1")
              .required(),
          K::whole("build_months", &V::build_months,
                   Range{0, 600, false, false, "no project takes 50 years to build"}, "months",
                   "from the first tranche until the capacity comes online"),
          K::number("depreciation_per_year", &V::depreciation_per_year,
                    Range{0, 1, false, false, "0.05 is 5 %"}, "1/year",
                    "straight rate on the capital stock"),
          K::number("local_purchase_share", &V::local_purchase_share, bounds::kFraction, "",
                    "the part of construction spending bought on the islands (the rest is "
                    "imported)"),
          K::ref("supplier_sector", &V::supplier_sector, table_sector,
                 "the sector the local part buys from")
              .when_absent([](const ReadContext& c, const MapFields& map, V& v) {
                check_default_sector(c, map, "supplier_sector", v.supplier_sector,
                                     "the sector that supplies the construction");
              }),
          K::ref("equipment_from", &V::equipment_from, read_equipment_origin,
                 "with economy.regions: the mainland region the imported part of its "
                 "construction spending (the equipment) is bought from, as that region's "
                 "economy.regions.equipment_good")
              .default_is("as the zone's other final goods bought outside")
              .write_if([](const V& v) { return !v.equipment_from.empty(); }),
          K::number("output_capacity_per_year", &V::output_capacity_per_year, bounds::kMoney,
                    "table money/year", "the project's output at full use once online")
              .required(),
          K::optional_month("registered", &V::registered,
                            "when the project's firm is registered (a regime may cover only "
                            "firms registered from a month on)")
              .default_is("its first tranche's month"),
      });
  return t;
}

namespace {

constexpr Range kAnnualRate{0, 1, false, true, "0.04 is 4 %"};

using SF = SideFinance;

const keys::Table<SideFinance>& side_finance_table() {
  using KF = keys::For<SF>;
  schema::Key currency = KF::info("currency", schema::Type::text, "",
                                  "the side's own currency: the base currency or JPY (then "
                                  "converted by currency.jpy_per_base)");
  currency.default_text = "JPY for japan when there is a currency section, else the base";
  schema::Key discount =
      KF::info("discount_rate_per_year", schema::Type::number, "1/year", "the side's own rate");
  discount.range = kAnnualRate;
  discount.default_text = "economy.discount_rate_per_year";
  static const keys::Table<SF> t(
      "side_finance", "finance.<side>", "a side's finance",
      "How a side finances its share of the projects: its currency, its discount rate and its "
      "debt (a share of its payments borrowed at a rate, repaid in equal instalments).",
      {
          KF::custom(currency,
                     [](const ReadContext& c, const Field& f, SF& x) {
                       x.in_yen = read_choice(c.src, f, {c.s.currency.base, "JPY"}) == "JPY";
                       if (x.in_yen && !c.s.currency.given)
                         c.src.fail(f, "a currency section (its jpy_per_base converts to yen)",
                                    "none", {}, true);
                     },
                     {}),
          KF::custom(discount,
                     [](const ReadContext& c, const Field& f, SF& x) {
                       x.discount_rate_per_year = read_number(c.src, f, kAnnualRate);
                     },
                     {}),
          KF::number("debt_share", &SF::debt_share, bounds::kFraction, "",
                     "the share of its payments the side borrows"),
          KF::number("debt_rate_per_year", &SF::debt_rate_per_year, kAnnualRate, "1/year",
                     "the loans' interest rate"),
          KF::whole("debt_years", &SF::debt_years,
                    Range{1, 50, false, false, "a loan of 1 to 50 years"}, "years",
                    "the loans' term"),
      });
  return t;
}

}  // namespace

// `finance`: a map from side (japan, russia, or an investment's owner) to its finance.
keys::Key<Scenario> finance_key() {
  using KS = keys::For<Scenario>;
  schema::Key info = KS::info("finance", schema::Type::map, "",
                              "each side's finance, by side; absent: equity in the table's money "
                              "at economy.discount_rate_per_year (Japan in yen with a currency "
                              "section)");
  auto element = std::make_shared<schema::Key>(KS::info("", schema::Type::map, "", ""));
  element->section = &side_finance_table().info;
  info.element = element;
  keys::Key<Scenario> k =
      KS::custom(info,
                 [](const ReadContext& c, const Field& field, Scenario& s) {
                   std::vector<std::string> sides = {"japan", "russia"};
                   for (const Investment& v : s.investments)
                     for (const auto& [side, share] : v.owners)
                       if (std::find(sides.begin(), sides.end(), side) == sides.end())
                         sides.push_back(side);
                   const MapFields map(c.src, field, "each side's finance", sides);
                   const auto& t = side_finance_table();
                   for (const std::string& side : sides)
                     if (const auto item = map.optional(side)) {
                       SideFinance f = s.finance_of(side);
                       keys::read_fields(c, MapFields(c.src, *item, t.info.what, t.names()), t, f);
                       s.finance[side] = f;
                     }
                 },
                 {});
  k.block = [](std::string& y, int indent, const Scenario& s) {
    y += fmt::format("{:{}}finance:\n", "", indent);
    for (const auto& [side, f] : s.finance) {
      const int i = indent + 2, j = indent + 4;
      y += fmt::format("{:{}}{}:\n", "", i, keys::quoted(side));
      y += fmt::format("{:{}}currency: {}\n", "", j, f.in_yen ? "JPY" : s.currency.base);
      y += fmt::format(
          "{:{}}discount_rate_per_year: {}\n", "", j,
          keys::number(f.discount_rate_per_year.value_or(s.economy.discount_rate_per_year)));
      y += fmt::format("{:{}}debt_share: {}\n", "", j, keys::number(f.debt_share));
      y += fmt::format("{:{}}debt_rate_per_year: {}\n", "", j, keys::number(f.debt_rate_per_year));
      y += fmt::format("{:{}}debt_years: {}\n", "", j, f.debt_years);
    }
  };
  k.written = [](const Scenario& s) { return !s.finance.empty(); };
  k.info.default_text = "none";
  return k;
}

}  // namespace jez
