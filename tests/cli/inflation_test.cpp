// An inflation path turns the projects' constant-price cash flows into current prices before
// NPV and IRR. With a constant rate pi the nominal IRR must obey Fisher's identity exactly:
// 1 + irr_nominal = (1 + irr_real)(1 + pi), since a flow in month m is scaled by
// (1 + pi)^(m/12) and discounted by (1 + r)^(m/12). (A project's flows, not a side's: a side's
// debt payments are fixed in current money, so its equity flows do not scale with prices.)
#include <cmath>
#include <map>

#include "cli_process.hpp"

namespace jez::test {
namespace {

TEST(Inflation, NominalIrrFollowsFisherAndThePriceLevelCompounds) {
  TempDir tmp;
  const std::string base = "run scenarios/southern-kurils-2017.yaml -q -o ";
  // The default's path has six steps: all at 0 (constant prices) or all at 4 %.
  auto every_step = [](const char* value) {
    std::string sets;
    for (int i = 0; i < 6; ++i)
      sets += " --set currency.inflation_per_year[" + std::to_string(i) + "].value=" + value;
    return sets;
  };
  ASSERT_EQ(run_jezsim(base + (tmp.path / "real").string() + every_step("0")).exit_code, 0);
  const Outcome o = run_jezsim(base + (tmp.path / "nominal").string() + every_step("0.04"));
  ASSERT_EQ(o.exit_code, 0) << o.err;
  const auto real = summary_of(tmp.path / "real");
  const auto nominal = summary_of(tmp.path / "nominal");
  EXPECT_EQ(real.at("price_level_end"), 1);
  // 2017-09 to 2047-12 is 364 months.
  EXPECT_NEAR(nominal.at("price_level_end"), std::pow(1.04, 364 / 12.0), 1e-9);
  for (const char* irr : {"irr_project_waste-kunashiri", "irr_project_wind-etorofu"})
    EXPECT_NEAR(1 + nominal.at(irr), (1 + real.at(irr)) * 1.04, 1e-6) << irr;
  // The economy itself is in constant prices: inflation leaves it alone.
  EXPECT_EQ(nominal.at("grp_final_year"), real.at("grp_final_year"));
  // The same 8 % now in current prices: the later, positive flows weigh more.
  EXPECT_GT(nominal.at("npv_project_waste-kunashiri"), real.at("npv_project_waste-kunashiri"));
}

}  // namespace
}  // namespace jez::test
