// A shared counterfactual (RunOptions::counterfactual_cache): a run that finds its
// counterfactual's result in the cache file gives, bit for bit, the summary it gives when it runs
// the counterfactual itself; the first run writes the file; a file that is there is what is used.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdint>
#include <filesystem>
#include <fstream>

#include "../world/world_in_child.hpp"
#include "output/tables.hpp"
#include "run/counterfactual.hpp"
#include "run/run_scenario.hpp"
#include "scenario/loader.hpp"

namespace jez {
namespace {

namespace fs = std::filesystem;

// The default scenario with the urchin project's price changed: the factual run moves, the
// counterfactual (no projects) does not.
Scenario with_urchin_price(const std::string& price) {
  return load_scenario(fs::path(JEZ_SOURCE_DIR) / "scenarios/southern-kurils-2017.yaml",
                       {{"sectors.aquaculture.projects.urchins-shikotan.price_rub_per_kg", price}});
}

// The summary's text and every value's bits, from a run in a child process.
std::string summary_in_child(const Scenario& s, const fs::path& cache) {
  return world::testing::in_child_process([&] {
    RunOptions options;
    options.summary_only = true;
    options.counterfactual_cache = cache;
    const RunResult r = run_scenario(s, options);
    std::string out = output::summary_csv(r.summary);
    char buf[64];
    for (const auto& row : r.summary) {
      std::snprintf(buf, sizeof buf, "%a\n", row.value);
      out += buf;
    }
    return out;
  });
}

struct CacheDir {
  fs::path path = fs::temp_directory_path() / ("jez-cf-cache-" + std::to_string(getpid()));
  CacheDir() { fs::create_directories(path); }
  ~CacheDir() { fs::remove_all(path); }
};

TEST(CounterfactualCache, ASharedCounterfactualGivesTheSameSummaryBitForBit) {
  const CacheDir dir;
  const fs::path cache = dir.path / "baseline";
  const Scenario a = with_urchin_price("900"), b = with_urchin_price("1400");
  const std::string a_alone = summary_in_child(a, {});
  EXPECT_EQ(summary_in_child(a, cache), a_alone);  // runs the counterfactual, writes the file
  ASSERT_TRUE(fs::exists(cache));
  const std::string b_alone = summary_in_child(b, {});
  EXPECT_NE(b_alone, a_alone);
  EXPECT_EQ(summary_in_child(b, cache), b_alone);  // takes a's counterfactual from the file
}

TEST(CounterfactualCache, TheFileThatIsThereIsWhatTheRunUses) {
  const CacheDir dir;
  const fs::path cache = dir.path / "baseline";
  {  // a result of one sector, no mainland region and no periods: not this scenario's
    std::ofstream out(cache, std::ios::binary);
    const std::int32_t sectors = 1, regions = 0;
    const std::uint64_t zone_doubles = 0;
    out << 'R';
    out.write(reinterpret_cast<const char*>(&sectors), sizeof sectors);
    out.write(reinterpret_cast<const char*>(&regions), sizeof regions);
    out.write(reinterpret_cast<const char*>(&zone_doubles), sizeof zone_doubles);
  }
  try {
    summary_in_child(with_urchin_price("900"), cache);
    ADD_FAILURE() << "the run did not read the cache file";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("the counterfactual has 0 periods of 1 sectors"),
              std::string::npos)
        << e.what();
  }
}

}  // namespace
}  // namespace jez
