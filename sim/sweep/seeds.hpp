// Seeds and uniform numbers of a sweep, hashed from the master seed and stable names and
// indices, never drawn in scheduling order: the same (seed, point, replication) always gives
// the same run, whatever -j, --shard or --mpi is and however long the point list grows.
#pragma once

#include <cstdint>
#include <string_view>

namespace jez::sweep {

// The SplitMix64 finaliser (Steele, Lea and Flood 2014): a bijective 64-bit mix.
std::uint64_t mix64(std::uint64_t x);

// The master seed of one run: below 2^53, so that it survives any CSV reader that reads
// numbers as doubles.
std::uint64_t run_seed(std::uint64_t master, std::uint64_t point, std::uint64_t replication);

// A uniform number in (0, 1) for draw (i, j) of the named stream of a sweep.
double unit_uniform(std::uint64_t master, std::string_view stream, std::uint64_t i,
                    std::uint64_t j);

}  // namespace jez::sweep
