// Runs the real jezsim binary (path in $JEZSIM, set by ctest) and captures what it did.
#pragma once

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace jez::test {

struct Outcome {
  int exit_code = -1;  // 128 + signal when killed by a signal
  std::string out;
  std::string err;
};

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::string shell_quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

// The metrics of a run folder's summary.csv, by name.
inline std::map<std::string, double> summary_of(const std::filesystem::path& dir) {
  std::map<std::string, double> m;
  std::istringstream in(slurp(dir / "summary.csv"));
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    const auto a = line.find(','), b = line.rfind(',');
    m[line.substr(0, a)] = std::stod(line.substr(b + 1));
  }
  return m;
}

// The fields of the rows of a run folder's timeseries.csv
// (date,region,sector,variable,unit,value,region_kind) whose region is `region`.
inline std::vector<std::vector<std::string>> timeseries_rows(const std::filesystem::path& dir,
                                                             const std::string& region) {
  std::vector<std::vector<std::string>> rows;
  std::istringstream in(slurp(dir / "timeseries.csv"));
  std::string line;
  std::getline(in, line);
  while (std::getline(in, line)) {
    std::vector<std::string> f;
    std::istringstream cells(line);
    for (std::string c; std::getline(cells, c, ',');) f.push_back(c);
    if (f.size() == 7 && f[1] == region) rows.push_back(std::move(f));
  }
  return rows;
}

// A fresh temporary folder, removed at destruction.
struct TempDir {
  std::filesystem::path path;
  TempDir() {
    char tmpl[] = "/tmp/jezsim-test-XXXXXX";
    path = mkdtemp(tmpl);
  }
  ~TempDir() { std::filesystem::remove_all(path); }
};

inline std::string jezsim_binary() {
  const char* p = std::getenv("JEZSIM");
  return p ? p : "jezsim";
}

// Runs `jezsim ARGS` (ARGS already shell-quoted where needed) from the source root.
inline Outcome run_jezsim(const std::string& args) {
  TempDir io;
  const std::string cmd = "cd " + shell_quote(JEZ_SOURCE_DIR) + " && " +
                          shell_quote(jezsim_binary()) + " " + args + " >" +
                          shell_quote((io.path / "out").string()) + " 2>" +
                          shell_quote((io.path / "err").string()) + " </dev/null";
  const int status = std::system(cmd.c_str());
  Outcome o;
  if (WIFEXITED(status))
    o.exit_code = WEXITSTATUS(status);
  else if (WIFSIGNALED(status))
    o.exit_code = 128 + WTERMSIG(status);
  o.out = slurp(io.path / "out");
  o.err = slurp(io.path / "err");
  return o;
}

}  // namespace jez::test
