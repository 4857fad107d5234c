// SPDX-License-Identifier: MIT
#include "store/pg/pg_pages.h"

#include "store/pg/pg_library.h"
#include "store/pg/pg_schema.h"
#include "store/pg/pg_writer.h"

namespace kanbao::store::pg {

Result<std::vector<StoredFile>> PgPageReader::files_after(std::int64_t after, int limit) {
  KANBAO_ASSIGN_OR_RETURN(
      Rows rows, conn_.query("SELECT id, path, size, mtime_ns, hash, encoding, paper, issue_key, page,"
                             " page_name, furniture FROM files WHERE id > $1::bigint ORDER BY id"
                             " LIMIT $2::bigint",
                             {param(after), param(std::int64_t{limit})}));
  std::vector<StoredFile> out;
  out.reserve(static_cast<std::size_t>(rows.size()));
  for (int r = 0; r < rows.size(); ++r) {
    StoredFile f;
    f.id = rows.int64(r, 0);
    f.path = rows.text(r, 1);
    f.stat = FileStat{rows.int64(r, 2), rows.int64(r, 3)};
    f.hash = rows.text(r, 4);
    f.encoding = rows.text(r, 5);
    f.paper = rows.text(r, 6);
    f.issue_key = rows.text(r, 7);
    f.page = rows.text(r, 8);
    f.page_name = rows.text(r, 9);
    f.furniture = rows.text(r, 10);
    out.push_back(std::move(f));
  }
  return out;
}

Result<FileTotals> PgPageReader::totals() {
  KANBAO_ASSIGN_OR_RETURN(Rows rows, conn_.query("SELECT count(*), coalesce(sum(size), 0) FROM files"));
  return FileTotals{rows.integer(0, 0), rows.int64(0, 1)};
}

Result<StoredPage> PgPageReader::page(const StoredFile& file) {
  KANBAO_ASSIGN_OR_RETURN(Transaction tx, Transaction::begin(conn_, true));
  KANBAO_ASSIGN_OR_RETURN(
      Rows rows,
      conn_.query("SELECT id, district, position, first_line, last_line, date_year, date_month, date_day,"
                  " pub_year, pub_month, pub_day, kicker, title, subtitle, body, byline, photo_credit,"
                  " continued_to, continued_from, own_paragraphs, reporters, correspondents"
                  " FROM articles WHERE file_id = $1 ORDER BY id",
                  {param(file.id)}));
  KANBAO_TRY(tx.commit());
  std::vector<StoredArticle> articles;
  articles.reserve(static_cast<std::size_t>(rows.size()));
  for (int r = 0; r < rows.size(); ++r) {
    StoredArticle a;
    a.id = rows.int64(r, 0);
    a.district = rows.text(r, 1);
    a.position = rows.integer(r, 2);
    a.first_line = rows.integer(r, 3);
    a.last_line = rows.integer(r, 4);
    a.date = StoredDate{rows.integer(r, 5), rows.integer(r, 6), rows.integer(r, 7)};
    a.published = StoredDate{rows.integer(r, 8), rows.integer(r, 9), rows.integer(r, 10)};
    a.kicker = rows.text(r, 11);
    a.title = rows.text(r, 12);
    a.subtitle = rows.text(r, 13);
    a.body = rows.text(r, 14);
    a.byline = rows.text(r, 15);
    a.photo_credit = rows.text(r, 16) == "t";
    a.continued_to = rows.text(r, 17);
    a.continued_from = rows.text(r, 18);
    a.own_paragraphs = rows.integer(r, 19);
    a.reporters = rows.array(r, 20);
    a.correspondents = rows.array(r, 21);
    articles.push_back(std::move(a));
  }
  return to_page(file, std::move(articles));
}

std::unique_ptr<PageReader> PgLibrary::page_reader() { return std::make_unique<PgPageReader>(conn_); }

Result<std::unique_ptr<FileWriter>> PgLibrary::file_writer() {
  if (mode_ != OpenMode::kReadWrite) return Error(conn_.shown() + " is open read-only; cannot write to it");
  return std::unique_ptr<FileWriter>(std::make_unique<PgIndexWriter>(conn_));
}

Result<std::optional<std::string>> PgLibrary::meta(const std::string& key) {
  return pg::meta(conn_, key.c_str());
}

Status PgLibrary::set_meta(const std::string& key, const std::string& value) {
  if (value.empty()) return conn_.exec("DELETE FROM kanbao_meta WHERE key = $1", {param(key)});
  return conn_.exec(
      "INSERT INTO kanbao_meta(key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = $2",
      {param(key), param(value)});
}

}  // namespace kanbao::store::pg
