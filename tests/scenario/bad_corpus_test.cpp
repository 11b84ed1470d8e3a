// The corpus of malformed scenarios in tests/data/bad (also run through `jezsim validate` by the
// CLI tests): each must throw one InputError sentence with the file, a line and column, and the
// substring that tests/data/bad/expected-scenarios.tsv gives for it.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>

#include "scenario/loader.hpp"
#include "scenario_test_files.hpp"

namespace jez {
namespace {

namespace fs = std::filesystem;

struct BadScenario {
  fs::path file;
  std::string expected;
};

std::vector<BadScenario> corpus() {
  const fs::path dir = test::test_data("bad");
  std::ifstream in(dir / "expected-scenarios.tsv");
  std::vector<BadScenario> cases;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const auto tab = line.find('\t');
    if (tab == std::string::npos) {
      ADD_FAILURE() << "no tab in expected-scenarios.tsv line: " << line;
      continue;
    }
    cases.push_back({dir / line.substr(0, tab), line.substr(tab + 1)});
  }
  return cases;
}

TEST(BadScenarioCorpus, ListsEveryBadScenarioFileOnce) {
  std::set<fs::path> listed;
  for (const auto& c : corpus()) EXPECT_TRUE(listed.insert(c.file).second) << c.file;
  std::set<fs::path> on_disk;
  for (const auto& e : fs::directory_iterator(test::test_data("bad")))
    if (e.path().extension() == ".yaml") on_disk.insert(e.path());
  EXPECT_EQ(listed, on_disk);
  EXPECT_GE(listed.size(), 12u);
}

TEST(BadScenarioCorpus, EachFileGivesOneSentenceWithLineColumnAndItsWords) {
  for (const auto& c : corpus()) {
    const std::string m = test::load_error(c.file);
    const std::regex where(std::string("^").append(std::regex_replace(
                               c.file.string(), std::regex(R"([.^$|()\[\]{}*+?\\])"), R"(\$&)")) +
                           R"(:[0-9]+:[0-9]+: )");
    EXPECT_TRUE(std::regex_search(m, where)) << c.file << ": " << m;
    EXPECT_NE(m.find(c.expected), std::string::npos) << c.file << ": " << m;
    EXPECT_EQ(m.find('\n'), std::string::npos) << c.file << ": " << m;
  }
}

}  // namespace
}  // namespace jez
