// Command-line overrides of scenario values: `--set routes[0].voyage_h=4`.
#pragma once

#include <string>

namespace jez {

// One `--set PATH=VALUE`. PATH uses '.' between keys and [i] for list items; a list item may
// also be picked by its `name` ("routes.nemuro-kunashiri.voyage_h"). VALUE is a YAML scalar.
struct Override {
  std::string path;
  std::string value;
};

// Splits and checks "PATH=VALUE"; throws InputError ("--set TEXT: expected ..., found ...") for a
// missing '=', a malformed path, or a value that is not a single YAML scalar.
Override parse_override(const std::string& text);

}  // namespace jez
