// libFuzzer target: a scenario file's bytes through the whole loader (YAML, every section,
// the cross-section checks, the IO table it names). Only InputError and TableError may come out;
// anything else (another exception, a crash, a hang) is a finding. The input is read as if it
// were tests/fuzz/scenario/input.yaml, so relative table paths resolve there as on replay.
#include <cstdint>
#include <filesystem>
#include <string>

#include "economy/io_table.hpp"
#include "scenario/loader.hpp"
#include "scenario/yaml_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > jez::kMaxYamlFileBytes) return 0;  // read_input_file stops at the limit
  static const std::filesystem::path file =
      std::filesystem::path(JEZ_SOURCE_DIR) / "tests/fuzz/scenario/input.yaml";
  try {
    jez::load_scenario_text(std::string(reinterpret_cast<const char*>(data), size), file);
  } catch (const jez::InputError&) {
  } catch (const jez::economy::TableError&) {
  }
  return 0;
}
