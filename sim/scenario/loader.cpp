#include "scenario/loader.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <stdexcept>

#include "scenario/cross_checks.hpp"
#include "scenario/override_tree.hpp"
#include "scenario/scenario_sections.hpp"
#include "scenario/yaml_file.hpp"

namespace jez {
namespace {

using S = Scenario;
using K = keys::For<S>;

// Checked before the other keys: a newer format may well have keys that this one does not know.
void check_version(const YamlSource& src, const YAML::Node& root) {
  for (const auto& kv : root) {
    if (!kv.first.IsScalar() || kv.first.Scalar() != "jezsim") continue;
    if (!kv.second.IsScalar() || kv.second.Tag() == "!" || kv.second.Scalar() != "1")
      src.fail(Field{kv.second, "jezsim", kv.first},
               "1 (the scenario format version this jezsim reads)", describe(kv.second));
  }
}

keys::Key<S> version_key() {
  schema::Key info =
      K::info("jezsim", schema::Type::constant, "", "the format version; only 1 exists");
  info.default_text = "1";
  return K::custom(
             info, [](const ReadContext&, const Field&, S&) {},  // checked by check_version
             [](const S& s) { return fmt::format("{}", s.format); })
      .required();
}

// The output folder name: no path separators, not "." or "..".
keys::Key<S> name_key() {
  return K::custom(
             K::info("name", schema::Type::text, "", "the run's name, used for output folders"),
             [](const ReadContext& c, const Field& f, S& s) {
               s.name = read_text(c.src, f);
               if (s.name.empty() || s.name == "." || s.name == ".." ||
                   s.name.find_first_of("/\\") != std::string::npos)
                 c.src.fail(f, "a name usable as a folder name (no '/')", describe(f.node));
             },
             [](const S& s) { return keys::quoted(s.name); })
      .default_is("the file's name without its extension")
      .when_absent(
          [](const ReadContext& c, const MapFields&, S& s) { s.name = c.file.stem().string(); });
}

keys::Key<S> sectors_key() {
  schema::Key info = K::info("sectors", schema::Type::map, "", "the sector models");
  info.section = &sectors_table().info;
  keys::Key<S> k =
      K::custom(info,
                [](const ReadContext& c, const Field& f, S& s) {
                  const auto& t = sectors_table();
                  keys::read_fields(c, MapFields(c.src, f, t.info.what, t.names()), t, s);
                },
                {});
  k.block = [](std::string& y, int indent, const S& s) {
    y += fmt::format("{:{}}sectors:\n", "", indent);
    keys::write_fields(y, indent + 2, sectors_table(), s);
  };
  k.written = [](const S& s) {
    const auto& a = s.activities;
    return s.fish_exports || a.aquaculture || a.greenhouse || a.tourism || a.power || a.waste;
  };
  return k;
}

keys::Key<S> counterfactual_key() {
  return K::custom(
             K::info("counterfactual", schema::Type::path, "",
                     "the baseline the impact is measured against: a scenario file (relative to "
                     "this one) with the same time and table sectors"),
             [](const ReadContext& c, const Field& f, S& s) {
               read_counterfactual(c.src, f, c.file, s);
             },
             [](const S& s) {
               return keys::quoted(
                   std::filesystem::absolute(s.counterfactual->source).lexically_normal().string());
             })
      .default_is("this scenario without its investments and joint projects")
      .write_if([](const S& s) { return s.counterfactual != nullptr; });
}

keys::ListOptions<S, RegimePeriod> regime_options() {
  keys::ListOptions<S, RegimePeriod> o;
  o.list_what = "a list of dated tax regimes";
  o.omit_empty = true;
  o.each = [](const ReadContext& c, const MapFields& item, const S&,
              const std::vector<RegimePeriod>& before, const RegimePeriod& r) {
    if (!before.empty() && !(before.back().from < r.from))
      c.src.fail(item.required("from"),
                 fmt::format("a month after the previous regime's ({})", before.back().from.str()),
                 r.from.str());
  };
  return o;
}

keys::ListOptions<S, ScriptedEvent> event_options() {
  keys::ListOptions<S, ScriptedEvent> o;
  o.list_what = "a list of dated events";
  o.omit_empty = true;
  o.finish = [](const ReadContext&, const Field&, S& s) {
    std::stable_sort(
        s.events.begin(), s.events.end(),
        [](const ScriptedEvent& a, const ScriptedEvent& b) { return a.date < b.date; });
  };
  return o;
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

const keys::Table<Scenario>& scenario_table() {
  static const keys::Table<S> t(
      "scenario", "(top level)", "a scenario", "",
      {
          version_key(),
          name_key(),
          K::text("title", &S::title, "free text for people"),
          K::whole("seed", &S::seed,
                   schema::Range{0, 18446744073709551615.0, false, false, "any 64-bit seed"}, "",
                   "the master seed of every random stream of a run"),
          K::map("time", &S::time, time_table(), "the simulated span").required(),
          K::list("regions", &S::regions, region_table(),
                  keys::ListOptions<S, Region>{"a list of regions"}, "islands and hubs"),
          K::list("routes", &S::routes, route_table(),
                  keys::ListOptions<S, Route>{"a list of routes"}, "sea lanes between regions"),
          K::map("economy", &S::economy, economy_table(), "the input-output table").required(),
          sectors_key(),
          K::map("weather", &S::weather, weather_table(), "storms and fog on the routes")
              .write_if([](const S& s) { return !s.routes.empty(); }),
          K::list("events", &S::events, event_table(), event_options(),
                  "dated events: suspensions, visa regimes, sanctions, pilot tours"),
          K::map("currency", &S::currency, currency_table(), "exchange rate and inflation paths")
              .write_if([](const S& s) { return s.currency.given; }),
          K::list("investments", &S::investments, investment_table(),
                  keys::ListOptions<S, Investment>{"a list of investments", keys::ListStyle::block,
                                                   true},
                  "the joint projects' capital, owners and build times"),
          finance_key(),
          K::list("regime", &S::regime, regime_table(), regime_options(),
                  "the dated tax regimes; none: Russian general taxation throughout"),
          counterfactual_key(),
      });
  return t;
}

const schema::Section& schema::scenario_schema() {
  return scenario_table().info;
}

Scenario load_scenario(const std::filesystem::path& file, const std::vector<Override>& overrides) {
  return load_scenario_text(read_input_file(file), file, overrides);
}

namespace {

// The checks and reads of a parsed file; `root` gets the overrides applied in place.
Scenario load_tree(YAML::Node& root, const std::string& sha256, const std::filesystem::path& file,
                   const std::vector<Override>& overrides, const TableCache* tables = nullptr) {
  const Loading guard(file);
  const std::string shown = file.string();
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
  check_version(src, root);
  Scenario s;
  const ReadContext c{src, s, file, tables};
  const auto& t = scenario_table();
  keys::read_fields(c, MapFields(src, Field{root, "", {}}, t.info.what, t.names()), t, s);
  check_across_sections(src, root, s);
  s.source = file;
  s.source_sha256 = sha256;
  return s;
}

}  // namespace

Scenario load_scenario_text(const std::string& bytes, const std::filesystem::path& file,
                            const std::vector<Override>& overrides) {
  YAML::Node root = parse_yaml(bytes, file.string());
  return load_tree(root, sha256_hex(bytes), file, overrides);
}

struct ParsedScenario::Tree {
  YAML::Node root;
  std::string sha256;
  std::filesystem::path file;
  bool used = false;
  TableCache tables;
};

ParsedScenario::ParsedScenario(const std::filesystem::path& file) : tree_(new Tree) {
  const std::string bytes = read_input_file(file);
  tree_->root = parse_yaml(bytes, file.string());
  tree_->sha256 = sha256_hex(bytes);
  tree_->file = file;
}

ParsedScenario::~ParsedScenario() = default;
ParsedScenario::ParsedScenario(ParsedScenario&&) noexcept = default;
ParsedScenario& ParsedScenario::operator=(ParsedScenario&&) noexcept = default;

void ParsedScenario::keep_tables(const Scenario& s) {
  tree_->tables.emplace(s.economy.table_path, s.economy.table);
  if (s.economy.regions)
    tree_->tables.emplace(s.economy.regions->table_path, s.economy.regions->table);
}

Scenario ParsedScenario::load_once(const std::vector<Override>& overrides) {
  if (tree_->used) throw std::logic_error("ParsedScenario::load_once called twice");
  tree_->used = true;
  return load_tree(tree_->root, tree_->sha256, tree_->file, overrides, &tree_->tables);
}

}  // namespace jez
