// Helpers for the scenario loader's tests: scenario files written to a fresh folder beside a copy
// of the tiny zone table, and the message of the InputError a load throws.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "scenario/loader.hpp"

namespace jez::test {

inline std::filesystem::path test_data(const std::string& relative) {
  return std::filesystem::path(JEZ_TEST_DATA) / relative;
}

// A folder of its own for one test, removed afterwards; holds zone.csv (tests/data/scenarios/
// zone-2x2.csv) so that scenarios can say `table: zone.csv`.
class ScenarioFolder {
 public:
  ScenarioFolder() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = std::filesystem::temp_directory_path() /
           ("jez-scenario-" + std::to_string(::getpid()) + "-" + info->test_suite_name() + "-" +
            info->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    std::filesystem::copy_file(test_data("scenarios/zone-2x2.csv"), dir_ / "zone.csv");
  }
  ~ScenarioFolder() {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  ScenarioFolder(const ScenarioFolder&) = delete;
  ScenarioFolder& operator=(const ScenarioFolder&) = delete;

  const std::filesystem::path& dir() const { return dir_; }
  std::filesystem::path write(const std::string& name, const std::string& text) const {
    const auto file = dir_ / name;
    std::ofstream(file, std::ios::binary) << text;
    return file;
  }

 private:
  std::filesystem::path dir_;
};

// The what() of the InputError that loading throws, or a test failure when it loads.
inline std::string load_error(const std::filesystem::path& file,
                              const std::vector<Override>& overrides = {}) {
  try {
    load_scenario(file, overrides);
  } catch (const InputError& e) {
    return e.what();
  }
  ADD_FAILURE() << file << " loaded without an error";
  return {};
}

}  // namespace jez::test
