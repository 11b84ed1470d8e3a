#include "scenario/yaml_schema.hpp"

#include <fmt/format.h>

#include <charconv>
#include <cmath>

#include "scenario/did_you_mean.hpp"

namespace jez {

std::string child_path(const std::string& parent, std::string_view key) {
  return parent.empty() ? std::string(key) : parent + "." + std::string(key);
}

MapFields::MapFields(const YamlSource& src, Field field, std::string_view what,
                     std::vector<std::string> known)
    : src_(&src), field_(std::move(field)) {
  const YAML::Node& node = field_.node;
  if (!node.IsMap()) src.fail(field_, fmt::format("{} (a map of keys)", what), describe(node));
  std::vector<std::pair<std::string, YAML::Node>> seen;
  for (const auto& kv : node) {
    const Field key_field{kv.second, child_path(field_.path, "?"), kv.first};
    if (!kv.first.IsScalar())
      src.fail(key_field, "a key (a single word)", describe(kv.first), {}, true);
    const std::string& key = kv.first.Scalar();
    const Field f{kv.second, child_path(field_.path, key), kv.first};
    for (const auto& [name, first] : seen)
      if (name == key)
        src.fail(f, "each key once",
                 fmt::format("'{}' again (first at {})", key, src.position_of(first)), {}, true);
    seen.emplace_back(key, kv.first);
    bool is_known = false;
    for (const auto& k : known) is_known = is_known || k == key;
    if (is_known) continue;
    const auto suggestion = closest_match(key, known);
    if (suggestion)
      src.fail(f, fmt::format("a key of {}", what), fmt::format("unknown key '{}'", key),
               fmt::format(" (did you mean '{}'?)", *suggestion), true);
    src.fail(f, fmt::format("a key of {}: {}", what, quoted_choices(known)),
             fmt::format("unknown key '{}'", key), {}, true);
  }
}

std::optional<Field> MapFields::optional(std::string_view key) const {
  const YAML::Node& node = field_.node;
  for (const auto& kv : node)
    if (kv.first.Scalar() == key) return Field{kv.second, child_path(field_.path, key), kv.first};
  return std::nullopt;
}

bool MapFields::has(std::string_view key) const {
  return optional(key).has_value();
}

Field MapFields::required(std::string_view key) const {
  if (auto f = optional(key)) return *f;
  src_->fail_in(field_, child_path(field_.path, key), "a value for this required key",
                "the key missing");
}

std::vector<Field> list_items(const YamlSource& src, const Field& field, std::string_view what) {
  if (!field.node.IsSequence()) src.fail(field, what, describe(field.node));
  std::vector<Field> items;
  std::size_t i = 0;
  for (const auto& item : field.node)
    items.push_back({item, fmt::format("{}[{}]", field.path, i++), {}});
  return items;
}

static const char* bound_text(Bound bound) {
  switch (bound) {
    case Bound::positive:
      return "a number > 0";
    case Bound::non_negative:
      return "a number >= 0";
    case Bound::any:
      break;
  }
  return "a number";
}

// The scalar text of a plain (unquoted) scalar, or nothing: quoted "42" is a string in YAML.
static const std::string* plain_scalar(const YAML::Node& node) {
  if (!node.IsScalar() || node.Tag() == "!") return nullptr;
  return &node.Scalar();
}

static std::string found_text(const YAML::Node& node) {
  if (node.IsScalar() && node.Tag() == "!") return "the quoted string " + describe(node);
  return describe(node);
}

std::optional<double> plain_number(const YAML::Node& node) {
  const std::string* text = plain_scalar(node);
  if (text == nullptr || text->empty()) return std::nullopt;
  const char* first = text->data();
  const char* last = first + text->size();
  if (*first == '+') ++first;
  double value = 0;
  const auto [end, ec] = std::from_chars(first, last, value);
  if (ec != std::errc() || end != last || !std::isfinite(value)) return std::nullopt;
  return value == 0 ? 0.0 : value;  // no -0 to print back
}

std::optional<std::uint64_t> plain_whole(const YAML::Node& node) {
  const std::string* text = plain_scalar(node);
  if (text == nullptr || text->empty()) return std::nullopt;
  const char* first = text->data();
  const char* last = first + text->size();
  if (*first == '+') ++first;
  std::uint64_t value = 0;
  const auto [end, ec] = std::from_chars(first, last, value);
  if (ec != std::errc() || end != last) return std::nullopt;
  return value;
}

double read_number(const YamlSource& src, const Field& field, Bound bound,
                   std::string_view expected) {
  const std::optional<double> value = plain_number(field.node);
  if (!value)
    src.fail(field, expected.empty() ? bound_text(bound) : expected, found_text(field.node));
  if ((bound == Bound::positive && !(*value > 0)) || (bound == Bound::non_negative && *value < 0))
    src.fail(field, bound_text(bound), field.node.Scalar());
  return *value;
}

std::uint64_t read_unsigned(const YamlSource& src, const Field& field, std::string_view expected) {
  const std::optional<std::uint64_t> value = plain_whole(field.node);
  if (!value)
    src.fail(field, expected.empty() ? "a whole number >= 0" : expected, found_text(field.node));
  return *value;
}

std::string read_text(const YamlSource& src, const Field& field) {
  if (!field.node.IsScalar()) src.fail(field, "a text value", describe(field.node));
  return field.node.Scalar();
}

std::string read_name(const YamlSource& src, const Field& field) {
  const char* expected = "a name of letters, digits, '-' and '_'";
  if (!field.node.IsScalar()) src.fail(field, expected, describe(field.node));
  const std::string& name = field.node.Scalar();
  bool ok = !name.empty();
  for (char c : name)
    ok = ok && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                c == '-' || c == '_');
  if (!ok) src.fail(field, expected, describe(field.node));
  return name;
}

std::string read_choice(const YamlSource& src, const Field& field,
                        const std::vector<std::string>& choices) {
  const std::string expected = "one of " + quoted_choices(choices);
  if (!field.node.IsScalar()) src.fail(field, expected, describe(field.node));
  const std::string& word = field.node.Scalar();
  for (const auto& c : choices)
    if (c == word) return word;
  src.fail(field, expected, describe(field.node), did_you_mean(word, choices));
}

}  // namespace jez
