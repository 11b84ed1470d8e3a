// `jezsim multipliers` on the published Miller & Blair (2009, ch. 2) two-sector table.
#include "cli_process.hpp"

namespace jez::test {
namespace {

TEST(MultipliersCommand, PrintsCsvToStdout) {
  const Outcome o =
      run_jezsim(std::string("multipliers ") + JEZ_TEST_DATA + "/tables/miller-blair-2x2.csv");
  ASSERT_EQ(o.exit_code, 0) << o.err;
  std::istringstream in(o.out);
  std::string header, row1, row2;
  std::getline(in, header);
  std::getline(in, row1);
  std::getline(in, row2);
  EXPECT_EQ(header,
            "sector,output_type1,output_type2,income_effect,income_type1,income_type2,"
            "employment_effect,employment_type1,employment_type2,value_added_effect,"
            "value_added_type1");
  // Output multipliers: column sums of L = (I - A)^-1, 1.518 and 1.452 (Miller & Blair 2009).
  EXPECT_NEAR(std::stod(row1.substr(row1.find(',') + 1)), 1.518, 5e-4) << row1;
  EXPECT_NEAR(std::stod(row2.substr(row2.find(',') + 1)), 1.452, 5e-4) << row2;
}

TEST(MultipliersCommand, WritesTheFileWithDashO) {
  TempDir tmp;
  const auto file = tmp.path / "m.csv";
  const Outcome o = run_jezsim(std::string("multipliers ") + JEZ_TEST_DATA +
                               "/tables/miller-blair-2x2.csv -o " + file.string());
  ASSERT_EQ(o.exit_code, 0) << o.err;
  EXPECT_TRUE(o.out.empty());
  EXPECT_EQ(slurp(file).substr(0, 20), "sector,output_type1,");
}

TEST(MultipliersCommand, SaysInOneLineWhenImportsAreImplied) {
  // The Eurostat manual's Germany 1990 table without its imports row: the intermediate imports
  // of its row P7, 2927 + 156703 + 13427 + 21943 + 13371 + 13772 = 222143 DM mn, 7.1 % of its
  // gross output of 3,110,430 DM mn.
  const std::string table = std::string(JEZ_TEST_DATA) + "/tables/germany-1990-domestic.csv";
  const Outcome o = run_jezsim("multipliers " + table);
  ASSERT_EQ(o.exit_code, 0) << o.err;
  EXPECT_EQ(o.err, "jezsim: " + table +
                       " has no imports row: each column's residual (gross output less "
                       "intermediate inputs, value added and taxes) is taken as its imports, "
                       "222143 in all (7.1 % of gross output)\n");
  EXPECT_EQ(std::count(o.out.begin(), o.out.end(), '\n'), 7);  // header and 6 sectors
  // A table with an imports row says nothing.
  const Outcome quiet =
      run_jezsim(std::string("multipliers ") + JEZ_TEST_DATA + "/tables/two-sector-households.csv");
  EXPECT_EQ(quiet.exit_code, 0);
  EXPECT_EQ(quiet.err, "");
}

TEST(MultipliersCommand, ByRegionWritesTheLongForm) {
  // The two-region table worked by hand in tests/economy/multipliers_by_region_test.cpp.
  const Outcome o = run_jezsim(std::string("multipliers ") + JEZ_TEST_DATA +
                               "/tables/two-region-hand.csv --by-region");
  ASSERT_EQ(o.exit_code, 0) << o.err;
  EXPECT_EQ(o.out,
            "sector,region,output_type1,value_added_effect\n"
            "north:goods,north,1.28,0.64\nnorth:goods,south,0.48,0.36\n"
            "south:goods,north,0.08,0.04\nsouth:goods,south,1.28,0.96\n");
  const Outcome flat = run_jezsim(std::string("multipliers ") + JEZ_TEST_DATA +
                                  "/tables/miller-blair-2x2.csv --by-region");
  EXPECT_EQ(flat.exit_code, 2);
  EXPECT_NE(flat.err.find("expected every sector named region:sector for --by-region"),
            std::string::npos)
      << flat.err;
}

TEST(MultipliersCommand, HostileFilesAreExit2AtOnce) {
  const Outcome zero = run_jezsim("multipliers /dev/zero");
  EXPECT_EQ(zero.exit_code, 2);
  EXPECT_EQ(zero.err,
            "jezsim: /dev/zero:1:1: expected a text file for the input-output table, found a NUL "
            "byte (a binary file or a device?)\n");
  TempDir tmp;
  const auto wide = tmp.path / "wide.csv";
  {
    std::ofstream out(wide);
    out << "sector";
    for (int c = 0; c < 1000000; ++c) out << ",c" << c;
    out << "\n";
  }
  const Outcome o = run_jezsim("multipliers " + wide.string());
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_NE(o.err.find(":1:128898: the header has more than 20000 columns after 'sector', the "
                       "limit on input-output tables"),
            std::string::npos)
      << o.err;
}

}  // namespace
}  // namespace jez::test
