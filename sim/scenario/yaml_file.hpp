// Reading an input YAML file (a scenario or a sweep) into a tree, with the one-sentence errors
// of the loaders: an unreadable or oversized file, or malformed YAML at its line and column.
#pragma once

#include <yaml-cpp/yaml.h>

#include <cstddef>
#include <filesystem>
#include <string>

namespace jez {

// The largest scenario or sweep file read (512 KiB; the shipped ones are about 20 kB). yaml-cpp
// needs up to some 300 times a file's size in memory (a flow list of 0s: 330 MB for 1 MiB), so
// this keeps a load near 170 MB and 2 s.
inline constexpr std::size_t kMaxYamlFileBytes = std::size_t(512) << 10;
// The most values a file's tree may hold, counting each use of an alias (anchors let a small
// file stand for an exponentially large tree).
inline constexpr std::size_t kMaxYamlValues = 1'000'000;
// The deepest nesting of maps and lists (a scenario needs 6; an alias to its own anchor, &a
// [*a], is a tree without end).
inline constexpr std::size_t kMaxYamlDepth = 64;

// The file's bytes, at most `limit` of them; throws InputError naming the file when it cannot
// be read or is larger (a device or pipe is read only up to the limit, never to its end).
std::string read_input_file(const std::filesystem::path& file,
                            std::size_t limit = kMaxYamlFileBytes);

// The YAML tree of `bytes`; throws InputError "FILE:LINE:COL: malformed YAML: ..." (`shown` is
// the file's name as the user gave it), and for what jezsim does not read: a second document,
// a tag (!foo, !!str), more than kMaxYamlValues values or nesting deeper than kMaxYamlDepth.
YAML::Node parse_yaml(const std::string& bytes, const std::string& shown);

}  // namespace jez
