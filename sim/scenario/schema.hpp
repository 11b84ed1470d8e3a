// The scenario format as declared data: for every key of every section its name, type, unit,
// bounds (with the reason for them), default, whether it is required, and its meaning. The
// readers (scenario/key_table.hpp), the resolved dump, docs/scenario-format.md and the JSON
// Schema of `jezsim schema` all come from these declarations. No yaml-cpp here.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace jez::schema {

enum class Type {
  number,      // a plain decimal number
  whole,       // a whole number
  month,       // YYYY-MM
  month_day,   // MM-DD, a day that every year has
  date,        // YYYY-MM-DD
  name,        // letters, digits, '-' and '_': what other keys and --set paths refer to
  text,        // any single value, read as text
  choice,      // one of a fixed set of words
  path,        // a file path, relative to the scenario's folder
  list,        // a list: of `element` values, or of `section` maps
  map,         // a map: with the keys of `section`, or free keys with `element` values
  dated_path,  // a number, or a list of {from: YYYY-MM, value} steps
  constant,    // exactly `default_text` (the format version)
};

// Physical bounds of a number: every number has finite ones, with the reason they are there.
struct Range {
  double min = 0;
  double max = 0;
  bool min_open = false;  // min itself is refused
  bool max_open = false;
  const char* reason = "";

  bool contains(double v) const;
  // "a number > 0 and <= 720", "a number in [0, 1]", "a whole number from 1 to 12".
  std::string text(bool whole = false, bool plural = false) const;
};

struct Section;

struct Key {
  std::string name;
  Type type = Type::text;
  std::string unit;
  std::optional<Range> range;        // number and whole; the values of a list, map or path
  std::vector<std::string> choices;  // choice
  bool required = false;
  std::string default_text;  // empty: none (or "see meaning")
  std::string meaning;
  const Section* section = nullptr;          // list of maps, or map with fixed keys
  std::shared_ptr<const Key> element;        // list of values, or map with free keys
  int length = 0;                            // a list of exactly this many values (12 months)
  bool nonzero_sum = false;                  // a list of weights, not all 0
  bool unique = false;                       // unique among the items of its list
  std::vector<const Section*> alternatives;  // or one of these maps (a sweep's distributions)
};

// A map of known keys: the scenario's top level, a section, or an item of a list.
struct Section {
  std::string id;    // JSON Schema definition name and docs anchor: "route"
  std::string path;  // where it is in a scenario, for the docs: "routes[]"
  std::string what;  // "a route", in messages
  std::string doc;   // a paragraph for the docs (may be empty)
  std::vector<Key> keys;
};

// The whole format: the top level, whose keys reach every section.
const Section& scenario_schema();
// The sweep file format (scenario/sweep_spec.cpp).
const Section& sweep_schema();

// The reference page docs/scenario-format.md (or docs/sweeps.md's key tables for a sweep).
std::string markdown(const Section& top, bool sweep);
// The JSON Schema (draft 2020-12), indented by 2 spaces.
std::string json_schema(const Section& top, bool sweep);

}  // namespace jez::schema
