// SPDX-License-Identifier: MIT
// The broad pinyin path of PgLibrary::search (pg_search.h states when it
// applies). Scoring every candidate of `fazhan` by bm25 took 8 s at 20,000
// articles: each was loaded and its phrases counted in C++. Here the
// candidates come from the server - their ids and dates only, when the
// expression is a test on token sets - and SQLite's broad ranking
// (rank_pinyin_candidates) orders them; bodies are read for the page.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <unordered_map>

#include "store/pg/pg_phrases.h"
#include "store/pg/pg_pinyin.h"
#include "store/pg/pg_search.h"
#include "store/pg/pg_tokens.h"
#include "store/search/assemble.h"
#include "store/search/strategies.h"
#include "store/snippet.h"

namespace kanbao::store::pg {
namespace {

// A candidate: an article matching FtsExpression::all.
struct PinyinRow {
  std::int64_t id = 0;
  std::string date_key;
  bool in_scope = false;   // the request's district filters
  bool literal = false;    // matches FtsExpression::literal
  bool reading = false;    // matches FtsExpression::readings (asked only with initials)
  bool preferred = false;  // matches FtsExpression::preferred (asked only when there is one)
};

// The expressions of a pinyin query.
struct Expressions {
  Expression all, literal, readings;
  std::optional<Expression> preferred;
  explicit Expressions(const query::FtsExpression& fts)
      : all(fts.all), literal(fts.literal), readings(fts.readings) {
    if (!fts.preferred.empty()) preferred.emplace(fts.preferred);
  }
};

// TokenPlan::phrases's index of each expression.
enum : std::size_t { kAll = 0, kLiteral = 1, kReadings = 2, kPreferred = 3 };

// The most tokens candidates_by_tokens() probes the GIN index for, one
// by one (zheng: 2,570 tokens, 143,000 postings, 0.8 s at 20,000 articles).
constexpr std::size_t kMaxProbes = 8192;

// What candidates_by_tokens() asks the GIN indexes: whether an article
// holds each whole token the phrases stand for, one probe per token, and
// for the one-character prefixes ("国"*, is_head) of one OR of an
// expression (Expression::or_groups), whether one of them heads one of its
// tokens, one probe per OR: an article holding any of them holds that OR,
// whichever it holds. A prefix standing for every bigram of a common
// character read every article's text (gxq: 3 s at 20,000 articles), and a
// probe per character gave a row per character an article holds. Asking
// once per OR for the whole tokens too was slower (zuzhi, fazhan: each OR
// read most of the table). Per expression, per phrase, the probes any of
// which holds it: the tokens, then the head groups.
struct TokenPlan {
  std::vector<std::string> tokens;
  std::vector<std::vector<std::string>> heads;
  std::vector<std::vector<std::vector<std::size_t>>> phrases;  // all, literal, readings

  // nullopt when some phrase is no single token (Expression::phrase_tokens)
  // nor a one-character prefix.
  static std::optional<TokenPlan> of(const Expressions& e, const PrefixExpansions& expansions,
                                     bool initials) {
    TokenPlan plan;
    std::unordered_map<std::string, std::size_t> index;
    HeadGroups head_groups;
    const Expression* asked[] = {&e.all, &e.literal, initials ? &e.readings : nullptr,
                                 e.preferred ? &*e.preferred : nullptr};
    for (const Expression* expression : asked) {
      auto& indexes = plan.phrases.emplace_back();
      if (expression == nullptr) continue;  // not asked: never matched (matches())
      const std::vector<Phrase>& phrases = expression->phrases();
      const std::vector<std::size_t> groups = expression->or_groups();
      indexes.resize(phrases.size());
      std::map<std::size_t, std::vector<std::string>> group_heads;  // OR group -> its characters
      for (std::size_t p = 0; p < phrases.size(); ++p) {
        if (phrases[p].size() == 1 && is_head(phrases[p][0])) {
          group_heads[groups[p]].push_back(phrases[p][0].text);
          continue;
        }
        auto held_by = expression->phrase_tokens(p, expansions);
        if (!held_by) return std::nullopt;
        for (const std::string& t : *held_by) {
          auto [it, added] = index.emplace(t, plan.tokens.size());
          if (added) plan.tokens.push_back(t);
          indexes[p].push_back(it->second);
        }
      }
      plan.add_heads(group_heads, *expression, groups, head_groups);
    }
    for (const HeadPhrase& h : head_groups.phrases)
      plan.phrases[h.expression][h.phrase].push_back(plan.tokens.size() + h.head);
    // No phrase to probe for: the text decides, reading every article
    // (slower than probes, the same hits).
    if (plan.phrases[0].empty()) return std::nullopt;
    // A probe per token: past some thousands, reading every article's text is cheaper.
    if (plan.tokens.size() > kMaxProbes) return std::nullopt;
    return plan;
  }

  std::size_t probes() const { return tokens.size() + heads.size(); }

 private:
  struct HeadPhrase {
    std::size_t expression, phrase, head;  // the phrase, and its OR's head probe
  };
  struct HeadGroups {
    std::map<std::vector<std::string>, std::size_t> index;  // characters -> head probe
    std::vector<HeadPhrase> phrases;
  };

  // The head probes of the last expression's ORs (OR group -> its
  // characters), each set of characters probed once.
  void add_heads(std::map<std::size_t, std::vector<std::string>>& group_heads, const Expression& expression,
                 const std::vector<std::size_t>& groups, HeadGroups& out) {
    const std::vector<Phrase>& listed = expression.phrases();
    for (auto& [group, chars] : group_heads) {
      std::sort(chars.begin(), chars.end());
      chars.erase(std::unique(chars.begin(), chars.end()), chars.end());
      auto [it, added] = out.index.emplace(chars, heads.size());
      if (added) heads.push_back(chars);
      for (std::size_t p = 0; p < listed.size(); ++p) {
        if (groups[p] == group && listed[p].size() == 1 && is_head(listed[p][0]))
          out.phrases.push_back({phrases.size() - 1, p, it->second});
      }
    }
  }

 public:
  // Whether expression `which` matches an article holding the probes marked in `held`.
  bool matches(const Expression& e, std::size_t which, const std::vector<char>& held) const {
    if (which >= phrases.size()) return false;
    std::vector<double> instances;
    for (const auto& one : phrases[which]) {
      instances.push_back(
          std::any_of(one.begin(), one.end(), [&held](std::size_t t) { return held[t] != 0; }) ? 1.0 : 0.0);
    }
    return e.matches(instances);
  }
};

// The token indexes of an array_agg of integers ("{1,5,7}") into `held`.
void mark_held(const std::string& array, std::vector<char>& held) {
  std::size_t at = 1;  // past '{'
  while (at < array.size()) {
    std::size_t end = array.find_first_of(",}", at);
    if (end == std::string::npos || end == at) break;
    const auto t = std::stoul(array.substr(at, end - at));
    if (t < held.size()) held[t] = 1;
    at = end + 1;
  }
}

// The candidates, decided in C++ on which probes of TokenPlan each
// article answers; the server answers those from the GIN indexes alone,
// without reading the articles' token arrays (testing each candidate's
// array against arrays of hundreds of bigrams, an element by element
// comparison, took 24 s of changjiang's 32 at 20,000 articles, where the
// index answers the same test from its posting lists). nullopt when some
// phrase is no single token (Expression::phrase_tokens).
Result<std::optional<std::vector<PinyinRow>>> candidates_by_tokens(Conn& conn, const Expressions& e,
                                                                   const PrefixExpansions& expansions,
                                                                   bool initials, const std::string& scope,
                                                                   std::vector<Param> params) {
  const std::optional<TokenPlan> plan = TokenPlan::of(e, expansions, initials);
  if (!plan) return std::optional<std::vector<PinyinRow>>();
  const auto next = [&params](Param p) {
    params.push_back(std::move(p));
    return "$" + std::to_string(params.size());
  };
  // Nothing to probe for (every prefix stands for no token): no article matches.
  if (plan->probes() == 0) return std::optional<std::vector<PinyinRow>>(std::vector<PinyinRow>());
  // Each probe gives (its index, the article); a continuation joined to
  // its head is found as the head (pg_continuations.h).
  const std::string article = "a.id, a.date_key, (" + scope + ") AS in_scope FROM ";
  std::vector<std::string> probes;
  if (!plan->tokens.empty()) {
    probes.push_back("SELECT u.i - 1 AS k, " + article + "unnest(" + next(token_array(plan->tokens)) +
                     "::int8[]) WITH ORDINALITY AS u(t, i) JOIN articles a ON a.tokens @> ARRAY[u.t]"
                     " WHERE a.joined_to IS NULL");
  }
  for (std::size_t h = 0; h < plan->heads.size(); ++h) {
    probes.push_back(
        fmt::format("SELECT {} AS k, {}articles a WHERE kanbao_token_heads(a.tokens) && {}::int8[] AND "
                    "a.joined_to IS NULL",
                    plan->tokens.size() + h, article, next(head_array(plan->heads[h]))));
  }
  // Without index scans: the planner would rather read a lone probe in id
  // order through the primary key, testing every article's tokens (3.5 s).
  KANBAO_TRY(conn.exec("SET LOCAL enable_indexscan = off"));
  KANBAO_ASSIGN_OR_RETURN(
      Rows rows, query_by_tokens(conn,
                                 fmt::format("SELECT id, date_key, in_scope, array_agg(k) FROM ({}) AS p"
                                             " GROUP BY id, date_key, in_scope ORDER BY id",
                                             fmt::join(probes, " UNION ALL ")),
                                 params));
  KANBAO_TRY(conn.exec("SET LOCAL enable_indexscan TO DEFAULT"));
  std::vector<PinyinRow> out;
  std::vector<char> held(plan->probes(), 0);
  for (int i = 0; i < rows.size(); ++i) {
    std::fill(held.begin(), held.end(), 0);
    mark_held(rows.text(i, 3), held);
    if (!plan->matches(e.all, kAll, held)) continue;
    out.push_back({rows.int64(i, 0), rows.text(i, 1), rows.text(i, 2) == "t",
                   plan->matches(e.literal, kLiteral, held),
                   initials && plan->matches(e.readings, kReadings, held),
                   e.preferred && plan->matches(*e.preferred, kPreferred, held)});
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
  for (const Expression* more : {&e.literal, &e.readings, e.preferred ? &*e.preferred : nullptr})
    if (more != nullptr) phrases.insert(phrases.end(), more->phrases().begin(), more->phrases().end());
  const PhraseVocabulary vocabulary(phrases);
  std::string sql = "SELECT a.id, a.title, a.subtitle, a.body, a.byline, a.date_key, (" + scope +
                    "), a.kicker FROM articles a WHERE a.joined_to IS NULL";
  const std::optional<std::string> holders = holding_any(e.all.phrases(), expansions, params);
  if (holders) sql += " AND " + *holders;
  sql += " ORDER BY a.id";
  KANBAO_ASSIGN_OR_RETURN(Rows rows, holders ? query_by_tokens(conn, sql, params) : conn.query(sql, params));
  std::vector<PinyinRow> out;
  for (int i = 0; i < rows.size(); ++i) {
    const PositionIndex positions(
        match::Fields{rows.text(i, 1), rows.text(i, 2), rows.text(i, 3), rows.text(i, 4), rows.text(i, 7)},
        vocabulary);
    if (!e.all.matches(instances(positions, e.all))) continue;
    out.push_back({rows.int64(i, 0), rows.text(i, 5), rows.text(i, 6) == "t",
                   e.literal.matches(instances(positions, e.literal)),
                   initials && e.readings.matches(instances(positions, e.readings)),
                   e.preferred && e.preferred->matches(instances(positions, *e.preferred))});
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

// The tier (query::Tier) of a candidate, as rank_pinyin_candidates gives it.
int tier_of(const PinyinRow& row, bool initials) {
  return query::pinyin_tier(row.literal, row.preferred, row.reading, initials);
}

// `q` without its negated clauses, and with `clear_initials` without initials.
query::Query positive_part(const query::Query& q, bool clear_initials) {
  query::Query out = q;
  std::erase_if(out.clauses, [](const query::Clause& c) { return c.negated; });
  if (clear_initials) {
    for (auto& clause : out.clauses)
      for (auto& term : clause.any) term.initials.clear();
  }
  return out;
}

// Sets candidates.in_headings for the candidates in scope: each whose
// heading (title, subtitle, kicker) alone matches its own tier's query, as
// SQLite's FTS5 matches that tier's expression in its heading columns
// (rank_pinyin_broadly): the letters themselves, the preferred reading, a
// full reading, any reading. Headings are short: they are read for all of them.
Status add_heading_matches(Conn& conn, const query::Query& q, const std::optional<query::Query>& preferred,
                           const std::vector<PinyinRow>& rows, PinyinCandidates& candidates) {
  std::vector<std::string> ids;
  std::unordered_map<std::int64_t, int> tiers;
  for (const PinyinRow& row : rows) {
    if (!row.in_scope) continue;
    ids.push_back(std::to_string(row.id));
    tiers.emplace(row.id, tier_of(row, q.has_initials()));
  }
  if (ids.empty()) return Status::Ok();
  KANBAO_ASSIGN_OR_RETURN(Rows heads, conn.query("SELECT id, title, subtitle, kicker FROM articles"
                                                 " WHERE id = ANY($1::bigint[])",
                                                 {text_array(ids)}));
  const query::Query any_reading = positive_part(q, false), full_reading = positive_part(q, true);
  const std::optional<query::Query> preferred_reading =
      preferred ? std::optional<query::Query>(positive_part(*preferred, false)) : std::nullopt;
  for (int i = 0; i < heads.size(); ++i) {
    const std::int64_t id = heads.int64(i, 0);
    const match::Fields heading{heads.text(i, 1), heads.text(i, 2), "", "", heads.text(i, 3)};
    const int tier = tiers.at(id);
    bool in_heading = false;
    if (tier == query::kLiteralTier) in_heading = match::evaluate(any_reading, heading).literal;
    if (tier == query::kPreferredTier && preferred_reading)
      in_heading = match::evaluate(*preferred_reading, heading).matches;
    if (tier == query::kReadingTier) in_heading = match::evaluate(full_reading, heading).matches;
    if (tier == query::kInitialsTier) in_heading = match::evaluate(any_reading, heading).matches;
    if (in_heading) candidates.in_headings.at(static_cast<std::size_t>(tier)).push_back(id);
  }
  return Status::Ok();
}

// The candidates' lists, by what each row holds (in_headings: later).
PinyinCandidates candidates_of(const std::vector<PinyinRow>& rows) {
  PinyinCandidates candidates;
  for (const PinyinRow& row : rows) {
    candidates.all.push_back(row.id);
    if (row.literal) candidates.literal.push_back(row.id);
    if (row.reading) candidates.readings.push_back(row.id);
    if (row.preferred) candidates.preferred.push_back(row.id);
  }
  return candidates;
}

}  // namespace

Result<std::optional<SearchPage>> search_pinyin_broadly(
    Conn& conn, const query::Query& q, const query::FtsExpression& fts,
    const std::optional<query::Query>& preferred, const PrefixExpansions& expansions,
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
  PinyinCandidates candidates = candidates_of(rows);
  KANBAO_TRY(add_heading_matches(conn, q, preferred, rows, candidates));
  const CandidateOrder order(rows);
  const BroadRanker broad = [&order](const SearchRequest& wanted, BroadSource source) {
    for (BroadGroup& group : source.groups)
      std::erase_if(group.ids, [&order](std::int64_t id) { return order.key_of.count(id) == 0; });
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
