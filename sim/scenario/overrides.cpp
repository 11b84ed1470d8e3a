// --set overrides: parsing PATH=VALUE, and setting the value in the parsed YAML tree.
#include <fmt/format.h>

#include <cctype>
#include <optional>

#include "scenario/did_you_mean.hpp"
#include "scenario/input_error.hpp"
#include "scenario/override_tree.hpp"

namespace jez {
namespace {

// One step of a path: a key (of a map, or an item's name in a list) or a list index.
struct Step {
  std::string key;
  std::optional<std::size_t> index;
  std::string path;  // the path up to and including this step, for messages
};

std::optional<std::vector<Step>> parse_path(std::string_view text) {
  std::vector<Step> steps;
  std::size_t i = 0;
  while (true) {
    const std::size_t start = i;
    while (i < text.size() && text[i] != '.' && text[i] != '[' && text[i] != ']') ++i;
    if (i == start) return std::nullopt;  // every segment starts with a key
    steps.push_back(
        {std::string(text.substr(start, i - start)), {}, std::string(text.substr(0, i))});
    while (i < text.size() && text[i] == '[') {
      const std::size_t digits = ++i;
      while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
      if (i == digits || i >= text.size() || text[i] != ']' || i - digits > 9) return std::nullopt;
      steps.push_back({{}, std::stoul(std::string(text.substr(digits, i - digits))), {}});
      steps.back().path = std::string(text.substr(0, ++i));
    }
    if (i == text.size()) return steps;
    if (text[i] != '.') return std::nullopt;
    ++i;
  }
}

std::string trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return std::string(s.substr(first, s.find_last_not_of(" \t") - first + 1));
}

// The value as a fresh node with no position of its own (so it can be traced to --set).
YAML::Node value_node(const std::string& value, const std::string& text) {
  YAML::Node parsed;
  try {
    parsed.reset(YAML::Load(value));
  } catch (const YAML::Exception& e) {
    throw InputError(fmt::format(
        "--set {}: expected a single YAML value, found malformed YAML ({})", text, e.msg));
  }
  if (parsed.IsNull()) return YAML::Node(YAML::NodeType::Null);
  if (!parsed.IsScalar())
    throw InputError(fmt::format("--set {}: expected a single value, found {}", text,
                                 parsed.IsMap() ? "a map" : "a list"));
  const std::string& tag = parsed.Tag();
  if (tag != "?" && tag != "!")
    throw InputError(fmt::format(
        "--set {}: expected a plain value (jezsim reads no YAML tags), found the tag '{}'", text,
        tag));
  YAML::Node fresh(parsed.Scalar());
  fresh.SetTag(tag);
  return fresh;
}

std::string kind_of(const YAML::Node& node) {
  if (node.IsMap()) return "a map";
  if (node.IsSequence()) return "a list";
  if (node.IsNull()) return "empty";
  return "a single value";
}

[[noreturn]] void no_such_item(const Override& o, const std::string& why) {
  throw InputError(fmt::format("--set {}: no such item ({})", o.path, why));
}

// The child of `parent` (named `parent_path`) that `step` selects, or an error.
YAML::Node child(const YAML::Node& parent, const std::string& parent_path, const Step& step,
                 const Override& o) {
  const std::string name = parent_path.empty() ? "the scenario" : parent_path;
  if (step.index) {
    if (!parent.IsSequence())
      no_such_item(o, fmt::format("{} is {}, not a list", name, kind_of(parent)));
    if (*step.index >= parent.size())
      no_such_item(
          o, fmt::format("{} has {} item{}", name, parent.size(), parent.size() == 1 ? "" : "s"));
    return parent[*step.index];
  }
  if (parent.IsMap()) {
    std::vector<std::string> keys;
    for (const auto& kv : parent) {
      if (kv.first.IsScalar() && kv.first.Scalar() == step.key) return kv.second;
      if (kv.first.IsScalar()) keys.push_back(kv.first.Scalar());
    }
    const auto m = closest_match(step.key, keys);
    no_such_item(o, fmt::format("{} has no key '{}'{}", name, step.key,
                                m ? "; did you mean '" + *m + "'?" : ""));
  }
  if (parent.IsSequence()) {
    std::vector<std::string> names;
    for (const auto& item : parent) {
      const YAML::Node n = item.IsMap() ? item["name"] : YAML::Node();
      if (!n.IsDefined() || !n.IsScalar()) continue;
      if (n.Scalar() == step.key) return item;
      names.push_back(n.Scalar());
    }
    const auto m = closest_match(step.key, names);
    no_such_item(o, fmt::format("{} has no item named '{}'{}", name, step.key,
                                m ? "; did you mean '" + *m + "'?" : ""));
  }
  no_such_item(o, fmt::format("{} is {}, not a map", name, kind_of(parent)));
}

void apply_one(YAML::Node root, const Override& o, YamlSource& src) {
  const std::string text = o.path + "=" + o.value;
  const auto steps = parse_path(o.path);
  if (!steps)
    throw InputError(fmt::format("--set {}: expected a key path, found '{}'", text, o.path));
  YAML::Node parent = root;
  std::string parent_path;
  for (std::size_t i = 0; i + 1 < steps->size(); ++i) {
    // reset, not '=': assigning one Node to another overwrites the first one's node in the tree.
    parent.reset(child(parent, parent_path, (*steps)[i], o));
    parent_path = (*steps)[i].path;
  }
  const Step& last = steps->back();
  const YAML::Node fresh = value_node(o.value, text);
  const YAML::Node& lookup = parent;  // const: a lookup must not add the key
  const bool new_key = !last.index && parent.IsMap() && !lookup[last.key].IsDefined();
  if (!new_key) {
    const YAML::Node target = child(parent, parent_path, last, o);
    if (target.IsMap() || target.IsSequence())
      throw InputError(fmt::format("--set {}: expected the path of a single value, found {}",
                                   o.path, kind_of(target)));
  }
  if (last.index)
    parent[*last.index] = fresh;
  else if (parent.IsMap())
    parent[last.key] = fresh;
  else {
    // An item picked by name is a map, refused above; nothing else reaches here.
    no_such_item(o, fmt::format("{} is {}", parent_path, kind_of(parent)));
  }
  src.note_override(fresh, text);
}

}  // namespace

Override parse_override(const std::string& text) {
  const auto eq = text.find('=');
  if (eq == std::string::npos)
    throw InputError(fmt::format(
        "--set {}: expected PATH=VALUE (such as routes[0].voyage_h=4), found no '='", text));
  Override o{trim(std::string_view(text).substr(0, eq)),
             trim(std::string_view(text).substr(eq + 1))};
  if (!parse_path(o.path))
    throw InputError(fmt::format(
        "--set {}: expected a key path such as routes[0].voyage_h or routes.NAME.voyage_h, "
        "found '{}'",
        text, o.path));
  value_node(o.value, text);  // a bad value is reported now, before any file is read
  return o;
}

void apply_overrides(YAML::Node root, const std::vector<Override>& overrides, YamlSource& src) {
  for (const auto& o : overrides) apply_one(root, o, src);
}

}  // namespace jez
