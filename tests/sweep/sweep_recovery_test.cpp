// A sweep killed or interrupted mid-way continues with --resume, losing and duplicating
// nothing; bad sweep files and command lines stop it before any run.
#include <nlohmann/json.hpp>

#include <set>

#include "sweep_files.hpp"

namespace jez::test {
namespace {

namespace fs = std::filesystem;
const std::string kSweeps = "tests/data/sweeps/";

// Every (point, replication) of results.csv once, in order, all ok.
void expect_complete(const std::string& results, int runs) {
  std::istringstream in(results);
  std::string line;
  std::getline(in, line);
  int n = 0;
  while (std::getline(in, line)) {
    EXPECT_EQ(line.substr(0, line.find(',')), std::to_string(n)) << line;
    EXPECT_NE(line.find(",ok,,"), std::string::npos) << line;
    ++n;
  }
  EXPECT_EQ(n, runs);
}

TEST(SweepResume, AfterSigkillLosesAndDuplicatesNothing) {
  TempDir tmp;
  const fs::path dir = tmp.path / "s";
  const pid_t pid = start_jezsim({"sweep", kSweeps + "default-mc.yaml", "-j", "2", "-o", dir});
  wait_for_runs(dir, 6);
  kill(pid, SIGKILL);  // the children die with it (PR_SET_PDEATHSIG)
  EXPECT_EQ(wait_exit_code(pid), 128 + SIGKILL);
  std::this_thread::sleep_for(std::chrono::milliseconds(100));  // the children's own deaths
  const int finished = done_runs(dir);
  ASSERT_GE(finished, 6);
  ASSERT_LT(finished, 40) << "the sweep ended before it was killed";
  EXPECT_FALSE(fs::exists(dir / "results.csv"));

  const Outcome o =
      run_jezsim("sweep " + kSweeps + "default-mc.yaml -q -j 2 --resume -o " + dir.string());
  ASSERT_EQ(o.exit_code, 0) << o.err;
  const auto manifest = nlohmann::json::parse(slurp(dir / "manifest.json"));
  EXPECT_EQ(manifest["runs"]["resumed"], finished);
  EXPECT_EQ(manifest["runs"]["ok"], 40);
  const std::string resumed = slurp(dir / "results.csv");
  expect_complete(resumed, 40);
  // Nothing hidden is left behind by the killed children.
  for (const auto& e : fs::directory_iterator(dir / "runs"))
    EXPECT_NE(e.path().filename().string()[0], '.') << e.path();

  // The same values as a sweep that was never interrupted.
  const Outcome fresh = run_jezsim("sweep " + kSweeps + "default-mc.yaml -q -j 2 -o " +
                                   (tmp.path / "fresh").string());
  ASSERT_EQ(fresh.exit_code, 0) << fresh.err;
  EXPECT_EQ(without_wall_time(resumed), without_wall_time(slurp(tmp.path / "fresh/results.csv")));
}

TEST(SweepResume, CtrlCStopsTheChildrenAndResumeFinishes) {
  TempDir tmp;
  const fs::path dir = tmp.path / "s";
  const pid_t pid = start_jezsim({"sweep", kSweeps + "default-mc.yaml", "-j", "2", "-o", dir});
  wait_for_runs(dir, 3);
  kill(pid, SIGINT);
  EXPECT_EQ(wait_exit_code(pid), 130);
  EXPECT_FALSE(fs::exists(dir / "results.csv"));
  const int finished = done_runs(dir);
  const Outcome o =
      run_jezsim("sweep " + kSweeps + "default-mc.yaml -q --resume -o " + dir.string());
  ASSERT_EQ(o.exit_code, 0) << o.err;
  EXPECT_EQ(nlohmann::json::parse(slurp(dir / "manifest.json"))["runs"]["resumed"], finished);
  expect_complete(slurp(dir / "results.csv"), 40);
}

// A live child of `parent`, stopped so that it cannot finish before it is signalled.
pid_t stop_a_child(pid_t parent) {
  for (int attempt = 0; attempt < 500; ++attempt) {
    std::ifstream children("/proc/" + std::to_string(parent) + "/task/" + std::to_string(parent) +
                           "/children");
    pid_t child = 0;
    if (children >> child && kill(child, SIGSTOP) == 0) {
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
      std::ifstream stat("/proc/" + std::to_string(child) + "/stat");
      std::string pid, name, state;
      if (stat >> pid >> name >> state && state == "T") return child;  // not a zombie
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  return 0;
}

TEST(SweepFailures, ACrashedRunIsRecordedAndTheSweepGoesOn) {
  TempDir tmp;
  const fs::path dir = tmp.path / "s";
  const pid_t pid = start_jezsim(
      {"sweep", kSweeps + "default-mc.yaml", "-j", "1", "--no-counterfactual", "-o", dir});
  wait_for_runs(dir, 2);
  const pid_t child = stop_a_child(pid);
  ASSERT_GT(child, 0);
  kill(child, SIGILL);  // a crash that ASan (make sanitize) leaves alone
  kill(child, SIGCONT);
  EXPECT_EQ(wait_exit_code(pid), 3);
  const std::string results = slurp(dir / "results.csv");
  EXPECT_EQ(line_count(results), 1 + 40);
  const auto crashed =
      results.find(",crashed,the run's process ended abnormally: killed by signal 4 ");
  ASSERT_NE(crashed, std::string::npos) << results;
  EXPECT_EQ(results.find(",crashed,", crashed + 1), std::string::npos);  // only that one
  const auto manifest = nlohmann::json::parse(slurp(dir / "manifest.json"));
  EXPECT_EQ(manifest["runs"]["failed"], 1);
  EXPECT_EQ(manifest["runs"]["ok"], 39);
}

TEST(SweepResume, MoreReplicationsRunOnlyTheNewRuns) {
  TempDir tmp;
  const fs::path dir = tmp.path / "s";
  fs::copy_file(fs::path(JEZ_TEST_DATA) / "sweeps/small-grid.yaml", tmp.path / "grid.yaml");
  std::string text = slurp(tmp.path / "grid.yaml");
  text.replace(text.find("../scenarios/"), 13, std::string(JEZ_TEST_DATA) + "/scenarios/");
  std::ofstream(tmp.path / "grid.yaml") << text;
  ASSERT_EQ(
      run_jezsim("sweep -q " + (tmp.path / "grid.yaml").string() + " -o " + dir.string()).exit_code,
      0);
  const std::string before = slurp(dir / "runs/p0000003-r000/done");
  text.replace(text.find("replications: 1"), 15, "replications: 2");
  std::ofstream(tmp.path / "grid.yaml") << text;
  const Outcome o =
      run_jezsim("sweep -q --resume " + (tmp.path / "grid.yaml").string() + " -o " + dir.string());
  ASSERT_EQ(o.exit_code, 0) << o.err;
  EXPECT_EQ(nlohmann::json::parse(slurp(dir / "manifest.json"))["runs"]["resumed"], 6);
  EXPECT_EQ(slurp(dir / "runs/p0000003-r000/done"), before);  // not run again, not renamed
  EXPECT_EQ(done_runs(dir), 12);
}

TEST(SweepBadInput, StopsBeforeAnyRunWithFileLineAndColumn) {
  std::ifstream table(fs::path(JEZ_TEST_DATA) / "sweeps/bad/expected.tsv");
  std::string line;
  int cases = 0;
  while (std::getline(table, line)) {
    if (line.empty() || line[0] == '#') continue;
    const std::string file = line.substr(0, line.find('\t'));
    const std::string expected = line.substr(line.find('\t') + 1);
    TempDir tmp;
    const Outcome o =
        run_jezsim("sweep " + kSweeps + "bad/" + file + " -o " + (tmp.path / "s").string());
    EXPECT_EQ(o.exit_code, 2) << file << ": " << o.err;
    EXPECT_EQ(o.err.rfind("jezsim: " + expected, 0), 0u) << file << ":\n" << o.err;
    EXPECT_EQ(std::count(o.err.begin(), o.err.end(), '\n'), 1) << o.err;
    EXPECT_FALSE(fs::exists(tmp.path / "s")) << file;
    ++cases;
  }
  EXPECT_EQ(cases, 11);
}

TEST(SweepBadInput, ShardOutOfRangeAndOccupiedFolderAreRefused) {
  TempDir tmp;
  const std::string sweep = "sweep " + kSweeps + "small-grid.yaml -o " + (tmp.path / "s").string();
  Outcome o = run_jezsim(sweep + " --shard 3/2");
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_EQ(o.err, "jezsim: --shard 3/2: expected K/N with 1 <= K <= N, found K = 3 and N = 2\n");
  o = run_jezsim(sweep + " --shard 2of4");
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_FALSE(fs::exists(tmp.path / "s"));
  fs::create_directories(tmp.path / "s");
  std::ofstream(tmp.path / "s/notes.txt") << "mine";
  o = run_jezsim(sweep);
  EXPECT_EQ(o.exit_code, 2);
  EXPECT_NE(o.err.find("add --resume"), std::string::npos) << o.err;
  EXPECT_EQ(slurp(tmp.path / "s/notes.txt"), "mine");
}

}  // namespace
}  // namespace jez::test
