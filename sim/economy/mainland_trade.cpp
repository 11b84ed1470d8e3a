// The zone's purchase shares and the mainland model, read off the flat table once.
#include "economy/mainland_trade.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>

namespace jez::economy {

namespace {

// The table's layout: sector (region, good) and final-demand column region:name by region.
struct Layout {
  std::vector<std::string> regions;                           // in order of first appearance
  std::vector<std::vector<std::string>> goods;                // by region, in table order
  std::map<std::pair<std::string, std::string>, int> sector;  // (region, good) -> index
  std::map<std::string, std::vector<int>> final_columns;      // region -> its F columns
};

[[noreturn]] void fail(const IoTable& t, const std::string& what) {
  throw TableError(fmt::format("{}:1:1: {}", t.source.string(), what));
}

Layout layout_of(const IoTable& t) {
  Layout l;
  for (int j = 0; j < t.n(); ++j) {
    const std::string& name = t.sectors[j];
    const size_t colon = name.find(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == name.size())
      fail(t, fmt::format("expected every sector of the regions' table named region:sector, "
                          "found '{}' (sector {} of the header)",
                          name, j + 1));
    const std::string region = name.substr(0, colon), good = name.substr(colon + 1);
    auto it = std::find(l.regions.begin(), l.regions.end(), region);
    if (it == l.regions.end()) {
      l.regions.push_back(region);
      l.goods.emplace_back();
      it = l.regions.end() - 1;
    }
    l.goods[std::size_t(it - l.regions.begin())].push_back(good);
    l.sector[{region, good}] = j;
  }
  for (int k = 0; k < int(t.final_demand_names.size()); ++k) {
    const std::string& name = t.final_demand_names[k];
    const size_t colon = name.find(':');
    if (colon != std::string::npos) l.final_columns[name.substr(0, colon)].push_back(k);
  }
  return l;
}

const std::vector<std::string>& goods_of(const IoTable& t, const Layout& l,
                                         const std::string& region) {
  const auto it = std::find(l.regions.begin(), l.regions.end(), region);
  if (it == l.regions.end())
    fail(t, fmt::format("expected a region '{}' in the regions' table (sectors '{}:...'), "
                        "found the regions {}",
                        region, region, fmt::join(l.regions, ", ")));
  return l.goods[std::size_t(it - l.regions.begin())];
}

// Region r's sales of good i to region s (all its sector columns and final-demand columns).
double use_by_origin(const IoTable& t, const Layout& l, const std::string& r, const std::string& s,
                     const std::string& good) {
  const int row = l.sector.at({r, good});
  double u = 0;
  for (const std::string& g : goods_of(t, l, s)) u += t.Z(row, l.sector.at({s, g}));
  if (const auto f = l.final_columns.find(s); f != l.final_columns.end())
    for (const int k : f->second) u += t.F(row, k);
  return u;
}

}  // namespace

struct MainlandTrade::Parts {
  std::vector<std::string> goods;
  Eigen::MatrixXd intermediate, final;
  double mu = 0, zone_share = 0;
  std::vector<RegionCoefficients> coefficients;
  std::vector<Eigen::MatrixXd> trade;
};

namespace {

MainlandTrade::Parts build(const IoTable& t, const std::string& zone,
                           const std::vector<std::string>& mainland,
                           const std::vector<std::string>& zone_sectors) {
  const Layout l = layout_of(t);
  if (mainland.empty()) fail(t, "expected at least one mainland region, found none");
  MainlandTrade::Parts b;
  b.goods = goods_of(t, l, mainland[0]);
  for (const std::string& r : mainland)
    if (goods_of(t, l, r) != b.goods)
      fail(t, fmt::format("expected the mainland region '{}' to have the goods of '{}' in the "
                          "same order ({}), found {}",
                          r, mainland[0], fmt::join(b.goods, ", "),
                          fmt::join(goods_of(t, l, r), ", ")));
  const std::vector<std::string>& zone_goods = goods_of(t, l, zone);
  for (const std::string& g : zone_sectors)
    if (std::find(zone_goods.begin(), zone_goods.end(), g) == zone_goods.end())
      fail(t, fmt::format("expected the zone's sector '{}' as '{}:{}' in the regions' table", g,
                          zone, g));
  const int R = int(mainland.size()), n = int(b.goods.size()), nz = int(zone_sectors.size());
  const Eigen::VectorXd imports = t.imports ? t.imports->sectors : Eigen::VectorXd::Zero(t.n());

  // The zone's purchases by origin: intermediate shares per zone column.
  b.intermediate = Eigen::MatrixXd::Zero(R * n, nz);
  double mainland_total = 0, outside_total = 0;
  Eigen::MatrixXd by_good = Eigen::MatrixXd::Zero(R * n, 1);  // all zone columns
  for (int j = 0; j < nz; ++j) {
    const int col = l.sector.at({zone, zone_sectors[j]});
    double total = imports(col);
    for (int r = 0; r < R; ++r)
      for (int i = 0; i < n; ++i) total += t.Z(l.sector.at({mainland[r], b.goods[i]}), col);
    outside_total += total;
    if (total <= 0) continue;
    for (int r = 0; r < R; ++r)
      for (int i = 0; i < n; ++i) {
        const double z = t.Z(l.sector.at({mainland[r], b.goods[i]}), col);
        b.intermediate(r * n + i, j) = z / total;
        by_good(r * n + i) += z;
        mainland_total += z;
      }
  }
  // ... and the zone's final-demand columns' purchases from the mainland.
  if (const auto f = l.final_columns.find(zone); f != l.final_columns.end())
    for (const int k : f->second)
      for (int r = 0; r < R; ++r)
        for (int i = 0; i < n; ++i) {
          const double z = t.F(l.sector.at({mainland[r], b.goods[i]}), k);
          by_good(r * n + i) += z, mainland_total += z, outside_total += z;
        }
  b.mu = outside_total > 0 ? mainland_total / outside_total : 0;
  // Final goods: good k of the zone bought as good k of the mainland, by the origin split.
  b.final = Eigen::MatrixXd::Zero(R * n, nz);
  Eigen::VectorXd by_region = Eigen::VectorXd::Zero(R);
  for (int r = 0; r < R; ++r) by_region(r) = by_good.col(0).segment(r * n, n).sum();
  for (int k = 0; k < nz; ++k) {
    const auto g = std::find(b.goods.begin(), b.goods.end(), zone_sectors[k]);
    if (g == b.goods.end()) continue;  // a zone good the mainland does not make: leaks
    const int i = int(g - b.goods.begin());
    double good_total = 0;
    for (int r = 0; r < R; ++r) good_total += by_good(r * n + i);
    for (int r = 0; r < R; ++r) {
      const double split = good_total > 0       ? by_good(r * n + i) / good_total
                           : mainland_total > 0 ? by_region(r) / mainland_total
                                                : 1.0 / R;
      b.final(r * n + i, k) = b.mu * split;
    }
  }

  // The mainland model.
  double use_all = 0, use_zone = 0;
  b.trade.assign(n, Eigen::MatrixXd::Zero(R, R));
  for (int s = 0; s < R; ++s) {
    RegionCoefficients c;
    c.name = mainland[s];
    c.A = Eigen::MatrixXd::Zero(n, n);
    c.value_added = c.labour_income = c.jobs = Eigen::VectorXd::Zero(n);
    const Eigen::VectorXd va = t.value_added_by_sector();
    for (int j = 0; j < n; ++j) {
      const int col = l.sector.at({mainland[s], b.goods[j]});
      const double x = t.x(col);
      if (x <= 0) continue;
      for (int i = 0; i < n; ++i)
        for (const std::string& r : l.regions) {
          const auto row = l.sector.find({r, b.goods[i]});
          if (row != l.sector.end()) c.A(i, j) += t.Z(row->second, col) / x;
        }
      c.value_added(j) = va(col) / x;
      if (t.compensation) c.labour_income(j) = t.compensation->sectors(col) / x;
      if (t.employment) c.jobs(j) = t.employment->sectors(col) / x;
    }
    b.coefficients.push_back(std::move(c));
    for (int i = 0; i < n; ++i) {
      double total = 0;
      for (const std::string& r : l.regions)
        if (l.sector.count({r, b.goods[i]}))
          total += use_by_origin(t, l, r, mainland[s], b.goods[i]);
      if (l.sector.count({zone, b.goods[i]}))
        use_zone += use_by_origin(t, l, zone, mainland[s], b.goods[i]);
      use_all += total;
      if (total <= 0) continue;
      for (int r = 0; r < R; ++r)
        b.trade[i](r, s) = use_by_origin(t, l, mainland[r], mainland[s], b.goods[i]) / total;
    }
  }
  b.zone_share = use_all > 0 ? use_zone / use_all : 0;
  return b;
}

Eigen::VectorXd value_added_of(const std::vector<RegionCoefficients>& regions) {
  const int n = regions.empty() ? 0 : int(regions[0].value_added.size());
  Eigen::VectorXd v(Eigen::Index(regions.size()) * n);
  for (std::size_t r = 0; r < regions.size(); ++r)
    v.segment(Eigen::Index(r) * n, n) = regions[r].value_added;
  return v;
}

}  // namespace

MainlandTrade::MainlandTrade(const IoTable& mrio, const std::string& zone,
                             const std::vector<std::string>& mainland,
                             const std::vector<std::string>& zone_sectors)
    : MainlandTrade(build(mrio, zone, mainland, zone_sectors), mainland) {}

MainlandTrade::MainlandTrade(Parts b, const std::vector<std::string>& mainland)
    : mainland_(mainland),
      goods_(std::move(b.goods)),
      intermediate_(std::move(b.intermediate)),
      final_(std::move(b.final)),
      value_added_(value_added_of(b.coefficients)),
      mu_(b.mu),
      zone_share_(b.zone_share),
      economy_(std::move(b.coefficients), b.trade) {}

int MainlandTrade::good_index(const std::string& good) const {
  const auto it = std::find(goods_.begin(), goods_.end(), good);
  return it == goods_.end() ? -1 : int(it - goods_.begin());
}

int MainlandTrade::region_index(const std::string& region) const {
  const auto it = std::find(mainland_.begin(), mainland_.end(), region);
  return it == mainland_.end() ? -1 : int(it - mainland_.begin());
}

}  // namespace jez::economy
