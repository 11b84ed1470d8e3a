#include "scenario/input_error.hpp"

#include <fmt/format.h>

namespace jez {

namespace {

// The length of the valid UTF-8 sequence at `s[i]` (shortest form, no surrogates, at most
// U+10FFFF), or 0 when the bytes there are not one.
std::size_t utf8_length(std::string_view s, std::size_t i, char32_t* code) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const unsigned char b0 = byte(0);
  std::size_t n = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 0;
  if (n == 0 || b0 > 0xF4 || i + n > s.size()) return 0;
  char32_t c = b0 & (0x7F >> n);
  for (std::size_t k = 1; k < n; ++k) {
    if ((byte(k) & 0xC0) != 0x80) return 0;
    c = (c << 6) | (byte(k) & 0x3F);
  }
  static constexpr char32_t kSmallest[] = {0, 0, 0x80, 0x800, 0x10000};
  if (c < kSmallest[n] || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return 0;
  *code = c;
  return n;
}

}  // namespace

std::string one_line(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b >= 0x20 && b < 0x7F) {
      out += char(b);
      ++i;
      continue;
    }
    char32_t code = 0;
    const std::size_t n = b >= 0x80 ? utf8_length(text, i, &code) : 0;
    // C1 controls (U+0080..U+009F) are escaped too: some terminals act on them.
    if (n > 0 && code >= 0xA0) {
      out.append(text.substr(i, n));
      i += n;
      continue;
    }
    const std::size_t bad = n > 0 ? n : 1;
    for (std::size_t k = 0; k < bad; ++k)
      out += fmt::format("\\x{:02x}", static_cast<unsigned char>(text[i + k]));
    i += bad;
  }
  return out;
}

}  // namespace jez
