// SPDX-License-Identifier: MIT
// One pass over the articles that match a full-text expression: their ids,
// and, when the expression is a single phrase, what bm25 needs to score the
// first few thousand of them. Internal to store/.
//
// Ranking a query by FTS5's own bm25() reads the phrase's position lists
// three times: once for the ids (to count them and choose the ranking), once
// inside bm25() to count the articles holding the phrase (its IDF), and once
// for the ranked rows. For a phrase of common bigrams that is most of the
// query's time (术产业发 on 200,000 articles: 29 ms). With one phrase the
// count is the number of matches, so one scan gives everything.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "base/result.h"
#include "store/sqlite.h"

struct fts5_api;

namespace kanbao::store {

// bm25 column weights of title, subtitle, body, byline and kicker (the order
// of article_fts's columns): the kicker is part of the heading, weighed as
// the subtitle.
inline constexpr std::array<double, 5> kColumnWeights = {10.0, 5.0, 1.0, 1.0, 5.0};

// "bm25(article_fts, <kColumnWeights>)": the SQL call of FTS5's own bm25
// that ranks the queries scan_hits() cannot score.
std::string bm25_call();

struct ScannedHit {
  std::int64_t id = 0;
  double frequency = 0;     // the phrase's instances, each weighted by its column
  std::int64_t tokens = 0;  // the article's size in tokens (all columns)
};

struct HitScan {
  std::vector<std::int64_t> ids;  // every match, in id order
  bool single_phrase = false;     // the expression is one phrase
  // Every match with its bm25 inputs (in id order), or none. All are scored
  // when the expression is one phrase with at most `score_up_to` matches,
  // unless their density showed early on that there would be many more.
  bool scored_all = false;
  std::vector<ScannedHit> scored;
  std::int64_t rows = 0;    // articles in the index } for the IDF and the
  std::int64_t tokens = 0;  // tokens in the index   } average length
};

// Registers the kanbao_hits() auxiliary function on a connection's FTS5.
Status register_hit_scan(fts5_api* api);

// The SQL that scan_hits() runs (prepare each once per connection).
inline constexpr const char* kHitScanSql =
    "SELECT kanbao_hits(article_fts, ?2) FROM article_fts WHERE article_fts MATCH ?1";
inline constexpr const char* kMatchingIdsSql = "SELECT rowid FROM article_fts WHERE article_fts MATCH ?1";

// Every match of `expression`, with the bm25 inputs of each when it is one
// phrase with at most `score_up_to` matches (see HitScan::scored_all; else
// the caller ranks them another way). `scan` runs kHitScanSql; `ids`, kMatchingIdsSql,
// finds the matches of an expression of several phrases.
Result<HitScan> scan_hits(sql::Statement& scan, sql::Statement& ids, const std::string& expression,
                          std::size_t score_up_to);

// FTS5's bm25() (k1 = 1.2, b = 0.75, kColumnWeights) of a scanned hit of a
// single-phrase query with scan.ids.size() matches: negative, lower is better.
double bm25(const HitScan& scan, const ScannedHit& hit);

}  // namespace kanbao::store
