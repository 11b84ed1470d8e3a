#include "economy/sector_wages.hpp"

#include <fmt/format.h>

namespace jez::economy {

std::optional<std::string> set_sector_wages(IoTable& t, const std::map<int, double>& wage) {
  if (wage.empty()) return std::nullopt;
  if (!t.compensation || !t.employment)
    return std::string("the table needs compensation and employment rows");
  Eigen::VectorXd& comp = t.compensation->sectors;
  const Eigen::VectorXd& jobs = t.employment->sectors;
  const double total = comp.sum();
  double set = 0, rest = 0;
  for (int j = 0; j < t.n(); ++j)
    if (!wage.count(j)) rest += comp(j);
  for (const auto& [j, w] : wage) set += jobs(j) * w;
  if (!(rest > 0) || !(total - set > 0))
    return fmt::format(
        "the wages set leave {:.6g} of the table's labour income {:.6g} for the "
        "other sectors",
        total - set, total);
  const double scale = (total - set) / rest;
  const Eigen::VectorXd va = t.value_added_by_sector();
  for (int j = 0; j < t.n(); ++j) {
    comp(j) = wage.count(j) ? jobs(j) * wage.at(j) : comp(j) * scale;
    if (comp(j) > va(j) + 1e-9)
      return fmt::format("sector '{}' would pay {:.6g} in wages out of {:.6g} of value added",
                         t.sectors[j], comp(j), va(j));
  }
  return std::nullopt;
}

}  // namespace jez::economy
