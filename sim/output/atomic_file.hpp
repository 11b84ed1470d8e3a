// Files and folders that appear whole or not at all: written under a temporary name, then renamed.
#pragma once

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

namespace jez::output {

// A file or folder that cannot be written. what() is one sentence naming the path and the reason.
class OutputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Writes content to `path` through a temporary file in the same folder and a rename.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

// A run folder built in a hidden staging folder beside its final place and moved there by
// commit(). Until commit() nothing exists under the final name; a destroyed, uncommitted
// StagedFolder removes its staging folder. An existing folder of the same name is replaced.
class StagedFolder {
 public:
  explicit StagedFolder(std::filesystem::path final_dir);  // creates the staging folder or throws
  ~StagedFolder();
  StagedFolder(const StagedFolder&) = delete;
  StagedFolder& operator=(const StagedFolder&) = delete;

  void add(const std::string& name, std::string_view content);  // atomically, inside staging
  void commit();
  const std::filesystem::path& final_dir() const { return final_; }

 private:
  std::filesystem::path final_;
  std::filesystem::path staging_;
  bool committed_ = false;
};

}  // namespace jez::output
