#include "output/atomic_file.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

namespace jez::output {
namespace {

namespace fs = std::filesystem;

struct Tmp {
  fs::path path;
  Tmp() {
    char t[] = "/tmp/jez-output-XXXXXX";
    path = mkdtemp(t);
  }
  ~Tmp() { fs::remove_all(path); }
};

std::string slurp(const fs::path& p) {
  std::ifstream in(p);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(AtomicFile, WritesContentAndLeavesNoTemporary) {
  Tmp t;
  write_file_atomically(t.path / "a.csv", "x,y\n1,2\n");
  EXPECT_EQ(slurp(t.path / "a.csv"), "x,y\n1,2\n");
  EXPECT_EQ(std::distance(fs::directory_iterator(t.path), fs::directory_iterator()), 1);
}

TEST(AtomicFile, UnwritablePlaceNamesThePath) {
  Tmp t;
  try {
    write_file_atomically(t.path / "missing" / "a.csv", "x");
    FAIL() << "expected OutputError";
  } catch (const OutputError& e) {
    EXPECT_NE(std::string(e.what()).find("missing/a.csv"), std::string::npos) << e.what();
  }
}

TEST(AtomicFile, PiecesAppearWholeOnlyAtCommit) {
  Tmp t;
  const fs::path p = t.path / "timeseries.csv";
  AtomicFileWriter w(p);
  w.write("date,value\n");
  EXPECT_FALSE(fs::exists(p));
  w.write("2017-09,1\n");
  EXPECT_FALSE(fs::exists(p));
  w.commit();
  EXPECT_EQ(slurp(p), "date,value\n2017-09,1\n");
  EXPECT_EQ(std::distance(fs::directory_iterator(t.path), fs::directory_iterator()), 1);
}

TEST(AtomicFile, AnAbandonedWriterLeavesNothing) {
  Tmp t;
  { AtomicFileWriter(t.path / "a.csv").write("half a file"); }
  EXPECT_EQ(std::distance(fs::directory_iterator(t.path), fs::directory_iterator()), 0);
}

TEST(AtomicFile, AProducerThatThrowsLeavesNothing) {
  Tmp t;
  EXPECT_THROW(write_file_atomically(t.path / "a.csv",
                                     [](const std::function<void(std::string_view)>& sink) {
                                       sink("first piece\n");
                                       throw std::runtime_error("out of rows");
                                     }),
               std::runtime_error);
  EXPECT_EQ(std::distance(fs::directory_iterator(t.path), fs::directory_iterator()), 0);
}

TEST(AtomicFile, AFullDiskIsAnErrorNamingTheFileAndLeavesNothing) {
  // The temporary's name is known (".NAME.tmp-PID@HOST"): made a link to /dev/full, which
  // refuses every write, it stands for a disk that fills up half-way through a file.
  if (!fs::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
  Tmp t;
  char host[256] = {};
  gethostname(host, sizeof host - 1);
  const fs::path tmp = t.path / (".a.csv.tmp-" + std::to_string(getpid()) + "@" + host);
  fs::create_symlink("/dev/full", tmp);
  try {
    write_file_atomically(t.path / "a.csv", [](const std::function<void(std::string_view)>& sink) {
      sink(std::string(1 << 20, 'x'));
    });
    FAIL() << "expected OutputError";
  } catch (const OutputError& e) {
    EXPECT_NE(std::string(e.what()).find("a.csv: cannot write the file"), std::string::npos)
        << e.what();
  }
  EXPECT_FALSE(fs::exists(t.path / "a.csv"));
  EXPECT_FALSE(fs::is_symlink(tmp));
}

TEST(StagedFolder, NothingUnderTheFinalNameUntilCommit) {
  Tmp t;
  const fs::path dir = t.path / "run";
  {
    StagedFolder f(dir);
    f.add("summary.csv", "metric,unit,value\n");
    EXPECT_FALSE(fs::exists(dir));
    f.commit();
  }
  EXPECT_EQ(slurp(dir / "summary.csv"), "metric,unit,value\n");
  EXPECT_EQ(std::distance(fs::directory_iterator(t.path), fs::directory_iterator()), 1);
}

TEST(StagedFolder, AbandonedFolderLeavesNothing) {
  Tmp t;
  {
    StagedFolder f(t.path / "run");
    f.add("timeseries.csv", "half");
  }
  EXPECT_TRUE(fs::is_empty(t.path));
}

TEST(StagedFolder, ReplacesAPreviousRunWhole) {
  Tmp t;
  const fs::path dir = t.path / "run";
  fs::create_directory(dir);
  std::ofstream(dir / "stale.csv") << "old";
  StagedFolder f(dir);
  f.add("summary.csv", "new");
  f.commit();
  EXPECT_FALSE(fs::exists(dir / "stale.csv"));
  EXPECT_EQ(slurp(dir / "summary.csv"), "new");
  EXPECT_EQ(std::distance(fs::directory_iterator(t.path), fs::directory_iterator()), 1);
}

TEST(StagedFolder, AFileInTheWayIsAnError) {
  Tmp t;
  std::ofstream(t.path / "run") << "x";
  EXPECT_THROW(StagedFolder(t.path / "run"), OutputError);
}

}  // namespace
}  // namespace jez::output
