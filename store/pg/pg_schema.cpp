// SPDX-License-Identifier: MIT
#include "store/pg/pg_schema.h"

#include <cstdlib>
#include <iterator>
#include <string>

#include "store/index_stamp.h"
#include "store/pg/pg_reindex.h"

namespace kanbao::store::pg {
namespace {

// Text that lists or ranges compare is COLLATE "C": byte order, as SQLite
// compares, whatever the database's default collation. District "" and
// paper "" mean unknown. tokens: the article's search tokens (the bigrams
// and words of store/tokenizer.h, each once; since version 9 their ids,
// pg_tokens.h); ntokens: its length in tokens as FTS5 counts them, for bm25.
constexpr const char* kCreateTables = R"sql(
CREATE TABLE kanbao_meta (
  key   text PRIMARY KEY,
  value text NOT NULL
);
CREATE TABLE files (
  id         bigserial PRIMARY KEY,
  path       text COLLATE "C" NOT NULL UNIQUE,
  size       bigint NOT NULL,
  mtime_ns   bigint NOT NULL,
  hash       text NOT NULL,
  encoding   text NOT NULL,
  indexed_at bigint NOT NULL,
  paper      text COLLATE "C" NOT NULL DEFAULT '',
  issue_key  text COLLATE "C" NOT NULL DEFAULT '',
  page       text COLLATE "C" NOT NULL DEFAULT '',
  page_name  text NOT NULL DEFAULT '',
  furniture  text NOT NULL DEFAULT ''
);
CREATE INDEX files_issue ON files (paper, issue_key);
CREATE TABLE articles (
  id             bigserial PRIMARY KEY,
  file_id        bigint NOT NULL REFERENCES files(id) ON DELETE CASCADE,
  district       text COLLATE "C" NOT NULL DEFAULT '',
  position       integer NOT NULL,
  first_line     integer NOT NULL,
  last_line      integer NOT NULL,
  date_year      integer NOT NULL DEFAULT 0,
  date_month     integer NOT NULL DEFAULT 0,
  date_day       integer NOT NULL DEFAULT 0,
  date_key       text COLLATE "C" NOT NULL DEFAULT '',
  pub_year       integer NOT NULL DEFAULT 0,
  pub_month      integer NOT NULL DEFAULT 0,
  pub_day        integer NOT NULL DEFAULT 0,
  paper          text COLLATE "C" NOT NULL DEFAULT '',
  page           text COLLATE "C" NOT NULL DEFAULT '',
  page_name      text NOT NULL DEFAULT '',
  kicker         text NOT NULL DEFAULT '',
  title          text COLLATE "C" NOT NULL,
  subtitle       text NOT NULL DEFAULT '',
  body           text NOT NULL DEFAULT '',
  byline         text NOT NULL DEFAULT '',
  photo_credit   boolean NOT NULL DEFAULT false,
  reporters      text[] NOT NULL DEFAULT '{}',
  correspondents text[] NOT NULL DEFAULT '{}',
  folded_title   text NOT NULL DEFAULT '',
  tokens         text[] NOT NULL DEFAULT '{}',
  ntokens        integer NOT NULL DEFAULT 0
);
CREATE INDEX articles_file ON articles (file_id);
CREATE INDEX articles_date ON articles (date_key DESC, id DESC);
CREATE INDEX articles_district_date ON articles (district, date_key DESC, id DESC);
CREATE INDEX articles_paper_date ON articles (paper, date_key DESC, id DESC);
CREATE INDEX articles_tokens ON articles USING gin (tokens);
CREATE TABLE library_han (
  c text PRIMARY KEY
);
)sql";

// Version 2: continued articles (下转/上接), as in the SQLite schema's
// version 3 (store/schema.cpp): the page codes an article names, joined_to
// naming the head a continuing part belongs to (the part keeps its row, and
// lists and searches leave it out), own_paragraphs the head's own paragraphs
// (-1: nothing joined) so that a join can be undone. The head's body and
// search columns hold both parts.
constexpr const char* kVersion2 = R"sql(
ALTER TABLE articles
  ADD COLUMN continued_to   text COLLATE "C" NOT NULL DEFAULT '',
  ADD COLUMN continued_from text COLLATE "C" NOT NULL DEFAULT '',
  ADD COLUMN joined_to      bigint REFERENCES articles(id) ON DELETE SET NULL,
  ADD COLUMN own_paragraphs integer NOT NULL DEFAULT -1;
CREATE INDEX articles_joined ON articles (joined_to) WHERE joined_to IS NOT NULL;
)sql";

// Version 3: the vocabulary of tokens, every token some article holds (a
// superset between rebuilds, pg_tokens.h), COLLATE "C" so that the tokens a
// prefix stands for are one range of its btree (pg_pinyin.h). Filled here
// from the articles' tokens: nothing needs parsing again.
constexpr const char* kVersion3 = R"sql(
CREATE TABLE library_tokens (
  t text COLLATE "C" PRIMARY KEY
);
INSERT INTO library_tokens(t) SELECT DISTINCT unnest(tokens) FROM articles;
)sql";

// Version 4: the statistics bm25 needs - how many articles a search sees
// (those not joined to a head) and their tokens - kept exact by the server
// in the same transaction as every change to the articles, instead of
// counted by every scored search (a scan of the whole table). Each
// statement that changes them adds one row of its difference; the sum of
// the rows is the count. Rows only ever added, never updated, so two
// indexers never wait for one another here; compact_counts (pg_counts.h)
// folds them into one now and then. Filled here from the articles.
constexpr const char* kVersion4 = R"sql(
CREATE TABLE library_counts (
  articles bigint NOT NULL,
  tokens   bigint NOT NULL
);
CREATE FUNCTION kanbao_count_articles() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  added_articles bigint := 0;
  added_tokens   bigint := 0;
  gone_articles  bigint := 0;
  gone_tokens    bigint := 0;
BEGIN
  IF TG_OP <> 'DELETE' THEN
    SELECT count(*), coalesce(sum(ntokens), 0) INTO added_articles, added_tokens
      FROM new_articles WHERE joined_to IS NULL;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    SELECT count(*), coalesce(sum(ntokens), 0) INTO gone_articles, gone_tokens
      FROM old_articles WHERE joined_to IS NULL;
  END IF;
  IF added_articles <> gone_articles OR added_tokens <> gone_tokens THEN
    INSERT INTO library_counts(articles, tokens)
      VALUES (added_articles - gone_articles, added_tokens - gone_tokens);
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER articles_counted_insert AFTER INSERT ON articles
  REFERENCING NEW TABLE AS new_articles FOR EACH STATEMENT EXECUTE FUNCTION kanbao_count_articles();
CREATE TRIGGER articles_counted_update AFTER UPDATE ON articles
  REFERENCING OLD TABLE AS old_articles NEW TABLE AS new_articles
  FOR EACH STATEMENT EXECUTE FUNCTION kanbao_count_articles();
CREATE TRIGGER articles_counted_delete AFTER DELETE ON articles
  REFERENCING OLD TABLE AS old_articles FOR EACH STATEMENT EXECUTE FUNCTION kanbao_count_articles();
INSERT INTO library_counts(articles, tokens)
  SELECT count(*), coalesce(sum(ntokens), 0) FROM articles WHERE joined_to IS NULL;
)sql";

// Version 5: the first character of each of an article's tokens, GIN
// indexed. A one-character prefix token ("国"*, as pinyin and initials
// expand into) matches exactly the articles holding a token that starts
// with that character: one probe of this index, where the library holds
// hundreds of bigrams starting with a common character (gxq read every
// article's text, 3 s at 20,000 articles). An index on an expression of
// the tokens, so no writer has anything more to keep in step.
constexpr const char* kVersion5 = R"sql(
CREATE FUNCTION kanbao_token_heads(text[]) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT ARRAY(SELECT DISTINCT left(t, 1) FROM unnest($1) AS u(t)) $$;
CREATE INDEX articles_token_heads ON articles USING gin (kanbao_token_heads(tokens));
)sql";

// Version 6: the tokens of each article's title and subtitle alone, GIN
// indexed: the first tier of a broad search (the query in the title or
// subtitle) is then found by the server from the index, where it read the
// title and subtitle of every match and folded them in C++ (the whole cost
// of a common term: 40 ms for 的 at 20,000 articles). The tokenizer is C++,
// so the column is filled by rebuilding every article's search columns from
// its stored text (pg_reindex.h): the stamp is dropped, and the same
// read-write open that migrates rebuilds.
constexpr const char* kVersion6 = R"sql(
ALTER TABLE articles ADD COLUMN title_tokens text[] NOT NULL DEFAULT '{}';
CREATE INDEX articles_title_tokens ON articles USING gin (title_tokens);
DELETE FROM kanbao_meta WHERE key = 'search_index';
)sql";

// Version 7: Han trigram tokens beside the tokenizer's, in `tokens` and
// `title_tokens` (pg_tokens.h): a three-character term is one token, decided
// by the GIN index as a bigram is, and a longer one has far fewer false
// candidates to read. Filled, like version 6's column, by rebuilding every
// article's search columns from its stored text.
constexpr const char* kVersion7 = R"sql(
DELETE FROM kanbao_meta WHERE key = 'search_index';
)sql";

// Version 8: the kicker (引题) is searched as part of the heading: its tokens
// join `tokens` and `title_tokens` (pg_tokens.h). Filled, like version 6's
// column, by rebuilding every article's search columns from its stored text.
constexpr const char* kVersion8 = R"sql(
DELETE FROM kanbao_meta WHERE key = 'search_index';
)sql";

// Version 9: the token columns hold token ids (int8, pg_tokens.h's
// token_id) instead of text: a GIN index of integers takes an article's
// entries in 60% of the time text in the server's C.UTF-8 collation took,
// and the token heads are bits of each id (token_head). The text columns go
// and empty int8[] ones take their place (neither rewrites the table); like
// version 6's, they are filled by rebuilding every article's search columns
// from its stored text, and their GIN indexes are built after that, at once
// (search_indexes below), instead of growing row by row. Written to run
// after any earlier version (IF EXISTS, OR REPLACE).
constexpr const char* kVersion9 = R"sql(
ALTER TABLE articles DROP COLUMN tokens, DROP COLUMN title_tokens;
DROP FUNCTION IF EXISTS kanbao_token_heads(text[]);
ALTER TABLE articles ADD COLUMN tokens int8[] NOT NULL DEFAULT '{}',
  ADD COLUMN title_tokens int8[] NOT NULL DEFAULT '{}';
CREATE OR REPLACE FUNCTION kanbao_token_heads(int8[]) RETURNS int8[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS $$ SELECT ARRAY(SELECT DISTINCT CASE WHEN t >> 60 = 3 THEN ((t >> 53) & 127) << 40
                                          ELSE t & (1048575::int8 << 40) END FROM unnest($1) AS u(t)) $$;
DELETE FROM kanbao_meta WHERE key = 'search_index';
)sql";

// The GIN indexes of the token columns (schema 9), each built by the first
// read-write open that finds it missing: after a migration's rebuild of the
// search columns, or in a new library. Building one over a whole table is
// several times faster than adding the rows one by one (32 against 40 s for
// `tokens` at 20,000 articles, with the server's maintenance_work_mem).
constexpr const char* kSearchIndexes[][2] = {
    {"articles_tokens", "CREATE INDEX articles_tokens ON articles USING gin (tokens)"},
    {"articles_title_tokens", "CREATE INDEX articles_title_tokens ON articles USING gin (title_tokens)"},
    {"articles_token_heads",
     "CREATE INDEX articles_token_heads ON articles USING gin (kanbao_token_heads(tokens))"},
};

// The steps from version i+1 to i+2.
constexpr const char* kMigrations[] = {kVersion2, kVersion3, kVersion4, kVersion5,
                                       kVersion6, kVersion7, kVersion8, kVersion9};
static_assert(std::size(kMigrations) == kSchemaVersion - 1);

// A library migrated from before version 2 has its files marked changed,
// so that the next `kanbao index` of their folders parses them again and
// fills in what the new columns hold (the page codes of continuations);
// until then every article stays as it was.
constexpr const char* kReparseAll = "UPDATE files SET hash = '', mtime_ns = -1";
constexpr int kReparsedBefore = 2;

Result<bool> has_meta_table(Conn& conn) {
  KANBAO_ASSIGN_OR_RETURN(Rows rows, conn.query("SELECT to_regclass('kanbao_meta') IS NOT NULL"));
  return rows.text(0, 0) == "t";
}

// The version-1 tables; migrate() brings them up to this version.
Status create(Conn& conn) {
  KANBAO_TRY(conn.exec(kCreateTables));
  KANBAO_TRY(
      conn.exec("INSERT INTO kanbao_meta(key, value) VALUES ('schema_version', '1'),"
                " ('library_uuid', gen_random_uuid()::text), ('search_index', $1)",
                {param(search_index_stamp())}));
  return Status::Ok();
}

// The library's schema version (check_schema has vouched for it).
Result<int> version_of(Conn& conn) {
  KANBAO_ASSIGN_OR_RETURN(std::optional<std::string> version, meta(conn, "schema_version"));
  return std::atoi(version.value_or("0").c_str());
}

// Runs the steps from the library's version to this one, inside the
// caller's transaction under the schema lock.
Status migrate(Conn& conn) {
  KANBAO_ASSIGN_OR_RETURN(const int from, version_of(conn));
  if (from >= kSchemaVersion) return Status::Ok();
  for (int v = from; v < kSchemaVersion; ++v) KANBAO_TRY(conn.exec(kMigrations[v - 1]));
  if (from < kReparsedBefore) KANBAO_TRY(conn.exec(kReparseAll));
  return conn.exec("UPDATE kanbao_meta SET value = $1 WHERE key = 'schema_version'",
                   {param(std::to_string(kSchemaVersion))});
}

// A reader cannot migrate: an older library waits for its next indexer.
Status check_current(Conn& conn) {
  KANBAO_ASSIGN_OR_RETURN(const int v, version_of(conn));
  if (v >= kSchemaVersion) return Status::Ok();
  return Error(conn.shown() + " was written by an older kanbao (schema " + std::to_string(v) +
               "); run 'kanbao --db URI index FOLDER...' on its pages' folders once to upgrade it");
}

// Fails unless the database holds a library of a schema this build reads.
Status check_schema(Conn& conn) {
  KANBAO_ASSIGN_OR_RETURN(bool ours, has_meta_table(conn));
  if (!ours) {
    return Error("there is no kanbao library in " + conn.shown() +
                 " (create one with 'kanbao --db URI index PATH...')");
  }
  KANBAO_ASSIGN_OR_RETURN(std::optional<std::string> version, meta(conn, "schema_version"));
  if (!version)
    return Error(conn.shown() + " is not a kanbao library (its kanbao_meta has no schema_version)");
  const int v = std::atoi(version->c_str());
  if (v > kSchemaVersion) {
    return Error("the library " + conn.shown() + " has schema version " + *version +
                 ", newer than this kanbao (" + std::to_string(kSchemaVersion) +
                 ") understands: upgrade kanbao");
  }
  if (v < 1) return Error(conn.shown() + " is not a kanbao library (schema_version " + *version + ")");
  return Status::Ok();
}

// The articles' tokens and folded titles were computed by the indexer that
// wrote them (store/index_stamp.h); another build's would make searches miss
// or invent matches. A reader cannot rebuild them: a read-write open does
// (pg_reindex.h).
Status check_search_index(Conn& conn) {
  KANBAO_ASSIGN_OR_RETURN(std::optional<std::string> stamp, meta(conn, "search_index"));
  if (stamp == search_index_stamp()) return Status::Ok();
  return Error("the search index of " + conn.shown() + " was built by another kanbao (" +
               stamp.value_or("no stamp") + "; this one: " + search_index_stamp() +
               "); run 'kanbao --db URI index FOLDER...' on its pages' folders once to rebuild it from the "
               "stored text");
}

Result<LibraryIdentity> identity(Conn& conn) {
  KANBAO_ASSIGN_OR_RETURN(std::optional<std::string> uuid, meta(conn, "library_uuid"));
  LibraryIdentity id;
  id.path_key = "url:" + conn.shown();
  id.key = uuid ? "uuid:" + *uuid : id.path_key;
  return id;
}

// Readers never write, also on a primary: every transaction read-only
// (what a hot-standby replica enforces anyway). The schema must be current.
Result<LibraryIdentity> check_for_reading(Conn& conn) {
  KANBAO_TRY(conn.exec("SET default_transaction_read_only = on"));
  KANBAO_ASSIGN_OR_RETURN(auto tx, Transaction::begin(conn, true));
  KANBAO_TRY(check_schema(conn));
  KANBAO_TRY(check_current(conn));
  KANBAO_TRY(check_search_index(conn));
  return identity(conn);
}

// Builds each index of kSearchIndexes the library lacks.
Status search_indexes(Conn& conn) {
  for (const auto& [name, create] : kSearchIndexes) {
    KANBAO_ASSIGN_OR_RETURN(Rows rows, conn.query("SELECT to_regclass($1) IS NULL", {param(name)}));
    if (rows.text(0, 0) == "t") KANBAO_TRY(conn.exec(create));
  }
  return Status::Ok();
}

// A library of a schema this build understands migrated to this version,
// its search columns rebuilt where they are another build's, and its
// search indexes built where they are missing, in that order.
Status bring_up_to_date(Conn& conn) {
  KANBAO_TRY(migrate(conn));
  KANBAO_TRY(guard_parser_note(conn));
  KANBAO_TRY(bring_search_index_up_to_date(conn));
  return search_indexes(conn);
}

// The schema created or migrated and the search index brought up to date,
// under the schema lock (one writer at a time does this).
Result<LibraryIdentity> prepare_for_writing(Conn& conn) {
  KANBAO_ASSIGN_OR_RETURN(auto tx, Transaction::begin(conn));
  KANBAO_TRY(conn.exec("SELECT pg_advisory_xact_lock($1)", {param(kSchemaLock)}));
  KANBAO_ASSIGN_OR_RETURN(bool exists, has_meta_table(conn));
  if (!exists) KANBAO_TRY(create(conn));
  KANBAO_TRY(check_schema(conn));
  KANBAO_TRY(bring_up_to_date(conn));
  KANBAO_ASSIGN_OR_RETURN(LibraryIdentity id, identity(conn));
  KANBAO_TRY(tx.commit());
  return id;
}

}  // namespace

Result<std::optional<std::string>> meta(Conn& conn, const char* key) {
  KANBAO_ASSIGN_OR_RETURN(Rows rows,
                          conn.query("SELECT value FROM kanbao_meta WHERE key = $1", {param(key)}));
  if (rows.size() == 0) return std::optional<std::string>();
  return std::optional<std::string>(rows.text(0, 0));
}

Result<LibraryIdentity> prepare_schema(Conn& conn, OpenMode mode) {
  return mode == OpenMode::kReadOnly ? check_for_reading(conn) : prepare_for_writing(conn);
}

}  // namespace kanbao::store::pg
