// sensitivity.csv from a results.csv whose parameters are dates and words as well as numbers:
// each gets a coefficient, says how it was coded, and a sweep too small for its method warns.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "../cli/cli_process.hpp"
#include "sweep/parameter_coding.hpp"
#include "sweep/results_files.hpp"

namespace jez::sweep {
namespace {

namespace fs = std::filesystem;

TEST(ParameterCoding, DatesBecomeDayNumbersAndWordsRanks) {
  const auto md = code_parameter({"03-20", "04-06", "", "02-28"});
  EXPECT_EQ(md.values[0], 31 + 28 + 20);
  EXPECT_EQ(md.values[1], 31 + 28 + 31 + 6);
  EXPECT_TRUE(std::isnan(md.values[2]));
  EXPECT_EQ(md.values[3], 59);
  EXPECT_NE(md.coding.find("day of the year"), std::string::npos);

  const auto ymd = code_parameter({"2022-03-21", "2022-03-22"});
  EXPECT_EQ(ymd.values[1] - ymd.values[0], 1);
  EXPECT_EQ(ymd.values[0], 19072);  // days from 1970-01-01

  const auto ym = code_parameter({"2020-01", "2020-03"});
  EXPECT_EQ(ym.values[1] - ym.values[0], 31 + 29);  // 2020 is a leap year

  const auto words = code_parameter({"special", "general", "special", "none"});
  EXPECT_EQ(words.values, (std::vector<double>{3, 1, 3, 2}));
  EXPECT_EQ(words.coding, "rank of the sorted values (general < none < special)");

  EXPECT_EQ(code_parameter({"1.5", "2"}).coding, "number");
  // A mixture of a date and a word is ranked, not half dropped.
  EXPECT_EQ(code_parameter({"03-20", "late"}).coding.substr(0, 4), "rank");
}

struct Results {
  test::TempDir tmp;
  const fs::path& dir = tmp.path;
  // y = 2 per day of the ice's end + 10 per regime rank + 0.5 x, with a wobble so the fit is
  // not exact.
  fs::path write(int runs) {
    std::ostringstream csv;
    csv << "point_id,replication,seed,routes.a-b.ice.to,regime.kind,x,y,status,error,wall_time_s\n";
    const char* dates[] = {"03-20", "04-06", "04-25"};
    const char* kinds[] = {"general", "special"};
    const int days[] = {79, 96, 115};
    for (int i = 0; i < runs; ++i) {
      const int d = i % 3, k = (i / 3) % 2;
      const double x = i * 1.7;
      const double y = 2.0 * days[d] + 10.0 * (k + 1) + 0.5 * x + (i % 2 ? 0.3 : -0.3);
      csv << i << ",0," << 100 + i << "," << dates[d] << "," << kinds[k] << "," << x << "," << y
          << ",ok,,0.1\n";
    }
    std::ofstream(dir / "results.csv") << csv.str();
    return dir / "results.csv";
  }
};

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

TEST(SensitivityFile, DateAndWordParametersGetCoefficients) {
  Results r;
  std::vector<std::string> warnings;
  const auto text = sensitivity_csv(r.write(12), {"random", 1, 3, 1}, &warnings);
  const auto lines = lines_of(text);
  ASSERT_EQ(lines.size(), 1u + 3 + 1) << text;
  EXPECT_EQ(lines[0], "output,parameter,index,value,ci_low,ci_high,samples,coding,warning");
  for (int j = 1; j <= 3; ++j) {
    const auto cells = split_csv_line(lines[j]);
    ASSERT_EQ(cells.size(), 9u) << lines[j];
    EXPECT_EQ(cells[2], "src");
    EXPECT_FALSE(cells[3].empty()) << "no coefficient: " << lines[j];
    EXPECT_EQ(cells[6], "12");
    EXPECT_TRUE(cells[8].empty()) << lines[j];
  }
  EXPECT_NE(lines[1].find("day of the year"), std::string::npos) << lines[1];
  EXPECT_NE(lines[2].find("rank of the sorted values (general < special)"), std::string::npos);
  // The ice dates drive y: the largest coefficient, and positive (later end, more y).
  EXPECT_GT(std::stod(split_csv_line(lines[1])[3]), 0.8);
  EXPECT_GT(std::stod(split_csv_line(lines[4])[3]), 0.99);  // r_squared
  EXPECT_TRUE(warnings.empty());
}

TEST(SensitivityFile, TooFewRunsForARegressionWarn) {
  Results r;
  std::vector<std::string> warnings;
  const auto text = sensitivity_csv(r.write(4), {"random", 1, 3, 1}, &warnings);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(
      warnings[0],
      "too few runs for a regression: 4 runs for 3 parameters, fewer than parameters + 2 = 5");
  for (const auto& line : lines_of(text))
    if (line.rfind("y,", 0) == 0) EXPECT_NE(line.find(warnings[0]), std::string::npos) << line;
}

TEST(SensitivityFile, SmallSobolSweepsWarn) {
  Results r;
  // 3 parameters: 5 points a sample; 12 rows make 2 complete samples.
  std::vector<std::string> warnings;
  sensitivity_csv(r.write(12), {"sobol", 1, 3, 1}, &warnings);
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0],
            "too few samples for Sobol indices: 2 complete samples, fewer than 64; "
            "their intervals are wide");
}

}  // namespace
}  // namespace jez::sweep
