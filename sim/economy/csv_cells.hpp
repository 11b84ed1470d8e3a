// Reading CSV tables in time linear in the file's size: a line source with stated limits (file
// size, line length, no NUL bytes), a scanner over the cells of one line that copies no unquoted
// cell, cells that remember their character column for error messages, and the edit distance
// behind "did you mean" hints.
#pragma once

#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace jez::economy {

// Limits on table files (docs/model.md, "Table files"), checked before and while reading so that
// no input makes a reader slurp an unbounded stream or grow without end.
struct TableLimits {
  long long file_bytes = 1LL << 30;  // 1 GiB
  size_t line_bytes = 16u << 20;     // 16 MiB on one line
  int sectors = 10000;               // sector rows of an input-output table
  int columns = 20000;               // columns after the header's first cell
};

// "1073741824 bytes (1 GiB)", for messages.
std::string bytes_text(long long bytes);

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

// The 1-based character column (UTF-8 characters, not bytes) of byte `byte` of `text`.
int character_column(std::string_view text, size_t byte);

// The cells of one line, in order. Unquoted cells are views into the line; a quoted cell is a
// view into the line when it holds no doubled quote, else into the scanner's own buffer (valid
// until the next call). Throws TableError ("FILE:LINE:COL: ...") on an unclosed quote or text
// after a closing quote.
class CsvCellScanner {
 public:
  CsvCellScanner(std::string_view text, int number, const std::filesystem::path& file)
      : text_(text), number_(number), file_(file) {}
  // The next cell and the byte offset of its first non-blank character; false after the last.
  bool next(std::string_view& cell, size_t& byte);
  std::string_view text() const { return text_; }

 private:
  std::string_view text_;
  int number_;
  const std::filesystem::path& file_;
  size_t pos_ = 0;
  bool done_ = false;
  std::string unquoted_;
};

// Splits `text` (one line, without its end-of-line) at commas; cells may be "quoted", with ""
// for a quote inside. Columns count UTF-8 characters, not bytes. Throws TableError
// ("FILE:LINE:COL: ...") on an unclosed quote or text after a closing quote.
CsvLine split_csv_line(std::string_view text, int number, const std::filesystem::path& file);

// The data lines of a table file: blank lines and '#' comments skipped, a UTF-8 BOM and '\r'
// line ends removed. The file's size is checked against limits.file_bytes before reading, and
// streams that are not regular files (pipes, devices) are cut off at that size; a line longer
// than limits.line_bytes or a NUL byte is refused. `what` names the file in messages ("the
// input-output table"). Every refusal is a TableError naming the file, line and column.
class TableLines {
 public:
  TableLines(const std::filesystem::path& file, const std::string& what,
             const TableLimits& limits = {});
  // The next data line (valid until the next call) and its 1-based number; false at the end.
  bool next(std::string_view& line, int& number);
  // The file's size in bytes when it is a regular file, else -1.
  long long file_bytes() const { return file_bytes_; }

 private:
  [[noreturn]] void fail(int line, int column, const std::string& what) const;
  bool fill();  // reads more of the file; false at its end
  [[noreturn]] void line_too_long() const;

  std::filesystem::path file_;
  std::string what_;
  TableLimits limits_;
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> in_{nullptr, std::fclose};
  std::string buffer_;
  size_t start_ = 0;        // where the next line starts in buffer_
  long long consumed_ = 0;  // bytes of the file before buffer_[0]
  long long file_bytes_ = -1;
  bool eof_ = false;
  int number_ = 0;
};

// Levenshtein distance, ignoring ASCII case.
int edit_distance(const std::string& a, const std::string& b);

}  // namespace jez::economy
