// Typed reads of the parsed scenario tree: each checks one value's shape and range and throws
// an InputError naming the value's line, column and key path when it is wrong.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "scenario/yaml_source.hpp"

namespace jez {

// A map with a fixed set of known keys. Construction checks that the field is a map, that every
// key is known (suggesting the closest known key otherwise) and that no key appears twice.
class MapFields {
 public:
  // `what` names the map in messages: "a route" gives "expected a route (a map), found a list".
  MapFields(const YamlSource& src, Field field, std::string_view what,
            std::vector<std::string> known);

  const Field& field() const { return field_; }
  const std::string& path() const { return field_.path; }
  bool has(std::string_view key) const;
  std::optional<Field> optional(std::string_view key) const;
  // Throws at the map's own position when the key is missing.
  Field required(std::string_view key) const;

 private:
  const YamlSource* src_;
  Field field_;
};

// The path of a map's child: "routes[0]" + "from" -> "routes[0].from".
std::string child_path(const std::string& parent, std::string_view key);

// The items of a list; `what` is the expected shape, e.g. "a list of routes".
std::vector<Field> list_items(const YamlSource& src, const Field& field, std::string_view what);

enum class Bound { any, non_negative, positive };

// The value of a plain (unquoted) scalar that is a finite decimal number, -0 as 0
// (plain_whole: a whole number 0 .. 2^64-1); nothing otherwise. For callers whose message
// costs more to build than the read: read_number and read_unsigned fail where these give nothing.
std::optional<double> plain_number(const YAML::Node& node);
std::optional<std::uint64_t> plain_whole(const YAML::Node& node);

// A finite decimal number written as a plain (unquoted) scalar, within the bound; `expected`
// replaces the bound's words in the message when given.
double read_number(const YamlSource& src, const Field& field, Bound bound,
                   std::string_view expected = {});
// A whole number 0 .. 2^64-1 written as a plain scalar.
std::uint64_t read_unsigned(const YamlSource& src, const Field& field,
                            std::string_view expected = {});
// Any non-empty scalar, as text.
std::string read_text(const YamlSource& src, const Field& field);
// A name that other keys and --set paths refer to: letters, digits, '-' and '_'.
std::string read_name(const YamlSource& src, const Field& field);
// One of a fixed set of words.
std::string read_choice(const YamlSource& src, const Field& field,
                        const std::vector<std::string>& choices);

}  // namespace jez
