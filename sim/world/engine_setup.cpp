#include "world/engine_setup.hpp"

#include <xbt/log.h>
#include <simgrid/s4u/Engine.hpp>

#if defined(__SANITIZE_ADDRESS__)
#define JEZ_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define JEZ_ASAN 1
#endif
#endif

namespace jez::world {

std::unique_ptr<simgrid::s4u::Engine> make_engine() {
  xbt_log_control_set("root.thres:critical");
#ifdef JEZ_ASAN
  // Under AddressSanitizer (make sanitize) each actor runs on a thread: ASan cannot follow the
  // raw contexts' hand-made stack switches (it warns and may report false errors), it knows
  // threads' stacks. The factory is chosen when the engine is made, hence --cfg.
  char name[] = "jezsim", threads[] = "--cfg=contexts/factory:thread";
  char* argv[] = {name, threads, nullptr};
  int argc = 2;
  auto engine = std::make_unique<simgrid::s4u::Engine>(&argc, argv);
#else
  auto engine = std::make_unique<simgrid::s4u::Engine>("jezsim");
#endif
  simgrid::s4u::Engine::set_config("network/model:CM02");
  simgrid::s4u::Engine::set_config("network/crosstraffic:0");
  simgrid::s4u::Engine::set_config("network/TCP-gamma:0");
  return engine;
}

}  // namespace jez::world
