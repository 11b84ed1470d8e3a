// Reading an input YAML file (a scenario or a sweep) into a tree, with the one-sentence errors
// of the loaders: an unreadable file, or malformed YAML at its line and column.
#pragma once

#include <yaml-cpp/yaml.h>

#include <filesystem>
#include <string>

namespace jez {

// The file's bytes; throws InputError naming the file when it cannot be read.
std::string read_input_file(const std::filesystem::path& file);

// The YAML tree of `bytes`; throws InputError "FILE:LINE:COL: malformed YAML: ..." (`shown` is
// the file's name as the user gave it).
YAML::Node parse_yaml(const std::string& bytes, const std::string& shown);

}  // namespace jez
