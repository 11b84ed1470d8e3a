// Splitting a CSV line into cells that remember their character column, so that error messages
// can point at the offending cell; and the edit distance behind "did you mean" hints.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace jez::economy {

struct CsvCell {
  std::string text;  // unquoted, without surrounding blanks
  int column = 1;    // 1-based character column of the cell's first non-blank character
};

struct CsvLine {
  int number = 0;      // 1-based line number in the file
  int end_column = 1;  // the column just after the line's last character
  std::vector<CsvCell> cells;
  const std::string& label() const { return cells[0].text; }
};

// Splits `text` (one line, without its end-of-line) at commas; cells may be "quoted", with ""
// for a quote inside. Columns count UTF-8 characters, not bytes. Throws TableError
// ("FILE:LINE:COL: ...") on an unclosed quote or text after a closing quote.
CsvLine split_csv_line(const std::string& text, int number, const std::filesystem::path& file);

// Levenshtein distance, ignoring ASCII case.
int edit_distance(const std::string& a, const std::string& b);

}  // namespace jez::economy
