// SPDX-License-Identifier: MIT
#include "store/file_walk.h"

#include <sys/stat.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>
#include <string_view>
#include <system_error>
#include <utility>

namespace kanbao::store {
namespace {

namespace fs = std::filesystem;

using FileId = std::pair<dev_t, ino_t>;

std::string reason(int err) {
  switch (err) {
    case EACCES:
    case EPERM:
      return "permission denied";
    case ENOENT:
      return "no such file or directory";
    case ELOOP:
      return "too many levels of symbolic links";
    default:
      return std::strerror(err);
  }
}

class Walker {
 public:
  explicit Walker(WalkResult& out) : out_(out) {}

  // `path` is already normal. `named`: the user typed it (hidden is fine).
  void visit(const std::string& path, bool named) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0) {
      int err = errno;
      struct stat lst {};
      bool dangling = err == ENOENT && ::lstat(path.c_str(), &lst) == 0 && S_ISLNK(lst.st_mode);
      out_.skipped.push_back({path, dangling ? "broken symbolic link" : reason(err)});
      return;
    }
    if (S_ISDIR(st.st_mode)) {
      if (named) out_.folders.push_back(path);
      if (!visited_dirs_.insert({st.st_dev, st.st_ino}).second) return;  // a link loop
      walk_folder(path);
    } else if (S_ISREG(st.st_mode)) {
      if (!named && !may_be_page(path)) {
        out_.not_pages.push_back(path);
        return;
      }
      if (!seen_files_.insert({st.st_dev, st.st_ino}).second) return;  // reached twice
      out_.files.push_back({path, static_cast<std::int64_t>(st.st_size)});
    } else {
      // FIFOs, sockets, devices: reading them could block or never end.
      out_.skipped.push_back({path, "not a regular file"});
    }
  }

 private:
  void walk_folder(const std::string& folder) {
    std::error_code ec;
    std::vector<std::string> names;
    fs::directory_iterator it(folder, ec);
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) {
      std::string name = it->path().filename().string();
      if (!name.empty() && name[0] != '.') names.push_back(std::move(name));
    }
    if (ec) {
      out_.unreadable_folders.push_back(folder);
      out_.skipped.push_back(
          {folder, ec == std::errc::permission_denied ? "permission denied" : ec.message()});
      return;
    }
    std::sort(names.begin(), names.end());
    const std::string prefix = folder == "/" ? folder : folder + "/";
    for (const auto& name : names) visit(prefix + name, false);
  }

  WalkResult& out_;
  std::set<FileId> visited_dirs_;
  std::set<FileId> seen_files_;
};

}  // namespace

namespace {

std::string lower_ascii(std::string s) {
  for (char& c : s) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  return s;
}

// Text formats an archive folder holds beside its pages (notes, truth
// tables, crawl metadata, scripts): text that decodes, but no page.
constexpr std::array<std::string_view, 27> kNotPageExtensions{
    ".md",  ".markdown", ".rst",  ".tsv", ".csv", ".json", ".jsonl", ".ndjson", ".xml",
    ".yml", ".yaml",     ".toml", ".ini", ".cfg", ".conf", ".log",   ".sql",    ".py",
    ".sh",  ".js",       ".css",  ".tex", ".bib", ".diff", ".patch", ".lock",   ".srt"};

// Files every kind of folder may hold, whatever their extension.
constexpr std::array<std::string_view, 5> kNotPageNames{"readme", "license", "copying", "changelog",
                                                        "sources"};

}  // namespace

bool may_be_page(const std::string& path) {
  const fs::path p(path);
  const std::string ext = lower_ascii(p.extension().string());
  for (auto e : kNotPageExtensions)
    if (ext == e) return false;
  const std::string stem = lower_ascii(p.stem().string());
  for (auto n : kNotPageNames)
    if (stem == n) return false;
  return true;
}

std::string normal_path(const std::string& path) {
  std::error_code ec;
  fs::path p = fs::absolute(fs::path(path), ec);
  if (ec) p = fs::path(path);
  std::string s = p.lexically_normal().string();
  while (s.size() > 1 && s.back() == '/') s.pop_back();
  return s;
}

WalkResult walk(const std::vector<std::string>& paths) {
  WalkResult out;
  Walker walker(out);
  for (const auto& path : paths) walker.visit(normal_path(path), true);
  return out;
}

}  // namespace kanbao::store
