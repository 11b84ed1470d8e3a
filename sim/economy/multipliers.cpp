// Multipliers from the Leontief inverse (Type I) and the inverse closed with households (Type II).
#include "economy/multipliers.hpp"

#include <fmt/format.h>

#include <cmath>
#include <limits>
#include <stdexcept>

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

}  // namespace

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string quoted = "\"";
  for (char c : s) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

// Every multiplier is a row coefficient times an inverse, (c L)_j: the columns of L^T C, from one
// factorisation of I - A by solves with its transpose; no inverse is formed, and Type II comes
// from the same factors (the closed system is I - A bordered by one row and one column).
Multipliers compute_multipliers(const IoTable& table) {
  const int n = table.n();
  const Eigen::VectorXd per_output = table.x.cwiseInverse();
  const Eigen::VectorXd v = table.value_added_by_sector().cwiseProduct(per_output);
  std::optional<Eigen::VectorXd> w, e;
  if (table.compensation) w = table.compensation->sectors.cwiseProduct(per_output);
  if (table.employment) e = table.employment->sectors.cwiseProduct(per_output);

  // Columns of C: 1 (output), v, then w and e where the table has them.
  Eigen::MatrixXd C(n, 2 + (w ? 1 : 0) + (e ? 1 : 0));
  C.col(0).setOnes();
  C.col(1) = v;
  const int w_col = w ? 2 : -1, e_col = e ? 2 + (w ? 1 : 0) : -1;
  if (w) C.col(w_col) = *w;
  if (e) C.col(e_col) = *e;
  const Eigen::MatrixXd effects = LeontiefSolver(technical_coefficients(table)).solve_transposed(C);

  Multipliers m;
  m.sectors = table.sectors;
  m.output_type1 = effects.col(0);
  m.value_added_effect = effects.col(1);
  m.value_added_type1 = ratio(m.value_added_effect, v);
  if (w) {
    m.income_effect = effects.col(w_col);
    m.income_type1 = ratio(*m.income_effect, *w);
  }
  if (e) {
    m.employment_effect = effects.col(e_col);
    m.employment_type1 = ratio(*m.employment_effect, *e);
  }
  if (auto closed = household_closed_coefficients(table)) {
    if (auto issue = productivity_issue(*closed)) {
      throw std::invalid_argument(
          "compute_multipliers: the table closed with households is not productive: " +
          issue->reason);
    }
    // Type II with no second factorisation. I - A_bar = [[M, -h], [-w, 1 - h_hh]], M = I - A.
    // A row [c', c_h] times L_bar, y' = [y_1', y_h], solves M' y_1 - w' y_h = c and
    // -h' y_1 + (1 - h_hh) y_h = c_h; with u = M'^-1 c and g = M'^-1 w (the income effects),
    // y_h = (c_h + h'u) / s and y_1 = u + y_h g, where s = 1 - h_hh - h'g (the Schur complement).
    const Eigen::VectorXd h = closed->topRightCorner(n, 1);
    const Eigen::VectorXd& g = *m.income_effect;
    const double s = 1 - (*closed)(n, n) - h.dot(g);
    auto times_closed_inverse = [&](const Eigen::VectorXd& u, double c_h) -> Eigen::VectorXd {
      return u + ((c_h + h.dot(u)) / s) * g;  // y_1: the sector entries of the row times L_bar
    };
    m.output_type2 = times_closed_inverse(m.output_type1, 0);
    m.income_type2 = ratio(times_closed_inverse(Eigen::VectorXd::Zero(n), 1), *w);
    if (e) m.employment_type2 = ratio(times_closed_inverse(*m.employment_effect, 0), *e);
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
