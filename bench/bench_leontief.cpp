// One period's Leontief step (a solve on the stored LU factors of I - A) and the factorisation
// itself, at 50, 500 and 2000 sectors (DESIGN.md section 6), on random productive matrices.
#include <benchmark/benchmark.h>

#include <random>

#include "economy/leontief_solver.hpp"

namespace {

// A dense random A >= 0 whose columns sum to 0.6: productive, like a real table's coefficients.
Eigen::MatrixXd random_productive_matrix(int n) {
  std::mt19937 rng(42);
  std::uniform_real_distribution<double> u(0, 1);
  Eigen::MatrixXd A = Eigen::MatrixXd::NullaryExpr(n, n, [&] { return u(rng); });
  return A * Eigen::VectorXd(0.6 * A.colwise().sum().cwiseInverse()).asDiagonal();
}

void BM_LeontiefStep(benchmark::State& state) {
  const int n = int(state.range(0));
  const jez::economy::LeontiefSolver solver(random_productive_matrix(n));
  const Eigen::VectorXd f = Eigen::VectorXd::Constant(n, 100.0 / 12);
  for (auto _ : state) {
    Eigen::VectorXd x = solver.solve(f);
    benchmark::DoNotOptimize(x.data());
    benchmark::ClobberMemory();
  }
  state.SetComplexityN(n);
}

void BM_LeontiefFactorise(benchmark::State& state) {
  const Eigen::MatrixXd A = random_productive_matrix(int(state.range(0)));
  for (auto _ : state) {
    jez::economy::LeontiefSolver solver(A);
    benchmark::DoNotOptimize(&solver);
  }
  state.SetComplexityN(state.range(0));
}

BENCHMARK(BM_LeontiefStep)->Arg(50)->Arg(500)->Arg(2000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_LeontiefFactorise)->Arg(50)->Arg(500)->Arg(2000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
