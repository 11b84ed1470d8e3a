// Range checks shared by the sector models: each throws std::invalid_argument with one sentence
// naming the field, what was expected and what was found. The scenario loader adds the file
// position and key path.
#pragma once

#include <array>
#include <string>

namespace jez::sectors {

void require_non_negative(const std::string& field, double value);
void require_positive(const std::string& field, double value);
void require_fraction(const std::string& field, double value);  // in [0, 1]
void require_month(const std::string& field, int month);        // 1..12
void require_some_month(const std::string& field, const std::array<bool, 12>& months);
void require_non_negative(const std::string& field, const std::array<double, 12>& values);
void require_fractions(const std::string& field, const std::array<double, 12>& values);

}  // namespace jez::sectors
