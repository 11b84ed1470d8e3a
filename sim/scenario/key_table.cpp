// The typed reads behind the key tables, and the value texts of the resolved dump.
#include "scenario/key_table.hpp"

#include <numeric>

#include "scenario/scenario_sections.hpp"

namespace jez {

namespace {
// The range's words, with its reason: for a value outside it.
std::string outside_text(const schema::Range& range, bool whole) {
  const std::string expected = range.text(whole);
  return *range.reason ? expected + " (" + range.reason + ")" : expected;
}
}  // namespace

// The range's text is built only for a message: for every number read it cost more than the
// read itself.
double read_number(const YamlSource& src, const Field& field, const schema::Range& range) {
  const std::optional<double> v = plain_number(field.node);
  if (!v) return read_number(src, field, Bound::any, range.text());  // fails: not a number
  if (!range.contains(*v)) src.fail(field, outside_text(range, false), field.node.Scalar());
  return *v;
}

std::uint64_t read_whole(const YamlSource& src, const Field& field, const schema::Range& range) {
  const std::optional<std::uint64_t> v = plain_whole(field.node);
  if (!v) return read_unsigned(src, field, range.text(true));  // fails: not a whole number
  if (!range.contains(double(*v))) src.fail(field, outside_text(range, true), field.node.Scalar());
  return *v;
}

std::array<double, 12> read_twelve(const YamlSource& src, const Field& field,
                                   const schema::Range& range, bool nonzero_sum) {
  const auto what = [&] {
    std::string w = "a list of 12 " + range.text(false, true);
    if (nonzero_sum) w += ", not all 0";
    return w + " (January to December)";
  };
  if (!field.node.IsSequence()) list_items(src, field, what());  // fails: not a list
  const std::vector<Field> items = list_items(src, field, {});
  if (items.size() != 12) src.fail(field, what(), describe(field.node));
  std::array<double, 12> v{};
  for (std::size_t i = 0; i < 12; ++i) v[i] = read_number(src, items[i], range);
  if (nonzero_sum && std::accumulate(v.begin(), v.end(), 0.0) <= 0)
    src.fail(field, what(), "all 12 at 0");
  return v;
}

std::array<bool, 12> read_month_numbers(const YamlSource& src, const Field& field,
                                        const char* what) {
  const std::string expected = fmt::format("a list of month numbers 1..12 ({})", what);
  std::array<bool, 12> flags{};
  bool any = false;
  for (const Field& item : list_items(src, field, expected)) {
    const std::uint64_t m = read_whole(src, item, schema::Range{1, 12});
    flags[m - 1] = any = true;
  }
  if (!any) src.fail(field, expected, "an empty list: the season never comes");
  return flags;
}

DatedPath read_dated_path(const YamlSource& src, const Field& field, const TimeSpec& time,
                          const schema::Range& range) {
  DatedPath path;
  if (field.node.IsScalar()) {
    path.steps.push_back({time.start, read_number(src, field, range)});
    return path;
  }
  const std::vector<Field> items =
      list_items(src, field, "a number, or a list of {from: YYYY-MM, value: number} in date order");
  if (items.empty()) src.fail(field, "at least one {from, value} step", "an empty list");
  for (const Field& item : items) {
    const MapFields map(src, item, "a dated value", {"from", "value"});
    const Field from = map.required("from");
    const YearMonth m = read_month_in_horizon(src, from, time);
    if (!path.steps.empty() && !(path.steps.back().from < m))
      src.fail(from,
               fmt::format("a month after the previous step's ({})", path.steps.back().from.str()),
               m.str());
    path.steps.push_back({m, read_number(src, map.required("value"), range)});
  }
  return path;
}

namespace keys {

std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\')
      out += std::string("\\") + c;
    else if (c == '\n')
      out += "\\n";
    else if (c == '\t')
      out += "\\t";
    else if (u < 0x20 || u == 0x7f)
      out += fmt::format("\\x{:02x}", u);
    else
      out += c;
  }
  return out + "\"";
}

std::string number(double v) {
  return fmt::format("{}", v);
}

std::string month_day(const MonthDay& d) {
  return fmt::format("{:02}-{:02}", d.month, d.day);
}

std::string twelve(const std::array<double, 12>& v) {
  std::string s;
  for (double x : v) s += (s.empty() ? "" : ", ") + number(x);
  return "[" + s + "]";
}

std::string month_numbers(const std::array<bool, 12>& v) {
  std::string s;
  for (int m = 0; m < 12; ++m)
    if (v[m]) s += (s.empty() ? "" : ", ") + std::to_string(m + 1);
  return "[" + s + "]";
}

std::string names(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : ", ") + quoted(x);
  return "[" + s + "]";
}

std::string dated(const DatedPath& p) {
  if (p.steps.size() == 1) return number(p.steps[0].value);
  std::string out = "[";
  for (std::size_t i = 0; i < p.steps.size(); ++i)
    out += fmt::format("{}{{from: {}, value: {}}}", i ? ", " : "", p.steps[i].from.str(),
                       number(p.steps[i].value));
  return out + "]";
}

}  // namespace keys
}  // namespace jez
