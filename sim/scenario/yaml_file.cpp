#include "scenario/yaml_file.hpp"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "scenario/input_error.hpp"

namespace jez {

std::string read_input_file(const std::filesystem::path& file) {
  std::error_code ec;
  if (std::filesystem::is_directory(file, ec))
    throw InputError(fmt::format("{}: cannot read: it is a folder, not a file", file.string()));
  std::ifstream in(file, std::ios::binary);
  if (!in)
    throw InputError(fmt::format("{}: cannot read: {}", file.string(), std::strerror(errno)));
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) throw InputError(fmt::format("{}: cannot read: read error", file.string()));
  return bytes.str();
}

YAML::Node parse_yaml(const std::string& bytes, const std::string& shown) {
  try {
    return YAML::Load(bytes);
  } catch (const YAML::ParserException& e) {
    throw InputError(fmt::format("{}:{}:{}: malformed YAML: {}", shown, e.mark.line + 1,
                                 e.mark.column + 1, e.msg));
  }
}

}  // namespace jez
