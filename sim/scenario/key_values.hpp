// Reading and writing one value of a scenario key (internal to scenario/): the readers that check
// a value against its declared bounds and name the field when it is wrong, and the forms in which
// values are written to scenario.resolved.yaml. The key tables (key_table.hpp) bind them to keys.
#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "scenario/scenario.hpp"
#include "scenario/schema.hpp"
#include "scenario/yaml_schema.hpp"

namespace jez {

// What a reader may look at: the file, and the scenario as read so far (earlier sections).
// IO tables already read, by path: a sweep's parent reads its base's once for all its children.
using TableCache = std::map<std::filesystem::path, economy::IoTable>;

struct ReadContext {
  const YamlSource& src;
  const Scenario& s;
  const std::filesystem::path& file;
  const TableCache* tables = nullptr;
};

// The IO table at `path`: the context's copy when it holds one, else read from the file.
inline economy::IoTable read_table(const ReadContext& c, const std::filesystem::path& path) {
  if (c.tables)
    if (const auto it = c.tables->find(path); it != c.tables->end()) return it->second;
  return economy::read_io_table(path);
}

// A month as YYYY-MM (scenario/time_and_places.cpp); one within the horizon, time.start to
// time.end (dated paths, regimes, tranches); a day of every year as MM-DD.
YearMonth read_month(const YamlSource& src, const Field& field);
YearMonth read_month_in_horizon(const YamlSource& src, const Field& field, const TimeSpec& time);
MonthDay read_month_day(const YamlSource& src, const Field& field);

// Fails at `name` when an earlier item of the same list had that name.
void check_unique_name(const YamlSource& src, const Field& name, std::string_view kind,
                       std::vector<Field>& earlier);

// A number within its declared bounds; a type error names the bounds, a bound error also their
// reason: "expected a number >= 0.1 and <= 720 (a voyage takes ...), found 1e-320".
double read_number(const YamlSource& src, const Field& field, const schema::Range& range);
// A whole number within its bounds.
std::uint64_t read_whole(const YamlSource& src, const Field& field, const schema::Range& range);
// 12 numbers, January to December, each within the bounds (and not all 0 when nonzero_sum).
std::array<double, 12> read_twelve(const YamlSource& src, const Field& field,
                                   const schema::Range& range, bool nonzero_sum);
// A list of month numbers 1..12, at least one: a season that comes every year.
std::array<bool, 12> read_month_numbers(const YamlSource& src, const Field& field,
                                        const char* what);
// A number, or a list of {from: YYYY-MM, value} in date order within the horizon.
DatedPath read_dated_path(const YamlSource& src, const Field& field, const TimeSpec& time,
                          const schema::Range& range);

namespace keys {

// How values are written in scenario.resolved.yaml.
std::string quoted(const std::string& text);  // YAML double-quoted, read back byte for byte
std::string number(double v);                 // shortest round-trip form
std::string month_day(const MonthDay& d);
std::string twelve(const std::array<double, 12>& v);
std::string month_numbers(const std::array<bool, 12>& v);
std::string names(const std::vector<std::string>& v);
std::string dated(const DatedPath& p);

}  // namespace keys
}  // namespace jez
