// Shared by the fuzz targets: the bytes of one input as a file that the readers can open by
// path (a memfd, so nothing is written to disk), and the errors a bad input may throw.
#pragma once

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <string>

namespace jez::fuzz {

// "/proc/self/fd/N" holding exactly `size` bytes of `data` (one memfd, rewritten each call).
inline std::string as_file(const std::uint8_t* data, std::size_t size) {
  static const int fd = memfd_create("jezsim-fuzz", 0);
  if (fd < 0 || ftruncate(fd, 0) != 0) std::abort();
  for (std::size_t at = 0; at < size;) {
    const ssize_t n = pwrite(fd, data + at, size - at, off_t(at));
    if (n <= 0) std::abort();
    at += std::size_t(n);
  }
  return "/proc/self/fd/" + std::to_string(fd);
}

}  // namespace jez::fuzz
