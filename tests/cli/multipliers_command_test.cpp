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

}  // namespace
}  // namespace jez::test
