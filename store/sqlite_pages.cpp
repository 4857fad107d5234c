// SPDX-License-Identifier: MIT
#include "store/sqlite_pages.h"

#include <algorithm>

namespace kanbao::store {

Result<std::vector<StoredFile>> SqlitePageReader::files_after(std::int64_t after, int limit) {
  KANBAO_ASSIGN_OR_RETURN(
      auto select, db_.prepare("SELECT id, path, size, mtime_ns, hash, encoding, paper, issue_key, page,"
                               " page_name, furniture FROM files WHERE id > ?1 ORDER BY id LIMIT ?2"));
  select.bind(1, after).bind(2, std::int64_t{limit});
  std::vector<StoredFile> out;
  for (;;) {
    KANBAO_ASSIGN_OR_RETURN(const bool row, select.step());
    if (!row) break;
    StoredFile f;
    f.id = select.int64(0);
    f.path = select.text(1);
    f.stat = FileStat{select.int64(2), select.int64(3)};
    f.hash = select.text(4);
    f.encoding = select.text(5);
    f.paper = select.text(6);
    f.issue_key = select.text(7);
    f.page = select.text(8);
    f.page_name = select.text(9);
    f.furniture = select.text(10);
    out.push_back(std::move(f));
  }
  return out;
}

Result<FileTotals> SqlitePageReader::totals() {
  KANBAO_ASSIGN_OR_RETURN(auto select, db_.prepare("SELECT count(*), ifnull(sum(size), 0) FROM files"));
  KANBAO_ASSIGN_OR_RETURN(const bool row, select.step());
  if (!row) return FileTotals{};
  return FileTotals{static_cast<int>(select.int64(0)), select.int64(1)};
}

Status SqlitePageReader::add_people(std::int64_t file_id, std::vector<StoredArticle>& articles) {
  KANBAO_ASSIGN_OR_RETURN(
      auto select, db_.prepare("SELECT ap.article_id, ap.role, p.name FROM article_people ap"
                               " JOIN people p ON p.id = ap.person_id JOIN articles a ON a.id = ap.article_id"
                               " WHERE a.file_id = ?1 ORDER BY ap.article_id, ap.role, ap.ord"));
  select.bind(1, file_id);
  for (;;) {
    KANBAO_ASSIGN_OR_RETURN(const bool row, select.step());
    if (!row) break;
    const std::int64_t id = select.int64(0);
    auto it = std::lower_bound(articles.begin(), articles.end(), id,
                               [](const StoredArticle& a, std::int64_t v) { return a.id < v; });
    if (it == articles.end() || it->id != id) continue;
    (select.text_view(1) == "reporter" ? it->reporters : it->correspondents).push_back(select.text(2));
  }
  return Status::Ok();
}

Result<StoredPage> SqlitePageReader::page(const StoredFile& file) {
  KANBAO_ASSIGN_OR_RETURN(
      auto select,
      db_.prepare("SELECT a.id, coalesce(d.name, ''), a.position, a.first_line, a.last_line, a.date_year,"
                  " a.date_month, a.date_day, a.pub_year, a.pub_month, a.pub_day, a.kicker, a.title,"
                  " a.subtitle, a.body, a.byline, a.photo_credit, a.continued_to, a.continued_from,"
                  " a.own_paragraphs FROM articles a LEFT JOIN districts d ON d.id = a.district_id"
                  " WHERE a.file_id = ?1 ORDER BY a.id"));
  select.bind(1, file.id);
  std::vector<StoredArticle> articles;
  for (;;) {
    KANBAO_ASSIGN_OR_RETURN(const bool row, select.step());
    if (!row) break;
    StoredArticle a;
    a.id = select.int64(0);
    a.district = select.text(1);
    a.position = select.integer(2);
    a.first_line = select.integer(3);
    a.last_line = select.integer(4);
    a.date = StoredDate{select.integer(5), select.integer(6), select.integer(7)};
    a.published = StoredDate{select.integer(8), select.integer(9), select.integer(10)};
    a.kicker = select.text(11);
    a.title = select.text(12);
    a.subtitle = select.text(13);
    a.body = select.text(14);
    a.byline = select.text(15);
    a.photo_credit = select.int64(16) != 0;
    a.continued_to = select.text(17);
    a.continued_from = select.text(18);
    a.own_paragraphs = select.integer(19);
    articles.push_back(std::move(a));
  }
  KANBAO_TRY(add_people(file.id, articles));
  return to_page(file, std::move(articles));
}

}  // namespace kanbao::store
