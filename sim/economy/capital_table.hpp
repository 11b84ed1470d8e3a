// The capital-coefficient table of the lagged dynamic model: the layout of the IO table's sector
// block (header "sector," then the sector names; one row per sector), b_ij = stock of good i
// needed per unit of annual output of sector j.
#pragma once

#include <Eigen/Dense>
#include <filesystem>
#include <string>
#include <vector>

namespace jez::economy {

// Reads B and checks that its sectors are the IO table's, in the same order, and that every
// entry is a number >= 0. Throws TableError "FILE:LINE:COL: ..." otherwise.
Eigen::MatrixXd read_capital_coefficients(const std::filesystem::path& file,
                                          const std::vector<std::string>& sectors);

}  // namespace jez::economy
