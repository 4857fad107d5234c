// SPDX-License-Identifier: MIT
// Library::source: the page text an article came from (`show --source`).
#include <map>

#include "store/library.h"
#include "store/library_impl.h"
#include "store/page_rebuild.h"

namespace kanbao::store {
namespace {

// The page as stored (page_rebuild.h), from the rows of file `file_id`.
Result<std::string> rebuilt(sql::Db& db, std::int64_t file_id, const std::string& furniture) {
  KANBAO_ASSIGN_OR_RETURN(auto s, db.prepare("SELECT first_line, kicker, title, subtitle, body, byline, "
                                             "own_paragraphs FROM articles WHERE file_id = ?1"));
  s.bind(1, file_id);
  std::vector<StoredPart> parts;
  for (;;) {
    KANBAO_ASSIGN_OR_RETURN(auto more, s.step());
    if (!more) break;
    parts.push_back(
        StoredPart{s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.integer(6)});
  }
  return rebuild_page(furniture, parts);
}

}  // namespace

Result<std::optional<SourceText>> Library::source(std::int64_t id) {
  if (impl_->backend) return impl_->backend->source(id);
  auto& db = impl_->db;
  KANBAO_ASSIGN_OR_RETURN(
      auto s, db.prepare("SELECT f.path, f.hash, a.first_line, a.last_line, f.furniture, f.id FROM articles a"
                         " JOIN files f ON f.id = a.file_id WHERE a.id = ?1"));
  s.bind(1, id);
  KANBAO_ASSIGN_OR_RETURN(auto row, s.step());
  if (!row) return std::optional<SourceText>();
  SourceText out;
  out.path = s.text(0);
  const std::string hash = s.text(1);
  out.first_line = s.integer(2);
  out.last_line = s.integer(3);
  const std::string furniture = s.text(4);
  const std::int64_t file_id = s.int64(5);
  s.reset();

  // The file itself when it still holds what was indexed.
  if (auto current = current_page_text(out.path, hash)) {
    out.text = std::move(*current);
    return std::optional<SourceText>(std::move(out));
  }
  KANBAO_ASSIGN_OR_RETURN(out.text, rebuilt(db, file_id, furniture));
  out.current = false;
  return std::optional<SourceText>(std::move(out));
}

Result<std::vector<SourceText>> Library::sources(std::int64_t id) {
  KANBAO_ASSIGN_OR_RETURN(const std::optional<Article> article, this->article(id));
  std::vector<SourceText> out;
  if (!article) return out;
  std::vector<std::int64_t> ids = {article->id};
  ids.insert(ids.end(), article->part_ids.begin(), article->part_ids.end());
  for (std::size_t i = 0; i < ids.size(); ++i) {
    KANBAO_ASSIGN_OR_RETURN(std::optional<SourceText> part, source(ids[i]));
    // Gone since the article was read (indexed anew meanwhile): its other pages still are.
    if (!part) continue;
    part->page = i < article->pages.size() ? article->pages[i] : std::string();
    out.push_back(std::move(*part));
  }
  return out;
}

}  // namespace kanbao::store
