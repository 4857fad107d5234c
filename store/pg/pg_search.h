// SPDX-License-Identifier: MIT
// What PgLibrary::search (pg_search.cpp) and its broad paths - common
// terms (pg_search_broad.cpp) and pinyin (pg_search_pinyin.cpp) - share. Internal to store/.
#pragma once

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/result.h"
#include "store/library.h"
#include "store/pg/conn.h"
#include "store/pg/pg_phrases.h"
#include "store/query.h"
#include "store/search/lookups.h"
#include "store/snippet.h"

namespace kanbao::store::pg {

// The columns loaded_article() reads (0-14), then date_key (15) and ntokens (16).
inline constexpr const char* kHitColumns =
    "a.id, a.title, a.subtitle, a.body, a.byline, a.district, a.date_year, a.date_month, a.date_day,"
    " a.pub_year, a.pub_month, a.pub_day, a.paper, a.page, a.kicker, a.date_key, a.ntokens";

// Row `i` of a query selecting kHitColumns, as a LoadedArticle.
LoadedArticle loaded_article(const Rows& rows, int i);

// Runs `sql`, whose rows a condition on the GIN-indexed tokens selects,
// with the index. The planner does not count the cost of reading every
// row's tokens (a long array, stored out of line) and prefers a sequential
// scan: 0.8-1.8 s for a common character at 20,000 articles, against 0.2 s
// through the index. JIT compilation is off for it too: the estimated cost
// of a statement over an array of thousands of tokens passes the JIT
// thresholds, and compiling took longer than running it (40 ms).
// `all_text`: as Conn::query's (parameters the SQL leaves unused allowed).
Result<Rows> query_by_tokens(Conn& conn, const std::string& sql, const std::vector<Param>& params,
                             bool all_text = false);

// Whether more than `n` articles satisfy `where` (a condition on the
// articles `a` through the GIN-indexed tokens, whose placeholders `params`
// binds): the first n + 1 found by the index, not all of them counted (each
// a visit to its heap page, and a common term is in most articles).
// Parameters `where` leaves unused are allowed.
Result<bool> more_articles_than(Conn& conn, const std::string& where, std::vector<Param> params,
                                std::int64_t n);

// The articles of `ids` that are there, by id, each read in full (one
// round trip).
Result<std::unordered_map<std::int64_t, LoadedArticle>> load_articles(Conn& conn,
                                                                      const std::vector<std::int64_t>& ids);

// The hits of `cursors` (one page, in order), each article read now.
Result<std::vector<SearchHit>> page_hits(Conn& conn, const query::Query& q,
                                         const std::vector<SearchCursor>& cursors, int columns);

// Whether every positive term is in the title or subtitle (a broad search's first tier).
bool in_titles(const query::Query& q, const match::Fields& f);

// The search of a plain query (no pinyin, reporter or date filter) whose
// every term is a single token of the index - one frequent Han character,
// two Han characters (store/tokenizer.h) or three (a trigram, pg_tokens.h)
// - or a phrase of Han
// characters (a negated term: a single token), and that matches more than
// request.bm25_up_to articles: SQLite ranks those by title tier, then
// newest (the broad ranking). An article's tokens then decide exactly
// whether it matches a single token, and the server finds a phrase in
// most of the articles holding its tokens by its bytes in their stored
// text; the others are read and checked in C++. So the server selects the
// matches, only titles and subtitles are read to rank them, and bodies for
// the page's hits and the undecided candidates alone. `scope` is SQL over `params` (the request's filters).
// nullopt: the query is not of this kind, or matches too few articles; the
// caller scores every candidate instead.
Result<std::optional<SearchPage>> search_common_terms(Conn& conn, const query::Query& q,
                                                      const SearchRequest& request, const std::string& scope,
                                                      std::vector<Param> params);

// A plain query (district filters at most) whose every term is one token, as SQL over one article
// `a` (bound parameters): `holds` true for the articles holding its positive
// terms, `titled` for those with every positive clause in the title or
// subtitle (from the GIN index of title_tokens: the title's tokens are some
// of the article's, so `titled` implies `holds`), `kept` for those holding
// none of its negated terms ("true" when there are none). `opaque` is
// `holds` with its tokens out of the planner's sight (each array a
// subquery): counting the matches in a few ranges of ids, the planner,
// knowing that most articles hold 的, tests each article of the ranges
// instead of intersecting them with the GIN index, and so reads their
// whole token arrays, stored out of line (400 against 40 ms at 20,000).
// `scope` ("true" when unfiltered) is the request's district filters: the
// page and the total are of the matches in it, while bm25 ranks them when
// the whole library has bm25_up_to matches or fewer, as on SQLite (whose
// full-text index knows no scope).
struct DecidedQuery {
  std::string holds, titled, opaque, kept = "true", scope = "true";
  // The matches (a continuation joined to its head left out: it is found as the head).
  std::string matches() const { return "a.joined_to IS NULL AND " + holds + " AND " + kept; }
};

// The one index token of `term` if an article holds the term exactly when
// its tokens hold that token: a frequent Han character (indexed alone at
// every occurrence), two Han characters (their bigram) or three (their
// trigram, schema 7). Longer terms' tokens can all be present apart, and a
// single other character is a prefix of many tokens.
std::optional<std::string> single_token(const query::Term& term);

// `q` as a DecidedQuery (its scope left "true"), its parameters appended
// to `params`, when it has a positive term, no pinyin, and every term is
// one token (single_token); else nullopt and `params` unchanged.
std::optional<DecidedQuery> decided_query(const query::Query& q, std::vector<Param>& params);

// search_common_terms for a DecidedQuery: the page ranked broadly (title
// hits, then the others, each newest first), found by the server, and the
// total counted from the GIN index, or, unfiltered, estimated as SQLite
// estimates it (store/dense_sample.h; SearchPage::total_is_estimate) when
// the request allows and most of a big library matches. nullopt: bm25_up_to matches
// or fewer, which the caller scores.
Result<std::optional<SearchPage>> search_decided_terms(Conn& conn, const query::Query& q,
                                                       const SearchRequest& request, const DecidedQuery& d,
                                                       const std::vector<Param>& params);

// The search of a pinyin query with more than request.bm25_up_to
// candidates and no reporter: or date: filter: SQLite ranks those broadly
// (rank_pinyin_broadly, store/search/strategies.h), and so does this, with
// the same code, on the same candidates - the articles FTS5 would match
// with `fts` (from pinyin_expression), found from their token sets by the
// server when every phrase is one token (a reading's Han bigram, the
// letters' word; a prefix through the whole tokens `expansions` lists for
// it, from expand_prefixes), else checked in C++ on the text of the
// articles holding a phrase's tokens. nullopt: the query is not of this
// kind, or has too few candidates; the caller scores them. `preferred`:
// the query of its preferred readings (query::preferred_query), if any.
Result<std::optional<SearchPage>> search_pinyin_broadly(
    Conn& conn, const query::Query& q, const query::FtsExpression& fts,
    const std::optional<query::Query>& preferred, const PrefixExpansions& expansions,
    const SearchRequest& request, const std::string& scope, const std::vector<Param>& params);

}  // namespace kanbao::store::pg
