// Every malformed table in tests/data/bad/ listed in expected-tables.tsv must fail to read with a
// "FILE:LINE:COL: " message containing the listed words (the CLI test checks the same list
// through `jezsim multipliers`, expecting exit code 2).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>

#include "economy/io_table.hpp"

namespace jez::economy {
namespace {

const std::filesystem::path kBad = std::filesystem::path(JEZ_TEST_DATA) / "bad";

std::vector<std::pair<std::string, std::string>> expected_errors() {
  std::vector<std::pair<std::string, std::string>> out;
  std::ifstream in(kBad / "expected-tables.tsv");
  for (std::string line; std::getline(in, line);) {
    const size_t tab = line.find('\t');
    if (line.empty()) continue;
    EXPECT_NE(tab, std::string::npos) << "no tab in: " << line;
    if (tab != std::string::npos) out.emplace_back(line.substr(0, tab), line.substr(tab + 1));
  }
  return out;
}

TEST(BadTables, EachListedTableFailsWithLineColumnAndWords) {
  const auto expected = expected_errors();
  ASSERT_GE(expected.size(), 7u);
  for (const auto& [name, words] : expected) {
    const auto file = kBad / name;
    ASSERT_TRUE(std::filesystem::exists(file)) << file;
    try {
      read_io_table(file);
      ADD_FAILURE() << name << " was read without an error";
    } catch (const TableError& e) {
      const std::string message = e.what();
      const std::regex located(
          "^" + std::regex_replace(file.string(), std::regex(R"([.^$|()\[\]{}*+?\\])"), R"(\$&)") +
          R"(:\d+:\d+: \S)");
      EXPECT_TRUE(std::regex_search(message, located)) << message;
      EXPECT_NE(message.find(words), std::string::npos) << message << "\n  lacks: " << words;
      EXPECT_EQ(message.find('\n'), std::string::npos) << message;
    }
  }
}

TEST(BadTables, EveryBadTableFileIsListed) {
  std::set<std::string> listed;
  for (const auto& [name, words] : expected_errors()) listed.insert(name);
  for (const auto& entry : std::filesystem::directory_iterator(kBad)) {
    const std::string name = entry.path().filename().string();
    if (name.rfind("table-", 0) == 0 && entry.path().extension() == ".csv") {
      EXPECT_TRUE(listed.count(name)) << name << " is missing from expected-tables.tsv";
    }
  }
}

}  // namespace
}  // namespace jez::economy
