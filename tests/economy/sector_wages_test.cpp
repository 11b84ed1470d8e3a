// Wages by sector on tests/data/tables/two-sector-households.csv: compensation [30, 50], jobs
// [5, 8], value added [70, 100] (labour income 80 in all).
#include "economy/sector_wages.hpp"

#include <gtest/gtest.h>

#include <filesystem>

namespace jez::economy {
namespace {

IoTable table() {
  return read_io_table(std::filesystem::path(JEZ_TEST_DATA) / "tables/two-sector-households.csv");
}

TEST(SectorWages, SetOneAndTheOthersKeepTheTotal) {
  IoTable t = table();
  // Fishing at 8 per job: 5 x 8 = 40; services get the rest of 80: 40 (scaled by 40/50).
  EXPECT_FALSE(set_sector_wages(t, {{0, 8.0}}));
  EXPECT_DOUBLE_EQ(t.compensation->sectors(0), 40);
  EXPECT_DOUBLE_EQ(t.compensation->sectors(1), 40);
  EXPECT_DOUBLE_EQ(t.value_added_by_sector()(0), 70);  // value added stays
}

TEST(SectorWages, RefusesWagesTheTableCannotPay) {
  IoTable t = table();
  // 5 x 15 = 75 is more than fishing's value added of 70.
  const auto above = set_sector_wages(t, {{0, 15.0}});
  ASSERT_TRUE(above);
  EXPECT_NE(above->find("value added"), std::string::npos) << *above;
  // 5 x 16 = 80 leaves nothing of the 80 for services.
  IoTable u = table();
  EXPECT_TRUE(set_sector_wages(u, {{0, 16.0}}));
}

}  // namespace
}  // namespace jez::economy
