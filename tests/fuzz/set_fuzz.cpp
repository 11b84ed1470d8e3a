// libFuzzer target: `--set` overrides, one per line of the input, parsed and applied to a small
// valid scenario (tests/data/scenarios/kurils-small.yaml) and the result checked by the loader.
// Only InputError and TableError may come out.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "economy/io_table.hpp"
#include "scenario/loader.hpp"
#include "scenario/overrides.hpp"
#include "scenario/yaml_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::filesystem::path base =
      std::filesystem::path(JEZ_SOURCE_DIR) / "tests/data/scenarios/kurils-small.yaml";
  static const std::string base_bytes = jez::read_input_file(base);
  if (size > 4096) return 0;  // a command line's handful of overrides
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    std::vector<jez::Override> overrides;
    for (std::size_t at = 0; at <= text.size() && overrides.size() < 8;) {
      std::size_t end = text.find('\n', at);
      if (end == std::string::npos) end = text.size();
      overrides.push_back(jez::parse_override(text.substr(at, end - at)));
      at = end + 1;
    }
    jez::load_scenario_text(base_bytes, base, overrides);
  } catch (const jez::InputError&) {
  } catch (const jez::economy::TableError&) {
  }
  return 0;
}
