// The corpus of malformed scenario and table files: each must give exit 2 and one sentence that
// names its line and column, never a crash.
#include <regex>
#include <vector>

#include "cli_process.hpp"

namespace jez::test {
namespace {

namespace fs = std::filesystem;

struct BadCase {
  std::string file;
  std::string expected;  // a substring the message must contain
};

std::vector<BadCase> corpus() {
  std::vector<BadCase> cases;
  const fs::path dir = fs::path(JEZ_TEST_DATA) / "bad";
  for (const char* list : {"expected-scenarios.tsv", "expected-tables.tsv"}) {
    std::istringstream in(slurp(dir / list));
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty() || line[0] == '#') continue;
      const auto tab = line.find('\t');
      cases.push_back({(dir / line.substr(0, tab)).string(), line.substr(tab + 1)});
    }
  }
  return cases;
}

TEST(BadInput, CorpusHasAtLeastFifteenFiles) {
  EXPECT_GE(corpus().size(), 15u);
}

TEST(BadInput, EveryFileGivesExit2AndOneSentenceWithLineAndColumn) {
  const std::regex line_col(R"(:[0-9]+:[0-9]+: )");
  for (const auto& c : corpus()) {
    const bool table = c.file.size() > 4 && c.file.substr(c.file.size() - 4) == ".csv";
    const Outcome o = run_jezsim((table ? "multipliers " : "validate ") + shell_quote(c.file));
    EXPECT_EQ(o.exit_code, 2) << c.file << "\n" << o.err;
    EXPECT_TRUE(std::regex_search(o.err, line_col)) << c.file << ": " << o.err;
    EXPECT_NE(o.err.find(c.expected), std::string::npos) << c.file << ": " << o.err;
    EXPECT_EQ(std::count(o.err.begin(), o.err.end(), '\n'), 1) << c.file << ": " << o.err;
    EXPECT_TRUE(o.out.empty()) << c.file;
  }
}

TEST(BadInput, ABadScenarioLeavesNoOutputFolder) {
  TempDir tmp;
  const auto cases = corpus();
  ASSERT_FALSE(cases.empty());
  for (const auto& c : cases) {
    if (c.file.substr(c.file.size() - 5) != ".yaml") continue;
    const Outcome o = run_jezsim("run " + shell_quote(c.file) + " -o " + (tmp.path / "r").string());
    EXPECT_EQ(o.exit_code, 2) << c.file;
  }
  EXPECT_TRUE(fs::is_empty(tmp.path));
}

TEST(BadInput, MissingFilesAreExit2) {
  EXPECT_EQ(run_jezsim("validate no-such-file.yaml").exit_code, 2);
  EXPECT_EQ(run_jezsim("multipliers no-such-table.csv").exit_code, 2);
}

}  // namespace
}  // namespace jez::test
