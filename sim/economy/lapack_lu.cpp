// dgetrf of OpenBLAS, found at run time; the substitutions on its factors.
#include "economy/lapack_lu.hpp"

#include <dlfcn.h>
#include <fmt/format.h>

#include <stdexcept>
#include <utility>

namespace jez::economy {
namespace {

// The Fortran ABI of LAPACK (gfortran: every argument by address).
using Dgetrf = void (*)(const int* m, const int* n, double* a, const int* lda, int* ipiv,
                        int* info);

struct OpenBlas {
  Dgetrf getrf = nullptr;
};

// Loaded once per process; never unloaded (its threads live until exit).
const OpenBlas& open_blas() {
  static const OpenBlas lib = [] {
    OpenBlas found;
    // Debian's libopenblas0 (pthread or openmp flavour) behind its alternatives link.
    for (const char* name : {"libopenblas.so.0", "libopenblas.so"}) {
      void* handle = dlopen(name, RTLD_LAZY | RTLD_LOCAL);
      if (!handle) continue;
      found.getrf = reinterpret_cast<Dgetrf>(dlsym(handle, "dgetrf_"));
      if (found.getrf) return found;
      found = OpenBlas{};
      dlclose(handle);
    }
    return found;
  }();
  return lib;
}

}  // namespace

bool LapackLu::available() {
  return open_blas().getrf != nullptr;
}

std::optional<LapackLu> LapackLu::factorise(Eigen::MatrixXd M) {
  const OpenBlas& lib = open_blas();
  if (!lib.getrf) return std::nullopt;
  if (M.rows() != M.cols()) {
    throw std::invalid_argument(
        fmt::format("LapackLu: expected a square matrix, found {} x {}", M.rows(), M.cols()));
  }
  LapackLu lu;
  const int n = int(M.rows());
  lu.lu_ = std::move(M);
  lu.pivots_.resize(size_t(n));
  int info = 0;
  lib.getrf(&n, &n, lu.lu_.data(), &n, lu.pivots_.data(), &info);
  if (info > 0) {
    throw std::invalid_argument(
        fmt::format("LapackLu: the matrix is singular (U[{}][{}] is 0)", info, info));
  }
  if (info < 0) throw std::invalid_argument(fmt::format("LapackLu: dgetrf argument {}", -info));
  return lu;
}

// The substitutions are Eigen's on the stored factors: O(n^2) a column, where OpenBLAS's
// threaded dgetrs gains nothing and loses to contention on a busy machine.
Eigen::MatrixXd LapackLu::solve(const Eigen::MatrixXd& B, bool transposed) const {
  if (B.rows() != lu_.rows()) {
    throw std::invalid_argument(
        fmt::format("LapackLu::solve: expected {} rows, found {}", lu_.rows(), B.rows()));
  }
  Eigen::MatrixXd X(B.rows(), B.cols());
  const int n = int(lu_.rows());
  Eigen::VectorXd x(n);
  for (Eigen::Index c = 0; c < B.cols(); ++c) {  // vector substitutions: Eigen's fast path
    x = B.col(c);
    if (!transposed) {  // M = P' L U: x = U^-1 L^-1 P b, P the row interchanges in order
      for (int i = 0; i < n; ++i)
        if (pivots_[i] - 1 != i) std::swap(x(i), x(pivots_[i] - 1));
      lu_.triangularView<Eigen::UnitLower>().solveInPlace(x);
      lu_.triangularView<Eigen::Upper>().solveInPlace(x);
    } else {  // M' = U' L' P: x = P' L'^-1 U'^-1 b, the interchanges undone in reverse order
      lu_.transpose().triangularView<Eigen::Lower>().solveInPlace(x);
      lu_.transpose().triangularView<Eigen::UnitUpper>().solveInPlace(x);
      for (int i = n - 1; i >= 0; --i)
        if (pivots_[i] - 1 != i) std::swap(x(i), x(pivots_[i] - 1));
    }
    X.col(c) = x;
  }
  return X;
}

}  // namespace jez::economy
