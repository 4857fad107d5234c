// SPDX-License-Identifier: MIT
#include "store/pinyin.h"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <iterator>
#include <span>
#include <unordered_set>

namespace kanbao::store::han {
namespace {

#include "han_tables.inc"

// The generated tables are sorted arrays; for the BMP they are spread into
// direct-indexed arrays so the per-character lookups that the tokenizer does
// millions of times are one load each.
// Folding runs on every query and document: its table is built by the
// compiler, read-only data that a process maps from the binary and pages in
// only where text is (building it at first use cost a `kanbao search` 300,000
// instructions and 64 pages of fresh memory). Pinyin is needed only for
// letter queries and indexing: its tables are built on first use.
struct SimplifiedTable {
  char32_t bmp[0x10000];  // 0 = unchanged
};

constexpr SimplifiedTable make_simplified_table() {
  SimplifiedTable t{};
  for (const auto& pair : kT2S)
    if (pair[0] < 0x10000) t.bmp[pair[0]] = pair[1];
  return t;
}

constexpr SimplifiedTable kSimplified = make_simplified_table();

const SimplifiedTable& simplified_table() { return kSimplified; }

struct ByCodePoint {
  bool operator()(const unsigned (&pair)[2], char32_t c) const { return pair[0] < c; }
  bool operator()(char32_t c, const unsigned (&pair)[2]) const { return c < pair[0]; }
};

// Readings: kPinyin is sorted by code point, so a character's readings are
// one run of it; `text[i]` is the syllable of kPinyin[i], and for the BMP
// `bmp_first[c]`..`bmp_first[c + 1]` is the run of `c`.
struct PinyinTables {
  std::vector<std::string_view> text;
  std::vector<std::uint32_t> bmp_first;
  std::vector<std::uint32_t> bmp_initials;  // bit (letter - 'a'): some reading starts so
  std::unordered_set<std::string_view> syllables;
  std::vector<std::vector<char32_t>> chars_of;  // by syllable index

  PinyinTables() : bmp_first(0x10001, 0), bmp_initials(0x10000, 0) {
    text.reserve(std::size(kPinyin));
    chars_of.resize(std::size(kSyllables));
    for (const auto& pair : kPinyin) {
      text.emplace_back(kSyllables[pair[1]]);
      if (pair[0] < 0x10000) {
        ++bmp_first[pair[0] + 1];
        bmp_initials[pair[0]] |= 1u << (kSyllables[pair[1]][0] - 'a');
      }
      auto& chars = chars_of[pair[1]];
      if (chars.empty() || chars.back() != pair[0]) chars.push_back(pair[0]);
    }
    for (std::size_t c = 1; c < bmp_first.size(); ++c) bmp_first[c] += bmp_first[c - 1];
    for (const char* s : kSyllables) syllables.insert(s);
  }
};

const PinyinTables& pinyin_tables() {
  static const PinyinTables t;
  return t;
}

struct CommonTable {
  std::vector<bool> bmp;
  CommonTable() : bmp(0x10000, false) {
    for (char32_t c : kCommon)
      if (c < 0x10000) bmp[c] = true;
  }
};

}  // namespace

std::string_view source() { return kHanSource; }

std::string_view unihan_version() { return kUnihanVersion; }

std::uint64_t folding_digest() {
  std::uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a, 64 bits
  for (const auto& pair : kT2S) {
    for (char32_t c : pair) {
      for (int shift = 0; shift < 32; shift += 8) {
        h ^= (static_cast<std::uint64_t>(c) >> shift) & 0xFF;
        h *= 0x100000001b3ULL;
      }
    }
  }
  return h;
}

char32_t simplified(char32_t c) {
  if (c < 0x10000) {
    char32_t s = simplified_table().bmp[c];
    return s != 0 ? s : c;
  }
  auto it = std::lower_bound(std::begin(kT2S), std::end(kT2S), c,
                             [](const auto& pair, char32_t key) { return pair[0] < key; });
  return it != std::end(kT2S) && (*it)[0] == c ? (*it)[1] : c;
}

std::span<const std::string_view> readings(char32_t c) {
  const PinyinTables& t = pinyin_tables();
  std::size_t first = 0, last = 0;
  if (c < 0x10000) {
    first = t.bmp_first[c];
    last = t.bmp_first[c + 1];
  } else {
    auto range = std::equal_range(std::begin(kPinyin), std::end(kPinyin), c, ByCodePoint{});
    first = static_cast<std::size_t>(range.first - std::begin(kPinyin));
    last = static_cast<std::size_t>(range.second - std::begin(kPinyin));
  }
  return std::span<const std::string_view>(t.text.data() + first, last - first);
}

bool has_initial(char32_t c, char letter) {
  if (letter < 'a' || letter > 'z') return false;
  if (c < 0x10000) return (pinyin_tables().bmp_initials[c] >> (letter - 'a') & 1u) != 0;
  for (std::string_view r : readings(c))
    if (r[0] == letter) return true;
  return false;
}

std::uint32_t initials(char32_t c) {
  if (c < 0x10000) return pinyin_tables().bmp_initials[c];
  std::uint32_t bits = 0;
  for (std::string_view r : readings(c)) bits |= 1u << (r[0] - 'a');
  return bits;
}

bool is_common(char32_t c) {
  static const CommonTable t;
  return c < 0x10000 && t.bmp[c];
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
  for (std::size_t i = letters.size(); i-- > 0;) {
    for (std::size_t n = 1; n <= kMaxSyllable && i + n <= letters.size() && !ends[i]; ++n)
      ends[i] = static_cast<char>(ends[i + n] && is_syllable(letters.substr(i, n)));
  }
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
