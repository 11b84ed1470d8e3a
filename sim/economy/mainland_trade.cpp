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

// The layout's sectors by index, resolved once: the table is read cell by cell below, and a
// lookup by name in each inner loop cost more than the arithmetic.
struct Index {
  std::vector<std::vector<int>> row;   // [region of the layout][good of the mainland] -> sector
  std::vector<std::vector<int>> cols;  // [region] -> its sector columns, in table order
  std::vector<const std::vector<int>*> finals;  // [region] -> its final-demand columns
  std::vector<int> none;

  Index(const Layout& l, const std::vector<std::string>& goods) {
    const std::size_t regions = l.regions.size();
    row.assign(regions, std::vector<int>(goods.size(), -1));
    cols.resize(regions);
    finals.assign(regions, &none);
    for (std::size_t g = 0; g < regions; ++g) {
      for (std::size_t i = 0; i < goods.size(); ++i)
        if (const auto it = l.sector.find({l.regions[g], goods[i]}); it != l.sector.end())
          row[g][i] = it->second;
      for (const std::string& good : l.goods[g])
        cols[g].push_back(l.sector.at({l.regions[g], good}));
      if (const auto f = l.final_columns.find(l.regions[g]); f != l.final_columns.end())
        finals[g] = &f->second;
    }
  }
  int region(const Layout& l, const std::string& name) const {
    return int(std::find(l.regions.begin(), l.regions.end(), name) - l.regions.begin());
  }
};

// Region r's sales from sector row `row` to region s (all its sector columns and final-demand
// columns).
double use_by_origin(const IoTable& t, const Index& x, int row, int s) {
  double u = 0;
  for (const int c : x.cols[std::size_t(s)]) u += t.Z(row, c);
  for (const int k : *x.finals[std::size_t(s)]) u += t.F(row, k);
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
  const Index x(l, b.goods);
  std::vector<int> m(std::size_t(R), 0);  // each mainland region's place in the layout
  for (int r = 0; r < R; ++r) m[std::size_t(r)] = x.region(l, mainland[std::size_t(r)]);
  const int zg = x.region(l, zone);
  const auto row = [&](int r, int i) {
    return x.row[std::size_t(m[std::size_t(r)])][std::size_t(i)];
  };

  // The zone's purchases by origin: intermediate shares per zone column.
  b.intermediate = Eigen::MatrixXd::Zero(R * n, nz);
  double mainland_total = 0, outside_total = 0;
  Eigen::MatrixXd by_good = Eigen::MatrixXd::Zero(R * n, 1);  // all zone columns
  for (int j = 0; j < nz; ++j) {
    const int col = l.sector.at({zone, zone_sectors[j]});
    double total = imports(col);
    for (int r = 0; r < R; ++r)
      for (int i = 0; i < n; ++i) total += t.Z(row(r, i), col);
    outside_total += total;
    if (total <= 0) continue;
    for (int r = 0; r < R; ++r)
      for (int i = 0; i < n; ++i) {
        const double z = t.Z(row(r, i), col);
        b.intermediate(r * n + i, j) = z / total;
        by_good(r * n + i) += z;
        mainland_total += z;
      }
  }
  // ... and the zone's final-demand columns' purchases from the mainland.
  for (const int k : *x.finals[std::size_t(zg)])
    for (int r = 0; r < R; ++r)
      for (int i = 0; i < n; ++i) {
        const double z = t.F(row(r, i), k);
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
  const Eigen::VectorXd va = t.value_added_by_sector();
  const int G = int(l.regions.size());
  std::vector<double> use(
      static_cast<std::size_t>(G));  // good i's sales by each region of the layout to s
  for (int s = 0; s < R; ++s) {
    RegionCoefficients c;
    c.name = mainland[s];
    c.A = Eigen::MatrixXd::Zero(n, n);
    c.value_added = c.labour_income = c.jobs = Eigen::VectorXd::Zero(n);
    for (int j = 0; j < n; ++j) {
      const int col = row(s, j);
      const double xj = t.x(col);
      if (xj <= 0) continue;
      for (int i = 0; i < n; ++i)
        for (int g = 0; g < G; ++g)
          if (const int r = x.row[std::size_t(g)][std::size_t(i)]; r >= 0)
            c.A(i, j) += t.Z(r, col) / xj;
      c.value_added(j) = va(col) / xj;
      if (t.compensation) c.labour_income(j) = t.compensation->sectors(col) / xj;
      if (t.employment) c.jobs(j) = t.employment->sectors(col) / xj;
    }
    b.coefficients.push_back(std::move(c));
    for (int i = 0; i < n; ++i) {
      double total = 0;
      for (int g = 0; g < G; ++g)
        if (const int r = x.row[std::size_t(g)][std::size_t(i)]; r >= 0) {
          use[std::size_t(g)] = use_by_origin(t, x, r, m[std::size_t(s)]);
          total += use[std::size_t(g)];
        }
      if (x.row[std::size_t(zg)][std::size_t(i)] >= 0) use_zone += use[std::size_t(zg)];
      use_all += total;
      if (total <= 0) continue;
      for (int r = 0; r < R; ++r) b.trade[i](r, s) = use[std::size_t(m[std::size_t(r)])] / total;
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
