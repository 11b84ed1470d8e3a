// What the MPI module (jezsim-mpi.so, built from mpi_module.cpp against OpenMPI) hands the
// loader in mpi_world.cpp: the few MPI calls a sweep needs, as one table of functions. jezsim
// loads the module only for `sweep --mpi`, so every other command starts without OpenMPI's nine
// libraries (and their symbols in every other library's lookups).
#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace jez::sweep::mpi {

struct ModuleApi {
  int version;  // kModuleApiVersion of the module's build: loader and module must agree
  void (*init)(int* argc, char*** argv);
  void (*finalize)();
  void (*abort)(int code);
  int (*rank)();
  int (*size)();
  void (*gather_text)(const std::string& mine, const std::function<void(const std::string&)>& sink);
  std::uint64_t (*sum)(std::uint64_t mine);
};

inline constexpr int kModuleApiVersion = 1;
inline constexpr const char* kModuleFile = "jezsim-mpi.so";
inline constexpr const char* kModuleEntry = "jez_sweep_mpi_module";  // extern "C", returns the api

}  // namespace jez::sweep::mpi
