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

// Every multiplier is a row coefficient times an inverse, (c L)_j: the columns of L^T C, from one
// factorisation of I - A (and one of I - A_bar) by solves with the transpose; no inverse is formed.
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
    // Columns: the sector rows' ones (output), the household row (income), the jobs per output.
    Eigen::MatrixXd C_bar = Eigen::MatrixXd::Zero(n + 1, e ? 3 : 2);
    C_bar.col(0).head(n).setOnes();
    C_bar(n, 1) = 1;
    if (e) C_bar.col(2).head(n) = *e;
    const Eigen::MatrixXd closed_effects = LeontiefSolver(*closed).solve_transposed(C_bar);
    m.output_type2 = closed_effects.col(0).head(n);
    if (w) m.income_type2 = ratio(closed_effects.col(1).head(n), *w);
    if (e) m.employment_type2 = ratio(closed_effects.col(2).head(n), *e);
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

}  // namespace jez::economy
