// Where each value of a parsed scenario came from, and the one-sentence errors that say so.
// Internal to scenario/: the only layer that includes yaml-cpp.
#pragma once

#include <yaml-cpp/yaml.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace jez {

// A value of the parsed tree with its key path ("routes[2].from") and, for a map value, the key
// node that holds it (undefined for list items and the root).
struct Field {
  YAML::Node node;
  std::string path;
  YAML::Node key;

  // No assignment: YAML::Node's '=' overwrites the node in the tree that it refers to.
  Field& operator=(const Field&) = delete;
};

// The scenario file's name as shown in messages, and the values that --set overrides put in
// the tree, which have no line and column of their own.
class YamlSource {
 public:
  explicit YamlSource(std::string file) : file_(std::move(file)) {}
  const std::string& file() const { return file_; }

  // Records that `value` came from "--set TEXT".
  void note_override(const YAML::Node& value, std::string text);

  // Throws InputError "FILE:LINE:COL: PATH: expected EXPECTED, found FOUND HINT", or for an
  // overridden value "FILE: PATH: expected ..., found ... (set on the command line by --set X)".
  // The position is the value's, or its key's when the value is empty; at_key points at the key.
  [[noreturn]] void fail(const Field& at, std::string_view expected, std::string_view found,
                         std::string_view hint = {}, bool at_key = false) const;

  // The same at a given node, for errors about a key missing from the map `parent`.
  [[noreturn]] void fail_in(const Field& parent, std::string_view path, std::string_view expected,
                            std::string_view found) const;

  // "line 5, column 3" of a node (or "the command line" for an overridden one).
  std::string position_of(const YAML::Node& node) const;

 private:
  const std::string* override_of(const YAML::Node& node) const;
  std::string prefix(const Field& at, bool at_key) const;
  std::string file_;
  std::vector<std::pair<YAML::Node, std::string>> overrides_;
};

// How a node reads in a message: "a map", "a list", "nothing", "'text'".
std::string describe(const YAML::Node& node);

}  // namespace jez
