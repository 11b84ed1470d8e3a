// The declared format: the committed reference page and JSON Schemas are what the key tables
// generate, and every number in them has finite bounds.
#include <gtest/gtest.h>

#include <fstream>
#include <functional>
#include <set>
#include <sstream>

#include "scenario/loader.hpp"
#include "scenario/schema.hpp"
#include "scenario_test_files.hpp"

namespace jez {
namespace {

std::string committed(const std::string& relative) {
  std::ifstream in(std::filesystem::path(JEZ_SOURCE_DIR) / relative, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(Schema, TheCommittedReferencePageIsWhatTheTablesGenerate) {
  EXPECT_EQ(committed("docs/scenario-format.md"),
            schema::markdown(schema::scenario_schema(), false))
      << "regenerate with: jezsim schema --format markdown -o docs/scenario-format.md";
  EXPECT_EQ(committed("docs/sweep-format.md"), schema::markdown(schema::sweep_schema(), true))
      << "regenerate with: jezsim schema --sweep --format markdown -o docs/sweep-format.md";
}

TEST(Schema, TheCommittedJsonSchemasAreWhatTheTablesGenerate) {
  EXPECT_EQ(committed("jezsim.schema.json"), schema::json_schema(schema::scenario_schema(), false))
      << "regenerate with: jezsim schema -o jezsim.schema.json";
  EXPECT_EQ(committed("jezsim.sweep.schema.json"),
            schema::json_schema(schema::sweep_schema(), true))
      << "regenerate with: jezsim schema --sweep -o jezsim.sweep.schema.json";
}

void each_key(const schema::Section& s, const std::string& path,
              const std::function<void(const schema::Key&, const std::string&)>& f,
              std::set<const schema::Section*>& seen) {
  if (!seen.insert(&s).second) return;
  for (const schema::Key& k : s.keys) {
    const std::string p = path.empty() ? k.name : path + "." + k.name;
    f(k, p);
    if (k.element) f(*k.element, p + "[]");
    if (k.section) each_key(*k.section, p, f, seen);
  }
}

TEST(Schema, EveryNumberOfAScenarioHasFiniteBoundsAndEveryWideOneAReason) {
  std::set<const schema::Section*> seen;
  int numbers = 0;
  each_key(
      schema::scenario_schema(), "",
      [&](const schema::Key& k, const std::string& path) {
        if (k.type != schema::Type::number && k.type != schema::Type::whole &&
            k.type != schema::Type::dated_path)
          return;
        ++numbers;
        ASSERT_TRUE(k.range) << path;
        if (path == "seed") return;  // any 64-bit seed
        EXPECT_LT(k.range->max, 1e13) << path;
        EXPECT_GT(k.range->min, -1e13) << path;
        // Shares and months need no reason; anything wider than [0, 12] gives one.
        if (k.range->max > 12) EXPECT_STRNE(k.range->reason, "") << path;
      },
      seen);
  EXPECT_GT(numbers, 80);
}

TEST(Schema, EveryKeyHasAMeaningAndEverySectionIsReachable) {
  std::set<const schema::Section*> seen;
  std::set<std::string> ids;
  each_key(
      schema::scenario_schema(), "",
      [&](const schema::Key& k, const std::string& path) {
        if (!k.name.empty()) EXPECT_FALSE(k.meaning.empty()) << path;
        if (k.section) EXPECT_TRUE(ids.insert(k.section->id).second) << k.section->id;
      },
      seen);
  EXPECT_GE(ids.size(), 20u);
}

TEST(Schema, AnOverrideOutsideItsBoundsNamesTheBoundAndItsReason) {
  const auto file = test::test_data("scenarios/kurils-small.yaml");
  try {
    load_scenario(file, {parse_override("routes[0].voyage_h=1e-320")});
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_EQ(std::string(e.what()),
              file.string() +
                  ": routes[0].voyage_h: expected a number >= 0.1 and <= 720 (a voyage takes "
                  "between 0.1 h and 30 days), found 1e-320 (set on the command line by --set "
                  "routes[0].voyage_h=1e-320)");
  }
}

}  // namespace
}  // namespace jez
