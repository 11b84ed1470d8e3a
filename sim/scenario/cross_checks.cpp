#include "scenario/cross_checks.hpp"

#include <fmt/format.h>

#include <utility>
#include <vector>

#include "scenario/calendar.hpp"
#include "scenario/did_you_mean.hpp"
#include "scenario/yaml_schema.hpp"

namespace jez {

namespace {

// The value of `key` in the map `node`, as a Field under `path` (undefined when absent).
Field member(const YAML::Node& node, const std::string& path, const std::string& key) {
  if (node.IsMap())
    for (const auto& kv : node)
      if (kv.first.IsScalar() && kv.first.Scalar() == key)
        return Field{kv.second, child_path(path, key), kv.first};
  return Field{YAML::Node(YAML::NodeType::Undefined), child_path(path, key), {}};
}

void check_routes(const YamlSource& src, const YAML::Node& root, const Scenario& s) {
  const Field list = member(root, "", "routes");
  if (!list.node.IsSequence() || list.node.size() != s.routes.size()) return;
  for (std::size_t j = 0; j < s.routes.size(); ++j)
    for (std::size_t i = 0; i < j; ++i) {
      const Route& a = s.routes[i];
      const Route& b = s.routes[j];
      if (!((a.from == b.from && a.to == b.to) || (a.from == b.to && a.to == b.from))) continue;
      const std::string path = fmt::format("routes[{}]", j);
      const Field to = member(list.node[j], path, "to");
      src.fail(to, "one route between two regions (routes serve both directions)",
               fmt::format("route '{}' from '{}' to '{}', and route '{}' between them already "
                           "(at {})",
                           b.name, b.from, b.to, a.name, src.position_of(list.node[i])));
    }
}

void check_owners(const YamlSource& src, const YAML::Node& root) {
  const Field list = member(root, "", "investments");
  if (!list.node.IsSequence()) return;
  for (std::size_t i = 0; i < list.node.size(); ++i) {
    const Field owners = member(list.node[i], fmt::format("investments[{}]", i), "owners");
    if (!owners.node.IsMap()) continue;
    for (const auto& kv : owners.node) {
      const std::string side = kv.first.IsScalar() ? kv.first.Scalar() : "?";
      bool known = false;
      for (const auto& k : owner_sides()) known = known || k == side;
      if (!known)
        src.fail(Field{kv.second, child_path(owners.path, side), kv.first},
                 "an owner side: " + quoted_choices(owner_sides()), fmt::format("'{}'", side),
                 did_you_mean(side, owner_sides()), true);
    }
  }
}

// Every `online: YYYY-MM` under sectors, wherever the section's shape puts it.
void check_online(const YamlSource& src, const Field& field, const TimeSpec& time) {
  std::vector<std::pair<YAML::Node, std::string>> todo{{field.node, field.path}};
  while (!todo.empty()) {
    const auto [node, path] = std::move(todo.back());
    todo.pop_back();
    if (node.IsSequence()) {
      for (std::size_t i = 0; i < node.size(); ++i)
        todo.emplace_back(node[i], fmt::format("{}[{}]", path, i));
      continue;
    }
    if (!node.IsMap()) continue;
    for (const auto& kv : node) {
      if (!kv.first.IsScalar()) continue;
      const std::string key_path = child_path(path, kv.first.Scalar());
      if (kv.first.Scalar() != "online" || !kv.second.IsScalar()) {
        todo.emplace_back(kv.second, key_path);
        continue;
      }
      YearMonth month;
      if (YearMonth::parse(kv.second.Scalar(), month) && time.end < month)
        src.fail(Field{kv.second, key_path, kv.first},
                 fmt::format("a month not after the horizon's end ({}): a project that comes "
                             "online later never runs",
                             time.end.str()),
                 kv.second.Scalar());
    }
  }
}

}  // namespace

void check_across_sections(const YamlSource& src, const YAML::Node& root, const Scenario& s) {
  check_routes(src, root, s);
  check_owners(src, root);
  const Field sectors = member(root, "", "sectors");
  if (sectors.node.IsDefined()) check_online(src, sectors, s.time);
}

}  // namespace jez
