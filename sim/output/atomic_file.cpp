#include "output/atomic_file.hpp"

#include <fmt/format.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <system_error>
#include <utility>
#include <vector>

namespace jez::output {

namespace fs = std::filesystem;

namespace {

const std::string& host() {
  static const std::string name = [] {
    char buf[256] = {};
    if (gethostname(buf, sizeof buf - 1) != 0 || buf[0] == '\0') return std::string("localhost");
    std::string h(buf);
    for (char& c : h)
      if (c == '/') c = '_';
    return h;
  }();
  return name;
}

std::string temp_sibling(const fs::path& path, const char* tag) {
  return (path.parent_path() /
          fmt::format(".{}.{}-{}@{}", path.filename().string(), tag, getpid(), host()))
      .string();
}

// The PID of a staging name of this host (".x.partial-123@HOST", or ".x.partial-123" as older
// versions wrote them), or 0 for any other name.
pid_t staging_pid(const std::string& name) {
  if (name.size() < 2 || name[0] != '.') return 0;
  for (const char* tag : {".partial-", ".tmp-"}) {
    const auto at = name.rfind(tag);
    if (at == std::string::npos || at == 0) continue;
    std::size_t i = at + std::strlen(tag);
    pid_t pid = 0;
    const std::size_t digits = i;
    while (i < name.size() && name[i] >= '0' && name[i] <= '9' && i - digits < 9)
      pid = pid * 10 + (name[i++] - '0');
    if (i == digits || pid <= 0) continue;
    if (i == name.size() || name.substr(i) == "@" + host()) return pid;
  }
  return 0;
}

[[noreturn]] void fail(const fs::path& path, const std::string& what, int err) {
  throw OutputError(fmt::format("{}: cannot {}: {}", path.string(), what, std::strerror(err)));
}

}  // namespace

int remove_dead_staging(const fs::path& folder) {
  std::error_code ec;
  std::vector<fs::path> dead;
  for (fs::directory_iterator it(folder.empty() ? fs::path(".") : folder, ec), end;
       !ec && it != end; it.increment(ec)) {
    const pid_t pid = staging_pid(it->path().filename().string());
    if (pid > 0 && pid != getpid() && kill(pid, 0) != 0 && errno == ESRCH)
      dead.push_back(it->path());
  }
  int removed = 0;
  for (const auto& p : dead) removed += fs::remove_all(p, ec) > 0 ? 1 : 0;
  return removed;
}

AtomicFileWriter::AtomicFileWriter(fs::path path)
    : path_(std::move(path)), tmp_(temp_sibling(path_, "tmp")) {
  file_ = std::fopen(tmp_.c_str(), "wb");
  if (!file_) fail(path_, "write the file", errno);
}

AtomicFileWriter::~AtomicFileWriter() {
  if (file_) {
    std::fclose(file_);
    std::remove(tmp_.c_str());
  }
}

void AtomicFileWriter::write(std::string_view piece) {
  if (std::fwrite(piece.data(), 1, piece.size(), file_) != piece.size())
    fail(path_, "write the file", errno);
}

void AtomicFileWriter::commit() {
  std::FILE* f = std::exchange(file_, nullptr);
  if (std::fclose(f) != 0) {
    const int err = errno;
    std::remove(tmp_.c_str());
    fail(path_, "write the file", err);
  }
  if (std::rename(tmp_.c_str(), path_.c_str()) != 0) {
    const int err = errno;
    std::remove(tmp_.c_str());
    fail(path_, "rename the finished file into place", err);
  }
}

void write_file_atomically(const fs::path& path, std::string_view content) {
  AtomicFileWriter file(path);
  file.write(content);
  file.commit();
}

void write_file_atomically(const fs::path& path, const PieceWriter& produce) {
  AtomicFileWriter file(path);
  produce([&file](std::string_view piece) { file.write(piece); });
  file.commit();
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

void StagedFolder::add(const std::string& name, const PieceWriter& produce) {
  write_file_atomically(staging_ / name, produce);
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
