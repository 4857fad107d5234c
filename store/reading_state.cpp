// SPDX-License-Identifier: MIT
// ReadingState: the per-user state database (reading_state_db.cpp opens it)
// and the in-memory copy the browser draws from.
#include "store/reading_state.h"

#include <algorithm>

#include "store/reading_state_db.h"
#include "store/sqlite.h"

namespace kanbao::store {

struct ReadingState::Impl {
  sql::Db db;
  std::string path;
  std::int64_t library = 0;  // row of `libraries`
  std::int64_t data_version = -1;
};

namespace {

Error write_failure(const ReadingState::Impl& impl, const Status& s) {
  return s.error().in_context({"cannot save the reading state in {}: ", {impl.path}});
}

// Binds library, path, position, title to ?1..?4.
void bind_key(sql::Statement& stmt, std::int64_t library, const ArticleKey& key) {
  stmt.bind(1, library).bind(2, key.path).bind(3, key.position).bind(4, key.title);
}

ArticleKey key_at(const sql::Statement& stmt) {
  return ArticleKey{stmt.text(0), stmt.integer(1), stmt.text(2)};
}

// Runs `sql_text` with the library bound to ?1, calling on_row per row.
template <class F>
Status each_row(sql::Db& db, const char* sql_text, std::int64_t library, F on_row) {
  KANBAO_ASSIGN_OR_RETURN(auto stmt, db.prepare(sql_text));
  stmt.bind(1, library);
  for (;;) {
    KANBAO_ASSIGN_OR_RETURN(auto more, stmt.step());
    if (!more) return Status::Ok();
    on_row(stmt);
  }
}

}  // namespace

ArticleKey article_key(const ArticleRow& row) { return ArticleKey{row.path, row.position, row.title}; }

ReadingState::ReadingState(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ReadingState::ReadingState(ReadingState&&) noexcept = default;
ReadingState& ReadingState::operator=(ReadingState&&) noexcept = default;
ReadingState::~ReadingState() = default;

Result<ReadingState> ReadingState::open(const std::string& dir, const LibraryIdentity& identity) {
  auto impl = std::make_unique<Impl>();
  KANBAO_ASSIGN_OR_RETURN(auto db, state_db::open(dir, impl->path));
  impl->db = std::move(db);
  // By value: `impl` moves into the state before the last use.
  auto fail = [path = impl->path](const Error& e) {
    return Error("cannot open the reading state " + path + ": " + e.message());
  };
  auto library = state_db::library_row(impl->db, identity);
  if (!library) return fail(library.error());
  impl->library = *library;
  if (auto s = state_db::import_legacy_files(impl->db, dir, impl->library); !s) return fail(s.error());
  ReadingState state(std::move(impl));
  if (auto s = state.reload(); !s) return fail(s.error());
  return state;
}

const std::string& ReadingState::path() const { return impl_->path; }

Status ReadingState::reload() {
  auto& db = impl_->db;
  // One snapshot for all four tables.
  KANBAO_TRY(sql::ReadTransaction::begin(db));
  KANBAO_ASSIGN_OR_RETURN(auto version, db.single_int("PRAGMA data_version"));
  std::set<ArticleKey> read;
  std::map<std::string, std::int64_t> counts;
  std::map<ArticleKey, ReadingPosition> positions;
  std::vector<Bookmark> bookmarks;
  std::vector<std::string> history;
  const std::int64_t lib = impl_->library;
  KANBAO_TRY(each_row(db, "SELECT path, position, title, district FROM read_marks WHERE library = ?1", lib,
                      [&](const sql::Statement& s) {
                        read.insert(key_at(s));
                        if (!s.is_null(3)) ++counts[s.text(3)];
                      }));
  KANBAO_TRY(each_row(db, "SELECT path, position, title, paragraph, byte FROM positions WHERE library = ?1",
                      lib, [&](const sql::Statement& s) {
                        positions[key_at(s)] = ReadingPosition{
                            s.integer(3), static_cast<std::size_t>(std::max<std::int64_t>(s.int64(4), 0))};
                      }));
  KANBAO_TRY(each_row(db,
                      "SELECT path, position, title, article_id, district, date FROM bookmarks"
                      " WHERE library = ?1 ORDER BY id",
                      lib, [&](const sql::Statement& s) {
                        bookmarks.push_back(Bookmark{key_at(s), s.int64(3), s.text(4), s.text(5)});
                      }));
  KANBAO_TRY(each_row(db, "SELECT query FROM history ORDER BY used", lib,
                      [&](const sql::Statement& s) { history.push_back(s.text(0)); }));
  read_ = std::move(read);
  read_counts_ = std::move(counts);
  positions_ = std::move(positions);
  bookmarks_ = std::move(bookmarks);
  history_ = std::move(history);
  impl_->data_version = version;
  return Status::Ok();
}

Result<bool> ReadingState::refresh() {
  KANBAO_ASSIGN_OR_RETURN(auto version, impl_->db.single_int("PRAGMA data_version"));
  if (version == impl_->data_version) return false;
  KANBAO_TRY(reload());
  return true;
}

bool ReadingState::is_read(const ArticleKey& key) const { return read_.count(key) != 0; }

std::map<std::string, std::int64_t> ReadingState::read_counts() const { return read_counts_; }

Status ReadingState::set_read(const ArticleKey& key, const std::string& district, bool read) {
  auto stmt = impl_->db.prepare(
      read ? "INSERT INTO read_marks(library, path, position, title, district) VALUES (?1, ?2, ?3, ?4, ?5)"
             " ON CONFLICT DO UPDATE SET district = excluded.district"
           : "DELETE FROM read_marks WHERE library = ?1 AND path = ?2 AND position = ?3 AND title = ?4");
  if (!stmt) return write_failure(*impl_, stmt.error());
  bind_key(*stmt, impl_->library, key);
  if (read) stmt->bind(5, district);
  if (auto s = stmt->run(); !s) return write_failure(*impl_, s);
  const bool was_read = read_.count(key) != 0;
  if (read && !was_read) {
    read_.insert(key);
    ++read_counts_[district];
  } else if (!read && was_read) {
    read_.erase(key);
    // The mark's district may differ from `district` (an imported mark has
    // none): recount from the database rather than guess.
    return reload();
  }
  return Status::Ok();
}

Status ReadingState::mark_all_read(const std::vector<std::pair<ArticleKey, std::string>>& articles) {
  auto& db = impl_->db;
  auto tx = sql::Transaction::begin(db);
  if (!tx) return write_failure(*impl_, tx.error());
  auto stmt = db.prepare(
      "INSERT INTO read_marks(library, path, position, title, district) VALUES (?1, ?2, ?3, ?4, ?5)"
      " ON CONFLICT DO UPDATE SET district = excluded.district");
  if (!stmt) return write_failure(*impl_, stmt.error());
  for (const auto& [key, district] : articles) {
    bind_key(*stmt, impl_->library, key);
    stmt->bind(5, district);
    if (auto s = stmt->run(); !s) return write_failure(*impl_, s);
  }
  if (auto s = tx->commit(); !s) return write_failure(*impl_, s);
  return reload();
}

std::optional<ReadingPosition> ReadingState::position(const ArticleKey& key) const {
  const auto it = positions_.find(key);
  if (it == positions_.end()) return std::nullopt;
  return it->second;
}

Status ReadingState::set_position(const ArticleKey& key, const ReadingPosition& pos) {
  if (const auto it = positions_.find(key); it != positions_.end() && it->second == pos) return Status::Ok();
  auto stmt = impl_->db.prepare(
      "INSERT INTO positions(library, path, position, title, paragraph, byte) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
      " ON CONFLICT DO UPDATE SET paragraph = excluded.paragraph, byte = excluded.byte");
  if (!stmt) return write_failure(*impl_, stmt.error());
  bind_key(*stmt, impl_->library, key);
  stmt->bind(5, pos.paragraph).bind(6, static_cast<std::int64_t>(pos.byte));
  if (auto s = stmt->run(); !s) return write_failure(*impl_, s);
  positions_[key] = pos;
  return Status::Ok();
}

bool ReadingState::is_bookmarked(const ArticleKey& key) const {
  return std::any_of(bookmarks_.begin(), bookmarks_.end(), [&](const Bookmark& b) { return b.key == key; });
}

Status ReadingState::add_bookmark(const Bookmark& b) {
  auto stmt = impl_->db.prepare(
      "INSERT OR IGNORE INTO bookmarks(library, path, position, title, article_id, district, date)"
      " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
  if (!stmt) return write_failure(*impl_, stmt.error());
  bind_key(*stmt, impl_->library, b.key);
  stmt->bind(5, b.id).bind(6, b.district).bind(7, b.date);
  if (auto s = stmt->run(); !s) return write_failure(*impl_, s);
  if (!is_bookmarked(b.key)) bookmarks_.push_back(b);
  return Status::Ok();
}

Status ReadingState::remove_bookmark(const ArticleKey& key) {
  auto stmt = impl_->db.prepare(
      "DELETE FROM bookmarks WHERE library = ?1 AND path = ?2 AND position = ?3 AND title = ?4");
  if (!stmt) return write_failure(*impl_, stmt.error());
  bind_key(*stmt, impl_->library, key);
  if (auto s = stmt->run(); !s) return write_failure(*impl_, s);
  bookmarks_.erase(
      std::remove_if(bookmarks_.begin(), bookmarks_.end(), [&](const Bookmark& b) { return b.key == key; }),
      bookmarks_.end());
  return Status::Ok();
}

Status ReadingState::add_history(const std::string& query) {
  if (query.empty()) return Status::Ok();
  auto& db = impl_->db;
  auto tx = sql::Transaction::begin(db);
  if (!tx) return write_failure(*impl_, tx.error());
  auto upsert = db.prepare(
      "INSERT INTO history(query, used) VALUES (?1, (SELECT coalesce(max(used), 0) + 1 FROM history))"
      " ON CONFLICT(query) DO UPDATE SET used = excluded.used");
  if (!upsert) return write_failure(*impl_, upsert.error());
  upsert->bind(1, query);
  if (auto s = upsert->run(); !s) return write_failure(*impl_, s);
  auto trim = db.prepare(
      "DELETE FROM history WHERE used <= (SELECT used FROM history ORDER BY used DESC LIMIT 1 OFFSET ?1)");
  if (!trim) return write_failure(*impl_, trim.error());
  trim->bind(1, kHistoryLimit);
  if (auto s = trim->run(); !s) return write_failure(*impl_, s);
  if (auto s = tx->commit(); !s) return write_failure(*impl_, s);
  history_.erase(std::remove(history_.begin(), history_.end(), query), history_.end());
  history_.push_back(query);
  if (history_.size() > static_cast<std::size_t>(kHistoryLimit)) {
    history_.erase(history_.begin(), history_.end() - kHistoryLimit);
  }
  return Status::Ok();
}

}  // namespace kanbao::store
