#include "economy/effect_split.hpp"

#include <fmt/format.h>

#include <stdexcept>

namespace jez::economy {

EffectSplit::EffectSplit(const RegionalEconomy& e) : n_(e.n()), open_(e.technical_coefficients()) {
  if (!e.households_endogenous()) return;
  Eigen::MatrixXd Abar = Eigen::MatrixXd::Zero(n_ + 1, n_ + 1);
  Abar.topLeftCorner(n_, n_) = e.technical_coefficients();
  Abar.topRightCorner(n_, 1) = e.household_consumption_coefficients();
  Abar.bottomLeftCorner(1, n_) = e.labour_coefficients().transpose();
  Abar(n_, n_) = e.household_own_coefficient();
  closed_.emplace(Eigen::MatrixXd::Identity(n_ + 1, n_ + 1) - Abar);
}

OutputEffects EffectSplit::split(const Eigen::VectorXd& df) const {
  if (df.size() != n_)
    throw std::invalid_argument(fmt::format(
        "EffectSplit: expected a demand change of {} sectors, found {} entries", n_, df.size()));
  OutputEffects out;
  out.direct = df;
  const Eigen::VectorXd type1 = open_.solve(df);
  out.indirect = type1 - df;
  if (closed_) {
    Eigen::VectorXd r = Eigen::VectorXd::Zero(n_ + 1);
    r.head(n_) = df;
    out.induced = closed_->solve(r).head(n_) - type1;
  } else {
    out.induced = Eigen::VectorXd::Zero(n_);
  }
  return out;
}

}  // namespace jez::economy
