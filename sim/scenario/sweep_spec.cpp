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

void read_truncation(const YamlSource& src, const MapFields& m, SweepDistribution& d) {
  const auto lo = m.optional("min");
  const auto hi = m.optional("max");
  if (lo) d.lower = read_number(src, *lo, Bound::any);
  if (hi) d.upper = read_number(src, *hi, Bound::any);
  if (lo && hi && !(d.lower < d.upper))
    src.fail(*hi, fmt::format("a max above min ({})", d.lower), describe(hi->node));
}

SweepDistribution read_distribution(const YamlSource& src, const Field& field) {
  SweepDistribution d;
  if (field.node.IsSequence()) {
    d.values = read_values(src, field);
    return d;
  }
  if (!field.node.IsMap())
    src.fail(field, "a list of values or a distribution (a map with dist: uniform, ...)",
             describe(field.node));
  const MapFields probe(
      src, field, "a distribution",
      {"dist", "min", "max", "mean", "sd", "mu", "sigma", "mode", "values", "weights"});
  const std::string dist = read_choice(
      src, probe.required("dist"), {"uniform", "normal", "lognormal", "triangular", "discrete"});
  if (dist == "uniform") {
    const MapFields m(src, field, "a uniform distribution", {"dist", "min", "max"});
    d.kind = Kind::uniform;
    d.a = read_number(src, m.required("min"), Bound::any);
    const Field hi = m.required("max");
    d.b = read_number(src, hi, Bound::any);
    if (!(d.a < d.b)) src.fail(hi, fmt::format("a max above min ({})", d.a), describe(hi.node));
  } else if (dist == "normal") {
    const MapFields m(src, field, "a normal distribution", {"dist", "mean", "sd", "min", "max"});
    d.kind = Kind::normal;
    d.a = read_number(src, m.required("mean"), Bound::any);
    d.b = read_number(src, m.required("sd"), Bound::positive);
    read_truncation(src, m, d);
    // Bounds that leave (next to) nothing of the distribution cannot be sampled.
    const double mass = normal_cdf((d.upper - d.a) / d.b) - normal_cdf((d.lower - d.a) / d.b);
    if (!(mass > 1e-9))
      src.fail(field, "min and max that keep some of the distribution",
               fmt::format("bounds {} sd or more from the mean (probability {:.3g})",
                           std::min(std::fabs(d.lower - d.a), std::fabs(d.upper - d.a)) / d.b,
                           std::max(mass, 0.0)));
  } else if (dist == "lognormal") {
    const MapFields m(src, field, "a lognormal distribution",
                      {"dist", "mu", "sigma", "min", "max"});
    d.kind = Kind::lognormal;
    d.a = read_number(src, m.required("mu"), Bound::any);
    d.b = read_number(src, m.required("sigma"), Bound::positive);
    read_truncation(src, m, d);
    const double lo = d.lower > 0 ? normal_cdf((std::log(d.lower) - d.a) / d.b) : 0.0;
    const double hi = d.upper > 0 ? normal_cdf((std::log(d.upper) - d.a) / d.b) : 0.0;
    if (!(hi - lo > 1e-9))
      src.fail(field, "min and max that keep some of the distribution (a lognormal is > 0)",
               fmt::format("bounds that keep a probability of {:.3g}", std::max(hi - lo, 0.0)));
  } else if (dist == "triangular") {
    const MapFields m(src, field, "a triangular distribution", {"dist", "min", "mode", "max"});
    d.kind = Kind::triangular;
    d.a = read_number(src, m.required("min"), Bound::any);
    const Field mode = m.required("mode");
    d.c = read_number(src, mode, Bound::any);
    const Field hi = m.required("max");
    d.b = read_number(src, hi, Bound::any);
    if (!(d.a < d.b)) src.fail(hi, fmt::format("a max above min ({})", d.a), describe(hi.node));
    if (d.c < d.a || d.c > d.b)
      src.fail(mode, fmt::format("a mode between min ({}) and max ({})", d.a, d.b),
               describe(mode.node));
  } else {
    const MapFields m(src, field, "a discrete distribution", {"dist", "values", "weights"});
    d.kind = Kind::discrete;
    d.values = read_values(src, m.required("values"));
    if (const auto w = m.optional("weights")) {
      double total = 0;
      for (const Field& item : list_items(src, *w, "a list of weights")) {
        d.weights.push_back(read_number(src, item, Bound::non_negative));
        total += d.weights.back();
      }
      if (d.weights.size() != d.values.size())
        src.fail(*w, fmt::format("one weight per value ({})", d.values.size()),
                 fmt::format("{} weights", d.weights.size()));
      if (!(total > 0)) src.fail(*w, "weights that are not all 0", "only zeros");
    }
  }
  return d;
}

std::vector<SweepParameter> read_parameters(const YamlSource& src, const Field& field,
                                            SweepMethod method) {
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
    params.push_back({key, read_distribution(src, f), where_of(src.file(), kv.first)});
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

SweepSpec load_sweep_spec(const std::filesystem::path& file) {
  const std::string shown = file.string();
  const std::string bytes = read_input_file(file);
  const YAML::Node root = parse_yaml(bytes, shown);
  const YamlSource src(shown);
  if (!root.IsMap())
    src.fail(Field{root, "", {}}, "a sweep (a map of keys such as base, method and parameters)",
             root.IsNull() ? "an empty file" : describe(root));
  const MapFields top(
      src, Field{root, "", {}}, "a sweep",
      {"title", "base", "method", "samples", "replications", "seed", "parameters", "outputs"});
  SweepSpec s;
  s.file = file;
  s.name = file.stem().string();
  s.sha256 = sha256_hex(bytes);
  if (const auto f = top.optional("title")) read_text(src, *f);
  const Field base = top.required("base");
  s.base = (file.parent_path() / read_text(src, base)).lexically_normal();
  s.base_where = where_of(shown, base.node);
  const Field method = top.required("method");
  const std::string m = read_choice(src, method, {"grid", "random", "lhs", "sobol"});
  s.method = m == "grid"     ? SweepMethod::grid
             : m == "random" ? SweepMethod::random
             : m == "lhs"    ? SweepMethod::lhs
                             : SweepMethod::sobol;
  s.method_where = where_of(shown, method.node);
  if (const auto f = top.optional("samples")) {
    s.samples = read_unsigned(src, *f);
    s.samples_where = where_of(shown, f->node);
    if (s.samples == 0) src.fail(*f, "a whole number >= 1", "0");
  }
  if (const auto f = top.optional("replications")) {
    s.replications = read_unsigned(src, *f);
    if (s.replications == 0) src.fail(*f, "a whole number >= 1", "0");
  }
  if (const auto f = top.optional("seed")) s.seed = read_unsigned(src, *f);
  const Field params = top.required("parameters");
  s.parameters = read_parameters(src, params, s.method);
  check_sweep_size(src, top, s);
  check_samples(src, top, s);
  if (const auto f = top.optional("outputs")) {
    s.outputs = read_outputs(src, *f);
    s.outputs_where = where_of(shown, f->node);
  }
  return s;
}

}  // namespace jez
