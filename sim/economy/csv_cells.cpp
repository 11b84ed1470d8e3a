// CSV lines and cells in linear time, with their columns; the edit distance for hints.
#include "economy/csv_cells.hpp"

#include <fmt/format.h>
#include <sys/stat.h>

#include <algorithm>
#include <cctype>
#include <cstring>

#include "economy/io_table.hpp"

namespace jez::economy {
namespace {

[[noreturn]] void fail(const std::filesystem::path& file, int line, int column,
                       const std::string& what) {
  throw TableError(fmt::format("{}:{}:{}: {}", file.string(), line, column, what));
}

bool blank(char c) {
  return c == ' ' || c == '\t';
}

}  // namespace

int character_column(std::string_view text, size_t byte) {
  const size_t end = std::min(byte, text.size());
  const auto continuation =
      std::count_if(text.begin(), text.begin() + end, [](char c) { return (c & 0xC0) == 0x80; });
  return 1 + int(end - size_t(continuation));
}

bool CsvCellScanner::next(std::string_view& cell, size_t& byte) {
  if (done_) return false;
  size_t pos = pos_;
  while (pos < text_.size() && blank(text_[pos])) ++pos;
  byte = pos;
  if (pos < text_.size() && text_[pos] == '"') {
    size_t p = pos + 1;
    size_t close = text_.find('"', p);
    if (close != std::string_view::npos && (close + 1 >= text_.size() || text_[close + 1] != '"')) {
      cell = text_.substr(p, close - p);  // no doubled quote: a view into the line
    } else {
      unquoted_.clear();
      while (true) {
        if (close == std::string_view::npos)
          fail(file_, number_, character_column(text_, byte),
               "expected a closing '\"' for this cell");
        unquoted_.append(text_.substr(p, close - p));
        if (close + 1 < text_.size() && text_[close + 1] == '"') {
          unquoted_ += '"';
          p = close + 2;
          close = text_.find('"', p);
        } else {
          break;
        }
      }
      cell = unquoted_;
    }
    pos = close + 1;
    while (pos < text_.size() && blank(text_[pos])) ++pos;
    if (pos < text_.size() && text_[pos] != ',') {
      fail(file_, number_, character_column(text_, pos),
           fmt::format("expected ',' after a quoted cell, found '{}'", text_[pos]));
    }
  } else {
    const size_t comma = std::min(text_.find(',', pos), text_.size());
    size_t end = comma;
    while (end > pos && blank(text_[end - 1])) --end;
    cell = text_.substr(pos, end - pos);
    pos = comma;
  }
  if (pos >= text_.size())
    done_ = true;
  else
    pos_ = pos + 1;  // after the comma
  return true;
}

CsvLine split_csv_line(std::string_view text, int number, const std::filesystem::path& file) {
  CsvLine line{number, 1, {}};
  CsvCellScanner scanner(text, number, file);
  size_t counted = 0;  // columns are counted forward once: linear in the line's length
  int column = 1;
  auto column_of = [&](size_t byte) {
    for (; counted < byte; ++counted) column += (text[counted] & 0xC0) != 0x80;
    return column;
  };
  std::string_view cell;
  size_t byte = 0;
  while (scanner.next(cell, byte)) line.cells.push_back({std::string(cell), column_of(byte)});
  line.end_column = column_of(text.size());
  return line;
}

std::string bytes_text(long long bytes) {
  for (auto [unit, name] : {std::pair{1LL << 30, "GiB"}, {1LL << 20, "MiB"}, {1LL << 10, "KiB"}}) {
    if (bytes >= unit && bytes % unit == 0)
      return fmt::format("{} bytes ({} {})", bytes, bytes / unit, name);
  }
  return fmt::format("{} bytes", bytes);
}

TableLines::TableLines(const std::filesystem::path& file, const std::string& what,
                       const TableLimits& limits)
    : file_(file), what_(what), limits_(limits) {
  std::error_code ec;
  if (!std::filesystem::is_directory(file, ec)) in_.reset(std::fopen(file.c_str(), "rb"));
  if (!in_) {
    fail(1, 1,
         fmt::format("cannot read the {}: the file does not exist or is not readable", what_));
  }
  struct stat st {};
  if (fstat(fileno(in_.get()), &st) == 0 && S_ISREG(st.st_mode)) file_bytes_ = st.st_size;
  if (file_bytes_ > limits_.file_bytes) {
    fail(1, 1,
         fmt::format("the {} file is {} bytes, larger than the limit of {} on table files", what_,
                     file_bytes_, bytes_text(limits_.file_bytes)));
  }
}

void TableLines::fail(int line, int column, const std::string& what) const {
  economy::fail(file_, line, column, what);
}

void TableLines::line_too_long() const {
  fail(number_ + 1, 1,
       fmt::format("line {} of the {} is longer than the limit of {} on one line of a table file",
                   number_ + 1, what_, bytes_text((long long)limits_.line_bytes)));
}

bool TableLines::fill() {
  if (eof_) return false;
  buffer_.erase(0, start_);
  consumed_ += (long long)start_;
  start_ = 0;
  constexpr size_t kChunk = 1u << 20;
  const size_t old = buffer_.size();
  buffer_.resize(old + kChunk);
  const size_t got = std::fread(buffer_.data() + old, 1, kChunk, in_.get());
  buffer_.resize(old + got);
  if (got < kChunk) eof_ = true;
  if (const void* nul = std::memchr(buffer_.data() + old, '\0', got)) {
    const size_t at = size_t(static_cast<const char*>(nul) - buffer_.data());
    const int line = number_ + 1 + int(std::count(buffer_.begin(), buffer_.begin() + at, '\n'));
    const size_t line_start = buffer_.rfind('\n', at == 0 ? 0 : at - 1);
    const size_t from = line_start == std::string::npos || at == 0 ? 0 : line_start + 1;
    fail(line, character_column(std::string_view(buffer_).substr(from), at - from),
         fmt::format("expected a text file for the {}, found a NUL byte (a binary file or a "
                     "device?)",
                     what_));
  }
  if (consumed_ + (long long)buffer_.size() > limits_.file_bytes) {
    fail(number_ + 1, 1,
         fmt::format("the {} is longer than the limit of {} on table files", what_,
                     bytes_text(limits_.file_bytes)));
  }
  return got > 0;
}

bool TableLines::next(std::string_view& line, int& number) {
  while (true) {
    size_t end = buffer_.find('\n', start_);
    while (end == std::string::npos) {
      if (buffer_.size() - start_ > limits_.line_bytes) line_too_long();
      const size_t searched = buffer_.size() - start_;
      if (!fill()) break;
      end = buffer_.find('\n', start_ + searched);
    }
    if (end == std::string::npos && start_ >= buffer_.size()) return false;
    const size_t stop = end == std::string::npos ? buffer_.size() : end;
    if (stop - start_ > limits_.line_bytes) line_too_long();
    std::string_view text(buffer_.data() + start_, stop - start_);
    start_ = end == std::string::npos ? buffer_.size() : end + 1;
    ++number_;
    if (number_ == 1 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // UTF-8 BOM
    if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
    const size_t first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos || text[first] == '#') continue;
    line = text;
    number = number_;
    return true;
  }
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
