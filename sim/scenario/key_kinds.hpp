// The kinds of scenario keys (internal to scenario/): keys::For<T> makes each key of a Table<T>
// (key_map.hpp), tying its name, type, unit, bounds and meaning to the member that holds its value,
// with the reader and writer of that kind (a bounded number, a month, 12 monthly numbers, a
// nested map, a list of maps...).
#pragma once

#include <fmt/format.h>

#include <array>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "scenario/key_map.hpp"

namespace jez {
namespace keys {

enum class ListStyle {
  block,       // - key: value / key: value
  flow_items,  // - {key: value, key: value}
  inline_list  // key: [{...}, {...}]
};

template <class T, class I>
struct ListOptions {
  using EachFn = std::function<void(const ReadContext&, const MapFields&, const T&,
                                    const std::vector<I>&, const I&)>;
  using FinishFn = std::function<void(const ReadContext&, const Field&, T&)>;

  ListOptions(const char* what = "a list", ListStyle list_style = ListStyle::block,
              bool omit = false, EachFn each_item = {}, FinishFn finish_list = {})
      : list_what(what),
        style(list_style),
        omit_empty(omit),
        each(std::move(each_item)),
        finish(std::move(finish_list)) {}

  const char* list_what;  // "a list of routes"
  ListStyle style;
  bool omit_empty;  // write nothing (rather than `key: []`) for an empty list
  EachFn each;      // a check of each item against its parent or the items before it
  FinishFn finish;  // a check of the whole list, at the list's field
};

// Factories of keys of T; each ties a key to the member (or member path) that holds its value.
template <class T>
struct For {
  static schema::Key info(const char* name, schema::Type type, const char* unit,
                          const char* meaning) {
    schema::Key k;
    k.name = name;
    k.type = type;
    k.unit = unit;
    k.meaning = meaning;
    return k;
  }

  template <class Acc>
  static Key<T> number(const char* name, Acc acc, schema::Range r, const char* unit,
                       const char* meaning) {
    Key<T> k;
    k.info = info(name, schema::Type::number, unit, meaning);
    k.info.range = r;
    k.read = [acc, r](const ReadContext& c, const Field& f, T& o) {
      std::invoke(acc, o) = read_number(c.src, f, r);
    };
    k.text = [acc](const T& o) { return keys::number(std::invoke(acc, o)); };
    return k;
  }

  template <class Acc>
  static Key<T> whole(const char* name, Acc acc, schema::Range r, const char* unit,
                      const char* meaning) {
    Key<T> k;
    k.info = info(name, schema::Type::whole, unit, meaning);
    k.info.range = r;
    k.read = [acc, r](const ReadContext& c, const Field& f, T& o) {
      using V = std::remove_reference_t<decltype(std::invoke(acc, o))>;
      std::invoke(acc, o) = static_cast<V>(read_whole(c.src, f, r));
    };
    k.text = [acc](const T& o) { return fmt::format("{}", std::invoke(acc, o)); };
    return k;
  }

  template <class Acc>
  static Key<T> name(const char* key, Acc acc, const char* meaning) {
    Key<T> k;
    k.info = info(key, schema::Type::name, "", meaning);
    k.read = [acc](const ReadContext& c, const Field& f, T& o) {
      std::invoke(acc, o) = read_name(c.src, f);
    };
    k.text = [acc](const T& o) { return quoted(std::invoke(acc, o)); };
    return k;
  }

  // A name that refers to something else (an island, a hub, a sector), read and checked by
  // `resolve`, which sees the keys read before it.
  template <class Acc>
  static Key<T> ref(const char* key, Acc acc,
                    std::function<std::string(const ReadContext&, const Field&, const T&)> resolve,
                    const char* meaning) {
    Key<T> k = name(key, acc, meaning);
    k.read = [acc, resolve](const ReadContext& c, const Field& f, T& o) {
      std::invoke(acc, o) = resolve(c, f, o);
    };
    return k;
  }

  template <class Acc>
  static Key<T> text(const char* key, Acc acc, const char* meaning) {
    Key<T> k;
    k.info = info(key, schema::Type::text, "", meaning);
    k.read = [acc](const ReadContext& c, const Field& f, T& o) {
      std::invoke(acc, o) = read_text(c.src, f);
    };
    k.text = [acc](const T& o) { return quoted(std::invoke(acc, o)); };
    return k;
  }

  template <class Acc, class V>
  static Key<T> choice(const char* key, Acc acc, std::vector<std::pair<std::string, V>> words,
                       const char* meaning) {
    Key<T> k;
    k.info = info(key, schema::Type::choice, "", meaning);
    for (const auto& [word, value] : words) k.info.choices.push_back(word);
    k.read = [acc, words, choices = k.info.choices](const ReadContext& c, const Field& f, T& o) {
      const std::string word = read_choice(c.src, f, choices);
      for (const auto& [w, value] : words)
        if (w == word) std::invoke(acc, o) = value;
    };
    k.text = [acc, words](const T& o) {
      for (const auto& [w, value] : words)
        if (value == std::invoke(acc, o)) return w;
      return words.front().first;
    };
    return k;
  }

  template <class Acc>
  static Key<T> month(const char* key, Acc acc, const char* meaning) {
    Key<T> k;
    k.info = info(key, schema::Type::month, "", meaning);
    k.read = [acc](const ReadContext& c, const Field& f, T& o) {
      std::invoke(acc, o) = read_month(c.src, f);
    };
    k.text = [acc](const T& o) { return YearMonth(std::invoke(acc, o)).str(); };
    return k;
  }

  // A month within the horizon, time.start to time.end.
  template <class Acc>
  static Key<T> month_in_horizon(const char* key, Acc acc, const char* meaning) {
    Key<T> k = month(key, acc, meaning);
    k.read = [acc](const ReadContext& c, const Field& f, T& o) {
      std::invoke(acc, o) = read_month_in_horizon(c.src, f, c.s.time);
    };
    return k;
  }

  // An optional month, written only when given (a project's `online`).
  template <class Acc>
  static Key<T> optional_month(const char* key, Acc acc, const char* meaning) {
    Key<T> k;
    k.info = info(key, schema::Type::month, "", meaning);
    k.read = [acc](const ReadContext& c, const Field& f, T& o) {
      std::invoke(acc, o) = read_month(c.src, f);
    };
    k.text = [acc](const T& o) {
      const auto& m = std::invoke(acc, o);
      return m ? m->str() : std::string();
    };
    k.written = [acc](const T& o) { return std::invoke(acc, o).has_value(); };
    k.default_given = true;
    return k;
  }

  template <class Acc>
  static Key<T> month_day(const char* key, Acc acc, const char* meaning) {
    Key<T> k;
    k.info = info(key, schema::Type::month_day, "", meaning);
    k.read = [acc](const ReadContext& c, const Field& f, T& o) {
      std::invoke(acc, o) = read_month_day(c.src, f);
    };
    k.text = [acc](const T& o) { return keys::month_day(std::invoke(acc, o)); };
    return k;
  }

  // 12 numbers, January to December.
  template <class Acc>
  static Key<T> twelve(const char* key, Acc acc, schema::Range r, bool nonzero_sum,
                       const char* unit, const char* meaning) {
    Key<T> k;
    k.info = info(key, schema::Type::list, unit, meaning);
    auto element = std::make_shared<schema::Key>(info("", schema::Type::number, unit, ""));
    element->range = r;
    k.info.element = element;
    k.info.length = 12;
    k.info.nonzero_sum = nonzero_sum;
    k.read = [acc, r, nonzero_sum](const ReadContext& c, const Field& f, T& o) {
      std::invoke(acc, o) = read_twelve(c.src, f, r, nonzero_sum);
    };
    k.text = [acc](const T& o) { return keys::twelve(std::invoke(acc, o)); };
    return k;
  }

  // Month numbers 1..12: a season that comes every year.
  template <class Acc>
  static Key<T> months(const char* key, Acc acc, const char* season, const char* meaning) {
    Key<T> k;
    k.info = info(key, schema::Type::list, "", meaning);
    auto element = std::make_shared<schema::Key>(info("", schema::Type::whole, "", ""));
    element->range = schema::Range{1, 12, false, false, "the months of the year"};
    k.info.element = element;
    k.read = [acc, season](const ReadContext& c, const Field& f, T& o) {
      std::invoke(acc, o) = read_month_numbers(c.src, f, season);
    };
    k.text = [acc](const T& o) { return keys::month_numbers(std::invoke(acc, o)); };
    return k;
  }

  template <class Acc>
  static Key<T> dated(const char* key, Acc acc, schema::Range r, const char* unit,
                      const char* meaning) {
    Key<T> k;
    k.info = info(key, schema::Type::dated_path, unit, meaning);
    k.info.range = r;
    k.read = [acc, r](const ReadContext& c, const Field& f, T& o) {
      std::invoke(acc, o) = read_dated_path(c.src, f, c.s.time, r);
    };
    k.text = [acc](const T& o) { return keys::dated(std::invoke(acc, o)); };
    k.written = [acc](const T& o) { return !std::invoke(acc, o).empty(); };
    k.default_given = true;
    return k;
  }

  // A nested map with its own table; `acc` gives an I& or a std::optional<I>& (then written only
  // when present).
  template <class Acc, class I>
  static Key<T> map(const char* key, Acc acc, const Table<I>& t, const char* meaning) {
    Key<T> k;
    k.info = info(key, schema::Type::map, "", meaning);
    k.info.section = &t.info;
    k.read = [acc, &t](const ReadContext& c, const Field& f, T& o) {
      std::invoke(acc, o) = read_map(c, f, t);
    };
    k.block = [acc, &t, key](std::string& y, int indent, const T& o) {
      y += fmt::format("{:{}}{}:\n", "", indent, key);
      write_fields(y, indent + 2, t, value_of(std::invoke(acc, o)));
    };
    using V = std::remove_cvref_t<decltype(std::invoke(acc, std::declval<T&>()))>;
    if constexpr (!std::is_same_v<V, I>)
      k.written = [acc](const T& o) { return std::invoke(acc, o).has_value(); };
    k.default_given = true;
    return k;
  }

  template <class Acc, class I>
  static Key<T> list(const char* key, Acc acc, const Table<I>& t, ListOptions<T, I> opt,
                     const char* meaning) {
    Key<T> k;
    k.info = info(key, schema::Type::list, "", meaning);
    k.info.section = &t.info;
    k.read = [acc, &t, opt](const ReadContext& c, const Field& f, T& o) {
      std::vector<I> items;
      std::vector<std::vector<Field>> seen(t.keys.size());
      for (const Field& item : list_items(c.src, f, opt.list_what)) {
        const MapFields map(c.src, item, t.info.what, t.names());
        I x{};
        read_fields(c, map, t, x);
        for (std::size_t i = 0; i < t.keys.size(); ++i)
          if (t.keys[i].info.unique)
            if (const auto u = map.optional(t.keys[i].info.name))
              check_unique_name(c.src, *u, t.keys[i].unique_kind, seen[i]);
        if (opt.each) opt.each(c, map, o, items, x);
        items.push_back(std::move(x));
      }
      std::invoke(acc, o) = std::move(items);
      if (opt.finish) opt.finish(c, f, o);
    };
    k.block = [acc, &t, opt, key](std::string& y, int indent, const T& o) {
      const std::vector<I>& items = std::invoke(acc, o);
      if (items.empty()) {
        if (!opt.omit_empty) y += fmt::format("{:{}}{}: []\n", "", indent, key);
        return;
      }
      if (opt.style == ListStyle::inline_list) {
        std::string line;
        for (const I& x : items) line += (line.empty() ? "" : ", ") + flow_map(t, x);
        y += fmt::format("{:{}}{}: [{}]\n", "", indent, key, line);
        return;
      }
      y += fmt::format("{:{}}{}:\n", "", indent, key);
      for (const I& x : items) {
        if (opt.style == ListStyle::flow_items) {
          y += fmt::format("{:{}}- {}\n", "", indent + 2, flow_map(t, x));
          continue;
        }
        std::string lines;
        write_fields(lines, indent + 4, t, x);
        lines[std::size_t(indent) + 2] = '-';
        y += lines;
      }
    };
    k.default_given = true;
    return k;
  }

  // Anything else (files, maps keyed by sector or island, kind-dependent keys): the schema
  // description, the reader and the writer given explicitly.
  static Key<T> custom(schema::Key description, ReadFn<T> read,
                       std::function<std::string(const T&)> text) {
    Key<T> k;
    k.info = std::move(description);
    k.read = std::move(read);
    k.text = std::move(text);
    k.default_given = true;
    return k;
  }

 private:
  template <class I>
  static const I& value_of(const I& v) {
    return v;
  }
  template <class I>
  static const I& value_of(const std::optional<I>& v) {
    return *v;
  }
};

}  // namespace keys
}  // namespace jez
