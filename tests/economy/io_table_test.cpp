// Reading input-output tables (DESIGN.md section 4): what is read, and one test per class of bad
// table, each checking the error's file:line:column (real line numbers, comments counted) and
// words.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "economy/io_table.hpp"

namespace jez::economy {
namespace {

using ::testing::HasSubstr;
using ::testing::StartsWith;

const std::filesystem::path kTables = std::filesystem::path(JEZ_TEST_DATA) / "tables";
const std::filesystem::path kBad = std::filesystem::path(JEZ_TEST_DATA) / "bad";

std::filesystem::path write_table(const std::string& name, const std::string& text) {
  const auto path = std::filesystem::path(::testing::TempDir()) / ("jez-economy-" + name);
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

// The what() of the TableError that reading `file` throws ("" and a failure when none).
std::string table_error(const std::filesystem::path& file) {
  try {
    read_io_table(file);
  } catch (const TableError& e) {
    return e.what();
  }
  ADD_FAILURE() << "expected a TableError for " << file;
  return "";
}

TEST(IoTable, ReadsMillerBlairTwoSectorExample) {
  const IoTable t = read_io_table(kTables / "miller-blair-2x2.csv");
  EXPECT_EQ(t.sectors, (std::vector<std::string>{"agriculture", "manufacturing"}));
  EXPECT_EQ(t.final_demand_names, std::vector<std::string>{"final_demand"});
  EXPECT_EQ(t.Z, (Eigen::Matrix2d() << 150, 500, 200, 100).finished());
  EXPECT_EQ(t.F, (Eigen::Vector2d() << 350, 1700).finished());
  EXPECT_EQ(t.x, (Eigen::Vector2d() << 1000, 2000).finished());
  EXPECT_FALSE(t.compensation || t.value_added || t.employment || t.imports || t.taxes);
  // No value-added row: value added is the residual x - inputs, 1000 - 350 and 2000 - 600.
  EXPECT_EQ(t.value_added_by_sector(), (Eigen::Vector2d() << 650, 1400).finished());
  EXPECT_EQ(t.source, kTables / "miller-blair-2x2.csv");
}

TEST(IoTable, ReadsNamedRowsWithEmptyCellsAsZero) {
  const IoTable t = read_io_table(kTables / "two-sector-households.csv");
  EXPECT_EQ(t.final_demand_names, (std::vector<std::string>{"household_consumption", "exports"}));
  EXPECT_EQ(t.final_demand_index("exports"), 1);
  EXPECT_EQ(t.sector_index("services"), 1);
  EXPECT_EQ(t.sector_index("tourism"), -1);
  // No total_output: x is the row sums 20 + 60 + 10 + 10 and 10 + 20 + 50 + 120.
  EXPECT_EQ(t.x, (Eigen::Vector2d() << 100, 200).finished());
  ASSERT_TRUE(t.compensation && t.value_added && t.imports && t.employment);
  EXPECT_FALSE(t.taxes);
  EXPECT_EQ(t.compensation->final_demand, (Eigen::Vector2d() << 20, 0).finished());
  EXPECT_EQ(t.employment->sectors, (Eigen::Vector2d() << 5, 8).finished());
  EXPECT_EQ(t.employment->final_demand, Eigen::Vector2d::Zero());  // empty cells
  EXPECT_EQ(t.value_added_by_sector(), (Eigen::Vector2d() << 70, 100).finished());
}

TEST(IoTable, TakesGrossOutputFromTheTotalOutputRowAndAcceptsQuotesAndCrlf) {
  // x = 100 and 200 from the row; a quoted name with a comma; Windows line ends; a BOM.
  const auto file = write_table("total-row.csv",
                                "\xEF\xBB\xBFsector,fish,\"trade, retail\",exports\r\n"
                                "fish, 20 ,60,20\r\n"
                                "\"trade, retail\",10,20,\"170\"\r\n"
                                "taxes,0,5,0\r\n"
                                "total_output,100,200,\r\n");
  const IoTable t = read_io_table(file);
  EXPECT_EQ(t.sectors, (std::vector<std::string>{"fish", "trade, retail"}));
  EXPECT_EQ(t.x, (Eigen::Vector2d() << 100, 200).finished());
  EXPECT_EQ(t.F(1, 0), 170);
  // Residual value added: 100 - 30 and 200 - 80 - 5 (taxes).
  EXPECT_EQ(t.value_added_by_sector(), (Eigen::Vector2d() << 70, 115).finished());
}

TEST(IoTable, ErrorUnreadableFile) {
  const auto missing = kTables / "no-such-table.csv";
  EXPECT_EQ(table_error(missing), missing.string() +
                                      ":1:1: cannot read the input-output table: the file does not "
                                      "exist or is not readable");
}

TEST(IoTable, ErrorEmptyFile) {
  const auto file = kBad / "table-empty.csv";
  EXPECT_THAT(table_error(file), StartsWith(file.string() + ":1:1: the table is empty"));
  // Comments only is empty too.
  EXPECT_THAT(table_error(write_table("comments.csv", "# just a note\n\n")),
              HasSubstr(":1:1: the table is empty"));
}

TEST(IoTable, ErrorBadHeader) {
  const auto file = kBad / "table-bad-header.csv";
  EXPECT_THAT(table_error(file),
              StartsWith(file.string() + ":1:1: expected 'sector' as the first cell of the "
                                         "header, found 'sectors'"));
}

TEST(IoTable, ErrorNonNumericCell) {
  const auto file = kBad / "table-non-numeric.csv";  // line 1 is a comment
  EXPECT_EQ(table_error(file), file.string() +
                                   ":4:10: expected a number in row 'services' "
                                   "under column 'fishing', found '1o'");
}

TEST(IoTable, ErrorMismatchedSectorNames) {
  const auto file = kBad / "table-mismatched-sectors.csv";
  const std::string message = table_error(file);
  EXPECT_THAT(message, StartsWith(file.string() + ":3:1: row 'services' does not match column 2 "
                                                  "of the header, 'fishing' (line 2, column 8)"));
}

TEST(IoTable, ErrorDuplicateSectorRowAndColumn) {
  const auto rows = kBad / "table-duplicate-sector.csv";
  EXPECT_EQ(table_error(rows), rows.string() +
                                   ":3:1: duplicate sector row 'fishing' (first on "
                                   "line 2)");
  const auto columns =
      write_table("duplicate-column.csv", "sector,fish,fish,exports\nfish,1,1,1\nfish,1,1,1\n");
  EXPECT_EQ(table_error(columns), columns.string() +
                                      ":1:13: duplicate column 'fish' in the "
                                      "header (first at column 8)");
}

TEST(IoTable, ErrorUnknownRowSuggestsTheNearestName) {
  const auto file = kBad / "table-unknown-row.csv";
  EXPECT_THAT(table_error(file), StartsWith(file.string() + ":5:1: unknown row 'employmnet'"));
  EXPECT_THAT(table_error(file), HasSubstr("(did you mean 'employment'?)"));
  // A misspelt row right after the sectors is not taken for a sector; a synonym gets a hint.
  const auto typo = write_table("typo.csv", "sector,a,x\na,1,9\ncompensaton,3,0\n");
  EXPECT_THAT(table_error(typo), HasSubstr(":3:1: unknown row 'compensaton'"));
  EXPECT_THAT(table_error(typo), HasSubstr("did you mean 'compensation'?"));
  const auto wages = write_table("wages.csv", "sector,a,x\na,1,9\nimports,1,0\nwages,3,0\n");
  EXPECT_THAT(table_error(wages), HasSubstr(":4:1: unknown row 'wages'"));
  EXPECT_THAT(table_error(wages), HasSubstr("did you mean 'compensation'?"));
}

TEST(IoTable, ErrorSectorRowAfterNamedRows) {
  const auto file = kBad / "table-sector-after-named-rows.csv";
  // A sector row below compensation is reported as misplaced, not as an unknown row.
  EXPECT_THAT(table_error(file), StartsWith(file.string() + ":4:1: sector row 'services' comes "
                                                            "after the named rows"));
}

TEST(IoTable, ErrorRaggedRow) {
  const auto file = kBad / "table-ragged-row.csv";
  EXPECT_EQ(table_error(file), file.string() +
                                   ":3:15: expected 4 cells in row 'services' like "
                                   "the header, found 3");
}

TEST(IoTable, ErrorNoFinalDemandColumn) {
  const auto file = kBad / "table-no-final-demand.csv";
  EXPECT_THAT(table_error(file), StartsWith(file.string() + ":1:16: expected at least one "
                                                            "final-demand column after the 2 "
                                                            "sector columns"));
}

TEST(IoTable, ErrorUnclosedQuote) {
  const auto file = kBad / "table-unclosed-quote.csv";
  EXPECT_EQ(table_error(file), file.string() + ":1:8: expected a closing '\"' for this cell");
}

TEST(IoTable, ErrorNonPositiveGrossOutput) {
  const auto file = kBad / "table-zero-output.csv";
  EXPECT_EQ(table_error(file), file.string() +
                                   ":2:15: expected a positive gross output for "
                                   "sector 'fishing', found 0 (total_output column)");
}

TEST(IoTable, ErrorRowDoesNotBalance) {
  const auto file = kBad / "table-unbalanced-row.csv";
  EXPECT_THAT(table_error(file),
              StartsWith(file.string() + ":3:18: row 'fishing' does not balance: its "
                                         "intermediate sales plus final demand sum to 110 but "
                                         "its gross output (total_output column) is 100"));
  // Within 0.5 % passes: 100.4 against 100.
  EXPECT_NO_THROW(
      read_io_table(write_table("nearly.csv", "sector,a,f,total_output\na,10,90.4,100\n")));
}

TEST(IoTable, ErrorColumnDoesNotBalance) {
  // No imports row: the residual 200 - 210 would be imports of -10, 5 % of output.
  const auto file = kBad / "table-unbalanced-column.csv";
  EXPECT_THAT(table_error(file),
              StartsWith(file.string() + ":5:16: column 'services' does not balance: its "
                                         "intermediate inputs, taxes and value added sum to "
                                         "210, more than its gross output (total_output column) "
                                         "of 200 by 5.00 % where 0.5 % is allowed; the table "
                                         "has no imports row, so the residual is taken as "
                                         "imports and must not be negative"));
  // With an imports row the column must balance either way: 20 + 20 + 150 + 20 = 210.
  const auto with_imports = write_table("unbalanced-imports.csv",
                                        "sector,a,b,exports,total_output\n"
                                        "a,20,20,60,100\nb,10,20,170,200\n"
                                        "value_added,60,150,,\nimports,10,20,,\n");
  EXPECT_THAT(table_error(with_imports),
              HasSubstr(":4:16: column 'b' does not balance: its intermediate inputs, imports, "
                        "taxes and value added sum to 210 but its gross output (total_output "
                        "column) is 200, 5.00 % apart"));
}

TEST(IoTable, ImpliesImportsFromTheColumnResiduals) {
  // By hand: column a, 100 - (10 + 30) - 40 = 20; column b, 200 - (20 + 10) - 150 - 5 = 15.
  const auto file = write_table("implied.csv",
                                "sector,a,b,final_demand,total_output\n"
                                "a,10,20,70,100\nb,30,10,160,200\n"
                                "value_added,40,150,,\ntaxes,0,5,,\n");
  const IoTable t = read_io_table(file);
  ASSERT_TRUE(t.imports);
  EXPECT_TRUE(t.imports_implied);
  EXPECT_EQ(t.imports->sectors, (Eigen::Vector2d() << 20, 15).finished());
  EXPECT_EQ(t.imports->final_demand, Eigen::VectorXd::Zero(1));
  // A residual below 0 within rounding (0.4 % of 100) is no import; an imports row is not implied.
  const IoTable rounded = read_io_table(
      write_table("rounded.csv", "sector,a,f,total_output\na,10,90,100\nvalue_added,90.4,,\n"));
  EXPECT_EQ(rounded.imports->sectors(0), 0);
  EXPECT_FALSE(read_io_table(kTables / "two-sector-households.csv").imports_implied);
  // No value-added row: value added is the residual and there is nothing to imply.
  EXPECT_FALSE(read_io_table(kTables / "miller-blair-2x2.csv").imports);
}

TEST(IoTable, ImpliedImportsOfTheEurostatManualsGermany1990AreItsImportsRow) {
  // The file leaves out the manual's row P7 (imported products); the residuals give it back.
  const IoTable t = read_io_table(kTables / "germany-1990-domestic.csv");
  ASSERT_TRUE(t.imports_implied);
  Eigen::VectorXd p7(6);
  p7 << 2927, 156703, 13427, 21943, 13371, 13772;
  EXPECT_LT((t.imports->sectors - p7).cwiseAbs().maxCoeff(), 1e-6) << t.imports->sectors;
  EXPECT_EQ(t.x(1), 1079446);
  EXPECT_EQ(t.final_demand_names.size(), 5u);
}

// Hostile tables: each limit is refused with the limit in the sentence, before any large read.
TEST(IoTable, RefusesFilesOverTheSizeLimitBeforeReadingThem) {
  const auto big = std::filesystem::path(::testing::TempDir()) / "jez-economy-huge.csv";
  { std::ofstream(big) << "sector,a,f\n"; }
  std::filesystem::resize_file(big, (1LL << 30) + 1);  // sparse: nothing is written
  EXPECT_THAT(table_error(big), HasSubstr(":1:1: the input-output table file is 1073741825 "
                                          "bytes, larger than the limit of 1073741824 bytes "
                                          "(1 GiB) on table files"));
  std::filesystem::remove(big);
}

TEST(IoTable, RefusesDevicesAndBinaryFilesAtTheFirstNulByte) {
  EXPECT_EQ(table_error("/dev/zero"),
            "/dev/zero:1:1: expected a text file for the input-output table, found a NUL byte "
            "(a binary file or a device?)");
  EXPECT_THAT(table_error(kBad / "table-nul-byte.csv"), HasSubstr(":2:10: expected a text file"));
}

TEST(IoTable, RefusesLinesSectorsAndColumnsOverTheLimits) {
  TableLimits small;
  small.line_bytes = 1024, small.sectors = 1, small.columns = 2;
  auto error = [&](const std::filesystem::path& file) {
    try {
      read_io_table(file, small);
    } catch (const TableError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  const auto long_line = write_table("long-line.csv", std::string(2000, 'a'));
  EXPECT_THAT(error(long_line), HasSubstr(":1:1: line 1 of the input-output table is longer than "
                                          "the limit of 1024 bytes (1 KiB) on one line"));
  EXPECT_THAT(error(write_table("two-sectors.csv", "sector,a,b,f\na,1,1,1\nb,1,1,1\n")),
              HasSubstr(":1:12: the header has more than 2 columns after 'sector'"));
  small.columns = 20;
  EXPECT_THAT(error(write_table("two-sectors.csv", "sector,a,b,f\na,1,1,1\nb,1,1,1\n")),
              HasSubstr(":3:1: the table has more than 1 sector rows, the limit on input-output "
                        "tables"));
  // The default limit: a header of a million columns is refused as soon as it is counted.
  std::string header = "sector";
  for (int c = 0; c < 1000000; ++c) header += ",c" + std::to_string(c);
  EXPECT_THAT(table_error(write_table("million-columns.csv", header + "\n")),
              HasSubstr("the header has more than 20000 columns after 'sector'"));
}

TEST(IoTable, RefusesSubnormalNumbersAndNegativeFlowsAndJobs) {
  EXPECT_EQ(table_error(kBad / "table-subnormal.csv"),
            (kBad / "table-subnormal.csv").string() +
                ":4:13: expected a number in row 'services' under column 'services' that is 0 or "
                "at least 2.225e-308 in magnitude, found '1e-310', a subnormal number (write 0 "
                "instead)");
  EXPECT_THAT(table_error(kBad / "table-negative-flow.csv"),
              HasSubstr(":3:12: expected intermediate flows of at least 0, found -5 in row "
                        "'fishing' under column 'services'"));
  EXPECT_THAT(table_error(kBad / "table-negative-employment.csv"),
              HasSubstr(":5:15: expected employment of at least 0 persons for sector "
                        "'services', found -3"));
  // Negative final demand (a fall in stocks) stays allowed.
  EXPECT_NO_THROW(read_io_table(
      write_table("stocks.csv", "sector,a,stocks,exports,total_output\na,10,-5,95,100\n")));
}

TEST(IoTable, ErrorTotalOutputRowAndColumnDisagree) {
  const auto file =
      write_table("two-totals.csv", "sector,a,f,total_output\na,10,90,100\ntotal_output,110,,\n");
  EXPECT_THAT(table_error(file), HasSubstr(":3:14: the total_output row gives 110 for sector "
                                           "'a' but the total_output column gives 100"));
}

TEST(IoTable, ErrorNotProductive) {
  const auto file = kBad / "table-not-productive.csv";
  // fishing: inputs 50 + 60 = 110 against an output of 50 + 10 + 10 = 70, so a_.1 sums to 11/7.
  EXPECT_EQ(table_error(file), file.string() +
                                   ":2:8: the table is not productive: sector "
                                   "'fishing' buys 1.57143 of intermediate inputs "
                                   "per unit of its output, and a column of A must "
                                   "sum below 1");
}

TEST(IoTable, ErrorNotProductiveWithHouseholds) {
  const auto file = kBad / "table-households-not-productive.csv";
  // Income 30 + 40 + 10 = 80; spending on sectors 30 + 60 plus 10 on households: 100/80.
  EXPECT_EQ(table_error(file), file.string() +
                                   ":2:25: the table closed with households (Type II) is not "
                                   "productive: households spend 1.25 on local sectors and on "
                                   "households per unit of their income, and must spend less than "
                                   "all of it");
}

TEST(IoTable, ColumnsCountCharactersNotBytes) {
  // "рыба" is 4 characters and 8 bytes: the bad cell starts at character column 6.
  const auto file = write_table("utf8.csv", "sector,рыба,f\nрыба,x,1\n");
  EXPECT_THAT(table_error(file), HasSubstr(":2:6: expected a number in row 'рыба'"));
}

}  // namespace
}  // namespace jez::economy
