#include "output/tables.hpp"

#include <fmt/format.h>

#include <cmath>

namespace jez::output {

std::string format_number(double v) {
  if (!std::isfinite(v)) return std::isnan(v) ? "nan" : (v > 0 ? "inf" : "-inf");
  if (std::fabs(v) < 1e-9) return "0";
  // 12 significant digits: far beyond the data's accuracy, and free of last-bit solver noise.
  return fmt::format("{:.12g}", v);
}

std::string csv_cell(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

std::string timeseries_csv(const std::vector<SeriesRow>& rows) {
  fmt::memory_buffer b;
  fmt::format_to(std::back_inserter(b), "date,region,sector,variable,unit,value\n");
  for (const auto& r : rows)
    fmt::format_to(std::back_inserter(b), "{},{},{},{},{},{}\n", r.date, csv_cell(r.region),
                   csv_cell(r.sector), r.variable, csv_cell(r.unit), format_number(r.value));
  return fmt::to_string(b);
}

std::string summary_csv(const std::vector<SummaryRow>& rows) {
  fmt::memory_buffer b;
  fmt::format_to(std::back_inserter(b), "metric,unit,value\n");
  for (const auto& r : rows)
    fmt::format_to(std::back_inserter(b), "{},{},{}\n", r.metric, csv_cell(r.unit),
                   format_number(r.value));
  return fmt::to_string(b);
}

std::string events_csv(const std::vector<EventRow>& rows) {
  fmt::memory_buffer b;
  fmt::format_to(std::back_inserter(b), "time_s,date,kind,subject,detail\n");
  for (const auto& r : rows)
    fmt::format_to(std::back_inserter(b), "{},{},{},{},{}\n", format_number(r.time_s), r.date,
                   r.kind, csv_cell(r.subject), csv_cell(r.detail));
  return fmt::to_string(b);
}

}  // namespace jez::output
