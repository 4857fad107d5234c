// SPDX-License-Identifier: MIT
#include "store/legacy_state.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace kanbao::store::legacy {
namespace {

// kanbao 0.x escaped \, tab and newline inside a field.
std::string unescape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      const char c = s[++i];
      out += c == 't' ? '\t' : c == 'n' ? '\n' : c;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    fields.push_back(unescape(line.substr(start, tab - start)));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return fields;
}

std::vector<std::string> read_lines(const std::string& path, bool& exists) {
  std::vector<std::string> lines;
  std::ifstream in(path);
  if (!in) return lines;
  exists = true;
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

template <class T>
bool parse_number(const std::string& s, T& out) {
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size();
}

// Fields 0..2 of every file: path, position on the page, title.
bool parse_key(const std::vector<std::string>& f, ArticleKey& key) {
  key.path = f[0];
  key.title = f[2];
  return parse_number(f[1], key.position);
}

}  // namespace

Files read_files(const std::string& dir) {
  Files files;
  for (const auto& line : read_lines(dir + "/read", files.any)) {
    const auto f = split_tabs(line);
    ArticleKey key;
    if (f.size() == 3 && parse_key(f, key)) files.read.push_back(std::move(key));
  }
  for (const auto& line : read_lines(dir + "/positions", files.any)) {
    const auto f = split_tabs(line);
    ArticleKey key;
    ReadingPosition pos;
    if (f.size() == 5 && parse_key(f, key) && parse_number(f[3], pos.paragraph) &&
        parse_number(f[4], pos.byte)) {
      files.positions.emplace_back(std::move(key), pos);
    }
  }
  for (const auto& line : read_lines(dir + "/bookmarks", files.any)) {
    // path, position, title, id, title again, district, date
    const auto f = split_tabs(line);
    Bookmark b;
    if (f.size() != 7 || !parse_key(f, b.key)) continue;
    if (!parse_number(f[3], b.id)) b.id = 0;
    b.district = f[5];
    b.date = f[6];
    files.bookmarks.push_back(std::move(b));
  }
  files.history = read_lines(dir + "/search_history", files.any);
  return files;
}

Status retire_files(const std::string& dir) {
  for (const char* name : kFiles) {
    const std::string from = dir + "/" + name;
    const std::string to = from + ".migrated";
    std::error_code ec;
    if (!std::filesystem::exists(from, ec)) continue;
    if (std::rename(from.c_str(), to.c_str()) != 0) {
      return Error(fmt::format("cannot rename {} to {}: {}", from, to, std::strerror(errno)));
    }
    // kanbao 0.x wrote them 0644; they hold what the user read and searched.
    if (::chmod(to.c_str(), 0600) != 0)
      return Error("cannot make " + to + " private: " + std::strerror(errno));
  }
  return Status::Ok();
}

}  // namespace kanbao::store::legacy
