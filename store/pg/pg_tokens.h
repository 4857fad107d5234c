// SPDX-License-Identifier: MIT
// An article's search tokens for the PostgreSQL index, from the tokenizer
// the SQLite index uses (store/tokenizer.h). Internal to store/.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>
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
// one another instead of deadlocking.
struct NewVocabulary {
  std::set<std::string> han, tokens;
  void add(const SearchColumns& columns);
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
