// The run folder of DESIGN.md section 4, and the short summary printed for a person.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "output/atomic_file.hpp"
#include "run/run_result.hpp"
#include "scenario/scenario.hpp"

namespace jez::cli {

void write_run_folder(output::StagedFolder& folder, const Scenario& scenario,
                      const RunResult& result, const std::vector<std::string>& command_line,
                      double wall_time_s);

// `program` is jezsim as the user called it: the closing hints (jezsim plot DIR) use it, so
// that they work as printed from a build tree too.
void print_run_summary(const Scenario& scenario, const RunResult& result,
                       const std::filesystem::path& dir, const std::string& program);

}  // namespace jez::cli
