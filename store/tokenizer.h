// SPDX-License-Identifier: MIT
// kanbao's FTS5 tokens, derived from the folded stream (store/fold.h).
// Internal to store/.
//
// Documents: every Han character gives one token at its own position - the
// bigram of it and the next character of its run, or itself alone at the
// end of a run. The most frequent characters (is_frequent) also give
// themselves alone, colocated with their bigram, so that searching for one of
// them reads one doclist instead of merging hundreds of bigram doclists (a
// prefix query). Every word is one token. A line break is the token "|",
// the end of a sentence (fold.h) the token "。", so no phrase matches across
// either but a phrase that holds the same break.
//
// Pinyin (SQLite's index only: `pinyin` below): every pair of neighbouring
// Han characters a b of a run, no pause between them (fold.h), also gives,
// colocated with a's bigram,
//   'r's   for every reading r of a and s of b ('chang'jiang for 长江), and
//   {xy    for every first letter x of a reading of a and y of b, when both
//          are common characters (han::is_common; {cj for 长江),
// so that a reading of n >= 2 syllables is the phrase of its n - 1
// syllable pairs and 3 to 6 initials the phrase of their letter pairs, each
// matching exactly where store/snippet.h's find_pinyin / find_initials do.
// The first byte (' or {) is punctuation, which folding drops, so no word
// or Han token, nor a prefix of one, can begin with it. The initials pairs
// are in nearly every article, so their mark sorts after every ASCII word
// (letters and digits): FTS5 seeks a prefix query (the last word of a term,
// "gdp" *) to the last term before it in each segment and reads that term's
// doclist to its end, and with the mark @ the initials pair @zz's doclist
// stood before every word starting with a letter (11 ms a prefix query at
// 1,000,000 articles, where a digit's took 0.05 ms). Words of other scripts
// (é, Cyrillic, kana) sort after the break token "|", in as many articles,
// as before. (PostgreSQL has no
// pinyin tokens: query.cpp expands a reading into the Han bigrams that read
// that way.)
//
// Queries: the FTS5 expression is built here from already-folded tokens, every
// token quoted; the tokenizer passes query text through unchanged. Because the
// phrase built for a term mirrors the document tokens position by position,
// the phrase matches exactly where the folded term occurs (see query.h).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "store/fold.h"

namespace kanbao::store::tokens {

// Longest word token, in bytes; longer words are cut (at a character
// boundary), and a query naming such a word is verified in C++.
constexpr std::size_t kMaxWordBytes = 128;

// Receives one document token: its bytes, whether it shares the previous
// token's position, and the original bytes [begin, end) it covers.
// Returns an SQLite result code; anything but SQLITE_OK stops tokenizing.
using Sink = int (*)(void* context, std::string_view token, bool colocated, std::uint32_t begin,
                     std::uint32_t end);

// The version of the document tokens: bump it whenever tokenize_document
// emits other tokens for the same folded text (including a change to the
// is_frequent list). It goes into the search index's stamp
// (store/index_stamp.h), so libraries built before are brought up to date.
constexpr int kTokensVersion = 2;

// The version of the pinyin tokens (above): bump it whenever they change,
// including a change to the reading tables. It goes into SQLite's stamp.
constexpr int kPinyinTokensVersion = 4;

// The token of a kBreak (fold.h): "|" for a line break, "。" for the end of
// a sentence. Folding drops punctuation, so no other token is either.
std::string_view break_token(const fold::Char& brk);
bool is_break_token(std::string_view token);

// Characters indexed alone at every occurrence. Changing this list changes
// the index: bump kTokensVersion.
bool is_frequent(char32_t c);

// `han`, if not null, collects the Han characters seen (for pinyin
// expansion; they may repeat). `pinyin`: also emit the pinyin tokens (above).
int tokenize_document(const std::vector<fold::Char>& chars, Sink sink, void* context,
                      std::vector<char32_t>* han = nullptr, bool pinyin = false);

// The pinyin token of a syllable pair ('chang'jiang) and of an initials
// pair ({cj); whether a token is either.
std::string reading_pair_token(std::string_view first, std::string_view second);
std::string initials_pair_token(char first, char second);
bool is_pinyin_token(std::string_view token);

// One string of an FTS5 phrase.
struct PhraseToken {
  std::string text;
  bool prefix = false;  // matches every token that starts with `text`
};

// The phrase matching exactly where folded `term` occurs. `exact` is cleared
// when a word had to be cut, or the phrase was shortened to `max_tokens`
// (then the phrase matches a superset).
std::vector<PhraseToken> literal_phrase(const std::vector<fold::Char>& term, std::size_t max_tokens,
                                        bool& exact);

// `"tok" + "tok" *`: every token double-quoted with `"` doubled.
std::string phrase_expression(const std::vector<PhraseToken>& phrase);

}  // namespace kanbao::store::tokens
