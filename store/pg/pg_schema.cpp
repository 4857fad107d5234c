// SPDX-License-Identifier: MIT
#include "store/pg/pg_schema.h"

#include <string>

#include "store/index_stamp.h"
#include "store/pg/pg_reindex.h"

namespace kanbao::store::pg {
namespace {

// Text that lists or ranges compare is COLLATE "C": byte order, as SQLite
// compares, whatever the database's default collation. District "" and
// paper "" mean unknown. tokens: the article's search tokens (the bigrams
// and words of store/tokenizer.h, each once); ntokens: its length in tokens
// as FTS5 counts them, for bm25.
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

Result<std::optional<std::string>> meta(Conn& conn, const char* key) {
  KANBAO_ASSIGN_OR_RETURN(Rows rows,
                          conn.query("SELECT value FROM kanbao_meta WHERE key = $1", {param(key)}));
  if (rows.size() == 0) return std::optional<std::string>();
  return std::optional<std::string>(rows.text(0, 0));
}

Result<bool> has_meta_table(Conn& conn) {
  KANBAO_ASSIGN_OR_RETURN(Rows rows, conn.query("SELECT to_regclass('kanbao_meta') IS NOT NULL"));
  return rows.text(0, 0) == "t";
}

Status create(Conn& conn) {
  KANBAO_TRY(conn.exec(kCreateTables));
  KANBAO_TRY(
      conn.exec("INSERT INTO kanbao_meta(key, value) VALUES ('schema_version', $1),"
                " ('library_uuid', gen_random_uuid()::text), ('search_index', $2)",
                {param(std::to_string(kSchemaVersion)), param(search_index_stamp())}));
  return Status::Ok();
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
               "); run 'kanbao --db URI index' once to rebuild it from the stored text");
}

Result<LibraryIdentity> identity(Conn& conn) {
  KANBAO_ASSIGN_OR_RETURN(std::optional<std::string> uuid, meta(conn, "library_uuid"));
  LibraryIdentity id;
  id.path_key = "url:" + conn.shown();
  id.key = uuid ? "uuid:" + *uuid : id.path_key;
  return id;
}

}  // namespace

Result<LibraryIdentity> prepare_schema(Conn& conn, OpenMode mode) {
  if (mode == OpenMode::kReadOnly) {
    // Readers never write, also on a primary: every transaction read-only
    // (what a hot-standby replica enforces anyway).
    KANBAO_TRY(conn.exec("SET default_transaction_read_only = on"));
    KANBAO_ASSIGN_OR_RETURN(auto tx, Transaction::begin(conn, true));
    KANBAO_TRY(check_schema(conn));
    KANBAO_TRY(check_search_index(conn));
    return identity(conn);
  }
  KANBAO_ASSIGN_OR_RETURN(auto tx, Transaction::begin(conn));
  KANBAO_TRY(conn.exec("SELECT pg_advisory_xact_lock($1)", {param(kSchemaLock)}));
  KANBAO_ASSIGN_OR_RETURN(bool exists, has_meta_table(conn));
  if (!exists) KANBAO_TRY(create(conn));
  KANBAO_TRY(check_schema(conn));
  KANBAO_TRY(bring_search_index_up_to_date(conn));
  KANBAO_ASSIGN_OR_RETURN(LibraryIdentity id, identity(conn));
  KANBAO_TRY(tx.commit());
  return id;
}

}  // namespace kanbao::store::pg
