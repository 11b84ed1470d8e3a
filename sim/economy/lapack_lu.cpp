// dgetrf / dgetrs of OpenBLAS, found at run time.
#include "economy/lapack_lu.hpp"

#include <dlfcn.h>
#include <fmt/format.h>

#include <cstddef>
#include <stdexcept>

namespace jez::economy {
namespace {

// The Fortran ABI of LAPACK (gfortran: every argument by address, the length of a character
// argument appended by value).
using Dgetrf = void (*)(const int* m, const int* n, double* a, const int* lda, int* ipiv,
                        int* info);
using Dgetrs = void (*)(const char* trans, const int* n, const int* nrhs, const double* a,
                        const int* lda, const int* ipiv, double* b, const int* ldb, int* info,
                        std::size_t trans_length);

struct OpenBlas {
  Dgetrf getrf = nullptr;
  Dgetrs getrs = nullptr;
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
      found.getrs = reinterpret_cast<Dgetrs>(dlsym(handle, "dgetrs_"));
      if (found.getrf && found.getrs) return found;
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

Eigen::MatrixXd LapackLu::solve(const Eigen::MatrixXd& B, bool transposed) const {
  if (B.rows() != lu_.rows()) {
    throw std::invalid_argument(
        fmt::format("LapackLu::solve: expected {} rows, found {}", lu_.rows(), B.rows()));
  }
  Eigen::MatrixXd X = B;
  const int n = int(lu_.rows()), nrhs = int(X.cols());
  if (n == 0 || nrhs == 0) return X;
  int info = 0;
  const char trans = transposed ? 'T' : 'N';
  open_blas().getrs(&trans, &n, &nrhs, lu_.data(), &n, pivots_.data(), X.data(), &n, &info, 1);
  if (info != 0) throw std::invalid_argument(fmt::format("LapackLu: dgetrs argument {}", -info));
  return X;
}

}  // namespace jez::economy
