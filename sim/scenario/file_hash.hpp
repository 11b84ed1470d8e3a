// SHA-256 digests of scenario files, for the run manifest.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace jez {

// Lower-case hex SHA-256 of some bytes.
std::string sha256_hex(std::string_view bytes);

// Lower-case hex SHA-256 of a file's bytes; throws InputError "FILE: cannot read: REASON".
std::string sha256_hex_of_file(const std::filesystem::path& file);

}  // namespace jez
