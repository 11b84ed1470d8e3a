#include "scenario/yaml_source.hpp"

#include <fmt/format.h>

#include "scenario/input_error.hpp"

namespace jez {

void YamlSource::note_override(const YAML::Node& value, std::string text) {
  overrides_.emplace_back(value, std::move(text));
}

const std::string* YamlSource::override_of(const YAML::Node& node) const {
  if (!node.IsDefined()) return nullptr;
  for (const auto& [value, text] : overrides_)
    if (node.is(value)) return &text;
  return nullptr;
}

static std::string mark_text(const std::string& file, const YAML::Mark& m) {
  if (m.is_null()) return file;
  return fmt::format("{}:{}:{}", file, m.line + 1, m.column + 1);
}

std::string YamlSource::prefix(const Field& at, bool at_key) const {
  // An empty value's mark points past it (to the next line), so its key marks it better.
  const bool use_key = at.key.IsDefined() && (at_key || !at.node.IsDefined() || at.node.IsNull());
  const YAML::Node& where = use_key ? at.key : at.node;
  const YAML::Mark m = where.IsDefined() ? where.Mark() : YAML::Mark::null_mark();
  // The top level of an empty file has no mark: the file's start is where it is empty.
  if (m.is_null() && at.path.empty()) return file_ + ":1:1";
  return mark_text(file_, m);
}

void YamlSource::fail(const Field& at, std::string_view expected, std::string_view found,
                      std::string_view hint, bool at_key) const {
  const std::string path = at.path.empty() ? "(top level)" : at.path;
  if (const std::string* text = override_of(at.node))
    throw InputError(
        fmt::format("{}: {}: expected {}, found {}{} (set on the command line by --set {})", file_,
                    path, expected, found, hint, *text));
  throw InputError(fmt::format("{}: {}: expected {}, found {}{}", prefix(at, at_key), path,
                               expected, found, hint));
}

void YamlSource::fail_in(const Field& parent, std::string_view path, std::string_view expected,
                         std::string_view found) const {
  const std::string where = override_of(parent.node) ? file_ : prefix(parent, false);
  throw InputError(fmt::format("{}: {}: expected {}, found {}", where, path, expected, found));
}

std::string YamlSource::position_of(const YAML::Node& node) const {
  if (override_of(node)) return "the command line";
  const YAML::Mark m = node.Mark();
  if (m.is_null()) return "an unknown place";
  return fmt::format("line {}, column {}", m.line + 1, m.column + 1);
}

std::string describe(const YAML::Node& node) {
  if (!node.IsDefined() || node.IsNull()) return "nothing";
  if (node.IsSequence())
    return node.size() == 1 ? "a list of 1 item" : fmt::format("a list of {} items", node.size());
  if (node.IsMap()) return "a map";
  std::string text = node.Scalar();
  if (text.size() > 60) text = text.substr(0, 57) + "...";
  for (char& c : text)
    if (c == '\n' || c == '\t') c = ' ';
  return "'" + text + "'";
}

}  // namespace jez
