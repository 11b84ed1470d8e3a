#include "sweep/seeds.hpp"

namespace jez::sweep {
namespace {

// FNV-1a of a stream name: fixed across versions and platforms, unlike std::hash.
std::uint64_t name_hash(std::string_view name) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : name) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

}  // namespace

std::uint64_t mix64(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ull;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

std::uint64_t run_seed(std::uint64_t master, std::uint64_t point, std::uint64_t replication) {
  const std::uint64_t h = mix64(mix64(mix64(master) ^ point) ^ (replication + name_hash("run")));
  return h >> 11;
}

double unit_uniform(std::uint64_t master, std::string_view stream, std::uint64_t i,
                    std::uint64_t j) {
  const std::uint64_t h = mix64(mix64(mix64(master ^ name_hash(stream)) ^ i) ^ j);
  return (double(h >> 11) + 0.5) * 0x1.0p-53;  // the middle of one of 2^53 cells
}

}  // namespace jez::sweep
