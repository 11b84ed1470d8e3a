// The named rows of an IO table CSV (compensation, value_added, ...) and the suggestion of the
// one a user probably meant when a row name is unknown.
#pragma once

#include <string>

namespace jez::economy {

bool is_row_name(const std::string& s);

// The named row the user probably meant (a known synonym or a close spelling), or "" when none.
std::string closest_row_name(const std::string& s);

// "compensation, value_added, ..." for messages.
std::string row_names_list();

}  // namespace jez::economy
