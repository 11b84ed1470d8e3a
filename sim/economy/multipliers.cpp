// Multipliers from the Leontief inverse (Type I) and the inverse closed with households (Type II).
#include "economy/multipliers.hpp"

#include <fmt/format.h>

#include <cmath>
#include <limits>

#include "economy/leontief_solver.hpp"

namespace jez::economy {
namespace {

// (c L)_j / c_j, NaN where c_j is 0.
Eigen::VectorXd ratio(const Eigen::VectorXd& effect, const Eigen::VectorXd& direct) {
  Eigen::VectorXd out(effect.size());
  for (int j = 0; j < effect.size(); ++j) {
    out(j) = direct(j) != 0 ? effect(j) / direct(j) : std::numeric_limits<double>::quiet_NaN();
  }
  return out;
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string quoted = "\"";
  for (char c : s) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

}  // namespace

Multipliers compute_multipliers(const IoTable& table) {
  const int n = table.n();
  const Eigen::MatrixXd L = LeontiefSolver(technical_coefficients(table)).inverse();
  const Eigen::VectorXd per_output = table.x.cwiseInverse();
  Multipliers m;
  m.sectors = table.sectors;
  m.output_type1 = L.colwise().sum().transpose();

  const Eigen::VectorXd v = table.value_added_by_sector().cwiseProduct(per_output);
  m.value_added_effect = L.transpose() * v;
  m.value_added_type1 = ratio(m.value_added_effect, v);

  std::optional<Eigen::MatrixXd> L_bar;
  if (auto closed = household_closed_coefficients(table)) {
    L_bar = LeontiefSolver(*closed).inverse();
    m.output_type2 = L_bar->topLeftCorner(n, n).colwise().sum().transpose();
  }
  if (table.compensation) {
    const Eigen::VectorXd w = table.compensation->sectors.cwiseProduct(per_output);
    m.income_effect = L.transpose() * w;
    m.income_type1 = ratio(*m.income_effect, w);
    if (L_bar) m.income_type2 = ratio(L_bar->bottomLeftCorner(1, n).transpose(), w);
  }
  if (table.employment) {
    const Eigen::VectorXd e = table.employment->sectors.cwiseProduct(per_output);
    m.employment_effect = L.transpose() * e;
    m.employment_type1 = ratio(*m.employment_effect, e);
    if (L_bar) {
      m.employment_type2 = ratio(L_bar->topLeftCorner(n, n).transpose() * e, e);
    }
  }
  return m;
}

std::string multipliers_csv(const Multipliers& m) {
  std::string out =
      "sector,output_type1,output_type2,income_effect,income_type1,income_type2,"
      "employment_effect,employment_type1,employment_type2,value_added_effect,value_added_type1\n";
  auto pointer = [](const std::optional<Eigen::VectorXd>& c) { return c ? &*c : nullptr; };
  const std::vector<const Eigen::VectorXd*> columns = {&m.output_type1,
                                                       pointer(m.output_type2),
                                                       pointer(m.income_effect),
                                                       pointer(m.income_type1),
                                                       pointer(m.income_type2),
                                                       pointer(m.employment_effect),
                                                       pointer(m.employment_type1),
                                                       pointer(m.employment_type2),
                                                       &m.value_added_effect,
                                                       &m.value_added_type1};
  for (int j = 0; j < int(m.sectors.size()); ++j) {
    out += csv_field(m.sectors[j]);
    for (const Eigen::VectorXd* column : columns) {
      const bool given = column && !std::isnan((*column)(j));
      out += given ? fmt::format(",{:.10g}", (*column)(j)) : ",";
    }
    out += "\n";
  }
  return out;
}

std::vector<ColumnUnit> multipliers_units(const std::string& money) {
  const std::string per = money + " per " + money + " of final demand";
  return {
      {"sector", "", "the IO sector whose final demand rises by one unit"},
      {"output_type1", per, "output of all sectors (Type I: households exogenous)"},
      {"output_type2", per, "output of all sectors, households endogenous (Type II)"},
      {"income_effect", per, "labour income caused in all sectors"},
      {"income_type1", "ratio", "income effect over the sector's direct labour income"},
      {"income_type2", "ratio", "the Type II income effect over the direct labour income"},
      {"employment_effect", "jobs per " + money + " of final demand", "jobs in all sectors"},
      {"employment_type1", "ratio", "employment effect over the sector's direct jobs"},
      {"employment_type2", "ratio", "the Type II employment effect over the direct jobs"},
      {"value_added_effect", per, "value added caused in all sectors"},
      {"value_added_type1", "ratio", "value-added effect over the sector's direct value added"},
  };
}

}  // namespace jez::economy
