#include "scenario/loader.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "scenario/cross_checks.hpp"
#include "scenario/override_tree.hpp"
#include "scenario/scenario_sections.hpp"
#include "scenario/yaml_file.hpp"

namespace jez {
namespace {

// The output folder name: no path separators, not "." or "..".
std::string read_scenario_name(const YamlSource& src, const Field& field) {
  const std::string name = read_text(src, field);
  if (name.empty() || name == "." || name == ".." || name.find_first_of("/\\") != std::string::npos)
    src.fail(field, "a name usable as a folder name (no '/')", describe(field.node));
  return name;
}

// Checked before the other keys: a newer format may well have keys that this one does not know.
void check_version(const YamlSource& src, const YAML::Node& root) {
  for (const auto& kv : root) {
    if (!kv.first.IsScalar() || kv.first.Scalar() != "jezsim") continue;
    if (!kv.second.IsScalar() || kv.second.Tag() == "!" || kv.second.Scalar() != "1")
      src.fail(Field{kv.second, "jezsim", kv.first},
               "1 (the scenario format version this jezsim reads)", describe(kv.second));
  }
}

Scenario build(const YamlSource& src, const YAML::Node& root, const std::filesystem::path& file) {
  check_version(src, root);
  const MapFields top(
      src, Field{root, "", {}}, "a scenario",
      {"jezsim", "name", "title", "seed", "time", "regions", "routes", "economy", "sectors",
       "currency", "investments", "finance", "regime", "counterfactual", "weather", "events"});
  Scenario s;
  top.required("jezsim");  // its value was checked above
  s.format = 1;
  s.name = file.stem().string();
  if (const auto f = top.optional("name")) s.name = read_scenario_name(src, *f);
  if (const auto f = top.optional("title")) s.title = read_text(src, *f);
  if (const auto f = top.optional("seed")) s.seed = read_unsigned(src, *f);
  s.time = read_time(src, top.required("time"));
  if (const auto f = top.optional("regions")) s.regions = read_regions(src, *f);
  if (const auto f = top.optional("routes")) s.routes = read_routes(src, *f, s.regions);
  s.economy = read_economy(src, top.required("economy"), file, s.time);
  if (const auto f = top.optional("sectors")) s.fish_exports = read_sectors(src, *f, s);
  if (const auto f = top.optional("currency")) s.currency = read_currency(src, *f, s.time);
  if (const auto f = top.optional("investments")) s.investments = read_investments(src, *f, s);
  if (const auto f = top.optional("finance")) s.finance = read_finance(src, *f, s);
  if (const auto f = top.optional("regime")) s.regime = read_regime(src, *f, s.time);
  if (const auto f = top.optional("counterfactual")) read_counterfactual(src, *f, file, s);
  // The world's sections (after every other, since they refer to regions, routes and sectors).
  if (const auto f = top.optional("sectors")) read_activities(src, *f, s);
  if (const auto f = top.optional("weather")) s.weather = read_weather(src, *f);
  if (const auto f = top.optional("events")) s.events = read_events(src, *f, s);
  check_across_sections(src, root, s);
  return s;
}

// The scenario files being loaded, outermost first: a scenario, then its baseline.
thread_local std::vector<std::filesystem::path> loading;

struct Loading {
  explicit Loading(const std::filesystem::path& file) {
    std::error_code ec;
    loading.push_back(std::filesystem::absolute(file, ec).lexically_normal());
  }
  ~Loading() { loading.pop_back(); }
  Loading(const Loading&) = delete;
  Loading& operator=(const Loading&) = delete;
};

}  // namespace

std::shared_ptr<Scenario> load_baseline(const YamlSource& src, const Field& field,
                                        const std::filesystem::path& path) {
  std::string chain;
  for (const auto& f : loading) chain += f.filename().string() + " -> ";
  chain += path.filename().string();
  for (const auto& f : loading)
    if (f == path)
      src.fail(field, "a baseline scenario that does not lead back to this one",
               fmt::format("a cycle of counterfactuals: {}", chain));
  if (loading.size() >= 2)
    src.fail(field, "a baseline scenario without a counterfactual of its own",
             fmt::format("a chain of counterfactuals: {}", chain));
  return std::make_shared<Scenario>(load_scenario(path));
}

Scenario load_scenario(const std::filesystem::path& file, const std::vector<Override>& overrides) {
  return load_scenario_text(read_input_file(file), file, overrides);
}

Scenario load_scenario_text(const std::string& bytes, const std::filesystem::path& file,
                            const std::vector<Override>& overrides) {
  const Loading guard(file);
  const std::string shown = file.string();
  YAML::Node root = parse_yaml(bytes, shown);
  if (!root.IsMap()) {
    const YAML::Mark m = root.Mark();
    throw InputError(fmt::format(
        "{}:{}:{}: (top level): expected a scenario (a map of keys such as jezsim, time and "
        "economy), found {}",
        shown, m.is_null() ? 1 : m.line + 1, m.is_null() ? 1 : m.column + 1,
        root.IsNull() ? "an empty file" : describe(root)));
  }
  YamlSource src(shown);
  apply_overrides(root, overrides, src);
  Scenario s = build(src, root, file);
  s.source = file;
  s.source_sha256 = sha256_hex(bytes);
  return s;
}

}  // namespace jez
