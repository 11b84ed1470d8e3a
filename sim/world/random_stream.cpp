#include "world/random_stream.hpp"

#include <cmath>

namespace jez::world {

namespace {

std::uint64_t mix(std::uint64_t z) {
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

}  // namespace

std::uint64_t stream_seed(std::uint64_t master_seed, std::string_view name) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (const char c : name) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  return mix(mix(master_seed + 0x9e3779b97f4a7c15ULL) ^ h);
}

std::uint64_t RandomStream::next() {
  state_ += 0x9e3779b97f4a7c15ULL;
  return mix(state_);
}

double RandomStream::uniform() {
  return double(next() >> 11) * 0x1.0p-53;
}

double RandomStream::exponential(double mean) {
  return -mean * std::log1p(-uniform());
}

int RandomStream::poisson(double mean) {
  int count = 0;
  // exp(-mean) underflows for large means: draw in chunks of at most 30 (sum of Poissons).
  while (mean > 0) {
    const double chunk = mean > 30 ? 30 : mean;
    mean -= chunk;
    const double limit = std::exp(-chunk);
    double product = uniform();
    while (product > limit) {
      ++count;
      product *= uniform();
    }
  }
  return count;
}

}  // namespace jez::world
