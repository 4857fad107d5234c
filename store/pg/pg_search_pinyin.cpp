// SPDX-License-Identifier: MIT
// The broad pinyin path of PgLibrary::search (pg_search.h states when it
// applies). Scoring every candidate of `fazhan` by bm25 took 8 s at 20,000
// articles: each was loaded and its phrases counted in C++. Here the
// candidates come from the server - their ids and dates only, when the
// expression is a test on token sets - and SQLite's broad ranking
// (rank_pinyin_candidates) orders them; bodies are read for the page.
#include <algorithm>
#include <unordered_map>

#include "store/pg/pg_phrases.h"
#include "store/pg/pg_pinyin.h"
#include "store/pg/pg_search.h"
#include "store/search/assemble.h"
#include "store/search/strategies.h"

namespace kanbao::store::pg {
namespace {

// A candidate: an article matching FtsExpression::all.
struct PinyinRow {
  std::int64_t id = 0;
  std::string date_key;
  bool in_scope = false;  // the request's district filters
  bool literal = false;   // matches FtsExpression::literal
  bool reading = false;   // matches FtsExpression::readings (asked only with initials)
};

// The three expressions of a pinyin query.
struct Expressions {
  Expression all, literal, readings;
  explicit Expressions(const query::FtsExpression& fts)
      : all(fts.all), literal(fts.literal), readings(fts.readings) {}
};

// The candidates, decided by the server on the articles' token sets; nullopt
// when an expression is no test on token sets (Expression::token_sql).
Result<std::optional<std::vector<PinyinRow>>> candidates_by_tokens(Conn& conn, const Expressions& e,
                                                                   const PrefixExpansions& expansions,
                                                                   bool initials, const std::string& scope,
                                                                   std::vector<Param> params) {
  const auto any_of = [&params](const std::vector<std::string>& tokens) {
    params.push_back(text_array(tokens));
    return "a.tokens && $" + std::to_string(params.size()) + "::text[]";
  };
  const std::optional<std::string> all = e.all.token_sql(any_of, expansions),
                                   literal = e.literal.token_sql(any_of, expansions);
  const std::optional<std::string> readings =
      initials ? e.readings.token_sql(any_of, expansions) : std::optional<std::string>("false");
  if (!all || !literal || !readings) return std::optional<std::vector<PinyinRow>>();
  // A continuation joined to its head is found as the head (pg_continuations.h).
  KANBAO_ASSIGN_OR_RETURN(
      Rows rows,
      query_by_tokens(conn,
                      "SELECT a.id, a.date_key, (" + scope + "), " + *literal + ", " + *readings +
                          " FROM articles a WHERE a.joined_to IS NULL AND " + *all + " ORDER BY a.id",
                      params));
  std::vector<PinyinRow> out;
  out.reserve(static_cast<std::size_t>(rows.size()));
  for (int i = 0; i < rows.size(); ++i) {
    out.push_back({rows.int64(i, 0), rows.text(i, 1), rows.text(i, 2) == "t", rows.text(i, 3) == "t",
                   rows.text(i, 4) == "t"});
  }
  return std::optional<std::vector<PinyinRow>>(std::move(out));
}

// Instances of each of `phrases` in an article (> 0: the phrase is there).
std::vector<double> instances(const PositionIndex& positions, const Expression& e) {
  std::vector<double> out;
  for (const Phrase& phrase : e.phrases()) out.push_back(positions.weighted_instances(phrase));
  return out;
}

// The candidates, decided in C++ on the articles' text (a phrase of several
// tokens): the articles holding a phrase's tokens are loaded (holding_any).
Result<std::vector<PinyinRow>> candidates_by_text(Conn& conn, const Expressions& e,
                                                  const PrefixExpansions& expansions, bool initials,
                                                  const std::string& scope, std::vector<Param> params) {
  std::vector<Phrase> phrases = e.all.phrases();
  for (const Expression* more : {&e.literal, &e.readings})
    phrases.insert(phrases.end(), more->phrases().begin(), more->phrases().end());
  const PhraseVocabulary vocabulary(phrases);
  std::string sql = "SELECT a.id, a.title, a.subtitle, a.body, a.byline, a.date_key, (" + scope +
                    ") FROM articles a WHERE a.joined_to IS NULL";
  const std::optional<std::string> holders = holding_any(e.all.phrases(), expansions, params);
  if (holders) sql += " AND " + *holders;
  sql += " ORDER BY a.id";
  KANBAO_ASSIGN_OR_RETURN(Rows rows, holders ? query_by_tokens(conn, sql, params) : conn.query(sql, params));
  std::vector<PinyinRow> out;
  for (int i = 0; i < rows.size(); ++i) {
    const PositionIndex positions(
        match::Fields{rows.text(i, 1), rows.text(i, 2), rows.text(i, 3), rows.text(i, 4)}, vocabulary);
    if (!e.all.matches(instances(positions, e.all))) continue;
    out.push_back({rows.int64(i, 0), rows.text(i, 5), rows.text(i, 6) == "t",
                   e.literal.matches(instances(positions, e.literal)),
                   initials && e.readings.matches(instances(positions, e.readings))});
  }
  return out;
}

// The date order of the candidates in scope, newest first, as a DateWalk
// (rank_broad_walking): the articles outside them are never ranked, so
// walking these alone ranks as walking the whole library does.
struct CandidateOrder {
  std::vector<std::pair<std::string, std::int64_t>> newest_first;
  std::unordered_map<std::int64_t, std::string> key_of;

  explicit CandidateOrder(const std::vector<PinyinRow>& rows) {
    for (const PinyinRow& row : rows) {
      if (!row.in_scope) continue;
      newest_first.emplace_back(row.date_key, row.id);
      key_of.emplace(row.id, row.date_key);
    }
    std::sort(newest_first.begin(), newest_first.end(), std::greater<>());
  }

  DateWalk walk() const {
    DateWalk dates;
    dates.walk = [this](const DateWalk::From& from,
                        const std::function<bool(const std::string&, std::int64_t)>& visit) {
      auto it = newest_first.begin();
      if (from) it = std::upper_bound(newest_first.begin(), newest_first.end(), *from, std::greater<>());
      for (; it != newest_first.end(); ++it)
        if (!visit(it->first, it->second)) break;
      return Status::Ok();
    };
    dates.date_key = [this](std::int64_t id) -> Result<std::string> {
      auto it = key_of.find(id);
      return it == key_of.end() ? std::string() : it->second;
    };
    return dates;
  }
};

// Loads articles for verified_page() in batches, in the order it asks for
// them (the ranking's), one round trip per batch.
class BatchLoader {
 public:
  BatchLoader(Conn& conn, const std::vector<SearchCursor>& rows) : conn_(conn), rows_(rows) {}

  Result<std::optional<LoadedArticle>> operator()(std::int64_t id) {
    if (loaded_.count(id) == 0) KANBAO_TRY(load_from(id));
    auto it = loaded_.find(id);
    if (it == loaded_.end() || !it->second) return std::optional<LoadedArticle>();
    return std::move(it->second);
  }

 private:
  static constexpr std::size_t kBatch = 256;

  // Loads `id` and the rows after it, up to kBatch.
  Status load_from(std::int64_t id) {
    while (next_ < rows_.size() && rows_[next_].id != id) ++next_;
    std::vector<std::int64_t> ids{id};
    for (std::size_t i = next_ + 1; i < rows_.size() && ids.size() < kBatch; ++i) ids.push_back(rows_[i].id);
    KANBAO_ASSIGN_OR_RETURN(auto articles, load_articles(conn_, ids));
    for (std::int64_t wanted : ids) loaded_.emplace(wanted, std::nullopt);  // gone unless found
    for (auto& [found, article] : articles) loaded_[found] = std::move(article);
    return Status::Ok();
  }

  Conn& conn_;
  const std::vector<SearchCursor>& rows_;
  std::size_t next_ = 0;
  std::unordered_map<std::int64_t, std::optional<LoadedArticle>> loaded_;
};

}  // namespace

Result<std::optional<SearchPage>> search_pinyin_broadly(
    Conn& conn, const query::Query& q, const query::FtsExpression& fts, const PrefixExpansions& expansions,
    const SearchRequest& request, const std::string& scope, const std::vector<Param>& params) {
  if (!pinyin_ranks_broadly(q, request)) return std::optional<SearchPage>();
  const Expressions e(fts);
  KANBAO_ASSIGN_OR_RETURN(auto by_tokens,
                          candidates_by_tokens(conn, e, expansions, q.has_initials(), scope, params));
  std::vector<PinyinRow> rows;
  if (by_tokens) {
    rows = std::move(*by_tokens);
  } else {
    KANBAO_ASSIGN_OR_RETURN(rows, candidates_by_text(conn, e, expansions, q.has_initials(), scope, params));
  }
  // As on SQLite, the candidates in the whole library decide (its full-text
  // index knows no scope).
  if (static_cast<std::int64_t>(rows.size()) <= request.bm25_up_to) return std::optional<SearchPage>();
  PinyinCandidates candidates;
  for (const PinyinRow& row : rows) {
    candidates.all.push_back(row.id);
    if (row.literal) candidates.literal.push_back(row.id);
    if (row.reading) candidates.readings.push_back(row.id);
  }
  const CandidateOrder order(rows);
  const BroadRanker broad = [&order](const SearchRequest& wanted, BroadSource source) {
    std::erase_if(source.matches, [&order](std::int64_t id) { return order.key_of.count(id) == 0; });
    return rank_broad_walking(order.walk(), source, wanted.after, wanted.limit);
  };
  KANBAO_ASSIGN_OR_RETURN(const Ranking ranking,
                          rank_pinyin_candidates(q, request, fts.exact, std::move(candidates), broad));
  BatchLoader loader(conn, ranking.rows);
  KANBAO_ASSIGN_OR_RETURN(SearchPage page, verified_page(q, request, fts.exact, ranking,
                                                         [&loader](std::int64_t id) { return loader(id); }));
  return std::optional<SearchPage>(std::move(page));
}

}  // namespace kanbao::store::pg
