// The table machinery behind every scenario section (internal to scenario/): a Table<T> lists a
// struct's keys once, each bound to its member, and from that one list come reading and checking
// a parsed map (MapFields with the known keys, required keys, cross-reference hooks), the resolved
// dump (keys in table order) and the schema::Section of the docs and the JSON Schema. The kinds of
// keys (numbers, months, nested maps, lists...) are made by keys::For<T> in key_kinds.hpp.
#pragma once

#include <fmt/format.h>

#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "scenario/key_values.hpp"

namespace jez {
namespace keys {

template <class T>
using ReadFn = std::function<void(const ReadContext&, const Field&, T&)>;
template <class T>
using MapFn = std::function<void(const ReadContext&, const MapFields&, T&)>;

// One key of a map of type T.
template <class T>
struct Key {
  schema::Key info;
  ReadFn<T> read;                                          // the key is present
  MapFn<T> absent;                                         // it is not (optional keys)
  std::function<std::string(const T&)> text;               // its value on one line
  std::function<void(std::string&, int, const T&)> block;  // or its lines below "key:"
  std::function<bool(const T&)> written;                   // empty: always written
  bool default_given = false;
  std::string unique_kind;  // unique among its list's items: "a unique route name"

  Key required() const {
    Key k = *this;
    k.info.required = true;
    return k;
  }
  Key unique(std::string kind) const {
    Key k = *this;
    k.info.unique = true;
    k.unique_kind = std::move(kind);
    return k;
  }
  // The docs' default, when it is not what a default-constructed T holds.
  Key default_is(std::string text) const {
    Key k = *this;
    k.info.default_text = std::move(text);
    k.default_given = true;
    return k;
  }
  Key when_absent(MapFn<T> f) const {
    Key k = *this;
    k.absent = std::move(f);
    return k;
  }
  Key write_if(std::function<bool(const T&)> f) const {
    Key k = *this;
    k.written = std::move(f);
    return k;
  }
  // A check after the value is read, at its field (cross-references, relations between keys).
  Key check(ReadFn<T> f) const {
    Key k = *this;
    k.read = [first = read, then = std::move(f)](const ReadContext& c, const Field& fd, T& o) {
      first(c, fd, o);
      then(c, fd, o);
    };
    return k;
  }
};

// The keys of a map of type T, in the order they are read, written and documented.
template <class T>
struct Table {
  schema::Section info;
  std::vector<Key<T>> keys;
  MapFn<T> after;  // checks across keys, once all are read

  Table(std::string id, std::string path, std::string what, std::string doc, std::vector<Key<T>> k,
        MapFn<T> after_all = {})
      : keys(std::move(k)), after(std::move(after_all)) {
    info.id = std::move(id);
    info.path = std::move(path);
    info.what = std::move(what);
    info.doc = std::move(doc);
    const T fresh{};
    for (Key<T>& key : keys) {
      if (!key.info.required && !key.default_given && key.text)
        key.info.default_text = key.text(fresh);
      info.keys.push_back(key.info);
    }
  }
  std::vector<std::string> names() const {
    std::vector<std::string> n;
    for (const auto& k : keys) n.push_back(k.info.name);
    return n;
  }
};

template <class T>
void read_fields(const ReadContext& c, const MapFields& map, const Table<T>& t, T& out) {
  for (const Key<T>& k : t.keys) {
    if (const auto f = map.optional(k.info.name))
      k.read(c, *f, out);
    else if (k.info.required)
      map.required(k.info.name);  // throws
    else if (k.absent)
      k.absent(c, map, out);
  }
  if (t.after) t.after(c, map, out);
}

template <class T>
T read_map(const ReadContext& c, const Field& field, const Table<T>& t) {
  const MapFields map(c.src, field, t.info.what, t.names());
  T out{};
  read_fields(c, map, t, out);
  return out;
}

template <class T>
void write_fields(std::string& y, int indent, const Table<T>& t, const T& v) {
  for (const Key<T>& k : t.keys) {
    if (k.written && !k.written(v)) continue;
    if (k.block) {
      k.block(y, indent, v);
    } else {
      y += fmt::format("{:{}}{}: {}\n", "", indent, k.info.name, k.text(v));
    }
  }
}

// {from: 06-01, to: 09-30, sailings_per_week: 3}
template <class T>
std::string flow_map(const Table<T>& t, const T& v) {
  std::string out;
  for (const Key<T>& k : t.keys)
    if (!k.written || k.written(v))
      out += fmt::format("{}{}: {}", out.empty() ? "" : ", ", k.info.name, k.text(v));
  return "{" + out + "}";
}

}  // namespace keys
}  // namespace jez
