// A named random stream of one run: seeded by hashing (master seed, stream name), so adding or
// removing a stream never changes the others and nothing depends on scheduling order. The draws
// are computed here (not by <random>'s distributions, whose algorithms vary between standard
// libraries), so one seed gives the same numbers everywhere.
#pragma once

#include <cstdint>
#include <string_view>

namespace jez::world {

// FNV-1a of the name mixed with the seed through SplitMix64.
std::uint64_t stream_seed(std::uint64_t master_seed, std::string_view name);

class RandomStream {
 public:
  RandomStream(std::uint64_t master_seed, std::string_view name)
      : state_(stream_seed(master_seed, name)) {}

  std::uint64_t next();             // SplitMix64
  double uniform();                 // [0, 1), 53 bits
  double exponential(double mean);  // -mean ln(1 - u)
  int poisson(double mean);         // Knuth's product method, in chunks for large means

 private:
  std::uint64_t state_;
};

}  // namespace jez::world
