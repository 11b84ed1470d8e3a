// The distributions of a sweep parameter: a list of values, or uniform, normal, lognormal,
// triangular and discrete, each read through its key table with one-sentence errors.
#include "scenario/sweep_distributions.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "scenario/yaml_schema.hpp"

namespace jez {
namespace {

using Kind = SweepDistribution::Kind;

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

}  // namespace

const std::vector<const keys::Table<SweepDistribution>*>& sweep_distributions() {
  static const std::vector<const keys::Table<D>*> d = {&uniform_table(), &normal_table(),
                                                       &lognormal_table(), &triangular_table(),
                                                       &discrete_table()};
  return d;
}

SweepDistribution read_sweep_distribution(const ReadContext& c, const Field& field) {
  if (field.node.IsSequence()) {
    D d;
    d.values = read_values(c.src, field);
    return d;
  }
  if (!field.node.IsMap())
    c.src.fail(field, "a list of values or a distribution (a map with dist: uniform, ...)",
               describe(field.node));
  std::vector<std::string> all, words;
  for (const auto* t : sweep_distributions()) {
    words.push_back(t->info.keys.front().choices.front());
    for (const auto& n : t->names())
      if (std::find(all.begin(), all.end(), n) == all.end()) all.push_back(n);
  }
  const MapFields probe(c.src, field, "a distribution", all);
  const std::string dist = read_choice(c.src, probe.required("dist"), words);
  for (const auto* t : sweep_distributions())
    if (t->info.keys.front().choices.front() == dist) return keys::read_map(c, field, *t);
  return {};
}

}  // namespace jez
