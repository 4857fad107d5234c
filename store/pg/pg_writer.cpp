// SPDX-License-Identifier: MIT
#include "store/pg/pg_writer.h"

#include <algorithm>
#include <chrono>
#include <set>

#include "store/index_run.h"
#include "store/page_rebuild.h"
#include "store/pg/pg_continuations.h"
#include "store/pg/pg_counts.h"
#include "store/pg/pg_library.h"
#include "store/pg/pg_tokens.h"
#include "store/stored_date.h"
#include "text/strings.h"

namespace kanbao::store::pg {
namespace {

std::int64_t now_seconds() {
  using namespace std::chrono;
  return duration_cast<seconds>(system_clock::now().time_since_epoch()).count();
}

StoredDate stored(const std::optional<corpus::Date>& d) { return d.value_or(StoredDate{}); }

// Serialises the writers of one path, across connections and machines,
// until the transaction ends.
Status lock_path(Conn& conn, const std::string& path) {
  return conn.exec("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", {param(path)});
}

// A page file's row in `files`, as replace() stores it.
struct FileRow {
  const std::string& path;
  const FileStat& stat;
  const std::string& hash;
  const std::string& encoding;
  const corpus::Page& page;
};

// Parts joined across pages separated again, then the file's articles
// deleted; returns how many.
// Deletes the file's articles; records each one's id under its position in
// `ids`.
Result<std::int64_t> empty_file(Conn& conn, std::int64_t file_id, std::map<int, std::int64_t>& ids) {
  KANBAO_TRY(separate_continuations(conn, file_id));
  KANBAO_ASSIGN_OR_RETURN(
      Rows gone,
      conn.query("DELETE FROM articles WHERE file_id = $1 RETURNING id, position", {param(file_id)}));
  for (int i = 0; i < gone.size(); ++i) ids[static_cast<int>(gone.int64(i, 1))] = gone.int64(i, 0);
  return static_cast<std::int64_t>(gone.size());
}

Status update_file(Conn& conn, std::int64_t file_id, const FileRow& f) {
  const corpus::PageOrigin& origin = f.page.origin;
  return conn.exec(
      "UPDATE files SET size = $2, mtime_ns = $3, hash = $4, encoding = $5, indexed_at = $6,"
      " paper = $7, issue_key = $8, page = $9, page_name = $10, furniture = $11 WHERE id = $1",
      {param(file_id), param(f.stat.size), param(f.stat.mtime_ns), param(f.hash), param(f.encoding),
       param(now_seconds()), param(origin.paper), param(date_key(stored(origin.issue))), param(origin.page),
       param(origin.page_name), param(furniture_text(f.page))});
}

// Inserts a file not stored before; returns its id.
Result<std::int64_t> insert_file(Conn& conn, const FileRow& f) {
  const corpus::PageOrigin& origin = f.page.origin;
  KANBAO_ASSIGN_OR_RETURN(
      Rows inserted,
      conn.query("INSERT INTO files(path, size, mtime_ns, hash, encoding, indexed_at, paper, issue_key, page,"
                 " page_name, furniture) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
                 {param(f.path), param(f.stat.size), param(f.stat.mtime_ns), param(f.hash), param(f.encoding),
                  param(now_seconds()), param(origin.paper), param(date_key(stored(origin.issue))),
                  param(origin.page), param(origin.page_name), param(furniture_text(f.page))}));
  return inserted.int64(0, 0);
}

}  // namespace

Result<std::optional<FileRecord>> PgIndexWriter::lookup(const std::string& path) {
  KANBAO_ASSIGN_OR_RETURN(
      Rows rows, conn_.query("SELECT id, size, mtime_ns, hash, paper, issue_key FROM files WHERE path = $1",
                             {param(path)}));
  if (rows.size() == 0) return std::optional<FileRecord>();
  return std::optional<FileRecord>(FileRecord{rows.int64(0, 0), FileStat{rows.int64(0, 1), rows.int64(0, 2)},
                                              rows.text(0, 3), rows.text(0, 4), rows.text(0, 5)});
}

Status PgIndexWriter::touch(std::int64_t file_id, const FileStat& stat) {
  return conn_.exec("UPDATE files SET size = $2, mtime_ns = $3 WHERE id = $1",
                    {param(file_id), param(stat.size), param(stat.mtime_ns)});
}

namespace {

// The parameters of one article's row, as `id`. Adds the article's Han
// characters and tokens to `vocabulary`.
std::vector<Param> article_params(std::int64_t file_id, const corpus::PageOrigin& origin,
                                  const corpus::Article& a, std::int64_t id, NewVocabulary& vocabulary) {
  const StoredDate date = stored(a.date), published = stored(origin.issue);
  const IndexedText text{a.title, a.subtitle, text::join(a.paragraphs, "\n"), a.byline, a.kicker};
  SearchColumns search = search_columns(text);
  std::vector<Param> params{
      param(file_id), param(a.district), param(std::int64_t{a.position}), param(std::int64_t{a.first_line}),
      param(std::int64_t{a.last_line}), param(std::int64_t{date.year}), param(std::int64_t{date.month}),
      param(std::int64_t{date.day}),
      // The listing key: the publication date when the issue's is known (as on SQLite).
      param(date_key(published.known() ? published : date)), param(std::int64_t{published.year}),
      param(std::int64_t{published.month}), param(std::int64_t{published.day}), param(origin.paper),
      param(origin.page), param(origin.page_name), param(a.kicker), param(text.title), param(text.subtitle),
      param(text.body), param(text.byline), param(a.photo_credit ? "true" : "false"), text_array(a.reporters),
      text_array(a.correspondents), param(a.continued_to), param(a.continued_from)};
  params.insert(params.end(), search.params.begin(), search.params.end());
  params.push_back(param(id));
  vocabulary.add(search);
  return params;
}

constexpr std::size_t kArticleColumns = 30;  // the parameters of one article row
// Articles per INSERT: one statement for a whole page as a rule (a page
// holds a few dozen), within the protocol's 65,535 parameters.
constexpr std::size_t kArticlesPerInsert = 1000;

// `n` new article ids, in increasing order (as SQLite's AUTOINCREMENT
// gives them, in the page's order).
Result<std::vector<std::int64_t>> new_ids(Conn& conn, std::size_t n) {
  KANBAO_ASSIGN_OR_RETURN(Rows rows, conn.query("SELECT nextval('articles_id_seq') AS id"
                                                " FROM generate_series(1, $1::int) ORDER BY id",
                                                {param(static_cast<std::int64_t>(n))}));
  std::vector<std::int64_t> ids;
  ids.reserve(n);
  for (int i = 0; i < rows.size(); ++i) ids.push_back(rows.int64(i, 0));
  return ids;
}

// `ids` with each 0 (an article with no id to keep) replaced by a new id.
Result<std::vector<std::int64_t>> with_new_ids(Conn& conn, std::vector<std::int64_t> ids) {
  const auto fresh = static_cast<std::size_t>(std::count(ids.begin(), ids.end(), 0));
  if (fresh == 0) return ids;
  KANBAO_ASSIGN_OR_RETURN(const std::vector<std::int64_t> added, new_ids(conn, fresh));
  auto next = added.begin();
  for (auto& id : ids)
    if (id == 0) id = *next++;
  return ids;
}

// One INSERT of the rows whose parameters `params` holds, kArticleColumns each.
Status insert_rows(Conn& conn, const std::vector<Param>& params) {
  std::string sql = std::string(
                        "INSERT INTO articles(file_id, district, position, first_line, last_line,"
                        " date_year, date_month, date_day, date_key, pub_year, pub_month, pub_day, paper,"
                        " page, page_name, kicker, title, subtitle, body, byline, photo_credit, reporters,"
                        " correspondents, continued_to, continued_from, ") +
                    kSearchColumns + ", id) VALUES ";
  const std::size_t rows = params.size() / kArticleColumns;
  for (std::size_t r = 0; r < rows; ++r) {
    sql += r == 0 ? "(" : ", (";
    for (std::size_t c = 1; c <= kArticleColumns; ++c) {
      sql += (c == 1 ? "$" : ", $") + std::to_string(r * kArticleColumns + c);
    }
    sql += ")";
  }
  return conn.exec(sql, params);
}

}  // namespace

// Inserts the page's articles (a few statements in all, not one per
// article), joins its continued ones and records its Han characters and
// tokens (once per page).
Status PgIndexWriter::insert_articles(std::int64_t file_id, const corpus::Page& page,
                                      const std::vector<std::int64_t>& kept, NewVocabulary& vocabulary) {
  if (page.articles.empty()) return Status::Ok();
  KANBAO_ASSIGN_OR_RETURN(const std::vector<std::int64_t> ids, with_new_ids(conn_, kept));
  std::vector<std::int64_t> continued;
  std::vector<Param> params;
  for (std::size_t i = 0; i < page.articles.size(); ++i) {
    const corpus::Article& article = page.articles[i];
    std::vector<Param> row = article_params(file_id, page.origin, article, ids[i], vocabulary);
    params.insert(params.end(), std::make_move_iterator(row.begin()), std::make_move_iterator(row.end()));
    if (!article.continued_to.empty() || !article.continued_from.empty()) continued.push_back(ids[i]);
    if (params.size() >= kArticlesPerInsert * kArticleColumns || i + 1 == page.articles.size()) {
      KANBAO_TRY(insert_rows(conn_, params));
      params.clear();
    }
  }
  KANBAO_TRY(join_continuations(conn_, continued, vocabulary));
  KANBAO_TRY(join_reprints(conn_, ids));
  return store_vocabulary(conn_, vocabulary);
}

namespace {

// Moves the id sequence past every id of `ids` that an import restores, so
// that a new article never takes one (as SQLite's AUTOINCREMENT does).
// setval outlives a rollback: at worst ids are skipped. Only for restored
// ids: it reads the sequence and then sets it, which would turn it back
// under an indexer drawing ids at the same moment; ids kept from a file's
// previous articles came from the sequence, which is past them already.
Status advance_past(Conn& conn, const std::vector<std::int64_t>& ids) {
  if (ids.empty()) return Status::Ok();
  const std::int64_t top = *std::max_element(ids.begin(), ids.end());
  return conn.exec(
      "SELECT setval('articles_id_seq', GREATEST($1::bigint,"
      " (SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM articles_id_seq)))",
      {param(top)});
}

// A file's row ready for its page's articles: `existing`'s emptied (its
// articles deleted, the row updated to `row`), or a new one.
struct EmptyFile {
  std::int64_t id = 0;
  std::map<int, std::int64_t> previous;  // position -> id, of the deleted ones
};

Result<EmptyFile> file_to_fill(Conn& conn, const std::optional<FileRecord>& existing, const FileRow& row) {
  EmptyFile file;
  if (!existing) {
    KANBAO_ASSIGN_OR_RETURN(file.id, insert_file(conn, row));
    return file;
  }
  file.id = existing->id;
  KANBAO_TRY(empty_file(conn, file.id, file.previous));
  KANBAO_TRY(update_file(conn, file.id, row));
  return file;
}

}  // namespace

Result<Replaced> PgIndexWriter::store_page(const std::string& path, const FileStat& stat,
                                           const std::string& hash, const std::string& encoding,
                                           const corpus::Page& page, const std::vector<std::int64_t>* ids) {
  KANBAO_ASSIGN_OR_RETURN(Transaction tx, Transaction::begin(conn_));
  KANBAO_TRY(lock_path(conn_, path));
  // Looked up again under the lock: another indexer may have stored it meanwhile.
  KANBAO_ASSIGN_OR_RETURN(std::optional<FileRecord> existing, lookup(path));
  const FileRow row{path, stat, hash, encoding, page};
  KANBAO_ASSIGN_OR_RETURN(EmptyFile file, file_to_fill(conn_, existing, row));
  NewVocabulary vocabulary;  // the page's entries not known stored, stored once per page
  vocabulary.known = &known_;
  const std::vector<std::int64_t> kept = ids ? *ids : kept_ids(page, file.previous);
  KANBAO_TRY(insert_articles(file.id, page, kept, vocabulary));
  if (ids) KANBAO_TRY(advance_past(conn_, *ids));
  KANBAO_TRY(tx.commit());
  known_.add(vocabulary);
  KANBAO_TRY(committed());
  return replaced(page, file.previous, kept);
}

Status PgIndexWriter::committed() {
  if (++transactions_ % kCompactEvery != 0) return Status::Ok();
  return compact_counts(conn_);
}

Result<std::int64_t> PgIndexWriter::remove(std::int64_t file_id) {
  KANBAO_ASSIGN_OR_RETURN(Transaction tx, Transaction::begin(conn_));
  KANBAO_TRY(separate_continuations(conn_, file_id));
  KANBAO_ASSIGN_OR_RETURN(
      Rows gone, conn_.query("DELETE FROM articles WHERE file_id = $1 RETURNING id", {param(file_id)}));
  KANBAO_TRY(conn_.exec("DELETE FROM files WHERE id = $1", {param(file_id)}));
  KANBAO_TRY(tx.commit());
  KANBAO_TRY(committed());
  return std::int64_t{gone.size()};
}

Result<std::vector<std::pair<std::string, int>>> PgIndexWriter::joined_parts() {
  // Joined parts are few: the partial index articles_joined holds them.
  KANBAO_ASSIGN_OR_RETURN(const Rows rows,
                          conn_.query("SELECT f.path, a.position FROM articles a JOIN files f ON f.id = "
                                      "a.file_id WHERE a.joined_to IS NOT NULL"));
  std::vector<std::pair<std::string, int>> out;
  out.reserve(static_cast<std::size_t>(rows.size()));
  for (int i = 0; i < rows.size(); ++i) out.emplace_back(rows.text(i, 0), rows.integer(i, 1));
  return out;
}

Result<std::vector<std::pair<std::int64_t, std::string>>> PgIndexWriter::files_under(
    const std::string& prefix) {
  std::vector<std::pair<std::int64_t, std::string>> out;
  Result<Rows> rows = Error("");
  if (prefix.empty()) {
    rows = conn_.query("SELECT id, path FROM files ORDER BY path");
  } else {
    // [prefix, prefix with its last byte incremented), as on SQLite: no LIKE.
    std::string upper = prefix;
    upper.back() = static_cast<char>(upper.back() + 1);
    rows = conn_.query("SELECT id, path FROM files WHERE path >= $1 AND path < $2 ORDER BY path",
                       {param(prefix), param(upper)});
  }
  if (!rows) return rows.error();
  out.reserve(static_cast<std::size_t>(rows->size()));
  for (int i = 0; i < rows->size(); ++i) out.emplace_back(rows->int64(i, 0), rows->text(i, 1));
  return out;
}

namespace {

// Moves what the GIN indexes' fast-update pending lists hold into the
// indexes proper. Every lookup reads its index's whole pending list, and an
// index run leaves thousands of pages there (8,167 after 20,000 generated
// articles: 44 ms for one count) until autovacuum merges them. Only the
// indexes the indexer's role owns can be cleaned (as for VACUUM); autovacuum
// merges the others' in its time.
Status merge_gin_pending_lists(Conn& conn) {
  return conn.exec(
      "SELECT gin_clean_pending_list(i.indexrelid) FROM pg_index i "
      "JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam "
      "WHERE am.amname = 'gin' AND i.indrelid = 'articles'::regclass AND pg_has_role(c.relowner, 'USAGE')");
}

// The memory the indexer's session lets a GIN index gather its pending
// list's entries in when it merges them into the index proper, instead of
// the server's default work_mem (4 MB). Merging is most of what PostgreSQL
// does while indexing (a generated article holds about 1,300 tokens and
// trigrams); with 4 MB a pending list of gin_pending_list_limit (4 MB on
// disk, a few times that in memory) is merged in several passes, each
// writing a token's posting list again. 16 MB holds a whole list: on
// 20,000 generated articles the run took 130 s against 165 s (64 and 256
// MB no less, 2026-12-07). Only this session's sorts and merges may take
// that much; readers keep the server's setting.
constexpr const char* kIndexerWorkMem = "SET work_mem = '16MB'";

}  // namespace

Result<IndexReport> PgLibrary::index(const std::vector<std::string>& paths, const IndexOptions& options,
                                     const ProgressFn& progress) {
  if (mode_ != OpenMode::kReadWrite) return Error(conn_.shown() + " is open read-only; cannot index");
  KANBAO_TRY(conn_.exec(kIndexerWorkMem));
  PgIndexWriter writer(conn_);
  KANBAO_ASSIGN_OR_RETURN(IndexReport report, run_index(writer, paths, options, impl_.gazetteer,
                                                        impl_.papers.get(), {}, progress));
  KANBAO_TRY(compact_counts(conn_));
  KANBAO_TRY(merge_gin_pending_lists(conn_));
  KANBAO_TRY(conn_.exec("RESET work_mem"));
  return report;
}

}  // namespace kanbao::store::pg
