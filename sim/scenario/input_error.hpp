// The error thrown for a bad scenario file or a bad --set override.
#pragma once

#include <stdexcept>

namespace jez {

// Bad user input. what() is the whole message, one sentence:
// "FILE:LINE:COL: KEY.PATH: expected WHAT, found WHAT (did you mean 'x'?)".
class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace jez
