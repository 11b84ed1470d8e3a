// The declarative mechanism behind every scenario section (internal to scenario/): a Table<T>
// lists a struct's keys once, each bound to its member, and from that one list come reading and
// checking a parsed map (MapFields with the known keys, required keys, bounds, cross-reference
// hooks), the resolved dump (keys in table order), and the schema::Section that the docs and the
// JSON Schema are generated from. Adding a key is one line in its section's table, for example
//   K::number("wage_rub_per_month", &X::wage_rub_per_month, kMoneyPerMonth, "RUB/month",
//             "what one job pays"),
// next to the member it fills.
#pragma once

// The pieces, each in its own header: key_values.hpp (one value: readers with bounds, writers),
// key_map.hpp (Key<T>, Table<T>, reading and writing a map through its table), key_kinds.hpp
// (keys::For<T>: the kinds of keys). Section readers include this one.
#include "scenario/key_kinds.hpp"  // IWYU pragma: export
