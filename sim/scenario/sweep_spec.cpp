// Reading a sweep file: the same one-sentence errors with file:line:col as scenario files (the
// parameters' distributions: sweep_distributions.cpp).
#include "scenario/sweep_spec.hpp"
#include "scenario/yaml_file.hpp"

#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <sstream>

#include "scenario/file_hash.hpp"
#include "scenario/input_error.hpp"
#include "scenario/key_table.hpp"
#include "scenario/sweep_distributions.hpp"
#include "scenario/sweep_limits.hpp"
#include "scenario/yaml_schema.hpp"

namespace jez {
namespace {

using Kind = SweepDistribution::Kind;
using schema::Range;

std::string where_of(const std::string& file, const YAML::Node& node) {
  const YAML::Mark m = node.Mark();
  if (m.is_null()) return file;
  return fmt::format("{}:{}:{}", file, m.line + 1, m.column + 1);
}

std::vector<SweepParameter> read_parameters(const ReadContext& c, const Field& field,
                                            SweepMethod method) {
  const YamlSource& src = c.src;
  if (!field.node.IsMap() || field.node.size() == 0)
    src.fail(field, "a map from scenario key paths to values or distributions",
             describe(field.node));
  std::vector<SweepParameter> params;
  for (const auto& kv : field.node) {
    const std::string key = kv.first.IsScalar() ? kv.first.Scalar() : "?";
    const Field f{kv.second, child_path(field.path, key), kv.first};
    if (!kv.first.IsScalar() || key.empty())
      src.fail(f, "a scenario key path such as routes.NAME.sailings_per_week", describe(kv.first),
               {}, true);
    if (key == "seed")
      src.fail(f, "a scenario key path other than seed", "'seed' (run seeds come from the sweep)",
               {}, true);
    for (const auto& p : params)
      if (p.path == key)
        src.fail(f, "each parameter once", fmt::format("'{}' again (first at {})", key, p.where),
                 {}, true);
    params.push_back({key, read_sweep_distribution(c, f), where_of(src.file(), kv.first)});
    if (method == SweepMethod::grid && params.back().dist.kind != Kind::values)
      src.fail(f, "a list of values (a grid sweep takes levels, not distributions)",
               "a distribution");
  }
  return params;
}

std::vector<SweepOutput> read_outputs(const YamlSource& src, const Field& field) {
  std::vector<SweepOutput> outputs;
  for (const Field& item : list_items(src, field, "a list of summary metric names")) {
    const std::string metric = read_name(src, item);
    for (const auto& o : outputs)
      if (o.metric == metric)
        src.fail(item, "each output once",
                 fmt::format("'{}' again (first at {})", metric, o.where));
    outputs.push_back({metric, where_of(src.file(), item.node)});
  }
  if (outputs.empty()) src.fail(field, "a list of at least one metric", "an empty list");
  return outputs;
}

// Whether the method can use the samples asked for.
void check_samples(const YamlSource& src, const MapFields& top, const SweepSpec& s) {
  const auto samples = top.optional("samples");
  if (s.method == SweepMethod::grid) {
    std::uint64_t size = 1;
    for (const auto& p : s.parameters) size *= p.dist.values.size();
    if (samples && s.samples != size)
      src.fail(
          *samples,
          fmt::format("no samples, or the grid's size ({}: every combination of the values)", size),
          describe(samples->node));
    return;
  }
  if (!samples)
    src.fail_in(top.field(), "samples",
                fmt::format("a number of samples for method {}", method_name(s.method)),
                "the key missing");
  // Sobol point indices are 32-bit; a Latin hypercube keeps one stratum per sample and parameter.
  const std::uint64_t most = s.method == SweepMethod::lhs ? 10'000'000 : 1ull << 31;
  if (s.samples > most)
    src.fail(*samples, fmt::format("at most {} samples for method {}", most, method_name(s.method)),
             describe(samples->node));
  if (s.method == SweepMethod::sobol) {
    if (s.samples < 2 || (s.samples & (s.samples - 1)) != 0)
      src.fail(*samples, "a power of two >= 2 (a Sobol sequence is balanced at powers of two)",
               describe(samples->node));
    if (s.parameters.size() > kMaxSobolParameters)
      src.fail(top.required("parameters"),
               fmt::format("at most {} parameters for a Sobol sweep", kMaxSobolParameters),
               fmt::format("{}", s.parameters.size()));
  }
}

}  // namespace

const char* method_name(SweepMethod m) {
  switch (m) {
    case SweepMethod::grid:
      return "grid";
    case SweepMethod::random:
      return "random";
    case SweepMethod::lhs:
      return "lhs";
    case SweepMethod::sobol:
      return "sobol";
  }
  return "?";
}

namespace {

using S = SweepSpec;
using KS = keys::For<S>;

keys::Key<S> parameters_key() {
  schema::Key info = KS::info("parameters", schema::Type::map, "",
                              "scenario key path (as for --set) -> a list of values or a "
                              "distribution");
  auto values = std::make_shared<schema::Key>(KS::info("", schema::Type::list, "", ""));
  values->element = std::make_shared<schema::Key>(KS::info("", schema::Type::text, "", ""));
  for (const auto* t : sweep_distributions()) values->alternatives.push_back(&t->info);
  info.element = values;
  return KS::custom(info,
                    [](const ReadContext& c, const Field& f, S& s) {
                      s.parameters = read_parameters(c, f, s.method);
                    },
                    {})
      .required();
}

keys::Key<S> outputs_key() {
  schema::Key info = KS::info("outputs", schema::Type::list, "",
                              "the summary metrics to collect; absent: all of them");
  info.element = std::make_shared<schema::Key>(KS::info("", schema::Type::name, "", ""));
  return KS::custom(info,
                    [](const ReadContext& c, const Field& f, S& s) {
                      s.outputs = read_outputs(c.src, f);
                      s.outputs_where = where_of(c.src.file(), f.node);
                    },
                    {});
}

const keys::Table<SweepSpec>& sweep_table() {
  static const keys::Table<S> t(
      "sweep", "(top level)", "a sweep", "",
      {
          KS::text("title", &S::title, "free text for people"),
          KS::custom(
              KS::info("base", schema::Type::path, "", "the base scenario, relative to this file"),
              [](const ReadContext& c, const Field& f, S& s) {
                s.base = (c.file.parent_path() / read_text(c.src, f)).lexically_normal();
                s.base_where = where_of(c.src.file(), f.node);
              },
              {})
              .required(),
          KS::choice(
              "method", &S::method,
              std::vector<std::pair<std::string, SweepMethod>>{{"grid", SweepMethod::grid},
                                                               {"random", SweepMethod::random},
                                                               {"lhs", SweepMethod::lhs},
                                                               {"sobol", SweepMethod::sobol}},
              "how the points are chosen")
              .required()
              .check([](const ReadContext& c, const Field& f, S& s) {
                s.method_where = where_of(c.src.file(), f.node);
              }),
          KS::whole("samples", &S::samples, Range{1, 1.8446744073709552e19}, "",
                    "points to draw (not for grid; a power of two for sobol); at most 10,000,000 "
                    "for lhs and 2^31 for the others")
              .default_is("")
              .check([](const ReadContext& c, const Field& f, S& s) {
                s.samples_where = where_of(c.src.file(), f.node);
              }),
          KS::whole("replications", &S::replications,
                    Range{1, 1e6, false, false, "at most a million runs of each point"}, "",
                    "runs per point, each with its own seed"),
          KS::whole("seed", &S::seed, Range{0, 1.8446744073709552e19}, "",
                    "the master seed of the sweep"),
          parameters_key(),
          outputs_key(),
      },
      [](const ReadContext& c, const MapFields& top, S& s) {
        check_sweep_size(c.src, top, s);
        check_samples(c.src, top, s);
      });
  return t;
}

}  // namespace

const schema::Section& schema::sweep_schema() {
  return sweep_table().info;
}

SweepSpec load_sweep_spec(const std::filesystem::path& file) {
  const std::string shown = file.string();
  const std::string bytes = read_input_file(file);
  const YAML::Node root = parse_yaml(bytes, shown);
  const YamlSource src(shown);
  if (!root.IsMap())
    src.fail(Field{root, "", {}}, "a sweep (a map of keys such as base, method and parameters)",
             root.IsNull() ? "an empty file" : describe(root));
  const Scenario none;  // a sweep's keys refer to no scenario
  const ReadContext c{src, none, file};
  const auto& t = sweep_table();
  SweepSpec s;
  s.file = file;
  s.name = file.stem().string();
  s.sha256 = sha256_hex(bytes);
  keys::read_fields(c, MapFields(src, Field{root, "", {}}, t.info.what, t.names()), t, s);
  return s;
}

}  // namespace jez
