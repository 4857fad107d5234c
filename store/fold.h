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
//   - kBreak for a line break in a document, and for a mark that ends a
//     sentence or clause (。！？；) in documents and queries: nothing
//     matches across one but the same break ("市场。强化" finds itself, and
//     场强 does not find it).
// Everything else (punctuation, symbols, emoji, invalid bytes) is dropped.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kanbao::store::fold {

enum class Kind : std::uint8_t { kHan, kWord, kSpace, kBreak };

struct Char {
  char32_t c = 0;
  Kind kind = Kind::kHan;
  std::uint32_t begin = 0;  // original bytes [begin, end)
  std::uint32_t end = 0;
};

enum class Mode {
  kDocument,  // "\n" is a break (paragraphs, subtitle lines)
  kQuery,     // "\n" is white space
};

// Folds `utf8` (invalid bytes are dropped like punctuation) into `out`.
void fold(std::string_view utf8, Mode mode, std::vector<Char>& out);
std::vector<Char> fold(std::string_view utf8, Mode mode);

// The folded characters [from, to) as UTF-8 (kSpace as " ", kBreak as "\n").
std::string to_utf8(const std::vector<Char>& chars, std::size_t from, std::size_t to);

}  // namespace kanbao::store::fold
