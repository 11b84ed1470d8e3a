#include "world/engine_setup.hpp"

#include <xbt/log.h>
#include <simgrid/s4u/Engine.hpp>

namespace jez::world {

std::unique_ptr<simgrid::s4u::Engine> make_engine() {
  xbt_log_control_set("root.thres:critical");
  auto engine = std::make_unique<simgrid::s4u::Engine>("jezsim");
  simgrid::s4u::Engine::set_config("network/model:CM02");
  simgrid::s4u::Engine::set_config("network/crosstraffic:0");
  simgrid::s4u::Engine::set_config("network/TCP-gamma:0");
  return engine;
}

}  // namespace jez::world
