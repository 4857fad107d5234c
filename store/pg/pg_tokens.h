// SPDX-License-Identifier: MIT
// An article's search tokens for the PostgreSQL index, from the tokenizer
// the SQLite index uses (store/tokenizer.h). Internal to store/.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "base/result.h"
#include "store/fold.h"
#include "store/pg/conn.h"
#include "store/search_index.h"
#include "text/utf8.h"

namespace kanbao::store::pg {

// A Han trigram token: kTrigramMark, then three consecutive Han characters
// of one field's folded text (PostgreSQL schema 7). The mark keeps them
// apart from the tokenizer's own (no token holds '#': folding drops ASCII
// punctuation), so they never enter the vocabulary pinyin expands into.
// An article holds the trigram of a three-character Han term exactly when
// it holds the term, as it holds a bigram exactly when it holds a
// two-character one; a longer term's trigrams narrow its candidates far
// more than its bigrams (组织工作: 组织 and 工作 are everywhere).
inline constexpr char kTrigramMark = '#';

// Calls `add(token, i)` with the trigram token of every three consecutive
// Han characters chars[i..i+2] of `chars` (a field's or a term's folded
// text), repeats kept.
template <typename Add>
void han_trigrams(const std::vector<fold::Char>& chars, Add&& add) {
  for (std::size_t i = 0; i + 2 < chars.size(); ++i) {
    if (chars[i].kind != fold::Kind::kHan || chars[i + 1].kind != fold::Kind::kHan ||
        chars[i + 2].kind != fold::Kind::kHan)
      continue;
    std::string t(1, kTrigramMark);
    for (std::size_t k = i; k < i + 3; ++k) text::append_utf8(t, chars[k].c);
    add(std::move(t), i);
  }
}

// Token ids (PostgreSQL schema 9). The token columns (`tokens`,
// `title_tokens`) hold each token as an int8 computed from its bytes alone,
// the same by every writer and every query: a GIN index of integers takes
// 20,000 articles' tokens in 40 s where the same tokens as text took 53 s
// compared byte-wise and 67 s by the server's C.UTF-8 collation (pending-
// list merges included), and builds at once in 32 s against 73 to 88 s.
// The vocabulary (library_tokens) keeps the text, which prefixes are ranges
// of. A change to this encoding must bump kSchemaVersion (pg_schema.h) with
// a migration that rebuilds the search columns: the search index stamp
// (store/index_stamp.h) does not cover it.
//
// Bits 60-61 hold the kind, the rest (every id is non-negative):
//   kind 0 (kPackedKind): one to three code points below 2^20, in 20 bits
//     each from bit 40 down ('a' << 40 | 'b' << 20 | 'c'): every Han
//     character and bigram, and words of up to three letters. Exact.
//   kind 1 (kTrigramKind): a Han trigram token (kTrigramMark, then three
//     characters), its characters as kind 0's. Exact.
//   kind 2: any other token starting with a non-ASCII character: that
//     character (2^20 - 1 if above) in bits 40-59, then 40 bits of the
//     token's FNV-1a hash.
//   kind 3: any other token starting with an ASCII character (words and
//     numbers of four or more): that character in bits 53-59, then 53 bits of
//     the hash.
// Two tokens of kind 2 or 3 starting with the same character can share an
// id, one pair in 2^40 (2^53 for the words and numbers a Chinese paper
// holds). Searches check their candidates against the folded text, but a
// pinyin search ranked broadly decides a candidate by which of the letters'
// words and prefixes' tokens it holds (pg_search_pinyin.cpp): an article of
// the other word would count there, as likely as one in a billion at a
// million distinct words.
inline constexpr int kKindShift = 60;
inline constexpr std::int64_t kPackedKind = 0, kTrigramKind = 1;
std::int64_t token_id(std::string_view token);

// The id of the one-character token of the first character of the token of
// `id`: what kanbao_token_heads (SQL, pg_schema.cpp) computes, for the one-
// character prefixes a head probe answers.
std::int64_t token_head(std::int64_t id);

// The ids of `tokens` as an int8[] parameter ("{1,2}"), in their order.
Param token_array(const std::vector<std::string>& tokens);

// The heads (token_head) of the tokens `prefixes` start with, as an int8[]
// parameter: what kanbao_token_heads(a.tokens) holds of an article holding
// a token that starts with one of them.
Param head_array(const std::vector<std::string>& prefixes);

struct ArticleTokens {
  std::vector<std::string> tokens;        // each distinct token of the tokenizer once, sorted
  std::vector<std::string> trigrams;      // each distinct Han trigram token once, sorted
  std::vector<std::string> title_tokens;  // both, of the heading (title, subtitle, kicker) alone
  int positions = 0;                      // token positions in all five fields (FTS5's document size)
  std::vector<std::string> han;           // the Han characters (UTF-8), each once
};

ArticleTokens article_tokens(const IndexedText& text);

// An article row's search columns computed from its text, as parameters in
// the order of kSearchColumns (folded title for the title filter, tokens
// with the trigrams, token count, the tokens and trigrams of the heading
// alone: title, subtitle and kicker), its Han characters and its tokens (without trigrams). Every writer of
// those columns (insert, continuation join, rebuild) takes them from here, so they can never disagree with
// one another.
inline constexpr const char* kSearchColumns = "folded_title, tokens, ntokens, title_tokens";
struct SearchColumns {
  std::vector<Param> params;
  std::vector<std::string> han;
  std::vector<std::string> tokens;
};
SearchColumns search_columns(const IndexedText& text);

// What a transaction's articles add to the library's vocabularies:
// library_han (the Han characters pinyin expands into) and library_tokens
// (every token some article holds, so that a prefix token of a query can be
// expanded into the whole tokens the GIN index knows, pg_pinyin.h). Both
// only grow between rebuilds (a superset is all a search needs: a token no
// article holds finds nothing). Collected per page and stored once, in
// sorted order, so that two indexers adding the same new entries wait for
// one another instead of deadlocking (a rebuild stores them per batch of
// articles, under the schema lock).
class KnownVocabulary;
struct NewVocabulary {
  std::set<std::string> han, tokens;
  // Entries a writer knows to be stored already are not added (nullptr: all are).
  const KnownVocabulary* known = nullptr;
  void add(const SearchColumns& columns);
};

// The vocabulary entries one writer has seen committed (pg_writer.h): Han
// characters and tokens packed exactly (token_id's kind 0) by id, other
// tokens by their text. The writer hashed every token's text of every page
// against two million strings and gathered the page's tokens in a std::set
// first (a quarter of its time in perf): indexing 20,000 generated articles
// took 25.6 s of kanbao's CPU against 29.8 s (with article_tokens' tokens
// gathered in a vector), 102 s against 107 s in all.
class KnownVocabulary {
 public:
  bool holds_han(const std::string& c) const;
  bool holds_token(const std::string& t) const;
  // Adds `committed`'s entries, unless kMaxKnown are held already.
  void add(const NewVocabulary& committed);

 private:
  static constexpr std::size_t kMaxKnown = 2'000'000;
  std::unordered_set<std::int64_t> han_, packed_;
  std::unordered_set<std::string> others_;
};
Status store_vocabulary(Conn& conn, const NewVocabulary& vocabulary);

// Sets the search columns of article `id` from `text` (its current text)
// and adds its Han characters and tokens to `vocabulary`.
Status update_search_columns(Conn& conn, std::int64_t id, const IndexedText& text, NewVocabulary& vocabulary);

// The distinct, non-prefix tokens of the phrase of folded `term`: an article
// holding the term holds all of them (store/tokenizer.h's literal_phrase),
// with a run of three Han characters or more as its trigrams (which hold
// its bigrams).
std::vector<std::string> term_tokens(const std::vector<fold::Char>& term);

// SQL over `a.tokens` (parameters appended to `params`) true for every
// article holding all tokens of at least one of `token_sets`, answered by
// the GIN index; nullopt when there are no sets (nothing narrows).
std::optional<std::string> holding_any_set(const std::vector<std::vector<std::string>>& token_sets,
                                           std::vector<Param>& params);

}  // namespace kanbao::store::pg
