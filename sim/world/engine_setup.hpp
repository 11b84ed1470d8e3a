// This process's SimGrid engine, configured as the world needs it. SimGrid-free header.
#pragma once

#include <memory>

namespace simgrid::s4u {
class Engine;
}

namespace jez::world {

// Silences SimGrid's own logs (root.thres:critical), creates the engine and selects the network
// model CM02 without cross-traffic and without the TCP window limit (TCP-gamma 0), so that a
// transfer takes exactly latency + size / bandwidth. Call before any zone, host or link, and at
// most once per process (SimGrid 3.32 breaks with a second engine). Context factory: the default
// (raw), threads under AddressSanitizer.
std::unique_ptr<simgrid::s4u::Engine> make_engine();

}  // namespace jez::world
