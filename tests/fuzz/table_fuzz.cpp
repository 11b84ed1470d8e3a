// libFuzzer target: an IO table CSV's bytes through economy::read_io_table (parsing, the
// balance and productivity checks). Only TableError may come out.
#include <cstdint>

#include "economy/io_table.hpp"
#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    jez::economy::read_io_table(jez::fuzz::as_file(data, size));
  } catch (const jez::economy::TableError&) {
  }
  return 0;
}
