// SPDX-License-Identifier: MIT
// Folding: the one definition of "the same text" for indexing, querying and
// highlighting. Internal to store/.
//
// Text is folded code point by code point: NFKC + case folding (ICU
// "nfkc_cf"), then traditional -> simplified Han. The result is a stream of
// kept characters, each remembering the original bytes it came from:
//   - Han characters, which run on across punctuation and white space
//     ("五星”支部" folds to 五星支部);
//   - word characters (other letters, digits, marks), grouped into words;
//   - kSpace between two words that punctuation or white space separated
//     ("5, 5" folds to "5 5"; "5G" stays one word);
//   - kBreak for a line break in a document (c = kLineBreak), and for a
//     mark that ends a sentence or clause (。！？；, c = kSentenceBreak) in
//     documents and queries: nothing matches across one but the same kind of
//     break (场强 does not find 市场。强化; 市场。强化 finds it, and 市场！强化,
//     never 市场 and 强化 in two paragraphs). A line break wins over the
//     mark before it, so a paragraph's last mark is its line break.
// A Han character after a pause mark (，、： and their ASCII forms) is marked
// `after_pause`: literal terms run on across the pause as across any
// punctuation, but no pinyin reading or run of initials does (changjiang
// finds 长江, not 特长，将).
// Everything else (punctuation, symbols, emoji, invalid bytes) is dropped.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kanbao::store::fold {

enum class Kind : std::uint8_t { kHan, kWord, kSpace, kBreak };

// The `c` of a kBreak: a line break, or the end of a sentence (one mark for
// all of 。！？；).
inline constexpr char32_t kLineBreak = U'\n';
inline constexpr char32_t kSentenceBreak = U'。';

struct Char {
  char32_t c = 0;
  Kind kind = Kind::kHan;
  bool after_pause = false;  // a pause mark was dropped right before (kHan only)
  std::uint32_t begin = 0;   // original bytes [begin, end)
  std::uint32_t end = 0;
};

enum class Mode {
  kDocument,  // "\n" is a break (paragraphs, subtitle lines)
  kQuery,     // "\n" is white space
};

// Folds `utf8` (invalid bytes are dropped like punctuation) into `out`.
void fold(std::string_view utf8, Mode mode, std::vector<Char>& out);
std::vector<Char> fold(std::string_view utf8, Mode mode);

// The folded characters [from, to) as UTF-8 (kSpace as " ", a kBreak as its
// c: "\n" or "。").
std::string to_utf8(const std::vector<Char>& chars, std::size_t from, std::size_t to);

}  // namespace kanbao::store::fold
