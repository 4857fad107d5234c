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

bool crosses(Boundaries boundaries, std::size_t at, std::size_t length) {
  // The offsets strictly inside the run: at + 1 .. at + length - 1.
  for (std::size_t k = at + 1; k < at + length && k < 64; ++k)
    if (((boundaries >> k) & 1u) != 0) return true;
  return false;
}

std::vector<std::vector<std::string_view>> segmentations(std::string_view letters, std::size_t limit,
                                                         bool& truncated, Boundaries boundaries) {
  truncated = false;
  std::vector<std::vector<std::string_view>> out;
  // Syllables are at most 6 letters ("zhuang", "shuang"). fewest[i] and
  // most[i]: the syllables of the shortest and longest cut of the letters
  // from i on (kNone: they cannot be cut), so that the walk below enters
  // only prefixes that end in a cut of exactly the syllables it wants.
  constexpr std::size_t kMaxSyllable = 6;
  constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  const std::size_t size = letters.size();
  std::vector<std::size_t> fewest(size + 1, kNone), most(size + 1, 0);
  fewest[size] = 0;
  for (std::size_t i = size; i-- > 0;) {
    for (std::size_t n = 1; n <= kMaxSyllable && i + n <= size; ++n) {
      if (fewest[i + n] == kNone || crosses(boundaries, i, n) || !is_syllable(letters.substr(i, n))) continue;
      fewest[i] = std::min(fewest[i], fewest[i + n] + 1);
      most[i] = std::max(most[i], most[i + n] + 1);
    }
  }
  if (fewest[0] == kNone) return out;
  std::vector<std::string_view> current;
  // Every cut of the letters from `at` on into exactly `left` syllables,
  // longer syllables first.
  std::function<void(std::size_t, std::size_t)> walk = [&](std::size_t at, std::size_t left) {
    if (truncated) return;
    if (at == size) {
      if (out.size() >= limit) {
        truncated = true;
        return;
      }
      out.push_back(current);
      return;
    }
    for (std::size_t n = std::min(kMaxSyllable, size - at); n >= 1; --n) {
      const std::size_t rest = at + n;
      if (fewest[rest] == kNone || fewest[rest] + 1 > left || most[rest] + 1 < left) continue;
      if (crosses(boundaries, at, n)) continue;
      const std::string_view s = letters.substr(at, n);
      if (!is_syllable(s)) continue;
      current.push_back(s);
      walk(rest, left - 1);
      current.pop_back();
    }
  };
  // The cuts of fewest syllables first, as an input method offers 天安门
  // (tian an men) long before ti a n a n m e n: single letters are
  // syllables too (啊 a, 嗯 n, 呣 m).
  for (std::size_t syllables = fewest[0]; syllables <= most[0] && !truncated; ++syllables) walk(0, syllables);
  return out;
}

}  // namespace kanbao::store::han
