#include <cstdio>
#include <filesystem>

#include "cli/app.hpp"
#include "economy/io_table.hpp"
#include "economy/multipliers.hpp"
#include "output/atomic_file.hpp"

namespace jez::cli {

int multipliers_command(const std::string& table_file, const std::string& out_file) {
  try {
    std::error_code ec;
    const auto status = std::filesystem::status(table_file, ec);
    if (std::filesystem::exists(status) && !std::filesystem::is_regular_file(status) &&
        !std::filesystem::is_directory(status))  // /dev/zero: a device or a pipe may have no end
      throw economy::TableError(table_file +
                                ": cannot read: expected an IO table CSV file, found a device or "
                                "a pipe, not a file");
    const auto table = economy::read_io_table(table_file);
    const std::string csv = economy::multipliers_csv(economy::compute_multipliers(table));
    if (out_file.empty())
      std::fwrite(csv.data(), 1, csv.size(), stdout);
    else
      output::write_file_atomically(out_file, csv);
    return kSuccess;
  } catch (const std::exception& e) {
    return report_error(e);
  }
}

}  // namespace jez::cli
