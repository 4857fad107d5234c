// SPDX-License-Identifier: MIT
// Library::source: the page text an article came from (`show --source`).
#include <map>

#include "corpus/decode.h"
#include "store/file_reader.h"
#include "store/library.h"
#include "store/library_impl.h"

namespace kanbao::store {
namespace {

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> out;
  for (;;) {
    const std::size_t nl = text.find('\n');
    out.push_back(text.substr(0, nl));
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
  return out;
}

// The page as stored: furniture at its lines, each article's heading block
// and paragraphs from its first line on (paragraphs joined across layout
// breaks stay joined, so later lines may shift).
Result<std::string> rebuilt(sql::Db& db, std::int64_t file_id, const std::string& furniture) {
  std::map<int, std::vector<std::string>> at;  // first line -> lines
  for (std::string_view line : split_lines(furniture)) {
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    at[std::atoi(std::string(line.substr(0, tab)).c_str())].emplace_back(line.substr(tab + 1));
  }
  auto s = db.prepare(
      "SELECT first_line, kicker, title, subtitle, body, byline, own_paragraphs FROM articles WHERE file_id = ?1");
  if (!s) return s.error();
  s->bind(1, file_id);
  for (;;) {
    auto more = s->step();
    if (!more) return more.error();
    if (!*more) break;
    auto& lines = at[s->integer(0)];
    for (int column : {1, 2, 3}) {
      if (!s->text_view(column).empty()) lines.emplace_back(s->text_view(column));
    }
    std::vector<std::string_view> body = split_lines(s->text_view(4));
    const int own = s->integer(6);
    if (own >= 0 && static_cast<std::size_t>(own) < body.size()) body.resize(static_cast<std::size_t>(own));
    for (auto p : body)
      if (!p.empty()) lines.emplace_back(p);
    if (!s->text_view(5).empty()) lines.emplace_back(s->text_view(5));
  }
  std::string out;
  int next = 1;
  for (const auto& [first, lines] : at) {
    for (; next < first; ++next) out += '\n';
    for (const auto& l : lines) {
      out += l + '\n';
      ++next;
    }
  }
  return out;
}

}  // namespace

Result<std::optional<SourceText>> Library::source(std::int64_t id) {
  auto& db = impl_->db;
  auto s = db.prepare(
      "SELECT f.path, f.hash, a.first_line, a.last_line, f.furniture, f.id FROM articles a"
      " JOIN files f ON f.id = a.file_id WHERE a.id = ?1");
  if (!s) return s.error();
  s->bind(1, id);
  auto row = s->step();
  if (!row) return row.error();
  if (!*row) return std::optional<SourceText>();
  SourceText out;
  out.path = s->text(0);
  const std::string hash = s->text(1);
  out.first_line = s->integer(2);
  out.last_line = s->integer(3);
  const std::string furniture = s->text(4);
  const std::int64_t file_id = s->int64(5);
  s->reset();

  // The file itself when it still holds what was indexed.
  if (auto content = read_file(out.path); content && content_hash(content->bytes) == hash) {
    if (auto decoded = corpus::decode(content->bytes)) {
      out.text = std::move(decoded->text);
      return std::optional<SourceText>(std::move(out));
    }
  }
  auto text = rebuilt(db, file_id, furniture);
  if (!text) return text.error();
  out.text = std::move(*text);
  out.current = false;
  return std::optional<SourceText>(std::move(out));
}

}  // namespace kanbao::store
