// The multiregional step (interregional_economy.hpp) at R = 5 regions x n = 12 sectors (the
// default scenario's regions) and R = 20 x n = 36: building and factorising I - C A once, and
// one period's solve with the regions' accounts.
#include <benchmark/benchmark.h>

#include <random>

#include "economy/interregional_economy.hpp"

namespace {

using jez::economy::InterregionalEconomy;
using jez::economy::RegionCoefficients;

struct System {
  std::vector<RegionCoefficients> regions;
  std::vector<Eigen::MatrixXd> trade;
};

System random_system(int R, int n) {
  std::mt19937 rng(7);
  std::uniform_real_distribution<double> u(0, 1);
  System s;
  for (int r = 0; r < R; ++r) {
    Eigen::MatrixXd A = Eigen::MatrixXd::NullaryExpr(n, n, [&] { return u(rng); });
    A *= 0.6 / A.colwise().sum().maxCoeff();
    const Eigen::VectorXd v = Eigen::VectorXd::Ones(n) - A.colwise().sum().transpose();
    s.regions.push_back({"r" + std::to_string(r), A, v, 0.5 * v, 0.01 * v});
  }
  for (int i = 0; i < n; ++i) {
    Eigen::MatrixXd c = Eigen::MatrixXd::NullaryExpr(R, R, [&] { return u(rng); });
    s.trade.push_back(c * Eigen::VectorXd(0.9 * c.colwise().sum().cwiseInverse()).asDiagonal());
  }
  return s;
}

void BM_InterregionalFactorise(benchmark::State& state) {
  const System s = random_system(int(state.range(0)), int(state.range(1)));
  for (auto _ : state) {
    InterregionalEconomy e(s.regions, s.trade);
    benchmark::DoNotOptimize(&e);
  }
}

void BM_InterregionalStep(benchmark::State& state) {
  const int R = int(state.range(0)), n = int(state.range(1));
  const System s = random_system(R, n);
  const InterregionalEconomy e(s.regions, s.trade);
  const Eigen::VectorXd f = Eigen::VectorXd::Constant(R * n, 100.0 / 12);
  for (auto _ : state) {
    auto accounts = e.accounts(f);
    benchmark::DoNotOptimize(accounts.data());
  }
}

BENCHMARK(BM_InterregionalFactorise)->Args({5, 12})->Args({20, 36})->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_InterregionalStep)->Args({5, 12})->Args({20, 36})->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
