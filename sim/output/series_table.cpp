#include "output/series_table.hpp"

#include "output/tables.hpp"

namespace jez::output {

Label Labels::intern(std::string_view text) {
  const auto it = index_.find(text);
  if (it != index_.end()) return it->second;
  const Label l = Label(texts_.size());
  const std::string& stored = texts_.emplace_back(text);
  cells_.push_back(csv_cell(stored));
  index_.emplace(stored, l);
  return l;
}

Label SeriesTable::intern_cached(Label& last, std::string_view text) {
  if (last < labels_.size() && labels_.text(last) == text) return last;
  return last = labels_.intern(text);
}

void SeriesTable::push_back(const SeriesRow& r) {
  add(intern_cached(last_date_, r.date), intern_cached(last_region_, r.region),
      intern_cached(last_sector_, r.sector), intern_cached(last_variable_, r.variable),
      intern_cached(last_unit_, r.unit), r.value);
}

}  // namespace jez::output
