// SPDX-License-Identifier: MIT
// Han tables generated at build time from the Unicode Han Database
// (store/tools/gen_han_tables.cpp states the rules): traditional ->
// simplified, and every toneless pinyin reading of a character.
// Internal to store/.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kanbao::store::han {

// Where the tables come from: the Unihan files, their Unicode version and date.
std::string_view source();

// What the folding depends on, for the search index's stamp: the Unihan
// version and a digest of the traditional -> simplified table (FNV-1a over
// its pairs), so a table built by other rules or data gives another stamp.
std::string_view unihan_version();
std::uint64_t folding_digest();

// The simplified form of a Han character, or `c` itself. Never changes a
// character of the 通用规范汉字表.
char32_t simplified(char32_t c);

// Every toneless pinyin reading of a Han character ("zhang", "chang" for
// 长), each once, ascending; empty if it has none.
std::span<const std::string_view> readings(char32_t c);

// Whether some reading of `c` starts with `letter` (a-z).
bool has_initial(char32_t c, char letter);

// The first letters of `c`'s readings: bit (letter - 'a') set when some
// reading starts with that letter; 0 if it has none.
std::uint32_t initials(char32_t c);

// Whether `c` is one of the 3,500 characters of level 1 of the 通用规范汉字表.
bool is_common(char32_t c);

// Every character with `syllable` among its readings, ascending.
const std::vector<char32_t>& read_as(std::string_view syllable);

// True if `s` is the reading of at least one character.
bool is_syllable(std::string_view s);

// Letter offsets where a syllable must end, one bit each (bit 2 for xi'an:
// xi + an, never xian): what an apostrophe or a space typed between
// syllables says. No syllable of a cut, and no reading find_pinyin() follows,
// runs across one.
using Boundaries = std::uint64_t;

// Whether the letters [at, at + length) run across one of `boundaries`.
bool crosses(Boundaries boundaries, std::size_t at, std::size_t length);

// The ways of cutting `letters` (lower-case a-z) into syllables, those of
// fewest syllables first (tian an men before tian a n men), at most `limit`
// of them, none running across `boundaries`. Sets `truncated` when there
// were more.
std::vector<std::vector<std::string_view>> segmentations(std::string_view letters, std::size_t limit,
                                                         bool& truncated, Boundaries boundaries = 0);

}  // namespace kanbao::store::han
