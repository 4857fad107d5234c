// SPDX-License-Identifier: MIT
// The full-text index: kanbao's FTS5 tokenizer and the article_fts and
// title_fts tables.
#include "store/search_index.h"

#include <sqlite3.h>

#include <algorithm>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "store/fold.h"
#include "store/hit_scan.h"
#include "store/tokenizer.h"

namespace kanbao::store {
namespace {

constexpr const char* kTokenizerName = "kanbao";

// The argument of a table without pinyin tokens: tokenize='kanbao literal'
// emits none. Schema 6 and 7 built title_fts so; the upgrade to 8 drops it.
constexpr std::string_view kLiteralArgument = "literal";

// FTS5 wants an Fts5Tokenizer*: the table's settings.
struct Tokenizer {
  bool pinyin = true;
};

int create_tokenizer(void* /*context*/, const char** args, int nargs, Fts5Tokenizer** out) {
  bool pinyin = true;
  for (int i = 0; i < nargs; ++i) {
    // An argument this build does not know would index other tokens than
    // the table was made for.
    if (args[i] == nullptr || std::string_view(args[i]) != kLiteralArgument) return SQLITE_ERROR;
    pinyin = false;
  }
  auto* t = new (std::nothrow) Tokenizer();
  if (t == nullptr) return SQLITE_NOMEM;
  t->pinyin = pinyin;
  *out = reinterpret_cast<Fts5Tokenizer*>(t);
  return SQLITE_OK;
}

void delete_tokenizer(Fts5Tokenizer* t) noexcept { delete reinterpret_cast<Tokenizer*>(t); }

// The Han characters the tokenizer saw during
// SearchIndexWriter::add's INSERT (the tokenizer runs inside it, on this
// thread); nullptr outside one, so that nothing collects them while FTS5
// tokenizes for any other reason (a 'rebuild' of the whole index would
// gather every character of the library).
SeenVocabulary*& seen_vocabulary() {
  thread_local SeenVocabulary* seen = nullptr;
  return seen;
}

// Points seen_vocabulary() at `seen` for one statement.
class Collecting {
 public:
  explicit Collecting(SeenVocabulary& seen) { seen_vocabulary() = &seen; }
  ~Collecting() { seen_vocabulary() = nullptr; }
  Collecting(const Collecting&) = delete;
  Collecting& operator=(const Collecting&) = delete;
};

struct SinkContext {
  void* fts_context;
  int (*fts_token)(void*, int, const char*, int, int, int);
};

int forward_token(void* context, std::string_view token, bool colocated, std::uint32_t begin,
                  std::uint32_t end) {
  auto* c = static_cast<SinkContext*>(context);
  return c->fts_token(c->fts_context, colocated ? FTS5_TOKEN_COLOCATED : 0, token.data(),
                      static_cast<int>(token.size()), static_cast<int>(begin), static_cast<int>(end));
}

int tokenize_unguarded(const Tokenizer& tokenizer, void* fts_context, int flags, const char* text, int size,
                       int (*fts_token)(void*, int, const char*, int, int, int)) {
  if (text == nullptr || size <= 0) return SQLITE_OK;
  if ((flags & FTS5_TOKENIZE_QUERY) != 0) {
    // Query strings are single tokens built (folded, quoted) by query.cpp.
    return fts_token(fts_context, 0, text, size, 0, size);
  }
  thread_local std::vector<fold::Char> chars;
  fold::fold(std::string_view(text, static_cast<std::size_t>(size)), fold::Mode::kDocument, chars);
  SinkContext c{fts_context, fts_token};
  SeenVocabulary* seen = seen_vocabulary();
  // With pinyin tokens (store/tokenizer.h): pinyin is searched in article_fts.
  const int rc = tokens::tokenize_document(chars, &forward_token, &c, seen != nullptr ? &seen->han : nullptr,
                                           tokenizer.pinyin);
  // The buffer is kept for the next document, unless a huge page grew it.
  constexpr std::size_t kKeptChars = std::size_t{1} << 16;
  if (chars.capacity() > kKeptChars) std::vector<fold::Char>().swap(chars);
  return rc;
}

// FTS5's xTokenize: called from SQLite's C frames, which a C++ exception
// must never unwind (they would skip SQLite's own cleanup). Growing the
// vectors can throw std::bad_alloc: it becomes SQLITE_NOMEM, and anything
// else SQLITE_ERROR, failing the statement that ran the tokenizer.
int tokenize(Fts5Tokenizer* tokenizer, void* fts_context, int flags, const char* text, int size,
             int (*fts_token)(void*, int, const char*, int, int, int)) noexcept {
  try {
    return tokenize_unguarded(*reinterpret_cast<const Tokenizer*>(tokenizer), fts_context, flags, text, size,
                              fts_token);
  } catch (const std::bad_alloc&) {
    return SQLITE_NOMEM;
  } catch (...) {
    return SQLITE_ERROR;
  }
}

struct StatementCloser {
  void operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }
};

Result<fts5_api*> fts5_of(sql::Db& db) {
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db.get(), "SELECT fts5(?1)", -1, &raw, nullptr) != SQLITE_OK)
    return Error("this SQLite has no FTS5 full-text search: " + db.error_message());
  std::unique_ptr<sqlite3_stmt, StatementCloser> stmt(raw);
  fts5_api* api = nullptr;
  sqlite3_bind_pointer(raw, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
  sqlite3_step(raw);
  if (api == nullptr) return Error("this SQLite has no FTS5 full-text search");
  return api;
}

Error write_failure(const Error& e) { return Error("cannot update the search index: " + e.message()); }

void bind_text(sql::Statement& stmt, std::int64_t id, const IndexedText& text) {
  stmt.bind(1, id).bind(2, text.title).bind(3, text.subtitle).bind(4, text.body).bind(5, text.byline);
  stmt.bind(6, text.kicker);
}

void bind_titles(sql::Statement& stmt, std::int64_t id, const IndexedText& text) {
  stmt.bind(1, id).bind(2, text.title).bind(3, text.subtitle).bind(4, text.kicker);
}

// article_fts: the columns are read from `articles` by name (external
// content). The kicker comes last, so that the older columns keep their
// numbers (kColumnWeights, xInst's column).
constexpr const char* kCreateArticleFts =
    "CREATE VIRTUAL TABLE article_fts USING fts5(title, subtitle, body, byline, kicker, "
    "content='articles', content_rowid='id', tokenize='kanbao');";

}  // namespace

Status register_search_functions(sql::Db& db) {
  KANBAO_ASSIGN_OR_RETURN(auto api, fts5_of(db));
  static fts5_tokenizer tokenizer{&create_tokenizer, &delete_tokenizer, &tokenize};
  if ((api)->xCreateTokenizer(api, kTokenizerName, nullptr, &tokenizer, nullptr) != SQLITE_OK)
    return Error("cannot register kanbao's search tokenizer: " + db.error_message());
  return register_hit_scan(api);
}

Status create_search_schema(sql::Db& db) {
  // External content: the text lives once, in `articles`. The vocabulary
  // table (store/search_vocabulary.h) lets a single syllable expand only
  // into characters that occur.
  KANBAO_TRY(db.exec(kCreateArticleFts));
  KANBAO_TRY(create_search_vocabulary(db));
  return create_title_index(db);
}

// FTS5's own 'rebuild' would index every row of `articles`: also the
// continued parts joined to a head (joined_to), whose text the head's body
// holds (store/continuations.cpp), so that they would be found a second
// time, as articles of their own. The index is filled as the writer fills
// it instead.
Status fill_article_index(sql::Db& db) {
  return db.exec(
      "INSERT INTO article_fts(article_fts) VALUES ('delete-all');"
      "INSERT INTO article_fts(rowid, title, subtitle, body, byline, kicker) "
      "SELECT id, title, subtitle, body, byline, kicker FROM articles WHERE joined_to IS NULL ORDER BY id;");
}

Status recreate_search_tables(sql::Db& db) {
  KANBAO_TRY(db.exec("DROP TABLE IF EXISTS article_fts"));
  KANBAO_TRY(db.exec(kCreateArticleFts));
  KANBAO_TRY(fill_article_index(db));
  return recreate_title_index(db);
}

Status create_title_index(sql::Db& db) {
  // The headings (title, subtitle, kicker) alone, for the title tier of
  // broad ranking: a column filter on article_fts reads the bodies'
  // positions too, as slowly as the whole query; this index holds a few
  // percent of the tokens. A broad pinyin search asks it for each tier's
  // reading (rank_pinyin_broadly), so it holds the pinyin tokens too
  // (schema 8; schema 6 and 7 built it `kanbao literal`, without them).
  // Filled as fill_article_index fills article_fts: not the joined parts.
  return db.exec(
      "CREATE VIRTUAL TABLE title_fts USING fts5(title, subtitle, kicker, "
      "content='articles', content_rowid='id', tokenize='kanbao');"
      "INSERT INTO title_fts(rowid, title, subtitle, kicker) "
      "SELECT id, title, subtitle, kicker FROM articles WHERE joined_to IS NULL ORDER BY id;");
}

Status recreate_title_index(sql::Db& db) {
  KANBAO_TRY(db.exec("DROP TABLE IF EXISTS title_fts"));
  return create_title_index(db);
}

Result<SearchIndexWriter> SearchIndexWriter::prepare(sql::Db& db) {
  SearchIndexWriter w;
  auto prepare_into = [&db](sql::Statement& stmt, const char* sql_text) -> Status {
    auto prepared = db.prepare(sql_text);
    if (!prepared) return write_failure(prepared.error());
    stmt = std::move(*prepared);
    return Status::Ok();
  };
  KANBAO_TRY(prepare_into(w.insert_,
                          "INSERT INTO article_fts(rowid, title, subtitle, body, byline, kicker) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"));
  KANBAO_TRY(
      prepare_into(w.delete_,
                   "INSERT INTO article_fts(article_fts, rowid, title, subtitle, body, byline, kicker) "
                   "VALUES ('delete', ?1, ?2, ?3, ?4, ?5, ?6)"));
  KANBAO_TRY(prepare_into(w.insert_titles_,
                          "INSERT INTO title_fts(rowid, title, subtitle, kicker) VALUES (?1, ?2, ?3, ?4)"));
  KANBAO_TRY(prepare_into(w.delete_titles_,
                          "INSERT INTO title_fts(title_fts, rowid, title, subtitle, kicker) "
                          "VALUES ('delete', ?1, ?2, ?3, ?4)"));
  auto vocabulary = VocabularyWriter::prepare(db);
  if (!vocabulary) return vocabulary.error();
  w.vocabulary_.emplace(std::move(*vocabulary));
  return w;
}

void SearchIndexWriter::begin() {
  queued_.clear();
  vocabulary_->begin();
}

void SearchIndexWriter::committed() { vocabulary_->committed(); }

void SearchIndexWriter::add(std::int64_t id, const IndexedText& text) { queued_.push_back({true, id, text}); }

void SearchIndexWriter::remove(std::int64_t id, const IndexedText& text) {
  queued_.push_back({false, id, text});
}

Status SearchIndexWriter::write_queued() {
  std::vector<Change> changes = std::exchange(queued_, {});
  for (const Change& c : changes) KANBAO_TRY(c.add ? write_added(c.id, c.text) : write_removed(c.id, c.text));
  return Status::Ok();
}

Status SearchIndexWriter::write_added(std::int64_t id, const IndexedText& text) {
  insert_titles_.reset();  // a failed run leaves the statement unreset
  bind_titles(insert_titles_, id, text);
  auto status = insert_titles_.run();
  if (!status) return write_failure(status.error());
  insert_.reset();
  bind_text(insert_, id, text);
  seen_.clear();
  {
    const Collecting collecting(seen_);  // the titles are in article_fts too
    status = insert_.run();
  }
  if (!status) return write_failure(status.error());
  status = vocabulary_->add(seen_);
  // Kept for the next article, unless a huge page grew it.
  constexpr std::size_t kKept = std::size_t{1} << 16;
  if (seen_.han.capacity() > kKept) seen_ = SeenVocabulary();
  seen_.clear();
  return status;
}

Status SearchIndexWriter::write_removed(std::int64_t id, const IndexedText& text) {
  delete_.reset();
  bind_text(delete_, id, text);
  auto status = delete_.run();
  if (!status) return write_failure(status.error());
  delete_titles_.reset();
  bind_titles(delete_titles_, id, text);
  status = delete_titles_.run();
  if (!status) return write_failure(status.error());
  return Status::Ok();
}

Status add_to_search_index(sql::Db& db, std::int64_t id, const IndexedText& text) {
  KANBAO_ASSIGN_OR_RETURN(auto writer, SearchIndexWriter::prepare(db));
  writer.add(id, text);
  return writer.write_queued();
}

Status remove_from_search_index(sql::Db& db, std::int64_t id, const IndexedText& text) {
  KANBAO_ASSIGN_OR_RETURN(auto writer, SearchIndexWriter::prepare(db));
  writer.remove(id, text);
  return writer.write_queued();
}

}  // namespace kanbao::store
