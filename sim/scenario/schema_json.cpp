// The JSON Schema (draft 2020-12) of the declared format, for editors and for checking a file
// without jezsim.
#include <fmt/format.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "scenario/schema.hpp"

namespace jez::schema {

bool Range::contains(double v) const {
  const bool above = min_open ? v > min : v >= min;
  const bool below = max_open ? v < max : v <= max;
  return above && below;
}

// Bounds at least this far out are no bounds in messages: any finite double, any 64-bit number.
constexpr double kUnbounded = 1e300;
constexpr double kAny64 = 1.8e19;

std::string Range::text(bool whole, bool plural) const {
  const std::string noun =
      whole ? (plural ? "whole numbers" : "a whole number") : (plural ? "numbers" : "a number");
  const bool no_min = min <= -kUnbounded, no_max = max >= (whole ? kAny64 : kUnbounded);
  if (no_min && no_max) return noun;
  if (no_max) return fmt::format("{} {} {:g}", noun, min_open ? ">" : ">=", min);
  if (!min_open && !max_open && (whole || (min == 0 && max == 1)))
    return whole ? fmt::format("{} from {:g} to {:g}", noun, min, max)
                 : fmt::format("{} in [0, 1]", noun);
  if (min == 0 && max == 1 && min_open != max_open)
    return fmt::format("{} in {}0, 1{}", noun, min_open ? "(" : "[", max_open ? ")" : "]");
  return fmt::format("{} {} {:g} and {} {:g}", noun, min_open ? ">" : ">=", min,
                     max_open ? "<" : "<=", max);
}

namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kMonthPattern = "^[0-9]{4}-(0[1-9]|1[0-2])$";

void add_range(Json& j, const Range& r) {
  if (r.min > -kUnbounded) j[r.min_open ? "exclusiveMinimum" : "minimum"] = r.min;
  if (r.max < kUnbounded) j[r.max_open ? "exclusiveMaximum" : "maximum"] = r.max;
}

std::string description(const Key& k) {
  std::string d = k.meaning;
  if (!k.unit.empty()) d += fmt::format(" [{}]", k.unit);
  const Range* r = k.range                         ? &*k.range
                   : k.element && k.element->range ? &*k.element->range
                                                   : nullptr;
  if (r && *r->reason) d += fmt::format(" (bounds: {})", r->reason);
  if (!k.default_text.empty()) d += fmt::format(" Default: {}.", k.default_text);
  return d;
}

Json value_schema(const Key& k, Json& defs);

Json section_schema(const Section& s, Json& defs) {
  Json j = {{"type", "object"}};
  if (!s.doc.empty()) j["description"] = s.doc;
  Json props = Json::object();
  Json required = Json::array();
  for (const Key& k : s.keys) {
    props[k.name] = value_schema(k, defs);
    if (k.required) required.push_back(k.name);
  }
  j["properties"] = props;
  if (!required.empty()) j["required"] = required;
  j["additionalProperties"] = false;
  return j;
}

Json ref_to(const Section& s, Json& defs) {
  if (!defs.contains(s.id)) {
    defs[s.id] = Json::object();  // reserved first: a section may refer to itself
    defs[s.id] = section_schema(s, defs);
  }
  return {{"$ref", "#/$defs/" + s.id}};
}

Json number_schema(const Key& k, const char* type) {
  Json j = {{"type", type}};
  if (k.range) add_range(j, *k.range);
  return j;
}

Json value_schema(const Key& k, Json& defs) {
  Json j;
  switch (k.type) {
    case Type::number:
      j = number_schema(k, "number");
      break;
    case Type::whole:
      j = number_schema(k, "integer");
      if (!k.range) j["minimum"] = 0;
      break;
    case Type::month:
      j = {{"type", "string"}, {"pattern", kMonthPattern}};
      break;
    case Type::month_day:
      // A day that every year has: no 02-29, no 04-31.
      j = {{"type", "string"},
           {"pattern",
            "^((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-"
            "9]|"
            "1[0-9]|2[0-8]))$"}};
      break;
    case Type::date:
      j = {{"type", "string"}, {"pattern", "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$"}};
      break;
    case Type::name:
      j = {{"type", "string"}, {"pattern", "^[A-Za-z0-9_-]+$"}};
      break;
    case Type::text:
      j = {{"type", Json::array({"string", "number", "boolean"})}};
      break;
    case Type::choice:
      j = {{"enum", k.choices}};
      break;
    case Type::path:
      j = {{"type", "string"}, {"minLength", 1}};
      break;
    case Type::constant:
      j = {{"const", std::stoi(k.default_text)}};
      break;
    case Type::list:
      j = {{"type", "array"}};
      if (k.section) j["items"] = ref_to(*k.section, defs);
      if (k.element) j["items"] = value_schema(*k.element, defs);
      if (k.length) j["minItems"] = j["maxItems"] = k.length;
      break;
    case Type::map:
      if (k.section) {
        j = ref_to(*k.section, defs);
      } else {
        j = {{"type", "object"}};
        if (k.element) j["additionalProperties"] = value_schema(*k.element, defs);
      }
      break;
    case Type::dated_path: {
      Json value = number_schema(k, "number");
      Json step = {{"type", "object"},
                   {"properties",
                    {{"from", {{"type", "string"}, {"pattern", kMonthPattern}}}, {"value", value}}},
                   {"required", {"from", "value"}},
                   {"additionalProperties", false}};
      j = {{"anyOf", Json::array({value, {{"type", "array"}, {"minItems", 1}, {"items", step}}})}};
      break;
    }
  }
  if (!k.alternatives.empty()) {
    Json any = Json::array({j});
    for (const Section* s : k.alternatives) any.push_back(ref_to(*s, defs));
    j = {{"anyOf", any}};
  }
  if (!k.name.empty()) {
    const std::string d = description(k);
    if (!d.empty()) j["description"] = d;
  }
  return j;
}

}  // namespace

std::string json_schema(const Section& top, bool sweep) {
  Json defs = Json::object();
  Json j = {{"$schema", "https://json-schema.org/draft/2020-12/schema"},
            {"$id", sweep ? "jezsim.sweep.schema.json" : "jezsim.schema.json"},
            {"title", sweep ? "jezsim sweep file" : "jezsim scenario (format jezsim: 1)"}};
  const Json body = section_schema(top, defs);
  for (const auto& [key, value] : body.items()) j[key] = value;
  if (!defs.empty()) j["$defs"] = defs;
  return j.dump(2) + "\n";
}

}  // namespace jez::schema
