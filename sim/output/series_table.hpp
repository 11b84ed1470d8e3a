// The rows of timeseries.csv with their texts stored once: a run has some 200,000 rows but only a
// few hundred distinct dates, regions, sectors, variables and units, so a row holds five small
// indices into one table of labels and its value (32 bytes, where five strings took 168 and a
// heap block for each long one).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <deque>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace jez::output {

using Label = std::uint32_t;

// a == b, inline for the short texts of labels (a call of memcmp cost more than the compare).
inline bool same_text(std::string_view a, std::string_view b) {
  const std::size_t n = a.size();
  if (n != b.size()) return false;
  if (n < 8) {
    for (std::size_t i = 0; i < n; ++i)
      if (a[i] != b[i]) return false;
    return true;
  }
  const auto load8 = [](const char* p) {
    std::uint64_t x;
    std::memcpy(&x, p, 8);
    return x;
  };
  for (std::size_t i = 0; i + 8 < n; i += 8)
    if (load8(a.data() + i) != load8(b.data() + i)) return false;
  return load8(a.data() + n - 8) == load8(b.data() + n - 8);
}

// Distinct strings, each stored once and named by its index, in first-seen order.
class Labels {
 public:
  Label intern(std::string_view text);
  std::string_view text(Label l) const { return views_[l]; }
  // The text as a CSV cell: quoted only when it holds a comma, a quote or a line break.
  const std::string& cell(Label l) const { return cells_[l]; }
  std::size_t size() const { return texts_.size(); }

 private:
  std::size_t slot_of(std::string_view text) const;
  void grow();

  std::deque<std::string> texts_;  // a deque: its strings stay put, so views_ stay valid
  std::vector<std::string_view> views_;
  std::vector<std::string> cells_;
  // Open addressing over a power-of-two table of label + 1 (0: empty), hashed by length and the
  // first and last 8 bytes: rows hand in some million texts, and std::hash over every byte and
  // the node-based map cost a third of building the rows.
  std::vector<Label> slots_ = std::vector<Label>(64, 0);
};

// One line of timeseries.csv as text: a value of one variable for one region and sector in one
// period. What callers hand in and what reading a row gives back; its views point into the
// caller's strings (handing in) or into the table's labels (reading).
struct SeriesRow {
  std::string_view date;      // first month of the period, YYYY-MM
  std::string_view region;    // a region, "zone" for the zone economy, or a route's name
  std::string_view sector;    // an IO sector, or "all"
  std::string_view variable;  // output, value_added, jobs, cargo_delivered, sailings, ...
  std::string_view unit;      // "RUB mn/month", "t/month", "jobs", ...
  double value = 0;
};

class SeriesTable {
 public:
  struct Row {
    Label date, region, sector, variable, unit;
    double value;
  };

  // A label for `text`, to hand to add(): callers that write many rows intern their texts once.
  Label label(std::string_view text) { return labels_.intern(text); }
  void add(Label date, Label region, Label sector, Label variable, Label unit, double value) {
    if (size_ == blocks_.size() * kBlock) blocks_.emplace_back(new Row[kBlock]);
    blocks_.back()[size_++ % kBlock] = {date, region, sector, variable, unit, value};
  }
  // A row given as text: each cell is interned (cheap when it equals the last of its column).
  void push_back(const SeriesRow& r);

  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  const Row& row(std::size_t i) const { return blocks_[i / kBlock][i % kBlock]; }
  SeriesRow operator[](std::size_t i) const { return view(row(i)); }
  template <class F>
  void for_each_row(F&& f) const {
    for (std::size_t b = 0; b < blocks_.size(); ++b) {
      const Row* r = blocks_[b].get();
      for (std::size_t i = 0, n = std::min(kBlock, size_ - b * kBlock); i < n; ++i) f(r[i]);
    }
  }
  const Labels& labels() const { return labels_; }

  class const_iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = SeriesRow;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = SeriesRow;
    const_iterator(const SeriesTable* t, std::size_t i) : t_(t), i_(i) {}
    SeriesRow operator*() const { return (*t_)[i_]; }
    const_iterator& operator++() {
      ++i_;
      return *this;
    }
    bool operator==(const const_iterator& o) const { return i_ == o.i_; }
    bool operator!=(const const_iterator& o) const { return i_ != o.i_; }

   private:
    const SeriesTable* t_;
    std::size_t i_;
  };
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, size_}; }

 private:
  SeriesRow view(const Row& r) const {
    return {labels_.text(r.date),     labels_.text(r.region), labels_.text(r.sector),
            labels_.text(r.variable), labels_.text(r.unit),   r.value};
  }
  Label intern_cached(Label& last, std::string_view text) {
    if (last < labels_.size() && same_text(labels_.text(last), text)) return last;
    return last = labels_.intern(text);
  }

  Labels labels_;
  // Rows in blocks of 8,192 (256 kB) that never move: a growing vector copied its rows at each
  // doubling and touched twice their memory (some 1,500 page faults in the default run).
  static constexpr std::size_t kBlock = 8192;
  std::vector<std::unique_ptr<Row[]>> blocks_;
  std::size_t size_ = 0;
  // The last label of each column: rows come in runs of one date, region and unit.
  Label last_date_ = 0, last_region_ = 0, last_sector_ = 0, last_variable_ = 0, last_unit_ = 0;
  // The region, sector, variable and unit of the rows since the date last changed, by their
  // place after that change: a writer of rows writes the same series for every period, so the
  // k-th row of a period is most often that of the period before (checked by its text).
  static constexpr std::size_t kMaxPattern = 4096;
  struct Series {
    Label region, sector, variable, unit;
  };
  std::vector<Series> pattern_;
  Label pattern_date_ = Label(-1);
  std::size_t cursor_ = 0;
};

}  // namespace jez::output
