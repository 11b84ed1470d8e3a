#include "sweep/mpi_world.hpp"

#include <cstdlib>
#include <stdexcept>

#ifdef JEZ_HAVE_MPI
#include <mpi.h>
#endif

namespace jez::sweep::mpi {

#ifdef JEZ_HAVE_MPI

bool available() {
  return true;
}

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

#else

bool available() {
  return false;
}
void init(int*, char***) {
  throw std::runtime_error(
      "this jezsim was built without MPI (install libopenmpi-dev and reconfigure)");
}
void finalize() {}
void abort(int code) {
  std::exit(code);
}
int rank() {
  return 0;
}
int size() {
  return 1;
}
void gather_text(const std::string& mine, const std::function<void(const std::string&)>& sink) {
  sink(mine);
}
std::uint64_t sum(std::uint64_t mine) {
  return mine;
}

#endif

}  // namespace jez::sweep::mpi
