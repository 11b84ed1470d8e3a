#include "scenario/yaml_file.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>
#include <string_view>
#include <utility>
#include <vector>

#include <yaml-cpp/eventhandler.h>

#include "scenario/input_error.hpp"

namespace jez {

namespace {

std::string size_text(std::size_t bytes) {
  if (bytes % (1u << 20) == 0) return fmt::format("{} MiB ({} bytes)", bytes >> 20, bytes);
  if (bytes % (1u << 10) == 0) return fmt::format("{} KiB ({} bytes)", bytes >> 10, bytes);
  return fmt::format("{} bytes", bytes);
}

[[noreturn]] void too_large(const std::filesystem::path& file, std::size_t limit,
                            const std::string& found) {
  throw InputError(fmt::format("{}: cannot read: expected a file of at most {}, found {}",
                               file.string(), size_text(limit), found));
}

std::string where(const std::string& shown, const YAML::Mark& m) {
  return m.is_null() ? shown + ":1:1" : fmt::format("{}:{}:{}", shown, m.line + 1, m.column + 1);
}

// Where a document's events start: its first node's mark (or the document start's).
class FirstMark : public YAML::EventHandler {
 public:
  YAML::Mark mark = YAML::Mark::null_mark();
  void OnDocumentStart(const YAML::Mark& m) override { note(m); }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& m, YAML::anchor_t) override { note(m); }
  void OnAlias(const YAML::Mark& m, YAML::anchor_t) override { note(m); }
  void OnScalar(const YAML::Mark& m, const std::string&, YAML::anchor_t,
                const std::string&) override {
    note(m);
  }
  void OnSequenceStart(const YAML::Mark& m, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    note(m);
  }
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark& m, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    note(m);
  }
  void OnMapEnd() override {}

 private:
  void note(const YAML::Mark& m) {
    if (mark.is_null()) mark = m;
  }
};

// Whether `bytes`, parsed as YAML, hold a second document (or stray text after the first), and
// where it starts. Not YAML::LoadAll: it never returns on a stray ',' (yaml-cpp 0.7).
std::optional<YAML::Mark> second_document(const std::string& bytes) {
  std::istringstream in(bytes);
  YAML::Parser parser(in);
  FirstMark first, next;
  if (!parser.HandleNextDocument(first)) return std::nullopt;
  if (!parser.HandleNextDocument(next)) return std::nullopt;
  return next.mark;
}

// Where the line of the last node of `root` that has text of its own starts (the node with the
// largest mark among scalars and collections; an empty value's mark is that of the token after
// it, which may lie past the document's end). A flow collection counts as one node: the text
// inside it reads otherwise outside the brackets. Nothing when the tree is too deep or too large
// to walk, or has no such node.
std::optional<std::size_t> last_node_line(const std::string& bytes, const YAML::Node& root) {
  std::vector<std::pair<YAML::Node, std::size_t>> todo{{root, 0}};
  std::size_t seen = 0;
  int last = -1;
  while (!todo.empty()) {
    const auto [node, depth] = std::move(todo.back());
    todo.pop_back();
    if (depth > kMaxYamlDepth || ++seen > kMaxYamlValues) return std::nullopt;
    if (!node.IsDefined() || node.IsNull()) continue;
    if (!node.Mark().is_null()) last = std::max(last, node.Mark().pos);
    if (node.Style() == YAML::EmitterStyle::Flow) continue;
    if (node.IsSequence()) {
      for (const auto& item : node) todo.push_back({item, depth + 1});
    } else if (node.IsMap()) {
      for (const auto& kv : node) {
        todo.push_back({kv.first, depth + 1});
        todo.push_back({kv.second, depth + 1});
      }
    }
  }
  if (last < 0 || std::size_t(last) >= bytes.size()) return std::nullopt;
  const std::size_t line_break =
      last == 0 ? std::string::npos : bytes.find_last_of("\r\n", last - 1);
  const std::size_t line = line_break == std::string::npos ? 0 : line_break + 1;
  // Only a node after a plain key or a list's dash on its own line: then its block starts on
  // that line, at the same column in the tail, and what ends the document ends the tail's.
  std::string_view before(bytes.data() + line, std::size_t(last) - line);
  before.remove_prefix(std::min(before.size(), before.find_first_not_of(' ')));
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  if (before.empty() || (before.back() != ':' && before.back() != '-')) return std::nullopt;
  for (const char c : before)
    if (!std::isalnum(static_cast<unsigned char>(c)) && std::strchr("_.- :", c) == nullptr)
      return std::nullopt;
  return line;
}

// Whether anything follows the first document, whose tree is `root`: a second document, or text
// that yaml-cpp's Load skips (a stray ',' after the first document). Parsing the whole text again
// cost as much as loading it, so first only the text from the line of the document's last node
// on is parsed (its indentation kept, so the blocks it closes are the same): when that holds one
// document and cleanly ends, nothing follows. Anything else (a second
// document, an error, an alias to an anchor before the cut, text not plain UTF-8, whose marks
// do not count bytes) parses the whole text again for the exact place.
std::optional<YAML::Mark> after_first_document(const std::string& bytes, const YAML::Node& root) {
  const bool plain_utf8 =
      bytes.find('\0') == std::string::npos && bytes.compare(0, 3, "\xEF\xBB\xBF") != 0;
  const auto cut = plain_utf8 ? last_node_line(bytes, root) : std::nullopt;
  if (cut && *cut > 0) {
    try {
      if (!second_document(bytes.substr(*cut))) return std::nullopt;
    } catch (const YAML::Exception&) {  // the tail alone is no YAML: see the whole text
    }
  }
  return second_document(bytes);
}

// Every node once (aliases as often as they are used), depth-first without recursion: refuses
// tags and trees past kMaxYamlValues.
void check_tree(const YAML::Node& root, const std::string& shown) {
  struct Item {
    YAML::Node node;
    std::string path;
    std::size_t depth;
  };
  std::vector<Item> todo{{root, "", 0}};
  std::size_t seen = 0;
  while (!todo.empty()) {
    const auto [node, path, depth] = std::move(todo.back());
    todo.pop_back();
    if (depth > kMaxYamlDepth)
      throw InputError(fmt::format(
          "{}: {}: expected at most {} levels of nesting (maps and lists; an alias inside its own "
          "anchor has no end), found more",
          where(shown, node.Mark()), path, kMaxYamlDepth));
    if (++seen > kMaxYamlValues)
      throw InputError(fmt::format(
          "{}: (top level): expected at most {} values (counting each use of an alias), found "
          "more",
          where(shown, root.Mark()), kMaxYamlValues));
    const std::string& tag = node.Tag();
    if (!tag.empty() && tag != "?" && tag != "!")
      throw InputError(fmt::format(
          "{}: {}: expected a plain value (jezsim reads no YAML tags), found the tag '{}'",
          where(shown, node.Mark()), path.empty() ? "(top level)" : path, tag));
    if (node.IsSequence()) {
      for (std::size_t i = node.size(); i-- > 0;)
        todo.push_back({node[i], fmt::format("{}[{}]", path, i), depth + 1});
    } else if (node.IsMap()) {
      for (const auto& kv : node) {
        const std::string key = kv.first.IsScalar() ? kv.first.Scalar() : "?";
        todo.push_back({kv.second, path.empty() ? key : path + "." + key, depth + 1});
        if (!kv.first.IsScalar())
          todo.push_back({kv.first, path.empty() ? "?" : path + ".?", depth + 1});
      }
    }
  }
}

}  // namespace

std::string read_input_file(const std::filesystem::path& file, std::size_t limit) {
  std::error_code ec;
  if (std::filesystem::is_directory(file, ec))
    throw InputError(fmt::format("{}: cannot read: it is a folder, not a file", file.string()));
  // A regular file's size is known before reading; a device or a pipe is read up to the limit.
  if (std::filesystem::is_regular_file(file, ec)) {
    const auto size = std::filesystem::file_size(file, ec);
    if (!ec && size > limit) too_large(file, limit, fmt::format("{} bytes", size));
  }
  std::ifstream in(file, std::ios::binary);
  if (!in)
    throw InputError(fmt::format("{}: cannot read: {}", file.string(), std::strerror(errno)));
  std::string bytes;
  char chunk[1 << 16];
  while (in) {
    in.read(chunk, sizeof chunk);
    bytes.append(chunk, std::size_t(in.gcount()));
    if (bytes.size() > limit)
      too_large(file, limit, fmt::format("more than {} bytes (a device or a stream?)", limit));
  }
  if (in.bad()) throw InputError(fmt::format("{}: cannot read: read error", file.string()));
  return bytes;
}

YAML::Node parse_yaml(const std::string& bytes, const std::string& shown) {
  YAML::Node root;
  try {
    root = YAML::Load(bytes);
    if (const auto more = after_first_document(bytes, root))
      throw InputError(fmt::format(
          "{}: (top level): expected one YAML document, found more after it (a second document "
          "after '---', or stray text)",
          where(shown, *more)));
  } catch (const YAML::ParserException& e) {
    throw InputError(fmt::format("{}:{}:{}: malformed YAML: {}", shown, e.mark.line + 1,
                                 e.mark.column + 1, e.msg));
  } catch (const YAML::Exception& e) {  // yaml-cpp's depth limit, among others
    throw InputError(fmt::format("{}: malformed YAML: {}", where(shown, e.mark), e.msg));
  }
  check_tree(root, shown);
  return root;
}

}  // namespace jez
