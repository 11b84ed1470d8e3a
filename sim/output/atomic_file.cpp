#include "output/atomic_file.hpp"

#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <system_error>

namespace jez::output {

namespace fs = std::filesystem;

namespace {

std::string temp_sibling(const fs::path& path, const char* tag) {
  return (path.parent_path() / fmt::format(".{}.{}-{}", path.filename().string(), tag, getpid()))
      .string();
}

[[noreturn]] void fail(const fs::path& path, const std::string& what, int err) {
  throw OutputError(fmt::format("{}: cannot {}: {}", path.string(), what, std::strerror(err)));
}

}  // namespace

void write_file_atomically(const fs::path& path, std::string_view content) {
  const std::string tmp = temp_sibling(path, "tmp");
  std::FILE* f = std::fopen(tmp.c_str(), "wb");
  if (!f) fail(path, "write the file", errno);
  const bool wrote = std::fwrite(content.data(), 1, content.size(), f) == content.size();
  const int write_err = errno;
  if (std::fclose(f) != 0 || !wrote) {
    std::remove(tmp.c_str());
    fail(path, "write the file", wrote ? errno : write_err);
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    const int err = errno;
    std::remove(tmp.c_str());
    fail(path, "rename the finished file into place", err);
  }
}

StagedFolder::StagedFolder(fs::path final_dir) : final_(std::move(final_dir)) {
  if (final_.filename().empty()) final_ = final_.parent_path();  // "out/run/" -> "out/run"
  std::error_code ec;
  const fs::path parent = final_.parent_path().empty() ? fs::path(".") : final_.parent_path();
  fs::create_directories(parent, ec);
  if (ec) fail(parent, "create the output folder", ec.value());
  if (fs::exists(final_, ec) && !fs::is_directory(final_, ec))
    throw OutputError(fmt::format("{}: cannot write the run here: it exists and is not a folder",
                                  final_.string()));
  staging_ = temp_sibling(final_, "partial");
  fs::remove_all(staging_, ec);
  if (!fs::create_directory(staging_, ec) || ec)
    fail(final_, "create the output folder", ec ? ec.value() : EEXIST);
}

StagedFolder::~StagedFolder() {
  if (!committed_) {
    std::error_code ec;
    fs::remove_all(staging_, ec);
  }
}

void StagedFolder::add(const std::string& name, std::string_view content) {
  write_file_atomically(staging_ / name, content);
}

void StagedFolder::commit() {
  std::error_code ec;
  fs::path old;
  if (fs::exists(final_, ec)) {
    old = temp_sibling(final_, "old");
    fs::remove_all(old, ec);
    fs::rename(final_, old, ec);
    if (ec) fail(final_, "replace the previous run folder", ec.value());
  }
  fs::rename(staging_, final_, ec);
  if (ec) {
    if (!old.empty()) fs::rename(old, final_, ec);
    fail(final_, "move the finished run folder into place", ec.value());
  }
  committed_ = true;
  if (!old.empty()) fs::remove_all(old, ec);
}

}  // namespace jez::output
