#include "output/series_table.hpp"

#include <cstring>

#include "output/tables.hpp"

namespace jez::output {

namespace {

std::uint64_t load8(const char* p) {
  std::uint64_t x;
  std::memcpy(&x, p, 8);
  return x;
}

std::uint64_t hash_of(std::string_view s) {
  std::uint64_t a = 0, b = 0;
  if (s.size() >= 8) {
    a = load8(s.data());
    b = load8(s.data() + s.size() - 8);
  } else {
    for (char c : s) a = (a << 8) | static_cast<unsigned char>(c);
  }
  std::uint64_t h = (a ^ (b * 0x9E3779B97F4A7C15ull) ^ s.size()) * 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 31);
}

}  // namespace

std::size_t Labels::slot_of(std::string_view text) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash_of(text) & mask;; i = (i + 1) & mask)
    if (slots_[i] == 0 || same_text(views_[slots_[i] - 1], text)) return i;
}

void Labels::grow() {
  std::vector<Label> old(slots_.size() * 2, 0);
  old.swap(slots_);
  for (Label l : old)
    if (l != 0) slots_[slot_of(views_[l - 1])] = l;
}

Label Labels::intern(std::string_view text) {
  std::size_t at = slot_of(text);
  if (slots_[at] != 0) return slots_[at] - 1;
  const Label l = Label(texts_.size());
  const std::string& stored = texts_.emplace_back(text);
  views_.push_back(stored);
  cells_.push_back(csv_cell(stored));
  if (2 * views_.size() > slots_.size()) {  // at most half full
    grow();
    at = slot_of(text);
  }
  slots_[at] = l + 1;
  return l;
}

void SeriesTable::push_back(const SeriesRow& r) {
  const Label date = intern_cached(last_date_, r.date);
  if (date != pattern_date_) {
    pattern_date_ = date;
    cursor_ = 0;
  }
  if (cursor_ < pattern_.size()) {
    const Series& p = pattern_[cursor_];
    if (same_text(labels_.text(p.region), r.region) &&
        same_text(labels_.text(p.sector), r.sector) &&
        same_text(labels_.text(p.variable), r.variable) &&
        same_text(labels_.text(p.unit), r.unit)) {
      ++cursor_;
      add(date, p.region, p.sector, p.variable, p.unit, r.value);
      return;
    }
  }
  const Series p{intern_cached(last_region_, r.region), intern_cached(last_sector_, r.sector),
                 intern_cached(last_variable_, r.variable), intern_cached(last_unit_, r.unit)};
  if (cursor_ < pattern_.size())
    pattern_[cursor_++] = p;
  else if (cursor_ < kMaxPattern) {
    pattern_.push_back(p);
    ++cursor_;
  }
  add(date, p.region, p.sector, p.variable, p.unit, r.value);
}

}  // namespace jez::output
