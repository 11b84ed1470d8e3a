// Loading a scenario file (format `jezsim: 1`, docs/scenario-format.md) into a checked Scenario.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "scenario/file_hash.hpp"
#include "scenario/input_error.hpp"
#include "scenario/overrides.hpp"
#include "scenario/resolved_yaml.hpp"
#include "scenario/scenario.hpp"

namespace jez {

// Reads, overrides (in order, before any check), validates and defaults a scenario, and reads
// its IO table. Throws InputError with one sentence "FILE:LINE:COL: KEY.PATH: expected ...,
// found ..." for any bad input; an economy::TableError from the table's CSV passes unchanged.
Scenario load_scenario(const std::filesystem::path& file,
                       const std::vector<Override>& overrides = {});

// The same from the file's bytes, already read (at most kMaxYamlFileBytes): `file` names it in
// messages and is where relative paths (the table, the counterfactual) are taken from.
Scenario load_scenario_text(const std::string& bytes, const std::filesystem::path& file,
                            const std::vector<Override>& overrides = {});

// A scenario file read and parsed once, for a sweep's runs: the parent parses it before it forks,
// and each child loads it with its run's overrides, without reading and parsing the file again.
// The load applies the overrides to the parsed tree in place (a copy of the tree would lose the
// line and column of every value), so each copy of the process may load it once.
class ParsedScenario {
 public:
  // Throws InputError as load_scenario does for an unreadable file or malformed YAML.
  explicit ParsedScenario(const std::filesystem::path& file);
  ~ParsedScenario();
  ParsedScenario(ParsedScenario&&) noexcept;
  ParsedScenario& operator=(ParsedScenario&&) noexcept;

  // Keeps the IO tables of `s` (loaded from this file) for load_once, which then takes them from
  // here and not from their files, when the overrides leave their paths as they are.
  void keep_tables(const Scenario& s);
  // What load_scenario(file, overrides) returns, or throws; std::logic_error when called twice.
  Scenario load_once(const std::vector<Override>& overrides);

 private:
  struct Tree;  // yaml-cpp stays inside scenario/
  std::unique_ptr<Tree> tree_;
};

}  // namespace jez
