#include "output/tables.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <memory>

#include "output/number_format.hpp"

namespace jez::output {

namespace {

// Writes v as format_number() says into buf (32 chars); returns the end of the text.
char* print_number(char* buf, double v) {
  const auto put = [buf](std::string_view s) { return std::copy(s.begin(), s.end(), buf); };
  if (!std::isfinite(v)) return put(std::isnan(v) ? "nan" : (v > 0 ? "inf" : "-inf"));
  if (std::fabs(v) < 1e-9) return put("0");
  // 12 significant digits (as printf's %.12g): far beyond the data's accuracy, and free of
  // last-bit solver noise.
  return print_12_digits(buf, v);
}

}  // namespace

std::string format_number(double v) {
  char buf[32];
  return std::string(buf, print_number(buf, v));
}

namespace {

// Appends a CSV cell, quoted only when it holds a comma, a quote or a line break. Rows are built
// by appending to one buffer: a run's timeseries has over 100,000 rows, and a formatted print
// per row cost more than the whole economy.
void append_cell(std::string& out, const std::string& s) {
  // A table of the four characters that need quotes: a plain loop over it stops at the first,
  // where find_first_of costs a call per character.
  static constexpr auto kSpecial = [] {
    std::array<bool, 256> t{};
    for (unsigned char c : {',', '"', '\n', '\r'}) t[c] = true;
    return t;
  }();
  bool plain = true;
  for (char c : s)
    if (kSpecial[static_cast<unsigned char>(c)]) {
      plain = false;
      break;
    }
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
  char buf[32];
  out.append(buf, print_number(buf, v));
}

// Text gathered in a buffer and handed to the sink whenever it passes a chunk's size.
class Chunks {
 public:
  explicit Chunks(const TextSink& sink) : sink_(sink) { text.reserve(kChunk + 4096); }
  void maybe_flush() {
    if (text.size() >= kChunk) flush();
  }
  void flush() {
    if (!text.empty()) sink_(text);
    text.clear();
  }
  std::string text;

 private:
  static constexpr std::size_t kChunk = 256 * 1024;
  const TextSink& sink_;
};

}  // namespace

std::string csv_cell(const std::string& s) {
  std::string out;
  append_cell(out, s);
  return out;
}

void write_timeseries_csv(const SeriesTable& rows,
                          const std::map<std::string, std::string>& kind_of_region,
                          const TextSink& sink) {
  // Each label's text as its columns write it: date and variable as they are, the others as
  // CSV cells; region_kind for the labels that name a region. Rows are then copies of these
  // and a number into a plain buffer, some 150 instructions a row.
  const Labels& labels = rows.labels();
  std::vector<std::string_view> text(labels.size()), cell(labels.size());
  std::vector<std::string_view> kind(labels.size(), "");  // "": never a null pointer to copy
  std::size_t widest = 0;
  for (Label l = 0; l < labels.size(); ++l) {
    text[l] = labels.text(l);
    cell[l] = labels.cell(l);
    const auto it = kind_of_region.find(std::string(text[l]));
    if (it != kind_of_region.end()) kind[l] = it->second;
    widest = std::max({widest, cell[l].size(), kind[l].size()});
  }
  constexpr std::size_t kChunk = 256 * 1024;
  const std::size_t longest_row = 6 * widest + 32 + 7;  // six texts, a number, commas, newline
  const auto buffer = std::make_unique<char[]>(kChunk + longest_row);
  char* const start = buffer.get();
  char* o = start;
  const auto put = [&o](std::string_view s) {
    std::memcpy(o, s.data(), s.size());
    o += s.size();
  };
  put("date,region,sector,variable,unit,value,region_kind\n");
  rows.for_each_row([&](const SeriesTable::Row& r) {
    put(text[r.date]);
    *o++ = ',';
    put(cell[r.region]);
    *o++ = ',';
    put(cell[r.sector]);
    *o++ = ',';
    put(text[r.variable]);
    *o++ = ',';
    put(cell[r.unit]);
    *o++ = ',';
    o = print_number(o, r.value);
    *o++ = ',';
    put(kind[r.region]);
    *o++ = '\n';
    if (std::size_t(o - start) >= kChunk) {
      sink(std::string_view(start, o - start));
      o = start;
    }
  });
  if (o != start) sink(std::string_view(start, o - start));
}

namespace {

std::string whole(const std::function<void(const TextSink&)>& write) {
  std::string text;
  write([&text](std::string_view piece) { text += piece; });
  return text;
}

}  // namespace

std::string timeseries_csv(const SeriesTable& rows,
                           const std::map<std::string, std::string>& kind_of_region) {
  return whole([&](const TextSink& sink) { write_timeseries_csv(rows, kind_of_region, sink); });
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

void write_events_csv(const std::vector<EventRow>& rows, const TextSink& sink) {
  Chunks out(sink);
  std::string& t = out.text;
  t += "time_s,date,kind,subject,detail\n";
  for (const auto& r : rows) {
    append_number(t, r.time_s);
    t += ',';
    t += r.date;
    t += ',';
    t += r.kind;
    t += ',';
    append_cell(t, r.subject);
    t += ',';
    append_cell(t, r.detail);
    t += '\n';
    out.maybe_flush();
  }
  out.flush();
}

std::string events_csv(const std::vector<EventRow>& rows) {
  return whole([&](const TextSink& sink) { write_events_csv(rows, sink); });
}

}  // namespace jez::output
