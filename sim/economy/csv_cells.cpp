// CSV cells with their columns, and the edit distance for "did you mean" hints.
#include "economy/csv_cells.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "economy/io_table.hpp"

namespace jez::economy {
namespace {

[[noreturn]] void fail(const std::filesystem::path& file, int line, int column,
                       const std::string& what) {
  throw TableError(fmt::format("{}:{}:{}: {}", file.string(), line, column, what));
}

}  // namespace

CsvLine split_csv_line(const std::string& text, int number, const std::filesystem::path& file) {
  CsvLine line{number, 1, {}};
  auto column_of = [&](size_t byte) {  // characters, not bytes: names may be in any script
    return 1 + int(std::count_if(text.begin(), text.begin() + byte,
                                 [](char c) { return (c & 0xC0) != 0x80; }));
  };
  size_t pos = 0;
  while (true) {
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
    CsvCell cell{"", column_of(pos)};
    if (pos < text.size() && text[pos] == '"') {
      size_t p = pos + 1;
      while (true) {
        if (p >= text.size())
          fail(file, number, cell.column, "expected a closing '\"' for this cell");
        if (text[p] == '"' && p + 1 < text.size() && text[p + 1] == '"') {
          cell.text += '"', p += 2;
        } else if (text[p] == '"') {
          break;
        } else {
          cell.text += text[p++];
        }
      }
      pos = p + 1;
      while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
      if (pos < text.size() && text[pos] != ',') {
        fail(file, number, column_of(pos),
             fmt::format("expected ',' after a quoted cell, found '{}'", text[pos]));
      }
    } else {
      const size_t comma = std::min(text.find(',', pos), text.size());
      cell.text = text.substr(pos, comma - pos);
      cell.text.erase(cell.text.find_last_not_of(" \t") + 1);
      pos = comma;
    }
    line.cells.push_back(std::move(cell));
    if (pos >= text.size()) break;
    ++pos;  // the comma
  }
  line.end_column = column_of(text.size());
  return line;
}

int edit_distance(const std::string& a, const std::string& b) {
  std::vector<int> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = int(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    int diagonal = row[0];
    row[0] = int(i);
    for (size_t j = 1; j <= b.size(); ++j) {
      const int substitution = diagonal + (std::tolower((unsigned char)a[i - 1]) !=
                                           std::tolower((unsigned char)b[j - 1]));
      diagonal = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, substitution});
    }
  }
  return row[b.size()];
}

}  // namespace jez::economy
