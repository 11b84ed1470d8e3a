// The MPI module: OpenMPI's calls behind the table of mpi_module.hpp, loaded by mpi_world.cpp
// with dlopen only when a sweep runs with --mpi.
#include "sweep/mpi/mpi_module.hpp"

#include <mpi.h>

#include <algorithm>
#include <cstdlib>

namespace jez::sweep::mpi {

namespace {

void init(int* argc, char*** argv) {
  // Each run is a forked child that never calls MPI: OpenMPI's fork warning does not apply.
  setenv("OMPI_MCA_mpi_warn_on_fork", "0", 0);
  MPI_Init(argc, argv);
}

void finalize() {
  MPI_Finalize();
}

void abort(int code) {
  MPI_Abort(MPI_COMM_WORLD, code);
}

int rank() {
  int r = 0;
  MPI_Comm_rank(MPI_COMM_WORLD, &r);
  return r;
}

int size() {
  int s = 1;
  MPI_Comm_size(MPI_COMM_WORLD, &s);
  return s;
}

void gather_text(const std::string& mine, const std::function<void(const std::string&)>& sink) {
  const int me = rank(), n = size();
  // In chunks below 2^31 bytes, MPI's count limit.
  constexpr std::size_t kChunk = std::size_t(1) << 30;
  if (me != 0) {
    unsigned long long length = mine.size();
    MPI_Send(&length, 1, MPI_UNSIGNED_LONG_LONG, 0, 1, MPI_COMM_WORLD);
    for (std::size_t at = 0; at < mine.size(); at += kChunk)
      MPI_Send(mine.data() + at, int(std::min(kChunk, mine.size() - at)), MPI_CHAR, 0, 2,
               MPI_COMM_WORLD);
    return;
  }
  sink(mine);
  for (int r = 1; r < n; ++r) {
    unsigned long long length = 0;
    MPI_Recv(&length, 1, MPI_UNSIGNED_LONG_LONG, r, 1, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
    std::string text(length, '\0');
    for (std::size_t at = 0; at < text.size(); at += kChunk)
      MPI_Recv(text.data() + at, int(std::min(kChunk, text.size() - at)), MPI_CHAR, r, 2,
               MPI_COMM_WORLD, MPI_STATUS_IGNORE);
    sink(text);
  }
}

std::uint64_t sum(std::uint64_t mine) {
  unsigned long long in = mine, out = 0;
  MPI_Allreduce(&in, &out, 1, MPI_UNSIGNED_LONG_LONG, MPI_SUM, MPI_COMM_WORLD);
  return out;
}

const ModuleApi kApi{kModuleApiVersion, init, finalize, abort, rank, size, gather_text, sum};

}  // namespace

}  // namespace jez::sweep::mpi

extern "C" __attribute__((visibility("default"))) const jez::sweep::mpi::ModuleApi*
jez_sweep_mpi_module() {
  return &jez::sweep::mpi::kApi;
}
