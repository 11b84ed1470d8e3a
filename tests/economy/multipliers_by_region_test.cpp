// Multipliers by region: a two-region table by hand, pymrio's own test system against pymrio's
// numbers (tests/data/tables/pymrio-test-mrio-by-region.csv), and the sums over regions.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "economy/io_table.hpp"
#include "economy/multipliers.hpp"
#include "economy/multipliers_by_region.hpp"

namespace jez::economy {
namespace {

const std::filesystem::path kTables = std::filesystem::path(JEZ_TEST_DATA) / "tables";

// two-region-hand.csv: A = [[0.2, 0.05], [0.3, 0.2]], det(I - A) = 0.64 - 0.015 = 0.625,
// L = [[0.8, 0.05], [0.3, 0.8]] / 0.625 = [[1.28, 0.08], [0.48, 1.28]]. A unit of final demand
// for north's goods makes 1.28 in the north and 0.48 in the south (the feedback through the
// south's purchases); with v = [0.5, 0.75] it makes value added 0.64 in the north and 0.36 in
// the south, 1 in all as the table has no imports. South's goods: 0.08 and 1.28; 0.04 and 0.96.
TEST(MultipliersByRegion, TwoRegionsByHand) {
  const RegionalMultipliers m =
      compute_multipliers_by_region(read_io_table(kTables / "two-region-hand.csv"));
  EXPECT_EQ(m.regions, (std::vector<std::string>{"north", "south"}));
  const Eigen::Matrix2d output = (Eigen::Matrix2d() << 1.28, 0.08, 0.48, 1.28).finished();
  const Eigen::Matrix2d value_added = (Eigen::Matrix2d() << 0.64, 0.04, 0.36, 0.96).finished();
  EXPECT_LT((m.output_type1 - output).cwiseAbs().maxCoeff(), 1e-14);
  EXPECT_LT((m.value_added_effect - value_added).cwiseAbs().maxCoeff(), 1e-14);
  EXPECT_FALSE(m.income_effect || m.employment_effect);
  EXPECT_EQ(multipliers_by_region_csv(m),
            "sector,region,output_type1,value_added_effect\n"
            "north:goods,north,1.28,0.64\nnorth:goods,south,0.48,0.36\n"
            "south:goods,north,0.08,0.04\nsouth:goods,south,1.28,0.96\n");
}

TEST(MultipliersByRegion, AgreeWithPymrioOnItsTestSystemAndSumToTheColumnMultipliers) {
  const IoTable t = read_io_table(kTables / "pymrio-test-mrio.csv");
  ASSERT_EQ(t.n(), 48);
  const RegionalMultipliers m = compute_multipliers_by_region(t);
  ASSERT_EQ(m.regions.size(), 6u);
  std::map<std::string, int> region, sector;
  for (size_t r = 0; r < m.regions.size(); ++r) region[m.regions[r]] = int(r);
  for (int j = 0; j < t.n(); ++j) sector[t.sectors[j]] = j;
  std::ifstream in(kTables / "pymrio-test-mrio-by-region.csv");
  int rows = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#' || line.rfind("sector,", 0) == 0) continue;
    std::istringstream cells(line);
    std::string s, r, output, va;
    std::getline(cells, s, ',');
    std::getline(cells, r, ',');
    std::getline(cells, output, ',');
    std::getline(cells, va, ',');
    ASSERT_TRUE(sector.count(s) && region.count(r)) << line;
    const double o = m.output_type1(region[r], sector[s]),
                 v = m.value_added_effect(region[r], sector[s]);
    EXPECT_NEAR(o, std::stod(output), 1e-9 * std::abs(std::stod(output))) << line;
    EXPECT_NEAR(v, std::stod(va), 1e-9 * std::abs(std::stod(va)) + 1e-15) << line;
    ++rows;
  }
  EXPECT_EQ(rows, 48 * 6);
  const Multipliers total = compute_multipliers(t);
  EXPECT_TRUE(Eigen::VectorXd(m.output_type1.colwise().sum().transpose())
                  .isApprox(total.output_type1, 1e-12));
  EXPECT_TRUE(Eigen::VectorXd(m.value_added_effect.colwise().sum().transpose())
                  .isApprox(total.value_added_effect, 1e-12));
}

TEST(MultipliersByRegion, SumsOverRegionsGiveIncomeAndEmploymentToo) {
  // Two sectors that are not region:sector names are refused; the households table, renamed.
  EXPECT_THROW(compute_multipliers_by_region(read_io_table(kTables / "two-sector-households.csv")),
               TableError);
  const auto file = std::filesystem::path(::testing::TempDir()) / "jez-by-region-households.csv";
  {
    std::ifstream in(kTables / "two-sector-households.csv");
    std::ostringstream text;
    text << in.rdbuf();
    std::string s = text.str();
    for (const char* name : {"fishing", "services"}) {
      const std::string from = name,
                        to = std::string(name == std::string("fishing") ? "a" : "b") + ":" + name;
      for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
    }
    std::ofstream(file) << s;
  }
  const IoTable t = read_io_table(file);
  const RegionalMultipliers m = compute_multipliers_by_region(t);
  const Multipliers total = compute_multipliers(t);
  ASSERT_TRUE(m.income_effect && m.employment_effect);
  EXPECT_TRUE(Eigen::VectorXd(m.income_effect->colwise().sum().transpose())
                  .isApprox(*total.income_effect, 1e-12));
  EXPECT_TRUE(Eigen::VectorXd(m.employment_effect->colwise().sum().transpose())
                  .isApprox(*total.employment_effect, 1e-12));
}

}  // namespace
}  // namespace jez::economy
