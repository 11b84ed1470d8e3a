// Checks that span sections, run once the whole scenario is read (internal to scenario/): what
// each section's reader cannot see on its own.
#pragma once

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <memory>

#include "scenario/scenario.hpp"
#include "scenario/yaml_source.hpp"

namespace jez {

// The sides that own projects: the regime splits tax receipts between these two, and the
// ledger reports each.
inline const std::vector<std::string>& owner_sides() {
  static const std::vector<std::string> sides = {"japan", "russia"};
  return sides;
}

// Throws InputError at the offending value for: two routes between the same two regions (in
// either direction; the world has one sea lane per pair), an owner side other than
// owner_sides(), and a sector project whose `online` month is after the horizon (it would never
// run).
void check_across_sections(const YamlSource& src, const YAML::Node& root, const Scenario& s);

// Loads the baseline scenario file that `field` (a `counterfactual`) names. A baseline may not
// have a counterfactual of its own, so a chain of them stops at its second link, and a cycle
// (a.yaml names b.yaml, which names a.yaml) is named as such: both throw InputError at `field`
// with the chain of files, before any file is loaded a second time (loader.cpp).
std::shared_ptr<Scenario> load_baseline(const YamlSource& src, const Field& field,
                                        const std::filesystem::path& path);

}  // namespace jez
