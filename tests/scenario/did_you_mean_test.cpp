// Edit distances and the suggestions built on them.
#include "scenario/did_you_mean.hpp"

#include <gtest/gtest.h>

namespace jez {
namespace {

TEST(EditDistance, TextbookValues) {
  // kitten -> sitting: substitute k/s and e/i, insert g (the classic Levenshtein example).
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3);
  EXPECT_EQ(edit_distance("", "abc"), 3);
  EXPECT_EQ(edit_distance("abc", "abc"), 0);
  // A swap of two neighbours is one edit (Levenshtein alone would count 2).
  EXPECT_EQ(edit_distance("from", "form"), 1);
  EXPECT_EQ(edit_distance("voyag_h", "voyage_h"), 1);
}

TEST(ClosestMatch, SuggestsOnlyLikelyTypos) {
  const std::vector<std::string> regions = {"kunashiri", "etorofu", "shikotan", "nemuro"};
  EXPECT_EQ(closest_match("kunashir", regions), "kunashiri");
  EXPECT_EQ(closest_match("Etorofu", regions), "etorofu");  // case is ignored
  EXPECT_EQ(closest_match("sakhalin", regions), std::nullopt);
  EXPECT_EQ(did_you_mean("nemoro", regions), " (did you mean 'nemuro'?)");
  EXPECT_EQ(did_you_mean("x", regions), "");
}

TEST(QuotedChoices, ListsWithCommasAndOr) {
  EXPECT_EQ(quoted_choices({"month", "quarter", "year"}), "'month', 'quarter' or 'year'");
  EXPECT_EQ(quoted_choices({"island"}), "'island'");
}

}  // namespace
}  // namespace jez
