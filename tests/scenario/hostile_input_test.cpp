// Hostile input at the loader: escaped messages, size limits, what yaml-cpp would loop on, and
// counterfactual chains and cycles (the CLI corpus, tests/data/bad/generate_cases.py, covers the
// rest through the real binary).
#include <gtest/gtest.h>

#include "scenario/input_error.hpp"
#include "scenario/sweep_spec.hpp"
#include "scenario/yaml_file.hpp"
#include "scenario_test_files.hpp"

namespace jez {
namespace {

const char* kMinimal =
    "jezsim: 1\ntime: {start: 2017-01, end: 2017-12}\neconomy: {table: zone.csv}\n";

TEST(OneLine, EscapesControlsC1AndInvalidUtf8AndKeepsValidText) {
  EXPECT_EQ(one_line("a\x1c"
                     "b\rc\nd\te\x7f"),
            "a\\x1cb\\x0dc\\x0ad\\x09e\\x7f");
  EXPECT_EQ(one_line("\x1b[31mred"), "\\x1b[31mred");
  EXPECT_EQ(one_line("\xc2\x9b"
                     "2J"),
            "\\xc2\\x9b2J");  // C1 CSI
  EXPECT_EQ(one_line("\xff\xc3\x28"), "\\xff\\xc3(");
  EXPECT_EQ(one_line("\xc0\xaf"), "\\xc0\\xaf");           // overlong '/'
  EXPECT_EQ(one_line("\xed\xa0\x80"), "\\xed\\xa0\\x80");  // a surrogate
  EXPECT_EQ(one_line("\xe2\x82"), "\\xe2\\x82");           // cut short
  EXPECT_EQ(one_line("Кунашир, 国後島, é"), "Кунашир, 国後島, é");
  EXPECT_EQ(one_line(one_line("a\x01")), "a\\x01");  // escaping twice changes nothing
}

TEST(OneLine, EveryInputErrorIsOneLine) {
  const InputError e("file.yaml:1:1: key\x1c\nx: expected");
  EXPECT_STREQ(e.what(), "file.yaml:1:1: key\\x1c\\x0ax: expected");
}

TEST(InputFile, ALargerRegularFileIsRefusedBeforeReading) {
  test::ScenarioFolder f;
  const auto file = f.write("big.yaml", std::string(kMaxYamlFileBytes + 1, '#'));
  try {
    read_input_file(file);
    FAIL();
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("expected a file of at most 512 KiB (524288 bytes), "
                                         "found 524289 bytes"),
              std::string::npos)
        << e.what();
  }
  EXPECT_EQ(read_input_file(f.write("ok.yaml", std::string(kMaxYamlFileBytes, '#'))).size(),
            kMaxYamlFileBytes);
}

TEST(InputFile, ADeviceIsReadOnlyUpToTheLimit) {
  try {
    read_input_file("/dev/zero");
    FAIL();
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("found more than 524288 bytes"), std::string::npos)
        << e.what();
  }
}

TEST(ParseYaml, TextAfterTheFirstDocumentIsRefusedNotLoopedOn) {
  // yaml-cpp's LoadAll never returns on these (found by fuzz_scenario); Load ignores the rest.
  for (const char* text : {",", "[a],", "a: 1\n---\n,", "a: 1\n---\nb: 2\n"}) {
    try {
      parse_yaml(text, "f.yaml");
      ADD_FAILURE() << text;
    } catch (const InputError& e) {
      EXPECT_NE(std::string(e.what()).find("expected one YAML document, found more after it"),
                std::string::npos)
          << e.what();
    }
  }
  EXPECT_TRUE(parse_yaml("---\na: 1\n...\n", "f.yaml").IsMap());
}

TEST(ParseYaml, ASecondDocumentAfterANestedLastValueIsFoundWhereItStarts) {
  // Only the text from the last value's line on is parsed again when that ends cleanly; a flow
  // list counts as one value (its inside reads otherwise alone).
  const std::pair<const char*, const char*> cases[] = {
      {"a:\n  b: word\n---\n", "f.yaml:3:1:"},
      {"a: [x,\n y]\n---\nz: 1\n", "f.yaml:3:1:"},
      {"a:\n  - b: 1\n    c: 'q\n      r'\n...\n---\nz: 1\n", "f.yaml:6:1:"},
      {"a: 1\nb: |\n  text\n--- x\n", "f.yaml:4:1:"},
      {"a: 1\r\nb: 2\r\n---\r\n", "f.yaml:3:1:"}};
  for (const auto& [text, where] : cases) {
    try {
      parse_yaml(text, "f.yaml");
      ADD_FAILURE() << text;
    } catch (const InputError& e) {
      EXPECT_EQ(std::string(e.what()).rfind(std::string(where) + " (top level): expected one YAML "
                                                                 "document, found more after it",
                                            0),
                0u)
          << e.what();
    }
  }
  for (const char* text : {"a:\n  b: word\n# end\n", "a: [x,\n y]\n", "a: 1\nb: |\n  t\n\n",
                           "a:\n  - x\n  - y\n...\n"})
    EXPECT_TRUE(parse_yaml(text, "f.yaml").IsMap()) << text;
}

TEST(ParseYaml, AnAliasInsideItsOwnAnchorIsRefused) {
  for (const char* text : {"&a [*a]", "a: &x {b: *x}"}) {
    try {
      parse_yaml(text, "f.yaml");
      ADD_FAILURE() << text;
    } catch (const InputError& e) {
      EXPECT_NE(std::string(e.what()).find("expected at most 64 levels of nesting"),
                std::string::npos)
          << e.what();
    }
  }
}

TEST(ParseYaml, TagsAreRefusedWithTheirPath) {
  try {
    parse_yaml("a:\n  b: [1, !foo 2]\n", "f.yaml");
    FAIL();
  } catch (const InputError& e) {
    EXPECT_STREQ(e.what(),
                 "f.yaml:2:10: a.b[1]: expected a plain value (jezsim reads no YAML tags), found "
                 "the tag '!foo'");
  }
}

TEST(Counterfactual, ACycleOfTwoIsNamedWithItsChain) {
  test::ScenarioFolder f;
  const auto a = f.write("a.yaml", std::string(kMinimal) + "counterfactual: b.yaml\n");
  f.write("b.yaml", std::string(kMinimal) + "counterfactual: a.yaml\n");
  const std::string m = test::load_error(a);
  EXPECT_NE(m.find("b.yaml:4:17: counterfactual: expected a baseline scenario that does not lead "
                   "back to this one, found a cycle of counterfactuals: a.yaml -> b.yaml -> "
                   "a.yaml"),
            std::string::npos)
      << m;
}

TEST(Counterfactual, AChainOfAnyLengthStopsAtItsSecondLink) {
  test::ScenarioFolder f;
  // a -> b -> c -> d -> a: refused at b's counterfactual, before c is read.
  const char* names[] = {"a", "b", "c", "d"};
  for (int i = 0; i < 4; ++i)
    f.write(std::string(names[i]) + ".yaml",
            std::string(kMinimal) + "counterfactual: " + names[(i + 1) % 4] + ".yaml\n");
  const std::string m = test::load_error(f.dir() / "a.yaml");
  EXPECT_NE(m.find("b.yaml:4:17: counterfactual: expected a baseline scenario without a "
                   "counterfactual of its own, found a chain of counterfactuals: a.yaml -> "
                   "b.yaml -> c.yaml"),
            std::string::npos)
      << m;
}

TEST(SweepSize, ReplicationsTimesSamplesPastTheLimitAreRefused) {
  // Each of 100 points x 10^6 replications (the key's own bound) is allowed; together they pass
  // the sweep's limit of 10^7 runs.
  test::ScenarioFolder f;
  const auto file = f.write("s.yaml",
                            "base: x.yaml\nmethod: random\nsamples: 100\nreplications: 1000000\n"
                            "parameters: {seed_like: {dist: uniform, min: 0, max: 1}}\n");
  try {
    load_sweep_spec(file);
    FAIL();
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find(
                  "s.yaml:3:10: samples: expected a sweep of at most 10000000 runs (points x "
                  "replications), found 100 points x 1000000 replications = 100000000 runs"),
              std::string::npos)
        << e.what();
  }
}

}  // namespace
}  // namespace jez
