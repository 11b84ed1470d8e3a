#include "output/series_table.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "output/tables.hpp"

namespace jez::output {
namespace {

TEST(SeriesTable, EachTextIsStoredOnceAndRowsReadBackAsGiven) {
  SeriesTable t;
  const std::vector<std::string> sectors{"fishing", "tourism", "wind"};
  for (int month = 1; month <= 12; ++month) {
    const std::string date = "2020-" + std::string(month < 10 ? "0" : "") + std::to_string(month);
    for (const auto& sector : sectors)
      for (const char* variable : {"output", "jobs"})
        t.push_back({date, "zone", sector, variable, "RUB mn/month", month * 10.0});
  }
  ASSERT_EQ(t.size(), 12u * 3 * 2);
  // 12 dates, zone, 3 sectors, 2 variables, 1 unit.
  EXPECT_EQ(t.labels().size(), 12u + 1 + 3 + 2 + 1);
  const SeriesRow r = t[9];  // month 2, tourism, jobs
  EXPECT_EQ(r.date, "2020-02");
  EXPECT_EQ(r.region, "zone");
  EXPECT_EQ(r.sector, "tourism");
  EXPECT_EQ(r.variable, "jobs");
  EXPECT_EQ(r.unit, "RUB mn/month");
  EXPECT_EQ(r.value, 20.0);
  std::size_t n = 0;
  for (const SeriesRow row : t) {
    EXPECT_EQ(row.sector, sectors[(n / 2) % 3]) << n;
    ++n;
  }
  EXPECT_EQ(n, t.size());
}

TEST(SeriesTable, RowsPastManyBlocksReadBackInOrder) {
  SeriesTable t;
  const Label a = t.label("a");
  const std::size_t n = 3 * 8192 + 17;  // rows are kept in blocks of 8,192
  for (std::size_t i = 0; i < n; ++i) t.add(a, a, a, a, a, double(i));
  ASSERT_EQ(t.size(), n);
  std::size_t i = 0;
  t.for_each_row([&](const SeriesTable::Row& r) { EXPECT_EQ(r.value, double(i++)); });
  EXPECT_EQ(i, n);
  EXPECT_EQ(t[8191].value, 8191.0);
  EXPECT_EQ(t[8192].value, 8192.0);
  EXPECT_EQ(t.row(n - 1).value, double(n - 1));
}

TEST(SeriesTable, LabelsHandedInAndTextsHandedInAreTheSameLabels) {
  SeriesTable t;
  const Label date = t.label("2017-09"), zone = t.label("zone"), fishing = t.label("fishing");
  const Label output = t.label("output"), unit = t.label("RUB mn/month");
  t.add(date, zone, fishing, output, unit, 1.5);
  t.push_back({"2017-09", "zone", "fishing", "output", "RUB mn/month", 2.5});
  EXPECT_EQ(t.labels().size(), 5u);
  EXPECT_EQ(t.row(1).sector, fishing);
  EXPECT_EQ(t.row(1).unit, unit);
  EXPECT_EQ(t.label("zone"), zone);
}

TEST(Labels, ManyTextsAlikeAtBothEndsEachKeepTheirOwnLabel) {
  // Same length, same first and last 8 bytes: the hash cannot tell them apart, the compare can.
  Labels labels;
  std::vector<std::string> texts;
  for (int i = 0; i < 5000; ++i)
    texts.push_back("variable_" + std::to_string(10000 + i) + "_per_month");
  for (int i = 0; i < 3000; ++i) texts.push_back(std::to_string(i));  // short ones too
  for (std::size_t i = 0; i < texts.size(); ++i) ASSERT_EQ(labels.intern(texts[i]), Label(i));
  for (std::size_t i = texts.size(); i-- > 0;) {
    ASSERT_EQ(labels.intern(texts[i]), Label(i)) << texts[i];
    ASSERT_EQ(labels.text(Label(i)), texts[i]);
  }
  EXPECT_EQ(labels.size(), texts.size());
  EXPECT_EQ(labels.intern(""), Label(texts.size()));
  EXPECT_EQ(labels.intern(""), Label(texts.size()));
}

TEST(Labels, SameTextComparesEveryByteAtEveryLength) {
  for (std::size_t n = 0; n <= 40; ++n) {
    const std::string a(n, 'x');
    EXPECT_TRUE(same_text(a, std::string(n, 'x'))) << n;
    EXPECT_FALSE(same_text(a, std::string(n + 1, 'x'))) << n;
    for (std::size_t i = 0; i < n; ++i) {
      std::string b = a;
      b[i] = 'y';
      EXPECT_FALSE(same_text(a, b)) << n << " " << i;
    }
  }
}

TEST(SeriesTable, RowsThatBreakThePatternOfThePeriodBeforeAreStillTheirOwn) {
  // Each period repeats the series of the one before, except where it does not: a row that
  // differs from the row in its place last period, a period with more rows, one with fewer.
  SeriesTable t;
  std::vector<SeriesRow> given;
  std::vector<std::string> keep;  // the texts the rows point into
  keep.reserve(10000);
  for (int period = 0; period < 40; ++period) {
    keep.push_back("20" + std::to_string(10 + period) + "-01");
    const std::string& date = keep.back();
    const int n = 5 + (period % 7);
    for (int k = 0; k < n; ++k) {
      keep.push_back(k == 3 && period % 3 == 0 ? "other" : "sector" + std::to_string(k));
      const std::string& sector = keep.back();
      keep.push_back(period % 5 == 0 ? "t" : "t/month");
      given.push_back({date, "zone", sector, k % 2 ? "output" : "jobs", keep.back(), k + 0.5});
      t.push_back(given.back());
    }
  }
  ASSERT_EQ(t.size(), given.size());
  for (std::size_t i = 0; i < given.size(); ++i) {
    const SeriesRow r = t[i];
    ASSERT_EQ(r.date, given[i].date) << i;
    ASSERT_EQ(r.sector, given[i].sector) << i;
    ASSERT_EQ(r.variable, given[i].variable) << i;
    ASSERT_EQ(r.unit, given[i].unit) << i;
    ASSERT_EQ(r.value, given[i].value) << i;
  }
}

TEST(SeriesTable, ATextThatOutlivesNothingIsCopied) {
  SeriesTable t;
  {
    std::string variable = "impact_value_added_induced";  // longer than the small-string buffer
    t.push_back({"2017-09", "zone", "fishing", variable, "jobs", 1});
    variable.assign(variable.size(), 'x');
  }
  EXPECT_EQ(t[0].variable, "impact_value_added_induced");
}

TEST(SeriesTable, RegionsAndSectorsAreQuotedCellsTheVariableIsNot) {
  SeriesTable t;
  t.push_back({"2017-09", "north, east", "say \"hi\"", "output", "t", 3});
  EXPECT_EQ(t.labels().cell(t.row(0).region), "\"north, east\"");
  EXPECT_EQ(timeseries_csv(t, {{"north, east", "island"}}),
            "date,region,sector,variable,unit,value,region_kind\n"
            "2017-09,\"north, east\",\"say \"\"hi\"\"\",output,t,3,island\n");
}

TEST(SeriesTable, ABigTableIsWrittenInPiecesThatMakeTheWholeText) {
  SeriesTable t;
  for (int i = 0; i < 20000; ++i)
    t.push_back({"2017-09", i % 2 ? "zone" : "etorofu", "fishing", "output", "t", i * 0.25});
  std::vector<std::size_t> sizes;
  std::string pieces;
  write_timeseries_csv(t, {{"zone", "zone"}}, [&](std::string_view piece) {
    sizes.push_back(piece.size());
    pieces += piece;
  });
  EXPECT_GT(sizes.size(), 1u);  // some 700 kB in pieces of some 256 kB
  for (std::size_t s : sizes) EXPECT_LT(s, 300u * 1024);
  EXPECT_EQ(pieces, timeseries_csv(t, {{"zone", "zone"}}));
  EXPECT_NE(pieces.find("\n2017-09,zone,fishing,output,t,0.25,zone\n"), std::string::npos);
  EXPECT_NE(pieces.find("\n2017-09,etorofu,fishing,output,t,0.5,\n"), std::string::npos);
}

TEST(SeriesTable, EventsAreWrittenInPiecesToo) {
  std::vector<EventRow> events;
  for (int i = 0; i < 10000; ++i)
    events.push_back({i * 60.0, "2017-09-01", "sailing_cancelled", "a-b", "ice, on the route"});
  std::string pieces;
  int n = 0;
  write_events_csv(events, [&](std::string_view piece) {
    pieces += piece;
    ++n;
  });
  EXPECT_GT(n, 1);
  EXPECT_EQ(pieces, events_csv(events));
  EXPECT_NE(pieces.find("\n60,2017-09-01,sailing_cancelled,a-b,\"ice, on the route\"\n"),
            std::string::npos);
}

}  // namespace
}  // namespace jez::output
