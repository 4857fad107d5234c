// SPDX-License-Identifier: MIT
// PgLibrary::search and matches.
//
// Candidates come from the GIN index: every article holding all tokens of
// at least one positive literal term (a superset of the articles holding
// the term, store/pg/pg_tokens.h). A query with a term that may be read as
// pinyin or a term with no whole token reads every article instead, and a
// query of filters and negated terms alone every article in scope. Each candidate is then decided by
// match::evaluate, the code the SQLite search verifies with, so both
// backends find the same articles, and the total is counted exactly.
//
// Ranking follows the SQLite search: tier (literal, preferred pinyin
// reading, other reading, initials: query::Tier), then FTS5's bm25 (column weights kColumnWeights) over the
// typed terms - or for a pinyin query over the phrases of the FTS5
// expression query::translate builds, counted as FTS5 counts them
// (pg_phrases.h) - each phrase's article count from the candidates, which
// hold every article with it; past bm25_up_to matches of a plain query,
// title matches first, then the rest; then newest, then highest id. Past
// bm25_up_to candidates of a pinyin query, the broad ranking of SQLite's
// own code (pg_search_pinyin.cpp).
#include "store/pg/pg_search.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <optional>
#include <unordered_set>

#include "store/district_name.h"
#include "store/hit_scan.h"
#include "store/pg/pg_counts.h"
#include "store/pg/pg_library.h"
#include "store/pg/pg_phrases.h"
#include "store/pg/pg_pinyin.h"
#include "store/pg/pg_tokens.h"
#include "store/query.h"
#include "store/query_date.h"
#include "store/search/article_matches.h"
#include "store/search/assemble.h"
#include "store/search/lookups.h"
#include "store/snippet.h"
#include "store/stored_date.h"
#include "text/utf8.h"

namespace kanbao::store::pg {
namespace {

// The query's positive literal terms (bm25's phrases), each once.
std::vector<const query::Term*> literal_terms(const query::Query& q) {
  std::vector<const query::Term*> out;
  for (const auto& clause : q.clauses) {
    if (clause.negated) continue;
    for (const auto& term : clause.any) out.push_back(&term);
  }
  return out;
}

// SQL over `a.tokens` (parameters appended to `params`) true for every
// article holding all tokens of some positive literal term, or nullopt: a
// term may be pinyin or has no whole token, so every article is read.
std::optional<std::string> holding_terms(const query::Query& q, std::vector<Param>& params) {
  std::vector<std::vector<std::string>> token_sets;
  for (const query::Term* term : literal_terms(q)) {
    if (!term->letters.empty() || !term->initials.empty()) return std::nullopt;  // may be pinyin
    auto tokens = term_tokens(term->folded);
    if (tokens.empty()) return std::nullopt;
    token_sets.push_back(std::move(tokens));
  }
  return holding_any_set(token_sets, params);
}

// The scope: the request's district, the query's district:, paper:,
// reporter: and date: filters, as SQL over bound parameters.
Result<std::string> scope_filter(const query::Query& q, const SearchRequest& request,
                                 const corpus::Gazetteer& gazetteer, std::vector<Param>& params) {
  auto next = [&params](Param p) {
    params.push_back(std::move(p));
    return "$" + std::to_string(params.size());
  };
  std::string out = "true";
  // The articles of any of `names` ("" no district, less those of the
  // papers no district applies to), as plan.cpp's filters on SQLite.
  auto of_districts = [&](const std::vector<std::string>& names) {
    std::vector<std::string> named;
    bool unknown = false;
    for (const auto& d : names) {
      if (d.empty()) unknown = true;
      if (!d.empty()) named.push_back(canonical_district(gazetteer, d));
    }
    // No parameter the text does not use: PostgreSQL cannot type it.
    std::string any = named.empty() ? "" : "a.district = ANY(" + next(text_array(named)) + "::text[])";
    if (!unknown) return any;
    std::string none = "(a.district = ''";
    if (!request.national_papers.empty())
      none += " AND NOT a.paper = ANY(" + next(text_array(request.national_papers)) + "::text[])";
    none += ")";
    return any.empty() ? none : "(" + any + " OR " + none + ")";
  };
  if (request.district) out += " AND " + of_districts({*request.district});
  if (!q.districts.empty()) out += " AND " + of_districts(q.districts);
  if (!q.papers.empty()) out += " AND a.paper = ANY(" + next(text_array(q.papers)) + "::text[])";
  for (const auto& r : q.reporters) {
    const std::string p = next(r);
    out += fmt::format(" AND ({0}::text = ANY(a.reporters) OR {0}::text = ANY(a.correspondents))", p);
  }
  if (!q.dates.empty()) {
    std::string any;
    for (const auto& d : q.dates) {
      any += any.empty() ? "" : " OR ";
      if (d.month != 0) {
        // The date_key, as date:YYYY-MM-DD: the publication date first.
        any += fmt::format("(substr(a.date_key, 6, 5) = {}::text)", next(query::month_day_key(d)));
      } else {
        const std::string from = next(d.from);
        const std::string to = next(d.to);
        any += fmt::format("(a.date_key BETWEEN {}::text AND {}::text)", from, to);
      }
    }
    out += " AND (" + any + ")";
  }
  return out;
}

// The five fields (title, subtitle, body, byline, kicker: article_fts's
// columns) folded, each once for all the terms a candidate is measured for.
using FoldedFields = std::array<std::vector<fold::Char>, kColumnWeights.size()>;
FoldedFields folded_fields(const match::Fields& f) {
  FoldedFields out;
  const std::string* fields[] = {&f.title, &f.subtitle, &f.body, &f.byline, &f.kicker};
  for (std::size_t c = 0; c < out.size(); ++c) fold::fold(*fields[c], fold::Mode::kDocument, out[c]);
  return out;
}

// Instances of `term` in each field, weighted by column (FTS5's phrase frequency).
double weighted_frequency(const query::Term& term, const FoldedFields& folded) {
  double frequency = 0;
  std::vector<Span> spans;
  for (std::size_t c = 0; c < folded.size(); ++c) {
    spans.clear();
    match::find_literal(folded[c], term.folded, spans);
    frequency += kColumnWeights[c] * static_cast<double>(spans.size());
  }
  return frequency;
}

// FTS5's bm25 summed over phrases, via the single-phrase formula of hit_scan.h.
double bm25_score(const std::vector<double>& frequencies, const std::vector<std::int64_t>& holding,
                  std::int64_t rows, std::int64_t tokens, std::int64_t length) {
  double score = 0;
  for (std::size_t p = 0; p < frequencies.size(); ++p) {
    if (frequencies[p] == 0) continue;
    HitScan scan;
    scan.rows = rows;
    scan.tokens = tokens;
    scan.ids.resize(static_cast<std::size_t>(holding[p]));  // bm25() reads only their number
    score += bm25(scan, ScannedHit{0, frequencies[p], length});
  }
  return score;
}

struct Candidate {
  LoadedArticle article;
  match::Evaluation evaluation;
  SearchCursor cursor;
  std::vector<double> frequencies;  // per phrase: its weighted instances (for the IDF)
  std::vector<double> scored;       // ... those that count for this row's bm25
  std::int64_t length = 0;
};

// Tier of a match (query::Tier); `preferred`: query::preferred_query's.
int tier_of(const query::Query& q, const std::optional<query::Query>& preferred, const match::Evaluation& e,
            const match::Fields& f) {
  if (e.literal) return query::kLiteralTier;
  if (preferred && match::evaluate(*preferred, f).matches) return query::kPreferredTier;
  if (!q.has_initials()) return query::kReadingTier;
  query::Query readings = q;
  for (auto& clause : readings.clauses)
    for (auto& term : clause.any) term.initials.clear();
  return match::evaluate(readings, f).matches ? query::kReadingTier : query::kInitialsTier;
}

}  // namespace

LoadedArticle loaded_article(const Rows& rows, int i) {
  LoadedArticle l;
  l.fields =
      match::Fields{rows.text(i, 1), rows.text(i, 2), rows.text(i, 3), rows.text(i, 4), rows.text(i, 14)};
  l.district = rows.text(i, 5);
  l.date = StoredDate{rows.integer(i, 6), rows.integer(i, 7), rows.integer(i, 8)};
  l.published = StoredDate{rows.integer(i, 9), rows.integer(i, 10), rows.integer(i, 11)};
  l.paper = rows.text(i, 12);
  l.page = rows.text(i, 13);
  l.kicker = rows.text(i, 14);
  return l;
}

Result<Rows> query_by_tokens(Conn& conn, const std::string& sql, const std::vector<Param>& params,
                             bool all_text) {
  // Until the transaction ends, or ...
  KANBAO_TRY(conn.exec("SET LOCAL enable_seqscan = off; SET LOCAL jit = off"));
  KANBAO_ASSIGN_OR_RETURN(Rows rows, conn.query(sql, params, all_text));
  KANBAO_TRY(conn.exec("SET LOCAL enable_seqscan TO DEFAULT; SET LOCAL jit TO DEFAULT"));  // ... here
  return rows;
}

Result<bool> more_articles_than(Conn& conn, const std::string& where, std::vector<Param> params,
                                std::int64_t n) {
  params.push_back(param(std::min(n, std::numeric_limits<std::int64_t>::max() - 1) + 1));
  KANBAO_ASSIGN_OR_RETURN(Rows counted,
                          query_by_tokens(conn,
                                          "SELECT count(*) FROM (SELECT 1 FROM articles a WHERE " + where +
                                              " LIMIT $" + std::to_string(params.size()) + "::bigint) AS m",
                                          params, true));
  return counted.int64(0, 0) > n;
}

bool in_titles(const query::Query& q, const match::Fields& f) {
  query::Query positive = q;
  std::erase_if(positive.clauses, [](const query::Clause& c) { return c.negated; });
  return match::evaluate(positive, match::Fields{f.title, f.subtitle, "", "", f.kicker}).literal;
}

namespace {

// The condition that narrows the candidates: the articles in scope when
// nothing is scored, else those holding a phrase (out of scope too: bm25
// counts the articles holding each phrase in the whole library), through
// the GIN index (`indexed`); "" reads every article.
std::string candidate_filter(const query::Query& q, const std::string& scope,
                             const std::optional<Expression>& expression, const PrefixExpansions& expansions,
                             std::vector<Param>& params, bool& indexed) {
  indexed = false;
  if (literal_terms(q).empty()) return " AND " + scope;
  const std::optional<std::string> holders =
      expression ? holding_any(expression->phrases(), expansions, params) : holding_terms(q, params);
  if (!holders) return "";
  indexed = true;
  return " AND " + *holders;
}

// What bm25 counts of a candidate. A pinyin query is scored, as on SQLite,
// over the phrases of SQLite's FTS5 expression (pinyin_scored_expression);
// others over the typed terms, which are exactly their phrases.
struct Scorer {
  std::vector<const query::Term*> terms;
  std::optional<Expression> expression;        // pinyin queries only
  std::optional<Expression> candidates;        // ... the articles holding one of its phrases (bigrams)
  std::optional<PhraseVocabulary> vocabulary;  // ... and the tokens its phrases match
  std::optional<query::Query> preferred;       // ... and its preferred readings (tier_of)

  std::size_t phrase_count() const { return expression ? expression->phrases().size() : terms.size(); }

  void measure(Candidate& c) const {
    if (!expression) {
      const FoldedFields folded = folded_fields(c.article.fields);
      for (const query::Term* term : terms) c.frequencies.push_back(weighted_frequency(*term, folded));
      c.scored = c.frequencies;
      return;
    }
    const std::vector<Phrase>& phrases = expression->phrases();
    const PositionIndex positions(c.article.fields, *vocabulary);
    for (const Phrase& phrase : phrases) c.frequencies.push_back(positions.weighted_instances(phrase));
    // Only the phrases of the parts of the expression that match count.
    const std::vector<bool> counted = expression->counted(c.frequencies);
    for (std::size_t p = 0; p < phrases.size(); ++p) c.scored.push_back(counted[p] ? c.frequencies[p] : 0.0);
  }
};

// `fts`: a pinyin query's expressions (pinyin_expression), `preferred` its preferred query.
Result<Scorer> scorer_for(Conn& conn, const query::Query& q, const std::optional<query::FtsExpression>& fts,
                          std::optional<query::Query> preferred) {
  Scorer scorer;
  scorer.terms = literal_terms(q);
  scorer.preferred = std::move(preferred);
  if (fts) {
    KANBAO_ASSIGN_OR_RETURN(const std::string scored, pinyin_scored_expression(conn, q));
    scorer.expression.emplace(scored);
    scorer.vocabulary.emplace(scorer.expression->phrases());
    scorer.candidates.emplace(fts->all);
  }
  return scorer;
}

// The rows that match the query and are in scope, measured for bm25;
// `holding` counts the articles (in scope or not) holding each phrase.
std::vector<Candidate> matching_rows(const Rows& rows, const query::Query& q, const Scorer& scorer,
                                     std::vector<std::int64_t>& holding) {
  std::vector<Candidate> matched;
  for (int i = 0; i < rows.size(); ++i) {
    Candidate c;
    c.article = loaded_article(rows, i);
    scorer.measure(c);
    for (std::size_t p = 0; p < holding.size(); ++p) holding[p] += c.frequencies[p] > 0 ? 1 : 0;
    if (rows.text(i, 17) != "t") continue;  // out of scope: counted for bm25 only
    c.evaluation = match::evaluate(q, c.article.fields);
    if (!c.evaluation.matches) continue;
    c.length = rows.int64(i, 16);
    c.cursor = SearchCursor{tier_of(q, scorer.preferred, c.evaluation, c.article.fields), 0, rows.text(i, 15),
                            rows.int64(i, 0)};
    matched.push_back(std::move(c));
  }
  return matched;
}

// The matches in `scope` of a query whose every term is one token (`d`,
// from decided_query), measured for bm25, and `holding` set to the number
// of articles holding each term, counted from the GIN index. Counting them
// by reading every article that holds a term, as matching_rows does, read
// all 20,000 articles for 的 -发展 (2.2 s for 2,300 matches).
Result<std::vector<Candidate>> decided_matches(Conn& conn, const query::Query& q, const Scorer& scorer,
                                               const DecidedQuery& d, const std::string& scope,
                                               const std::vector<Param>& params,
                                               std::vector<std::int64_t>& holding) {
  for (std::size_t p = 0; p < scorer.terms.size(); ++p) {
    const std::optional<std::string> token = single_token(*scorer.terms[p]);
    if (!token) return Error("internal error: a decided query's term has no single token");
    KANBAO_ASSIGN_OR_RETURN(Rows counted,
                            query_by_tokens(conn,
                                            "SELECT count(*) FROM articles a WHERE a.joined_to IS NULL"
                                            " AND a.tokens && $1::int8[]",
                                            {token_array({*token})}));
    holding[p] = counted.int64(0, 0);
  }
  KANBAO_ASSIGN_OR_RETURN(
      Rows rows, query_by_tokens(conn,
                                 std::string("SELECT ") + kHitColumns + ", true FROM articles a WHERE " +
                                     d.matches() + " AND (" + scope + ")",
                                 params, true));
  std::vector<std::int64_t> counted_here(holding.size(), 0);  // of the matches only: not bm25's
  return matching_rows(rows, q, scorer, counted_here);
}

// The matches in `scope` of a query `scorer` measures, with `holding` set
// as matching_rows sets it.
Result<std::vector<Candidate>> scored_matches(Conn& conn, const query::Query& q, const Scorer& scorer,
                                              const std::string& scope, std::vector<Param> params,
                                              const PrefixExpansions& expansions,
                                              std::vector<std::int64_t>& holding) {
  std::vector<Param> decided_params = params;
  if (const auto decided = scorer.expression ? std::nullopt : decided_query(q, decided_params))
    return decided_matches(conn, q, scorer, *decided, scope, decided_params, holding);
  // A continuation joined to its head is found as the head (whose body
  // holds both parts), and counts for bm25 as SQLite's FTS5 table, which
  // does not hold it, counts it: not at all.
  std::string select =
      std::string("SELECT ") + kHitColumns + ", (" + scope + ") FROM articles a WHERE a.joined_to IS NULL";
  bool indexed = false;
  select += candidate_filter(q, scope, scorer.candidates, expansions, params, indexed);
  KANBAO_ASSIGN_OR_RETURN(Rows rows,
                          indexed ? query_by_tokens(conn, select, params) : conn.query(select, params));
  return matching_rows(rows, q, scorer, holding);
}

// The page of `matched` (ranked) that `request` asks for.
SearchPage page_of(std::vector<Candidate>& matched, const SearchRequest& request) {
  SearchPage page;
  page.total = static_cast<std::int64_t>(matched.size());
  const int columns = std::max(request.snippet_columns, 4);
  for (Candidate& c : matched) {
    if (request.limit > 0 && static_cast<int>(page.hits.size()) >= request.limit) break;
    if (request.after && !ranks_after(c.cursor, *request.after)) continue;
    page.hits.push_back(make_hit(c.cursor.id, std::move(c.article), c.evaluation, c.cursor, columns));
  }
  return page;
}

// The page of a query ranked broadly without scoring every candidate
// (search_common_terms, search_pinyin_broadly), or nullopt; `fts` gets a
// pinyin query's expressions either way, and `expansions` what their
// prefix tokens stand for.
Result<std::optional<SearchPage>> broad_page(Conn& conn, const query::Query& q, const SearchRequest& request,
                                             const std::string& scope, const std::vector<Param>& params,
                                             std::optional<query::FtsExpression>& fts,
                                             std::optional<query::Query>& preferred,
                                             PrefixExpansions& expansions) {
  KANBAO_ASSIGN_OR_RETURN(auto common, search_common_terms(conn, q, request, scope, params));
  if (common || !q.has_pinyin()) return common;
  KANBAO_ASSIGN_OR_RETURN(fts, pinyin_expression(conn, q, &preferred));
  std::vector<Phrase> phrases;
  for (const std::string* e : {&fts->all, &fts->literal, &fts->readings, &fts->preferred}) {
    if (e->empty()) continue;
    const Expression expression(*e);
    phrases.insert(phrases.end(), expression.phrases().begin(), expression.phrases().end());
  }
  KANBAO_ASSIGN_OR_RETURN(expansions, expand_prefixes(conn, phrases));
  return search_pinyin_broadly(conn, q, *fts, preferred, expansions, request, scope, params);
}

// The page of hits `request` asks for, ranked (in the caller's transaction).
Result<SearchPage> ranked_page(Conn& conn, const SearchRequest& request, const corpus::Gazetteer& gazetteer) {
  KANBAO_ASSIGN_OR_RETURN(const query::Query q, query::parse(request.query));
  std::vector<Param> params;
  KANBAO_ASSIGN_OR_RETURN(const std::string scope, scope_filter(q, request, gazetteer, params));
  std::optional<query::FtsExpression> fts;  // a pinyin query's expressions
  std::optional<query::Query> preferred;    // ... its preferred readings
  PrefixExpansions expansions;              // ... and what their prefix tokens stand for
  if (auto broad = broad_page(conn, q, request, scope, params, fts, preferred, expansions);
      !broad || *broad) {
    if (!broad) return broad.error();
    return std::move(**broad);
  }
  KANBAO_ASSIGN_OR_RETURN(const Scorer scorer, scorer_for(conn, q, fts, std::move(preferred)));
  KANBAO_ASSIGN_OR_RETURN(const LibraryCounts stats, library_counts(conn));
  const std::int64_t total_rows = stats.articles, total_tokens = stats.tokens;
  std::vector<std::int64_t> holding(scorer.phrase_count(), 0);  // articles holding each phrase
  KANBAO_ASSIGN_OR_RETURN(std::vector<Candidate> matched,
                          scored_matches(conn, q, scorer, scope, params, expansions, holding));
  const bool plain = !q.has_pinyin() && q.reporters.empty() && q.dates.empty();
  const bool broad =
      plain && request.bm25_up_to >= 0 && static_cast<std::int64_t>(matched.size()) > request.bm25_up_to;
  for (Candidate& c : matched) {
    if (scorer.terms.empty()) continue;  // filters and negations only: newest first
    c.cursor.score = broad ? (in_titles(q, c.article.fields) ? 0 : 1)
                           : bm25_score(c.scored, holding, total_rows, total_tokens, c.length);
  }
  std::sort(matched.begin(), matched.end(),
            [](const Candidate& a, const Candidate& b) { return ranks_after(b.cursor, a.cursor); });
  return page_of(matched, request);
}

}  // namespace

Result<SearchPage> PgLibrary::search(const SearchRequest& request) {
  KANBAO_ASSIGN_OR_RETURN(Transaction tx, Transaction::begin(conn_, true));
  KANBAO_ASSIGN_OR_RETURN(SearchPage page, ranked_page(conn_, request, impl_.gazetteer));
  KANBAO_TRY(read_pages(conn_, page.hits));
  return page;
}

Result<ArticleMatches> PgLibrary::matches(std::int64_t id, const std::string& query_text) {
  KANBAO_ASSIGN_OR_RETURN(const query::Query q, query::parse(query_text));
  KANBAO_ASSIGN_OR_RETURN(Transaction tx, Transaction::begin(conn_, true));
  KANBAO_ASSIGN_OR_RETURN(
      Rows rows,
      conn_.query("SELECT title, subtitle, body, byline, kicker FROM articles WHERE id = $1", {param(id)}));
  if (rows.size() == 0) return Error("there is no article " + std::to_string(id) + " in the library");
  return matches_in(
      q, match::Fields{rows.text(0, 0), rows.text(0, 1), rows.text(0, 2), rows.text(0, 3), rows.text(0, 4)});
}

}  // namespace kanbao::store::pg
