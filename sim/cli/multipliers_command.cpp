#include <fmt/format.h>

#include <cstdio>
#include <filesystem>

#include "cli/app.hpp"
#include "economy/io_table.hpp"
#include "economy/multipliers.hpp"
#include "economy/multipliers_by_region.hpp"
#include "output/atomic_file.hpp"

namespace jez::cli {
namespace {

// One line on stderr when the table's imports are its columns' residuals (DESIGN.md section 4).
void note_implied_imports(const economy::IoTable& table) {
  if (!table.imports_implied) return;
  const double imports = table.imports->sectors.sum(), output = table.x.sum();
  std::fprintf(stderr, "%s",
               fmt::format("jezsim: {} has no imports row: each column's residual (gross output "
                           "less intermediate inputs, value added and taxes) is taken as its "
                           "imports, {:.6g} in all ({:.1f} % of gross output)\n",
                           table.source.string(), imports, 100 * imports / output)
                   .c_str());
}

}  // namespace

int multipliers_command(const std::string& table_file, const std::string& out_file,
                        bool by_region) {
  try {
    // The reader bounds what it reads: /dev/zero or a pipe is refused at its first NUL byte or
    // its size limit.
    const auto table = economy::read_io_table(table_file);
    note_implied_imports(table);
    const std::string csv =
        by_region
            ? economy::multipliers_by_region_csv(economy::compute_multipliers_by_region(table))
            : economy::multipliers_csv(economy::compute_multipliers(table));
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
