#include "output/tables.hpp"

#include <charconv>
#include <cmath>

namespace jez::output {

std::string format_number(double v) {
  if (!std::isfinite(v)) return std::isnan(v) ? "nan" : (v > 0 ? "inf" : "-inf");
  if (std::fabs(v) < 1e-9) return "0";
  // 12 significant digits (as printf's %.12g): far beyond the data's accuracy, and free of
  // last-bit solver noise. std::to_chars is several times faster than a formatted print, which
  // matters for the 100,000-odd values of a run's timeseries.csv.
  char buf[32];
  const auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 12);
  return std::string(buf, res.ptr);
}

namespace {

// Appends a CSV cell, quoted only when it holds a comma, a quote or a line break. Rows are built
// by appending to one buffer: a run's timeseries has over 100,000 rows, and a formatted print
// per row cost more than the whole economy.
void append_cell(std::string& out, const std::string& s) {
  bool plain = true;  // a plain loop: find_first_of costs a call per character
  for (char c : s) plain = plain && c != ',' && c != '"' && c != '\n' && c != '\r';
  if (plain) {
    out += s;
    return;
  }
  out += '"';
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

void append_number(std::string& out, double v) {
  out += format_number(v);
}

}  // namespace

std::string csv_cell(const std::string& s) {
  std::string out;
  append_cell(out, s);
  return out;
}

std::string timeseries_csv(const std::vector<SeriesRow>& rows,
                           const std::map<std::string, std::string>& kind_of_region) {
  std::string out = "date,region,sector,variable,unit,value,region_kind\n";
  out.reserve(rows.size() * 72);
  const std::string none;
  const std::string* kind = &none;
  const std::string* last_region = nullptr;
  for (const auto& r : rows) {
    if (!last_region || *last_region != r.region) {  // rows come in runs of one region
      const auto it = kind_of_region.find(r.region);
      kind = it == kind_of_region.end() ? &none : &it->second;
      last_region = &r.region;
    }
    out += r.date;
    out += ',';
    append_cell(out, r.region);
    out += ',';
    append_cell(out, r.sector);
    out += ',';
    out += r.variable;
    out += ',';
    append_cell(out, r.unit);
    out += ',';
    append_number(out, r.value);
    out += ',';
    out += *kind;
    out += '\n';
  }
  return out;
}

std::string summary_csv(const std::vector<SummaryRow>& rows) {
  std::string out = "metric,unit,value\n";
  for (const auto& r : rows) {
    out += r.metric;
    out += ',';
    append_cell(out, r.unit);
    out += ',';
    append_number(out, r.value);
    out += '\n';
  }
  return out;
}

std::string events_csv(const std::vector<EventRow>& rows) {
  std::string out = "time_s,date,kind,subject,detail\n";
  for (const auto& r : rows) {
    append_number(out, r.time_s);
    out += ',';
    out += r.date;
    out += ',';
    out += r.kind;
    out += ',';
    append_cell(out, r.subject);
    out += ',';
    append_cell(out, r.detail);
    out += '\n';
  }
  return out;
}

}  // namespace jez::output
