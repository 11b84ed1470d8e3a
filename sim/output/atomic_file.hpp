// Files and folders that appear whole or not at all: written under a temporary name, then renamed.
#pragma once

#include <cstdio>
#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace jez::output {

// A file or folder that cannot be written. what() is one sentence naming the path and the reason.
class OutputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Temporary files and staging folders are named ".NAME.tmp-PID@HOST" and ".NAME.partial-PID@HOST"
// beside their final name. Removes those in `folder` whose process is gone: made on this host
// by a PID that no longer runs (a run or sweep killed by SIGKILL). Those of live processes and of
// other hosts (a shared folder on a cluster) are left alone. Returns how many were removed.
int remove_dead_staging(const std::filesystem::path& folder);

// A file written in pieces under a temporary name in its folder, renamed to `path` by commit().
// Until then nothing exists under `path`; a destroyed, uncommitted writer removes its temporary.
class AtomicFileWriter {
 public:
  explicit AtomicFileWriter(std::filesystem::path path);  // opens the temporary or throws
  ~AtomicFileWriter();
  AtomicFileWriter(const AtomicFileWriter&) = delete;
  AtomicFileWriter& operator=(const AtomicFileWriter&) = delete;

  void write(std::string_view piece);  // throws OutputError when the disk refuses it
  void commit();

 private:
  std::filesystem::path path_;
  std::string tmp_;
  std::FILE* file_ = nullptr;
};

// Writes content to `path` through a temporary file in the same folder and a rename.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);
// Likewise for content made in pieces: `produce` hands each piece to the function it is given.
using PieceWriter = std::function<void(const std::function<void(std::string_view)>&)>;
void write_file_atomically(const std::filesystem::path& path, const PieceWriter& produce);

// A run folder built in a hidden staging folder beside its final place and moved there by
// commit(). Until commit() nothing exists under the final name; a destroyed, uncommitted
// StagedFolder removes its staging folder. An existing folder of the same name is replaced.
class StagedFolder {
 public:
  explicit StagedFolder(std::filesystem::path final_dir);  // creates the staging folder or throws
  ~StagedFolder();
  StagedFolder(const StagedFolder&) = delete;
  StagedFolder& operator=(const StagedFolder&) = delete;

  void add(const std::string& name, std::string_view content);    // atomically, inside staging
  void add(const std::string& name, const PieceWriter& produce);  // likewise, in pieces
  void commit();
  const std::filesystem::path& final_dir() const { return final_; }

 private:
  std::filesystem::path final_;
  std::filesystem::path staging_;
  bool committed_ = false;
};

}  // namespace jez::output
