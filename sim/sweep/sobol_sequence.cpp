#include "sweep/sobol_sequence.hpp"

#include <bit>
#include <stdexcept>
#include <string>

#include "sweep/seeds.hpp"

namespace jez::sweep {
namespace {

// One row of new-joe-kuo-6.21201: the degree s of the primitive polynomial, its coefficients a
// (the middle bits) and the initial direction numbers m_1..m_s. Rows are dimensions 2, 3, ...;
// dimension 1 is the van der Corput sequence and needs none.
struct JoeKuoRow {
  int s;
  unsigned a;
  std::array<unsigned, 9> m;
};

// Dimensions 2 to 53 of new-joe-kuo-6.21201 (https://web.maths.unsw.edu.au/~fkuo/sobol/).
constexpr JoeKuoRow kJoeKuo[] = {
    {1, 0, {1}},
    {2, 1, {1, 3}},
    {3, 1, {1, 3, 1}},
    {3, 2, {1, 1, 1}},
    {4, 1, {1, 1, 3, 3}},
    {4, 4, {1, 3, 5, 13}},
    {5, 2, {1, 1, 5, 5, 17}},
    {5, 4, {1, 1, 5, 5, 5}},
    {5, 7, {1, 1, 7, 11, 19}},
    {5, 11, {1, 1, 5, 1, 1}},
    {5, 13, {1, 1, 1, 3, 11}},
    {5, 14, {1, 3, 5, 5, 31}},
    {6, 1, {1, 3, 3, 9, 7, 49}},
    {6, 13, {1, 1, 1, 15, 21, 21}},
    {6, 16, {1, 3, 1, 13, 27, 49}},
    {6, 19, {1, 1, 1, 15, 7, 5}},
    {6, 22, {1, 3, 1, 15, 13, 25}},
    {6, 25, {1, 1, 5, 5, 19, 61}},
    {7, 1, {1, 3, 7, 11, 23, 15, 103}},
    {7, 4, {1, 3, 7, 13, 13, 15, 69}},
    {7, 7, {1, 1, 3, 13, 7, 35, 63}},
    {7, 8, {1, 3, 5, 9, 1, 25, 53}},
    {7, 14, {1, 3, 1, 13, 9, 35, 107}},
    {7, 19, {1, 3, 1, 5, 27, 61, 31}},
    {7, 21, {1, 1, 5, 11, 19, 41, 61}},
    {7, 28, {1, 3, 5, 3, 3, 13, 69}},
    {7, 31, {1, 1, 7, 13, 1, 19, 1}},
    {7, 32, {1, 3, 7, 5, 13, 19, 59}},
    {7, 37, {1, 1, 3, 9, 25, 29, 41}},
    {7, 41, {1, 3, 5, 13, 23, 1, 55}},
    {7, 42, {1, 3, 7, 3, 13, 59, 17}},
    {7, 50, {1, 3, 1, 3, 5, 53, 69}},
    {7, 55, {1, 1, 5, 5, 23, 33, 13}},
    {7, 56, {1, 1, 7, 7, 1, 61, 123}},
    {7, 59, {1, 1, 7, 9, 13, 61, 49}},
    {7, 62, {1, 3, 3, 5, 3, 55, 33}},
    {8, 14, {1, 3, 1, 15, 31, 13, 49, 245}},
    {8, 21, {1, 3, 5, 15, 31, 59, 63, 97}},
    {8, 22, {1, 3, 1, 11, 11, 11, 77, 249}},
    {8, 38, {1, 3, 1, 11, 27, 43, 71, 9}},
    {8, 47, {1, 1, 7, 15, 21, 11, 81, 45}},
    {8, 49, {1, 3, 7, 3, 25, 31, 65, 79}},
    {8, 50, {1, 3, 1, 1, 19, 11, 3, 205}},
    {8, 52, {1, 1, 5, 9, 19, 21, 29, 157}},
    {8, 56, {1, 3, 7, 11, 1, 33, 89, 185}},
    {8, 67, {1, 3, 3, 3, 15, 9, 79, 71}},
    {8, 70, {1, 3, 7, 11, 15, 39, 119, 27}},
    {8, 84, {1, 1, 3, 1, 11, 31, 97, 225}},
    {8, 97, {1, 1, 1, 3, 23, 43, 57, 177}},
    {8, 103, {1, 3, 7, 7, 17, 17, 37, 71}},
    {8, 115, {1, 3, 1, 5, 27, 63, 123, 213}},
    {8, 122, {1, 1, 3, 5, 11, 43, 53, 133}},
};

constexpr int kBits = 32;

// V_i = m_i 2^(32-i) for i <= s, then Bratley and Fox's recurrence (Joe and Kuo 2008, eq. 2).
std::array<std::uint32_t, 32> directions(std::size_t dim) {
  std::array<std::uint32_t, 32> v{};
  if (dim == 0) {
    for (int i = 1; i <= kBits; ++i) v[i - 1] = std::uint32_t(1) << (kBits - i);
    return v;
  }
  const JoeKuoRow& row = kJoeKuo[dim - 1];
  const int s = row.s;
  for (int i = 1; i <= kBits; ++i) {
    if (i <= s) {
      v[i - 1] = std::uint32_t(row.m[i - 1]) << (kBits - i);
      continue;
    }
    std::uint32_t x = v[i - s - 1] ^ (v[i - s - 1] >> s);
    for (int k = 1; k < s; ++k)
      if ((row.a >> (s - 1 - k)) & 1u) x ^= v[i - k - 1];
    v[i - 1] = x;
  }
  return v;
}

}  // namespace

std::size_t SobolSequence::max_dims() {
  return 1 + sizeof(kJoeKuo) / sizeof(kJoeKuo[0]);
}

SobolSequence::SobolSequence(std::size_t dims) {
  if (dims > max_dims())
    throw std::invalid_argument("a Sobol sequence of " + std::to_string(dims) +
                                " dimensions: the table holds " + std::to_string(max_dims()));
  for (std::size_t d = 0; d < dims; ++d) directions_.push_back(directions(d));
}

SobolSequence::SobolSequence(std::size_t dims, std::uint64_t scramble_seed) : SobolSequence(dims) {
  // The random bits: SplitMix64 of (seed, dimension, draw), so each dimension's scrambling
  // depends on nothing but the seed and its index.
  auto bits = [&](std::size_t dim, std::uint64_t draw) {
    return mix64(mix64(scramble_seed ^ 0x536f626f6cULL) + mix64(dim * 64 + draw));
  };
  for (std::size_t d = 0; d < dims; ++d) {
    // Row r of the matrix (digit r, counted from the most significant bit 31 - r) has a 1 on
    // the diagonal and random bits at the digits before it: digit r of a scrambled direction
    // number is the parity of row r AND the number's first r + 1 digits.
    std::array<std::uint32_t, kBits> rows{};
    for (int r = 0; r < kBits; ++r) {
      const std::uint32_t before = r == 0 ? 0 : ~std::uint32_t(0) << (kBits - r);
      rows[r] = (std::uint32_t(bits(d, r)) & before) | (std::uint32_t(1) << (kBits - 1 - r));
    }
    for (std::uint32_t& v : directions_[d]) {
      std::uint32_t scrambled = 0;
      for (int r = 0; r < kBits; ++r)
        scrambled |= std::uint32_t(std::popcount(rows[r] & v) & 1) << (kBits - 1 - r);
      v = scrambled;
    }
    shifts_.push_back(std::uint32_t(bits(d, kBits)));
  }
}

double SobolSequence::coordinate(std::uint64_t index, std::size_t dim) const {
  // Point n of the Gray-code order is the XOR of the direction numbers of gray(n)'s set bits.
  std::uint64_t gray = index ^ (index >> 1);
  std::uint32_t x = 0;
  const auto& v = directions_[dim];
  for (int bit = 0; gray != 0 && bit < kBits; ++bit, gray >>= 1)
    if (gray & 1u) x ^= v[bit];
  if (shifts_.empty()) return double(x) * 0x1.0p-32;
  return (double(x ^ shifts_[dim]) + 0.5) * 0x1.0p-32;
}

}  // namespace jez::sweep
