// SPDX-License-Identifier: MIT
#include "tui/state.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace kanbao::tui {
namespace {

// Fields are tab-separated; escape what would break the format.
std::string escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\\') out += "\\\\";
    else if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else out += c;
  }
  return out;
}

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

std::vector<std::string> read_lines(const std::string& path) {
  std::vector<std::string> lines;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

std::string path_of_source(const std::string& source) {
  // "path:first-last" -> "path"
  const std::size_t colon = source.rfind(':');
  return colon == std::string::npos ? source : source.substr(0, colon);
}

}  // namespace

bool write_atomically(const std::string& path, const std::string& content) {
  std::error_code ec;
  std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
  const std::string tmp = path + ".tmp." + std::to_string(::getpid());
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return false;
    out << content;
    out.flush();
    if (!out) {
      std::remove(tmp.c_str());
      return false;
    }
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    std::remove(tmp.c_str());
    return false;
  }
  return true;
}

std::string State::key(const store::Article& a) {
  return escape(a.path) + "\t" + std::to_string(a.position) + "\t" + escape(a.title);
}

std::string State::row_key(const store::ArticleRow& row) {
  return escape(path_of_source(row.source)) + "\t" + escape(row.title);
}

void State::load() {
  if (dir_.empty()) return;
  for (const auto& line : read_lines(dir_ + "/read")) {
    read_.insert(line);
    const auto f = split_tabs(line);
    if (f.size() == 3) read_rows_.insert(escape(f[0]) + "\t" + escape(f[2]));
  }
  for (const auto& line : read_lines(dir_ + "/positions")) {
    const auto f = split_tabs(line);
    if (f.size() != 5) continue;
    try {
      positions_[escape(f[0]) + "\t" + escape(f[1]) + "\t" + escape(f[2])] =
          ReadingPosition{std::stoi(f[3]), static_cast<std::size_t>(std::stoull(f[4]))};
    } catch (...) {  // a damaged line: forget that position
    }
  }
  for (const auto& line : read_lines(dir_ + "/bookmarks")) {
    const auto f = split_tabs(line);
    if (f.size() != 7) continue;
    Bookmark b;
    b.key = escape(f[0]) + "\t" + escape(f[1]) + "\t" + escape(f[2]);
    try {
      b.id = std::stoll(f[3]);
    } catch (...) {
      b.id = 0;
    }
    b.title = f[4];
    b.district = f[5];
    b.date = f[6];
    bookmarks_.push_back(std::move(b));
  }
  history_ = read_lines(dir_ + "/search_history");
}

void State::mark_read(const store::Article& a) {
  if (read_.insert(key(a)).second) {
    read_rows_.insert(escape(a.path) + "\t" + escape(a.title));
    dirty_read_ = true;
  }
}

ReadingPosition State::position(const store::Article& a) const {
  const auto it = positions_.find(key(a));
  return it == positions_.end() ? ReadingPosition{} : it->second;
}

void State::set_position(const store::Article& a, ReadingPosition pos) {
  auto& slot = positions_[key(a)];
  if (slot.paragraph != pos.paragraph || slot.byte != pos.byte) {
    slot = pos;
    dirty_positions_ = true;
  }
}

bool State::is_bookmarked(const store::Article& a) const {
  const std::string k = key(a);
  return std::any_of(bookmarks_.begin(), bookmarks_.end(), [&](const Bookmark& b) { return b.key == k; });
}

bool State::is_bookmarked_row(const store::ArticleRow& row) const {
  const std::string prefix = escape(path_of_source(row.source)) + "\t";
  const std::string suffix = "\t" + escape(row.title);
  return std::any_of(bookmarks_.begin(), bookmarks_.end(), [&](const Bookmark& b) {
    return b.key.rfind(prefix, 0) == 0 && b.key.size() >= suffix.size() &&
           b.key.compare(b.key.size() - suffix.size(), suffix.size(), suffix) == 0;
  });
}

bool State::toggle_bookmark(const store::Article& a) {
  dirty_bookmarks_ = true;
  const std::string k = key(a);
  const auto it = std::find_if(bookmarks_.begin(), bookmarks_.end(), [&](const Bookmark& b) { return b.key == k; });
  if (it != bookmarks_.end()) {
    bookmarks_.erase(it);
    return false;
  }
  bookmarks_.push_back(Bookmark{k, a.id, a.title, a.district, a.date.str()});
  return true;
}

void State::set_history(std::vector<std::string> history) {
  if (history != history_) {
    history_ = std::move(history);
    dirty_history_ = true;
  }
}

bool State::save() {
  if (dir_.empty()) return true;
  bool ok = true;
  if (dirty_read_) {
    std::string out;
    for (const auto& k : read_) out += k + "\n";
    ok = write_atomically(dir_ + "/read", out) && ok;
    dirty_read_ = false;
  }
  if (dirty_positions_) {
    std::string out;
    for (const auto& [k, p] : positions_) out += k + "\t" + std::to_string(p.paragraph) + "\t" + std::to_string(p.byte) + "\n";
    ok = write_atomically(dir_ + "/positions", out) && ok;
    dirty_positions_ = false;
  }
  if (dirty_bookmarks_) {
    std::string out;
    for (const auto& b : bookmarks_) {
      out += b.key + "\t" + std::to_string(b.id) + "\t" + escape(b.title) + "\t" + escape(b.district) + "\t" +
             escape(b.date) + "\n";
    }
    ok = write_atomically(dir_ + "/bookmarks", out) && ok;
    dirty_bookmarks_ = false;
  }
  if (dirty_history_) {
    std::string out;
    for (const auto& h : history_) {
      if (h.find('\n') == std::string::npos) out += h + "\n";
    }
    ok = write_atomically(dir_ + "/search_history", out) && ok;
    dirty_history_ = false;
  }
  return ok;
}

}  // namespace kanbao::tui
