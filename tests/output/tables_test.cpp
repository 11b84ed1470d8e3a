#include "output/tables.hpp"

#include <gtest/gtest.h>

namespace jez::output {
namespace {

TEST(Tables, NumbersRoundTripAndSolverNoiseIsZero) {
  EXPECT_EQ(format_number(7728), "7728");
  EXPECT_EQ(format_number(0.1), "0.1");
  EXPECT_EQ(format_number(-0.0), "0");
  EXPECT_EQ(format_number(3e-13), "0");
  EXPECT_EQ(format_number(1234567.25), "1234567.25");
}

TEST(Tables, CellsAreQuotedOnlyWhenNeeded) {
  EXPECT_EQ(csv_cell("kunashiri"), "kunashiri");
  EXPECT_EQ(csv_cell("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
}

TEST(Tables, TidyTimeseriesHasTheDesignHeader) {
  SeriesTable rows;
  rows.push_back({"2017-09", "zone", "fishing", "output", "RUB mn/month", 12.5});
  rows.push_back({"2017-09", "a-b", "transport", "sailings", "count/month", 3});
  rows.push_back({"2017-09", "elsewhere", "all", "x", "t", 1});
  const std::string csv = timeseries_csv(rows, {{"zone", "zone"}, {"a-b", "route"}});
  EXPECT_EQ(csv,
            "date,region,sector,variable,unit,value,region_kind\n"
            "2017-09,zone,fishing,output,RUB mn/month,12.5,zone\n"
            "2017-09,a-b,transport,sailings,count/month,3,route\n"
            "2017-09,elsewhere,all,x,t,1,\n");
}

TEST(Tables, EventsAndSummary) {
  EXPECT_EQ(events_csv({{86400, "2017-09-02", "route_closed", "a-b", "ice, from 02-01"}}),
            "time_s,date,kind,subject,detail\n86400,2017-09-02,route_closed,a-b,\"ice, from "
            "02-01\"\n");
  EXPECT_EQ(summary_csv({{"grp_final_year", "RUB mn/year", 1.5}}),
            "metric,unit,value\ngrp_final_year,RUB mn/year,1.5\n");
}

}  // namespace
}  // namespace jez::output
