// SPDX-License-Identifier: MIT
#include "store/pg/pg_pinyin.h"

#include <set>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "store/pg/pg_search.h"
#include "store/pg/pg_tokens.h"
#include "text/utf8.h"

namespace kanbao::store::pg {
namespace {

// Measured at 20,000 articles: a single character's prefix (郑*) stands
// for hundreds of bigrams, and `tokens && ARRAY[...]` over thousands was
// slower than reading every article; the typed letters (changjiang*) stand
// for a few. So holding_any() takes a prefix standing for more than
// kMaxExpansion tokens as unexpanded. The broad pinyin path probes the GIN
// index once per token instead (pg_search_pinyin.cpp): the 2,570 tokens of
// zheng's 62 prefixes took 0.8 s there, against 4 s for reading every
// article, so expand_prefixes() lists up to kMaxListed.
constexpr std::size_t kMaxExpansion = 64;
constexpr std::size_t kMaxListed = 4096;

// The Han characters the library holds (pinyin expands into these only).
Result<std::unordered_set<char32_t>> present_han(Conn& conn) {
  KANBAO_ASSIGN_OR_RETURN(Rows rows, conn.query("SELECT c FROM library_han"));
  std::unordered_set<char32_t> out;
  for (int i = 0; i < rows.size(); ++i) {
    const std::string c = rows.text(i, 0);
    std::size_t at = 0;
    out.insert(text::decode(c, at));
  }
  return out;
}

// Which of `bigrams` some article holds, in one statement: most of a
// reading's bigrams are in no article, and the vocabulary's btree says so
// at once; those it holds are probed in the GIN index, since the
// vocabulary may still hold a token of an article since removed (a bigram
// no article holds would change the expression). A continuation joined to
// its head counts too (the head holds its text as well). A reading asks
// about tens of thousands (changjiang: 56,000 in six rounds, the library
// holding 18,000 Han characters): each is one probe of the btree (LIMIT 1
// keeps the join a nested loop; the planner preferred to read the whole
// vocabulary, 350,000 tokens, for each round), and only those found are
// probed in the GIN index (MATERIALIZED keeps that order; it preferred to
// probe the GIN index for every bigram).
Status look_up(Conn& conn, const std::vector<std::string>& bigrams,
               std::unordered_map<std::string, bool>& known) {
  KANBAO_ASSIGN_OR_RETURN(
      Rows held,
      query_by_tokens(conn,
                      "WITH listed AS MATERIALIZED (SELECT u.t, u.id FROM unnest($1::text[], $2::int8[])"
                      " AS u(t, id) CROSS JOIN LATERAL (SELECT 1 FROM library_tokens v"
                      " WHERE v.t = u.t COLLATE \"C\" LIMIT 1) AS v)"
                      " SELECT l.t FROM listed l WHERE EXISTS"
                      " (SELECT 1 FROM articles a WHERE a.tokens @> ARRAY[l.id])",
                      {text_array(bigrams), token_array(bigrams)}));
  for (const std::string& b : bigrams) known.emplace(b, false);
  for (int i = 0; i < held.size(); ++i) known[held.text(i, 0)] = true;
  return Status::Ok();
}

// How many of the articles of the query::kPreferenceSample highest ids
// hold each of `bigrams` (those none holds left out), counted as SQLite's
// full-text index counts them: a continuation joined to its head is not an
// article of its own. Each looked up in the
// vocabulary's btree first, as look_up() does; only those found are
// counted from the GIN index.
Result<query::BigramCounts> articles_holding(Conn& conn, const std::vector<std::string>& bigrams) {
  query::BigramCounts out;
  if (bigrams.empty()) return out;
  KANBAO_ASSIGN_OR_RETURN(
      Rows held,
      query_by_tokens(conn,
                      "WITH listed AS MATERIALIZED (SELECT u.t, u.id FROM unnest($1::text[], $3::int8[])"
                      " AS u(t, id) CROSS JOIN LATERAL (SELECT 1 FROM library_tokens v"
                      " WHERE v.t = u.t COLLATE \"C\" LIMIT 1) AS v)"
                      " SELECT l.t, (SELECT count(*) FROM articles a WHERE a.tokens @> ARRAY[l.id]"
                      " AND a.joined_to IS NULL"
                      " AND a.id > (SELECT max(id) FROM articles) - $2) FROM listed l",
                      {text_array(bigrams), param(query::kPreferenceSample), token_array(bigrams)}));
  for (int i = 0; i < held.size(); ++i)
    if (held.int64(i, 1) > 0) out.emplace(held.text(i, 0), held.int64(i, 1));
  return out;
}

}  // namespace

Result<query::FtsExpression> pinyin_expression(Conn& conn, const query::Query& q,
                                               std::optional<query::Query>* preferred) {
  KANBAO_ASSIGN_OR_RETURN(const auto present, present_han(conn));
  KANBAO_ASSIGN_OR_RETURN(const query::BigramCounts counts,
                          articles_holding(conn, query::preference_bigrams(q, present)));
  const std::optional<query::Query> preferring = query::preferred_query(q, present, counts);
  if (preferred != nullptr) *preferred = preferring;
  // translate() asks about bigrams one at a time, and which it asks next
  // depends on the answers (a pair stops at its cap of listed bigrams).
  // So it runs until it asks nothing new: a bigram not looked up yet is
  // taken as held and noted; the noted ones are looked up together; the
  // next run sees their real answers. The last run asked only what was
  // known, so its text is what an exact `exists` gives. Two or three runs.
  std::unordered_map<std::string, bool> known;
  for (;;) {
    std::vector<std::string> unknown;
    const auto exists = [&known, &unknown](std::string_view bigram) {
      if (auto it = known.find(std::string(bigram)); it != known.end()) return it->second;
      unknown.emplace_back(bigram);
      return true;
    };
    query::FtsExpression fts = query::translate(q, &present, exists);
    if (preferring) fts.preferred = query::translate(*preferring, &present, exists).all;
    if (unknown.empty()) return fts;
    KANBAO_TRY(look_up(conn, unknown, known));
  }
}

Result<std::string> pinyin_scored_expression(Conn& conn, const query::Query& q) {
  KANBAO_ASSIGN_OR_RETURN(const auto present, present_han(conn));
  return query::translate(q, &present, {}, query::PinyinIndex::kTokens).all;
}

std::string past_prefix(std::string_view prefix) {
  std::u32string chars;
  for (std::size_t at = 0; at < prefix.size();) chars.push_back(text::decode(prefix, at));
  // UTF-8's byte order is code point order: raise the last code point that
  // can be raised (past the surrogates, which UTF-8 does not encode).
  while (!chars.empty() && chars.back() >= 0x10FFFF) chars.pop_back();
  if (chars.empty()) return "";
  chars.back() = chars.back() + 1 == 0xD800 ? 0xE000 : chars.back() + 1;
  std::string out;
  for (char32_t c : chars) text::append_utf8(out, c);
  return out;
}

Result<PrefixExpansions> expand_prefixes(Conn& conn, const std::vector<Phrase>& phrases) {
  std::set<std::string> prefixes;
  for (const Phrase& phrase : phrases) {
    for (const auto& token : phrase)
      if (token.prefix && !is_head(token)) prefixes.insert(token.text);  // a head: its own GIN index
  }
  PrefixExpansions out;
  if (prefixes.empty()) return out;
  std::vector<std::string> from, to;
  for (const std::string& p : prefixes) {
    std::string past = past_prefix(p);
    if (past.empty()) continue;  // no range (U+10FFFF alone): left unexpanded, every article is read
    out[p];                      // listed even when it stands for nothing
    from.push_back(p);
    to.push_back(std::move(past));
  }
  if (from.empty()) return out;
  // starts_with: what the range means, kept as a guard.
  KANBAO_ASSIGN_OR_RETURN(
      Rows rows, conn.query("SELECT p.f, v.t FROM unnest($1::text[], $2::text[]) AS p(f, u)"
                            " CROSS JOIN LATERAL (SELECT t FROM library_tokens WHERE t >= p.f COLLATE \"C\""
                            " AND t < p.u COLLATE \"C\" AND starts_with(t, p.f)) AS v ORDER BY v.t",
                            {text_array(from), text_array(to)}));
  for (int i = 0; i < rows.size(); ++i) out[rows.text(i, 0)].push_back(rows.text(i, 1));
  // A prefix standing for very many tokens is left unexpanded: probing
  // the index for each costs more than reading every article's text.
  std::erase_if(out, [](const auto& entry) { return entry.second.size() > kMaxListed; });
  return out;
}

std::optional<std::string> holding_any(const std::vector<Phrase>& phrases, const PrefixExpansions& expansions,
                                       std::vector<Param>& params) {
  if (phrases.empty()) return std::nullopt;
  std::vector<std::vector<std::string>> token_sets;
  std::set<std::string> heads;  // one-character prefixes starting a phrase of prefixes alone
  for (const Phrase& phrase : phrases) {
    std::vector<std::string> tokens;
    for (const auto& token : phrase) {
      if (!token.prefix) tokens.push_back(token.text);
    }
    if (!tokens.empty()) {
      token_sets.push_back(std::move(tokens));
      continue;
    }
    // Prefix tokens alone: the article holds one of the tokens the first
    // stands for: for one character, one of its token heads (is_head).
    if (!phrase.empty() && is_head(phrase.front())) {
      heads.insert(phrase.front().text);
      continue;
    }
    auto it = phrase.empty() ? expansions.end() : expansions.find(phrase.front().text);
    // Not expanded, or into too many to test: nothing narrows.
    if (it == expansions.end() || it->second.size() > kMaxExpansion) return std::nullopt;
    for (const std::string& t : it->second) token_sets.push_back({t});
  }
  std::string any;
  if (!heads.empty()) {
    params.push_back(head_array(std::vector<std::string>(heads.begin(), heads.end())));
    any = "kanbao_token_heads(a.tokens) && $" + std::to_string(params.size()) + "::int8[]";
  }
  if (auto held = holding_any_set(token_sets, params)) any += (any.empty() ? "" : " OR ") + *held;
  if (any.empty()) return std::string("false");  // every prefix stands for nothing
  return "(" + any + ")";
}

}  // namespace kanbao::store::pg
