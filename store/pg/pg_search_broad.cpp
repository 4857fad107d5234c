// SPDX-License-Identifier: MIT
// The common-term path of PgLibrary::search (pg_search.h states when it
// applies). A common term took ~13 s at 20,000 articles when every
// candidate was loaded and scored in C++; here the server selects and
// counts the matches from their tokens (and, for a phrase of several
// tokens, finds most of them in their stored text: 高质量 took 250 ms when
// every candidate was read), and bodies are read for one page and for the
// candidates the server cannot decide.
#include <fmt/format.h>

#include <algorithm>

#include "store/pg/pg_search.h"
#include "store/pg/pg_tokens.h"
#include "store/search/assemble.h"
#include "store/tokenizer.h"
#include "text/utf8.h"

namespace kanbao::store::pg {

std::optional<std::string> single_token(const query::Term& term) {
  if (!term.letters.empty() || !term.initials.empty() || term.folded.empty()) return std::nullopt;
  for (const fold::Char& c : term.folded)
    if (c.kind != fold::Kind::kHan) return std::nullopt;
  if (term.folded.size() == 3) {
    std::string trigram;
    han_trigrams(term.folded, [&trigram](std::string t, std::size_t) { trigram = std::move(t); });
    return trigram;
  }
  bool exact = true;
  const auto phrase = tokens::literal_phrase(term.folded, 2, exact);
  if (!exact || phrase.size() != 1 || phrase[0].prefix) return std::nullopt;
  return phrase[0].text;
}

namespace {

// A term of Han characters alone, each of the unified block (U+4E00 to
// U+9FFF), which fold::fold maps one by one, each on its own, to its
// simplified form: where the stored text holds the folded term byte for
// byte, its folded text holds it, so the article matches. Its UTF-8.
std::optional<std::string> plain_han(const query::Term& term) {
  if (!term.letters.empty() || !term.initials.empty() || term.folded.empty()) return std::nullopt;
  std::string out;
  for (const fold::Char& c : term.folded) {
    if (c.kind != fold::Kind::kHan || c.c < 0x4E00 || c.c > 0x9FFF) return std::nullopt;
    text::append_utf8(out, c.c);
  }
  return out;
}

// SQL over one article `a`: `possible` is true for every article holding
// the query (a superset, answered by the GIN index), `sure` only for
// articles holding it. `sure` is "true" when the tokens decide alone.
struct TokenCondition {
  std::string possible, sure = "true";
  std::string negated;  // the ids of the negated terms' tokens, an int8[] parameter, or ""
  std::string titled;   // when `sure` is "true": the positive terms in the heading (title, subtitle, kicker)
  std::string opaque;   // ... and `possible` with its tokens hidden from the planner
};

// The query as conditions over the articles' tokens and text (its clauses
// ANDed, a clause holding any of its terms, a negated one none), or
// nullopt if some term is neither one token nor a phrase of unified Han
// characters, or a negated term is not one token.
std::optional<TokenCondition> token_condition(const query::Query& q, std::vector<Param>& params) {
  const auto next = [&params](Param p) {
    params.push_back(std::move(p));
    return "$" + std::to_string(params.size());
  };
  TokenCondition out;
  std::vector<std::string> negated;
  std::vector<std::string> possible, sure, titled, opaque;  // per positive clause
  bool decided = true;                                      // every positive term one token
  for (const auto& clause : q.clauses) {
    std::vector<std::string> single, possible_any, sure_any;
    for (const auto& term : clause.any) {
      if (auto token = single_token(term)) {
        single.push_back(std::move(*token));
        continue;
      }
      const std::optional<std::string> phrase = plain_han(term);
      const std::vector<std::string> tokens = phrase ? term_tokens(term.folded) : std::vector<std::string>{};
      if (clause.negated || tokens.empty()) return std::nullopt;
      const std::string text = next(*phrase) + "::text";
      possible_any.push_back("a.tokens @> " + next(token_array(tokens)) + "::int8[]");
      sure_any.push_back(
          fmt::format("(strpos(a.title, {0}) > 0 OR strpos(a.subtitle, {0}) > 0 OR"
                      " strpos(a.body, {0}) > 0 OR strpos(a.byline, {0}) > 0 OR strpos(a.kicker, {0}) > 0)",
                      text));
      decided = false;
    }
    if (clause.negated) {
      negated.insert(negated.end(), single.begin(), single.end());
      continue;
    }
    if (!single.empty()) {
      const std::string tokens = next(token_array(single)) + "::int8[]";
      const std::string held = "a.tokens && " + tokens;
      possible_any.push_back(held);
      sure_any.push_back(held);
      titled.push_back("a.title_tokens && " + tokens);
      opaque.push_back("a.tokens && (SELECT " + tokens + ")");
    }
    possible.push_back("(" + fmt::format("{}", fmt::join(possible_any, " OR ")) + ")");
    sure.push_back("(" + fmt::format("{}", fmt::join(sure_any, " OR ")) + ")");
  }
  out.possible = fmt::format("{}", fmt::join(possible, " AND "));
  if (!decided) out.sure = fmt::format("{}", fmt::join(sure, " AND "));
  if (decided) {
    out.titled = "(" + fmt::format("{}", fmt::join(titled, " AND ")) + ")";
    out.opaque = "(" + fmt::format("{}", fmt::join(opaque, " AND ")) + ")";
  }
  if (!negated.empty()) out.negated = next(token_array(negated)) + "::int8[]";
  return out;
}

// The statement selecting, of the articles not joined to a head (a
// continuation's matches are its head's), those `c` may hold: id,
// date_key, title, subtitle, whether in `scope`, whether `c` is sure, kicker.
std::string possible_rows(const TokenCondition& c, const std::string& scope) {
  std::string sql = "SELECT a.id, a.date_key, a.title, a.subtitle, (" + scope + "), (" + c.sure +
                    "), a.kicker FROM articles a WHERE a.joined_to IS NULL AND ";
  if (c.negated.empty()) return sql + c.possible;
  // The articles holding a negated term's token left out by their ids, the
  // GIN index answering both sides: testing `NOT a.tokens && ...` on each
  // candidate reads its whole token array (1.8 s for 发展 -管城 at 20,000).
  return sql + "a.id = ANY(ARRAY(SELECT a.id FROM articles a WHERE " + c.possible +
         " EXCEPT SELECT a.id FROM articles a WHERE a.tokens && " + c.negated + "))";
}

// Whether a query of phrases has bm25_up_to candidates or fewer: counted
// first, from the GIN index alone, as finding a phrase in the candidates'
// text is wasted when bm25 ranks them (高质量发展 took twice as long).
// Counted only up to one past bm25_up_to: the rest would each be a visit
// to a heap page (组织工作 has 6,167 candidates at 20,000 articles).
Result<bool> few_candidates(Conn& conn, const TokenCondition& c, const SearchRequest& request,
                            std::vector<Param> params) {
  if (c.sure == "true") return false;  // one token a term: the rows are read at once
  // (The scope's parameters are unused.)
  KANBAO_ASSIGN_OR_RETURN(const bool many, more_articles_than(conn, "a.joined_to IS NULL AND " + c.possible,
                                                              std::move(params), request.bm25_up_to));
  return !many;
}

// The indexes of the rows of `rows` (possible_rows) that match `q`: the
// sure ones, and those of the others whose text matches, read now; nullopt
// when the sure ones are bm25_up_to or fewer: then the caller's scoring
// decides (it reads every candidate's text anyway; 高质量发展 has 4,850
// candidates and 1,827 matches).
Result<std::optional<std::vector<int>>> matching_rows(Conn& conn, const query::Query& q, const Rows& rows,
                                                      std::int64_t bm25_up_to) {
  std::vector<std::int64_t> unsure;
  for (int i = 0; i < rows.size(); ++i) {
    if (rows.text(i, 5) != "t") unsure.push_back(rows.int64(i, 0));
  }
  if (rows.size() - static_cast<std::int64_t>(unsure.size()) <= bm25_up_to)
    return std::optional<std::vector<int>>();
  std::vector<int> out;
  std::unordered_map<std::int64_t, LoadedArticle> texts;
  if (!unsure.empty()) {
    KANBAO_ASSIGN_OR_RETURN(texts, load_articles(conn, unsure));
  }
  for (int i = 0; i < rows.size(); ++i) {
    if (rows.text(i, 5) != "t") {
      auto it = texts.find(rows.int64(i, 0));
      if (it == texts.end() || !match::evaluate(q, it->second.fields).matches) continue;
    }
    out.push_back(i);
  }
  return std::optional<std::vector<int>>(std::move(out));
}

}  // namespace

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

namespace {

// The page `request` asks for of the matching rows `matching` of `rows`
// (possible_rows), ranked broadly: title matches first, then newest.
Result<SearchPage> titles_then_newest(Conn& conn, const query::Query& q, const SearchRequest& request,
                                      const Rows& rows, const std::vector<int>& matching) {
  std::vector<SearchCursor> ranked;
  ranked.reserve(matching.size());
  for (const int i : matching) {
    if (rows.text(i, 4) != "t") continue;  // out of scope
    const bool titled =
        in_titles(q, match::Fields{rows.text(i, 2), rows.text(i, 3), "", "", rows.text(i, 6)});
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
  return page;
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

namespace {

DecidedQuery decided_from(const TokenCondition& condition) {
  DecidedQuery decided{condition.possible, condition.titled, condition.opaque};
  // A hashed set of the excluded ids, from the GIN index: `NOT a.tokens
  // && ...` would read each candidate's whole token array.
  if (!condition.negated.empty())
    decided.kept = "a.id NOT IN (SELECT b.id FROM articles b WHERE b.tokens && " + condition.negated + ")";
  return decided;
}

}  // namespace

std::optional<DecidedQuery> decided_query(const query::Query& q, std::vector<Param>& params) {
  const bool positive =
      std::any_of(q.clauses.begin(), q.clauses.end(), [](const auto& c) { return !c.negated; });
  if (q.has_pinyin() || !positive) return std::nullopt;
  std::vector<Param> more = params;
  const auto condition = token_condition(q, more);
  if (!condition || condition->sure != "true") return std::nullopt;
  params = std::move(more);
  return decided_from(*condition);
}

Result<std::optional<SearchPage>> search_common_terms(Conn& conn, const query::Query& q,
                                                      const SearchRequest& request, const std::string& scope,
                                                      std::vector<Param> params) {
  const bool plain = !q.has_pinyin() && q.reporters.empty() && q.dates.empty();
  const bool positive =
      std::any_of(q.clauses.begin(), q.clauses.end(), [](const auto& c) { return !c.negated; });
  if (!plain || !positive || request.bm25_up_to < 0) return std::optional<SearchPage>();
  const auto condition = token_condition(q, params);
  if (!condition) return std::optional<SearchPage>();
  if (condition->sure == "true") {  // the scope, if any, of district filters alone (plain)
    DecidedQuery decided = decided_from(*condition);
    decided.scope = scope;
    return search_decided_terms(conn, q, request, decided, params);
  }
  // As on SQLite, the matches in the whole library decide whether bm25
  // ranks them (its full-text index knows no scope); those in scope are ranked.
  KANBAO_ASSIGN_OR_RETURN(const bool few, few_candidates(conn, *condition, request, params));
  if (few) return std::optional<SearchPage>();
  KANBAO_ASSIGN_OR_RETURN(Rows rows, query_by_tokens(conn, possible_rows(*condition, scope), params));
  if (rows.size() <= request.bm25_up_to) return std::optional<SearchPage>();  // bm25 ranks them
  KANBAO_ASSIGN_OR_RETURN(const auto matching, matching_rows(conn, q, rows, request.bm25_up_to));
  if (!matching) return std::optional<SearchPage>();
  KANBAO_ASSIGN_OR_RETURN(SearchPage page, titles_then_newest(conn, q, request, rows, *matching));
  return std::optional<SearchPage>(std::move(page));
}

}  // namespace kanbao::store::pg
