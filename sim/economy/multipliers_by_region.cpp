// Multipliers by the region where they fall: one factorisation of I - A, and for each region
// and row coefficient c the row (c restricted to the region) times L, by transposed solves.
#include "economy/multipliers_by_region.hpp"

#include <fmt/format.h>

#include <map>

#include "economy/leontief_solver.hpp"
#include "economy/multipliers.hpp"

namespace jez::economy {

RegionalMultipliers compute_multipliers_by_region(const IoTable& table) {
  const int n = table.n();
  RegionalMultipliers m;
  m.sectors = table.sectors;
  std::vector<int> region_of(n);
  std::map<std::string, int> index;
  for (int j = 0; j < n; ++j) {
    const std::string& name = table.sectors[j];
    const size_t colon = name.find(':');
    if (colon == std::string::npos || colon == 0 || colon + 1 == name.size()) {
      throw TableError(fmt::format(
          "{}:1:1: expected every sector named region:sector for --by-region (as pymrio and "
          "the MRIO databases flatten them), found '{}' (sector {} of the header)",
          table.source.string(), name, j + 1));
    }
    const std::string region = name.substr(0, colon);
    auto [it, fresh] = index.emplace(region, int(m.regions.size()));
    if (fresh) m.regions.push_back(region);
    region_of[j] = it->second;
  }
  const int R = int(m.regions.size());
  const Eigen::VectorXd per_output = table.x.cwiseInverse();
  std::vector<Eigen::VectorXd> coefficients = {
      Eigen::VectorXd::Ones(n), table.value_added_by_sector().cwiseProduct(per_output)};
  if (table.compensation)
    coefficients.push_back(table.compensation->sectors.cwiseProduct(per_output));
  if (table.employment) coefficients.push_back(table.employment->sectors.cwiseProduct(per_output));
  // Column q * R + r of C: coefficient q restricted to region r's sectors.
  Eigen::MatrixXd C = Eigen::MatrixXd::Zero(n, Eigen::Index(coefficients.size()) * R);
  for (size_t q = 0; q < coefficients.size(); ++q)
    for (int i = 0; i < n; ++i) C(i, Eigen::Index(q) * R + region_of[i]) = coefficients[q](i);
  const Eigen::MatrixXd effects =
      LeontiefSolver(technical_coefficients(table)).solve_transposed(C);  // n x (q R)
  auto block = [&](size_t q) -> Eigen::MatrixXd {
    return effects.middleCols(Eigen::Index(q) * R, R).transpose();
  };
  m.output_type1 = block(0);
  m.value_added_effect = block(1);
  size_t q = 2;
  if (table.compensation) m.income_effect = block(q++);
  if (table.employment) m.employment_effect = block(q++);
  return m;
}

std::string multipliers_by_region_csv(const RegionalMultipliers& m) {
  std::string out = "sector,region,output_type1,value_added_effect";
  if (m.income_effect) out += ",income_effect";
  if (m.employment_effect) out += ",employment_effect";
  out += "\n";
  for (size_t j = 0; j < m.sectors.size(); ++j) {
    for (size_t r = 0; r < m.regions.size(); ++r) {
      out += fmt::format("{},{},{:.10g},{:.10g}", csv_field(m.sectors[j]), csv_field(m.regions[r]),
                         m.output_type1(r, j), m.value_added_effect(r, j));
      if (m.income_effect) out += fmt::format(",{:.10g}", (*m.income_effect)(r, j));
      if (m.employment_effect) out += fmt::format(",{:.10g}", (*m.employment_effect)(r, j));
      out += "\n";
    }
  }
  return out;
}

}  // namespace jez::economy
