// SPDX-License-Identifier: MIT
// The common-term path of PgLibrary::search (pg_search.h states when it
// applies). A common term took ~13 s at 20,000 articles when every
// candidate was loaded and scored in C++; here the server selects and
// counts the matches from their tokens, and bodies are read for one page.
#include <algorithm>

#include "store/pg/pg_search.h"
#include "store/search/assemble.h"
#include "store/tokenizer.h"

namespace kanbao::store::pg {
namespace {

// The one index token of `term` if an article holds the term exactly when
// its tokens hold that token: a frequent Han character (indexed alone at
// every occurrence) or two Han characters (their bigram). Longer terms'
// tokens can all be present apart, and a single other character is a
// prefix of many tokens.
std::optional<std::string> single_token(const query::Term& term) {
  if (!term.letters.empty() || !term.initials.empty() || term.folded.empty()) return std::nullopt;
  for (const fold::Char& c : term.folded)
    if (c.kind != fold::Kind::kHan) return std::nullopt;
  bool exact = true;
  const auto phrase = tokens::literal_phrase(term.folded, 2, exact);
  if (!exact || phrase.size() != 1 || phrase[0].prefix) return std::nullopt;
  return phrase[0].text;
}

// The query as SQL over the articles' tokens (its clauses ANDed, a clause
// holding any of its terms, a negated one none), or nullopt if some term
// has no single token.
std::optional<std::string> token_condition(const query::Query& q, std::vector<Param>& params) {
  std::string out;
  for (const auto& clause : q.clauses) {
    std::vector<std::string> any;
    for (const auto& term : clause.any) {
      auto token = single_token(term);
      if (!token) return std::nullopt;
      any.push_back(std::move(*token));
    }
    params.push_back(text_array(any));
    out += std::string(" AND ") + (clause.negated ? "NOT " : "") + "a.tokens && $" +
           std::to_string(params.size()) + "::text[]";
  }
  return out;
}

// The hits of `cursors` (one page, in order), each article read now.
Result<std::vector<SearchHit>> page_hits(Conn& conn, const query::Query& q,
                                         const std::vector<SearchCursor>& cursors, int columns) {
  std::vector<std::int64_t> ids;
  ids.reserve(cursors.size());
  for (const auto& c : cursors) ids.push_back(c.id);
  KANBAO_ASSIGN_OR_RETURN(auto articles, load_articles(conn, ids));
  std::vector<SearchHit> hits;
  for (const auto& c : cursors) {
    auto it = articles.find(c.id);
    if (it == articles.end()) return Error("article " + std::to_string(c.id) + " vanished during the search");
    const match::Evaluation e = match::evaluate(q, it->second.fields);
    hits.push_back(make_hit(c.id, std::move(it->second), e, c, columns));
  }
  return hits;
}

}  // namespace

Result<std::unordered_map<std::int64_t, LoadedArticle>> load_articles(Conn& conn,
                                                                      const std::vector<std::int64_t>& ids) {
  std::vector<std::string> texts;
  texts.reserve(ids.size());
  for (std::int64_t id : ids) texts.push_back(std::to_string(id));
  KANBAO_ASSIGN_OR_RETURN(Rows rows, conn.query(std::string("SELECT ") + kHitColumns +
                                                    " FROM articles a WHERE a.id = ANY($1::bigint[])",
                                                {text_array(texts)}));
  std::unordered_map<std::int64_t, LoadedArticle> out;
  for (int i = 0; i < rows.size(); ++i) out.emplace(rows.int64(i, 0), loaded_article(rows, i));
  return out;
}

Result<std::optional<SearchPage>> search_common_terms(Conn& conn, const query::Query& q,
                                                      const SearchRequest& request, const std::string& scope,
                                                      std::vector<Param> params) {
  const bool plain = !q.has_pinyin() && q.reporters.empty() && q.dates.empty();
  const bool positive =
      std::any_of(q.clauses.begin(), q.clauses.end(), [](const auto& c) { return !c.negated; });
  if (!plain || !positive || request.bm25_up_to < 0) return std::optional<SearchPage>();
  const auto matching = token_condition(q, params);
  if (!matching) return std::optional<SearchPage>();
  // Matches of a continuation are its head's (pg_continuations.h). As on
  // SQLite, the matches in the whole library decide whether bm25 ranks
  // them (its full-text index knows no scope); those in scope are ranked.
  KANBAO_ASSIGN_OR_RETURN(Rows rows,
                          query_by_tokens(conn,
                                          "SELECT a.id, a.date_key, a.title, a.subtitle, (" + scope +
                                              ") FROM articles a WHERE a.joined_to IS NULL" + *matching,
                                          params));
  if (rows.size() <= request.bm25_up_to) return std::optional<SearchPage>();  // bm25 ranks them
  std::vector<SearchCursor> ranked;
  ranked.reserve(static_cast<std::size_t>(rows.size()));
  for (int i = 0; i < rows.size(); ++i) {
    if (rows.text(i, 4) != "t") continue;  // out of scope
    const bool titled = in_titles(q, match::Fields{rows.text(i, 2), rows.text(i, 3), "", ""});
    ranked.push_back(SearchCursor{0, titled ? 0.0 : 1.0, rows.text(i, 1), rows.int64(i, 0)});
  }
  std::sort(ranked.begin(), ranked.end(),
            [](const SearchCursor& a, const SearchCursor& b) { return ranks_after(b, a); });
  std::vector<SearchCursor> shown;
  for (const SearchCursor& c : ranked) {
    if (request.limit > 0 && static_cast<int>(shown.size()) >= request.limit) break;
    if (request.after && !ranks_after(c, *request.after)) continue;
    shown.push_back(c);
  }
  SearchPage page;
  page.total = static_cast<std::int64_t>(ranked.size());
  KANBAO_ASSIGN_OR_RETURN(page.hits, page_hits(conn, q, shown, std::max(request.snippet_columns, 4)));
  return std::optional<SearchPage>(std::move(page));
}

}  // namespace kanbao::store::pg
