// The MPI calls of a sweep, through the MPI module (mpi/mpi_module.hpp) loaded on first use.
#include "sweep/mpi_world.hpp"

#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <vector>

#include "sweep/mpi/mpi_module.hpp"

namespace jez::sweep::mpi {

namespace fs = std::filesystem;

#ifdef JEZ_HAVE_MPI

namespace {

// Where the module may be: JEZSIM_MPI_MODULE when set (a path), else beside the jezsim that
// runs (the build tree) and in ../lib/jezsim (an installed jezsim, PREFIX/bin and PREFIX/lib).
std::vector<fs::path> module_places() {
  if (const char* p = std::getenv("JEZSIM_MPI_MODULE"); p && *p) return {p};
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (ec) return {kModuleFile};  // the loader's own search path
  const fs::path dir = exe.parent_path();
  return {dir / kModuleFile, dir.parent_path() / "lib" / "jezsim" / kModuleFile};
}

#ifdef JEZ_MPI_LINKED
extern "C" const ModuleApi* jez_sweep_mpi_module();  // linked in: a sanitizer build
const ModuleApi& module() {
  return *jez_sweep_mpi_module();
}
#else
const ModuleApi& module() {
  static const ModuleApi* api = [] {
    std::string tried;
    for (const fs::path& place : module_places()) {
      // RTLD_DEEPBIND: libsimgrid, loaded with jezsim, defines MPI_Init and the rest too (its
      // SMPI), so the module and OpenMPI must look up their own first. RTLD_GLOBAL: OpenMPI's
      // plugins, which it loads during MPI_Init, find libmpi's symbols there.
      void* handle = dlopen(place.c_str(), RTLD_NOW | RTLD_GLOBAL | RTLD_DEEPBIND);
      if (!handle) {
        tried += (tried.empty() ? "" : "; ") + std::string(dlerror());
        continue;
      }
      using Entry = const ModuleApi* (*)();
      const auto entry = reinterpret_cast<Entry>(dlsym(handle, kModuleEntry));
      const ModuleApi* found = entry ? entry() : nullptr;
      if (found && found->version == kModuleApiVersion) return found;
      tried += (tried.empty() ? "" : "; ") + place.string() +
               ": not a jezsim MPI module of this version";
    }
    throw std::runtime_error("--mpi: cannot load jezsim's MPI module " + std::string(kModuleFile) +
                             " (" + tried +
                             "); it is built and installed with jezsim when OpenMPI is found, "
                             "or set JEZSIM_MPI_MODULE to its path");
  }();
  return *api;
}
#endif

}  // namespace

bool available() {
  return true;
}
void init(int* argc, char*** argv) {
  module().init(argc, argv);
}
void finalize() {
  module().finalize();
}
void abort(int code) {
  module().abort(code);
}
int rank() {
  return module().rank();
}
int size() {
  return module().size();
}
void gather_text(const std::string& mine, const std::function<void(const std::string&)>& sink) {
  module().gather_text(mine, sink);
}
std::uint64_t sum(std::uint64_t mine) {
  return module().sum(mine);
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
