// The few MPI calls a sweep needs (OpenMPI, optional at build time: JEZ_HAVE_MPI).
#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace jez::sweep::mpi {

bool available();  // built with MPI

// MPI_Init / MPI_Finalize; init throws std::runtime_error when built without MPI.
void init(int* argc, char*** argv);
void finalize();
void abort(int code);
int rank();
int size();

// Rank 0 receives each other rank's text in rank order through `sink`; the others send theirs.
void gather_text(const std::string& mine, const std::function<void(const std::string&)>& sink);

// The sum over ranks of a count, known to every rank.
std::uint64_t sum(std::uint64_t mine);

}  // namespace jez::sweep::mpi
