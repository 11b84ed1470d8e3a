// Applying --set overrides to the parsed YAML tree, before validation (internal to scenario/).
#pragma once

#include <yaml-cpp/yaml.h>

#include <vector>

#include "scenario/overrides.hpp"
#include "scenario/yaml_source.hpp"

namespace jez {

// Sets each override's value in `root` (a map), in order, and records the new nodes in `src` so
// that later errors about them say they came from the command line. Throws InputError
// ("--set routes[9].voyage_h: no such item (routes has 5 items)") for a path through a missing
// parent, an index out of range, an unknown item name, or a target that is a map or a list.
void apply_overrides(YAML::Node root, const std::vector<Override>& overrides, YamlSource& src);

}  // namespace jez
