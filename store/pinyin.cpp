#include "store/pinyin.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <iterator>
#include <unordered_set>

namespace kanbao::store::han {
namespace {

#include "han_tables.inc"

// The generated tables are sorted arrays; at first use they are spread into
// direct-indexed arrays for the BMP so the per-character lookups that the
// tokenizer does millions of times are one load each.
// Folding runs on every query and document; pinyin only for letter queries
// and indexing: separate tables, each built on first use (a `kanbao search`
// process that reads no pinyin does not pay for the second).
struct SimplifiedTable {
  std::vector<char32_t> bmp;  // 0 = unchanged

  SimplifiedTable() : bmp(0x10000, 0) {
    for (const auto& pair : kT2S)
      if (pair[0] < 0x10000) bmp[pair[0]] = pair[1];
  }
};

struct PinyinTables {
  std::vector<std::uint16_t> bmp_reading;  // syllable index + 1, 0 = none
  std::unordered_set<std::string_view> syllables;
  std::vector<std::vector<char32_t>> chars_of;  // by syllable index

  PinyinTables() : bmp_reading(0x10000, 0) {
    for (const auto& pair : kPinyin)
      if (pair[0] < 0x10000) bmp_reading[pair[0]] = static_cast<std::uint16_t>(pair[1] + 1);
    for (const char* s : kSyllables) syllables.insert(s);
    chars_of.resize(std::size(kSyllables));
    for (const auto& pair : kPinyin) chars_of[pair[1]].push_back(pair[0]);
  }
};

const SimplifiedTable& simplified_table() {
  static const SimplifiedTable t;
  return t;
}

const PinyinTables& pinyin_tables() {
  static const PinyinTables t;
  return t;
}

}  // namespace

char32_t simplified(char32_t c) {
  if (c < 0x10000) {
    char32_t s = simplified_table().bmp[c];
    return s != 0 ? s : c;
  }
  auto it = std::lower_bound(std::begin(kT2S), std::end(kT2S), c,
                             [](const auto& pair, char32_t key) { return pair[0] < key; });
  return it != std::end(kT2S) && (*it)[0] == c ? (*it)[1] : c;
}

std::string_view reading(char32_t c) {
  if (c < 0x10000) {
    std::uint16_t i = pinyin_tables().bmp_reading[c];
    return i != 0 ? std::string_view(kSyllables[i - 1]) : std::string_view();
  }
  auto it = std::lower_bound(std::begin(kPinyin), std::end(kPinyin), c,
                             [](const auto& pair, char32_t key) { return pair[0] < key; });
  return it != std::end(kPinyin) && (*it)[0] == c ? std::string_view(kSyllables[(*it)[1]])
                                                   : std::string_view();
}

const std::vector<char32_t>& read_as(std::string_view syllable) {
  static const std::vector<char32_t> none;
  auto it = std::lower_bound(std::begin(kSyllables), std::end(kSyllables), syllable,
                             [](const char* a, std::string_view b) { return std::string_view(a) < b; });
  if (it == std::end(kSyllables) || std::string_view(*it) != syllable) return none;
  return pinyin_tables().chars_of[static_cast<std::size_t>(it - std::begin(kSyllables))];
}

bool is_syllable(std::string_view s) { return pinyin_tables().syllables.count(s) != 0; }

std::vector<std::vector<std::string_view>> segmentations(std::string_view letters, std::size_t limit,
                                                         bool& truncated) {
  truncated = false;
  std::vector<std::vector<std::string_view>> out;
  std::vector<std::string_view> current;
  // Syllables are at most 6 letters ("zhuang", "shuang"). `ends[i]`: the
  // letters from i on can be cut into syllables, so the walk below never
  // enters a dead end and its cost is bounded by `limit` * length.
  constexpr std::size_t kMaxSyllable = 6;
  std::vector<char> ends(letters.size() + 1, 0);
  ends[letters.size()] = 1;
  for (std::size_t i = letters.size(); i-- > 0;)
    for (std::size_t n = 1; n <= kMaxSyllable && i + n <= letters.size() && !ends[i]; ++n)
      ends[i] = static_cast<char>(ends[i + n] && is_syllable(letters.substr(i, n)));
  if (!ends[0]) return out;
  std::function<void(std::size_t)> walk = [&](std::size_t at) {
    if (truncated) return;
    if (at == letters.size()) {
      if (out.size() >= limit) {
        truncated = true;
        return;
      }
      out.push_back(current);
      return;
    }
    for (std::size_t n = 1; n <= kMaxSyllable && at + n <= letters.size(); ++n) {
      std::string_view s = letters.substr(at, n);
      if (!ends[at + n] || !is_syllable(s)) continue;
      current.push_back(s);
      walk(at + n);
      current.pop_back();
    }
  };
  walk(0);
  return out;
}

}  // namespace kanbao::store::han
