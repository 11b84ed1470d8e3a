// The error thrown for a bad scenario file or a bad --set override.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>

namespace jez {

// `text` with every control character, C1 control and byte of invalid UTF-8 written as \xHH,
// so that a message quoting hostile input stays one line and cannot drive the terminal.
std::string one_line(std::string_view text);

// Bad user input. what() is the whole message, one sentence:
// "FILE:LINE:COL: KEY.PATH: expected WHAT, found WHAT (did you mean 'x'?)", made one line by
// one_line() here, the one place every InputError's text passes through.
class InputError : public std::runtime_error {
 public:
  explicit InputError(std::string_view message) : std::runtime_error(one_line(message)) {}
};

}  // namespace jez
