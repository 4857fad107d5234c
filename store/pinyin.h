// Han tables computed at build time from ICU (store/tools/gen_han_tables.cpp):
// traditional -> simplified, and the toneless pinyin reading of a character.
// Internal to store/.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kanbao::store::han {

// The simplified form of a Han character, or `c` itself.
char32_t simplified(char32_t c);

// The toneless pinyin reading ("zhang") of a Han character, "" if none.
std::string_view reading(char32_t c);

// Every character read as `syllable` (BMP and supplementary), ascending.
const std::vector<char32_t>& read_as(std::string_view syllable);

// True if `s` is the reading of at least one character.
bool is_syllable(std::string_view s);

// Every way of cutting `letters` (lower-case a-z) into syllables, at most
// `limit` of them. Sets `truncated` when there were more.
std::vector<std::vector<std::string_view>> segmentations(std::string_view letters, std::size_t limit,
                                                         bool& truncated);

}  // namespace kanbao::store::han
