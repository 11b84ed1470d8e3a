// "Did you mean ...?" suggestions for misspelt keys and names.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jez {

// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
// adjacent characters each cost 1. Compares bytes; callers fold case first when they want to.
int edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word` (ignoring ASCII case), if it is close enough to be a likely
// typo: at most max(1, longer length / 3) edits. Ties go to the earlier candidate.
std::optional<std::string> closest_match(std::string_view word,
                                         const std::vector<std::string>& candidates);

// " (did you mean 'x'?)" or "" when nothing is close.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

// "'a', 'b' or 'c'" for messages that list the valid choices.
std::string quoted_choices(const std::vector<std::string>& choices);

}  // namespace jez
