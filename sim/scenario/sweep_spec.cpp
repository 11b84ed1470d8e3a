// Reading a sweep file: the same one-sentence errors with file:line:col as scenario files.
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
#include "scenario/sweep_limits.hpp"
#include "scenario/yaml_schema.hpp"

namespace jez {
namespace {

using Kind = SweepDistribution::Kind;

std::string where_of(const std::string& file, const YAML::Node& node) {
  const YAML::Mark m = node.Mark();
  if (m.is_null()) return file;
  return fmt::format("{}:{}:{}", file, m.line + 1, m.column + 1);
}

// The probability that a standard normal falls below z.
double normal_cdf(double z) {
  return 0.5 * std::erfc(-z / std::sqrt(2.0));
}

std::vector<std::string> read_values(const YamlSource& src, const Field& field) {
  std::vector<std::string> values;
  for (const Field& item : list_items(src, field, "a list of values")) {
    if (!item.node.IsScalar() || item.node.Scalar().empty())
      src.fail(item, "a single value (a number or a word)", describe(item.node));
    values.push_back(item.node.Scalar());
  }
  if (values.empty()) src.fail(field, "a list of at least one value", "an empty list");
  return values;
}

using D = SweepDistribution;
using KD = keys::For<D>;
using schema::Range;

constexpr Range kAny{-1.7976931348623157e308, 1.7976931348623157e308};
constexpr Range kPositive{0, 1.7976931348623157e308, true};

keys::Key<D> dist_key(const char* word) {
  schema::Key info = KD::info("dist", schema::Type::choice, "", "the distribution");
  info.choices = {word};
  return KD::custom(info, [](const ReadContext&, const Field&, D&) {}, {}).required();
}

keys::Key<D> bound_key(const char* key, double D::*member, const char* meaning) {
  return KD::number(key, member, kAny, "", meaning).default_is("none");
}

void check_above(const ReadContext& c, const MapFields& m, const char* key, double lo, double hi) {
  if (!(lo < hi)) {
    const Field f = m.required(key);
    c.src.fail(f, fmt::format("a max above min ({})", lo), describe(f.node));
  }
}

// Truncation bounds that leave (next to) nothing of the distribution cannot be sampled.
void check_truncation(const ReadContext& c, const MapFields& m, const D& d) {
  if (m.has("min") && m.has("max")) check_above(c, m, "max", d.lower, d.upper);
  if (d.kind == Kind::normal) {
    const double mass = normal_cdf((d.upper - d.a) / d.b) - normal_cdf((d.lower - d.a) / d.b);
    if (!(mass > 1e-9))
      c.src.fail(m.field(), "min and max that keep some of the distribution",
                 fmt::format("bounds {} sd or more from the mean (probability {:.3g})",
                             std::min(std::fabs(d.lower - d.a), std::fabs(d.upper - d.a)) / d.b,
                             std::max(mass, 0.0)));
    return;
  }
  const double lo = d.lower > 0 ? normal_cdf((std::log(d.lower) - d.a) / d.b) : 0.0;
  const double hi = d.upper > 0 ? normal_cdf((std::log(d.upper) - d.a) / d.b) : 0.0;
  if (!(hi - lo > 1e-9))
    c.src.fail(m.field(), "min and max that keep some of the distribution (a lognormal is > 0)",
               fmt::format("bounds that keep a probability of {:.3g}", std::max(hi - lo, 0.0)));
}

keys::Key<D> values_key(const char* key, const char* meaning) {
  schema::Key info = KD::info(key, schema::Type::list, "", meaning);
  info.element = std::make_shared<schema::Key>(KD::info("", schema::Type::text, "", ""));
  return KD::custom(
      info, [](const ReadContext& c, const Field& f, D& d) { d.values = read_values(c.src, f); },
      {});
}

const keys::Table<D>& uniform_table() {
  static const keys::Table<D> t(
      "uniform", "{dist: uniform}", "a uniform distribution", "Uniform on [min, max], min < max.",
      {dist_key("uniform"), KD::number("min", &D::a, kAny, "", "the lowest value").required(),
       KD::number("max", &D::b, kAny, "", "the highest value").required()},
      [](const ReadContext& c, const MapFields& m, D& d) {
        d.kind = Kind::uniform;
        check_above(c, m, "max", d.a, d.b);
      });
  return t;
}

const keys::Table<D>& normal_table() {
  static const keys::Table<D> t(
      "normal", "{dist: normal}", "a normal distribution",
      "Normal, optionally truncated to [min, max].",
      {dist_key("normal"), KD::number("mean", &D::a, kAny, "", "the mean").required(),
       KD::number("sd", &D::b, kPositive, "", "the standard deviation").required(),
       bound_key("min", &D::lower, "truncated below"),
       bound_key("max", &D::upper, "truncated above")},
      [](const ReadContext& c, const MapFields& m, D& d) {
        d.kind = Kind::normal;
        check_truncation(c, m, d);
      });
  return t;
}

const keys::Table<D>& lognormal_table() {
  static const keys::Table<D> t(
      "lognormal", "{dist: lognormal}", "a lognormal distribution",
      "e^X with X normal(mu, sigma): the median is e^mu; optionally truncated to [min, max].",
      {dist_key("lognormal"), KD::number("mu", &D::a, kAny, "", "the mean of the log").required(),
       KD::number("sigma", &D::b, kPositive, "", "the standard deviation of the log").required(),
       bound_key("min", &D::lower, "truncated below"),
       bound_key("max", &D::upper, "truncated above")},
      [](const ReadContext& c, const MapFields& m, D& d) {
        d.kind = Kind::lognormal;
        check_truncation(c, m, d);
      });
  return t;
}

const keys::Table<D>& triangular_table() {
  static const keys::Table<D> t(
      "triangular", "{dist: triangular}", "a triangular distribution",
      "Triangular, min <= mode <= max, min < max.",
      {dist_key("triangular"), KD::number("min", &D::a, kAny, "", "the lowest value").required(),
       KD::number("mode", &D::c, kAny, "", "the most likely value").required(),
       KD::number("max", &D::b, kAny, "", "the highest value").required()},
      [](const ReadContext& c, const MapFields& m, D& d) {
        d.kind = Kind::triangular;
        check_above(c, m, "max", d.a, d.b);
        if (d.c < d.a || d.c > d.b) {
          const Field mode = m.required("mode");
          c.src.fail(mode, fmt::format("a mode between min ({}) and max ({})", d.a, d.b),
                     describe(mode.node));
        }
      });
  return t;
}

const keys::Table<D>& discrete_table() {
  schema::Key weights = KD::info("weights", schema::Type::list, "",
                                 "relative weights, one per value, not all 0; absent: equally "
                                 "likely");
  auto element = std::make_shared<schema::Key>(KD::info("", schema::Type::number, "", ""));
  element->range = Range{0, 1.7976931348623157e308};
  weights.element = element;
  static const keys::Table<D> t(
      "discrete", "{dist: discrete}", "a discrete distribution",
      "One of the values, with relative weights.",
      {dist_key("discrete"), values_key("values", "the values, as written").required(),
       KD::custom(weights,
                  [](const ReadContext& c, const Field& w, D& d) {
                    double total = 0;
                    for (const Field& item : list_items(c.src, w, "a list of weights")) {
                      d.weights.push_back(read_number(c.src, item, Bound::non_negative));
                      total += d.weights.back();
                    }
                    if (d.weights.size() != d.values.size())
                      c.src.fail(w, fmt::format("one weight per value ({})", d.values.size()),
                                 fmt::format("{} weights", d.weights.size()));
                    if (!(total > 0)) c.src.fail(w, "weights that are not all 0", "only zeros");
                  },
                  {})},
      [](const ReadContext&, const MapFields&, D& d) { d.kind = Kind::discrete; });
  return t;
}

const std::vector<const keys::Table<D>*>& distributions() {
  static const std::vector<const keys::Table<D>*> d = {&uniform_table(), &normal_table(),
                                                       &lognormal_table(), &triangular_table(),
                                                       &discrete_table()};
  return d;
}

SweepDistribution read_distribution(const ReadContext& c, const Field& field) {
  if (field.node.IsSequence()) {
    D d;
    d.values = read_values(c.src, field);
    return d;
  }
  if (!field.node.IsMap())
    c.src.fail(field, "a list of values or a distribution (a map with dist: uniform, ...)",
               describe(field.node));
  std::vector<std::string> all, words;
  for (const auto* t : distributions()) {
    words.push_back(t->info.keys.front().choices.front());
    for (const auto& n : t->names())
      if (std::find(all.begin(), all.end(), n) == all.end()) all.push_back(n);
  }
  const MapFields probe(c.src, field, "a distribution", all);
  const std::string dist = read_choice(c.src, probe.required("dist"), words);
  for (const auto* t : distributions())
    if (t->info.keys.front().choices.front() == dist) return keys::read_map(c, field, *t);
  return {};
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
    params.push_back({key, read_distribution(c, f), where_of(src.file(), kv.first)});
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
  for (const auto* t : distributions()) values->alternatives.push_back(&t->info);
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
