// The command line's checks and errors in jezsim's own words (CLI11 parses; this says what was
// wrong): value checks that state their range plainly, and one sentence for each parse error.
#pragma once

#include <CLI/CLI.hpp>

#include <cstdint>
#include <string>

namespace jez::cli {

// The most runs at a time that -j takes.
inline constexpr std::uint64_t kMaxJobs = 1024;

// A whole number in [lo, hi] ("-j 0: expected a whole number from 1 to 1024, found 0").
CLI::Validator whole_number(std::uint64_t lo, std::uint64_t hi);
// A finite number of seconds > 0 (no nan, no inf).
CLI::Validator positive_seconds();
// A path that is not empty (`-o ''`); `what` is "a folder" or "a file".
CLI::Validator non_empty_path(const std::string& what);

// Checks argv[1] before CLI11 sees it: none, or an unknown subcommand, gets one sentence with
// the subcommands and the closest one. Returns true when the error was printed.
bool refuse_unknown_subcommand(const CLI::App& app, int argc, char** argv);

// Prints "jezsim: SUBCOMMAND: expected ..., found ...; see jezsim SUBCOMMAND --help" for a
// CLI11 parse error (unknown option with its closest option, a missing argument, a value out of
// range) and returns exit code 2.
int report_parse_error(const CLI::ParseError& e, const CLI::App& app, int argc, char** argv);

}  // namespace jez::cli
