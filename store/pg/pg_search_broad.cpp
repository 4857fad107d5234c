// SPDX-License-Identifier: MIT
// The common-term path of PgLibrary::search (pg_search.h states when it
// applies). A common term took ~13 s at 20,000 articles when every
// candidate was loaded and scored in C++; here the server selects and
// counts the matches from their tokens, and bodies are read for one page.
#include <algorithm>
#include <map>

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
  std::vector<std::string> ids;
  ids.reserve(cursors.size());
  for (const auto& c : cursors) ids.push_back(std::to_string(c.id));
  KANBAO_ASSIGN_OR_RETURN(Rows rows, conn.query(std::string("SELECT ") + kHitColumns +
                                                    " FROM articles a WHERE a.id = ANY($1::bigint[])",
                                                {text_array(ids)}));
  std::map<std::int64_t, int> row_of;
  for (int i = 0; i < rows.size(); ++i) row_of[rows.int64(i, 0)] = i;
  std::vector<SearchHit> hits;
  for (const auto& c : cursors) {
    auto it = row_of.find(c.id);
    if (it == row_of.end()) return Error("article " + std::to_string(c.id) + " vanished during the search");
    LoadedArticle article = loaded_article(rows, it->second);
    const match::Evaluation e = match::evaluate(q, article.fields);
    hits.push_back(make_hit(c.id, std::move(article), e, c, columns));
  }
  return hits;
}

}  // namespace

Result<std::optional<SearchPage>> search_common_terms(Conn& conn, const query::Query& q,
                                                      const SearchRequest& request, const std::string& scope,
                                                      std::vector<Param> params) {
  const bool plain = !q.has_pinyin() && q.reporters.empty() && q.dates.empty();
  const bool positive =
      std::any_of(q.clauses.begin(), q.clauses.end(), [](const auto& c) { return !c.negated; });
  if (!plain || !positive || request.bm25_up_to < 0) return std::optional<SearchPage>();
  const auto matching = token_condition(q, params);
  if (!matching) return std::optional<SearchPage>();
  // Matches of a continuation are its head's (pg_continuations.h).
  KANBAO_ASSIGN_OR_RETURN(Rows rows,
                          query_by_tokens(conn,
                                          "SELECT a.id, a.date_key, a.title, a.subtitle FROM articles a"
                                          " WHERE a.joined_to IS NULL AND " +
                                              scope + *matching,
                                          params));
  if (rows.size() <= request.bm25_up_to) return std::optional<SearchPage>();  // bm25 ranks them
  std::vector<SearchCursor> ranked;
  ranked.reserve(static_cast<std::size_t>(rows.size()));
  for (int i = 0; i < rows.size(); ++i) {
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
  page.total = rows.size();
  KANBAO_ASSIGN_OR_RETURN(page.hits, page_hits(conn, q, shown, std::max(request.snippet_columns, 4)));
  return std::optional<SearchPage>(std::move(page));
}

}  // namespace kanbao::store::pg
