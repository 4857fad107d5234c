// SPDX-License-Identifier: MIT
#include "search_mix.h"

#include <algorithm>
#include <random>
#include <string_view>

#include "store/pinyin.h"
#include "text/utf8.h"

namespace kanbao::bench {
namespace {

bool is_han(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }
bool is_alnum(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Trigram tables find nothing shorter than three characters: LIKE it is.
bool needs_like(const std::string& query) { return decode(query).size() < 3; }

std::string sql_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

std::string fts_phrase(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// Whether a skeleton holds a run of Han characters that reads `letters`:
// each character by one of its readings, or (3 to 6 letters) each a common
// character with that initial - kanbao's pinyin rules (README, Search).
bool reads_as(const std::u32string& s, std::string_view letters) {
  auto from = [&](auto&& self, std::size_t at, std::size_t offset) -> bool {
    if (offset == letters.size()) return true;
    if (at >= s.size() || s[at] == U'|') return false;
    for (std::string_view r : kanbao::store::han::readings(s[at]))
      if (letters.substr(offset, r.size()) == r && self(self, at + 1, offset + r.size())) return true;
    return false;
  };
  const bool initials = letters.size() >= 3 && letters.size() <= 6;
  for (std::size_t at = 0; at < s.size(); ++at) {
    if (from(from, at, 0)) return true;
    if (!initials || at + letters.size() > s.size()) continue;
    std::size_t k = 0;
    while (k < letters.size() && s[at + k] != U'|' && kanbao::store::han::is_common(s[at + k]) &&
           kanbao::store::han::has_initial(s[at + k], letters[k]))
      ++k;
    if (k == letters.size()) return true;
  }
  return false;
}

// The toneless pinyin of a Han phrase, each character by its first reading;
// "" when one has none.
std::string pinyin_of(const std::u32string& phrase) {
  std::string out;
  for (char32_t c : phrase) {
    auto r = kanbao::store::han::readings(c);
    if (r.empty()) return "";
    out += r.front();
  }
  return out;
}

// A mark that ends a sentence or clause (store/fold.h: nothing matches
// across one), in every form NFKC folds to 。 ! ? or ; (full width, half
// width, vertical, small, doubled).
bool ends_sentence(char32_t c) {
  return std::u32string_view(U"。！？；!?;｡︒︔︕︖﹔﹖﹗‼⁇⁈⁉").find(c) != std::u32string_view::npos;
}

}  // namespace

std::u32string decode(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = kanbao::text::decode(s, i);
    if (c != kanbao::text::kInvalid) out.push_back(c);
  }
  return out;
}

std::string encode(const std::u32string& s) {
  std::string out;
  for (char32_t c : s) kanbao::text::append_utf8(out, c);
  return out;
}

std::u32string skeleton(std::string_view text) {
  std::u32string out;
  for (char32_t c : decode(text)) {
    if (is_han(c))
      out += kanbao::store::han::simplified(c);
    else if (c == U'\n' || is_alnum(c) || ends_sentence(c)) {
      if (!out.empty() && out.back() != U'|') out += U'|';
    }
  }
  return out;
}

// The trigram table's WHERE for "all of `all`, none of `none`" or, with
// `any`, "one of `all`": long terms in one MATCH, short ones as LIKE over the
// four columns, as a trigram table requires.
std::string trigram_where(const std::vector<std::string>& all, const std::vector<std::string>& none,
                          bool any) {
  auto like = [](const std::string& t) {
    std::string l = sql_quote("%" + t + "%");
    return "(title LIKE " + l + " OR subtitle LIKE " + l + " OR body LIKE " + l + " OR byline LIKE " + l +
           ")";
  };
  std::string match, likes;
  for (const auto& t : all) {
    if (!needs_like(t))
      match += (match.empty() ? "" : any ? " OR " : " AND ") + fts_phrase(t);
    else
      likes += (likes.empty() ? "" : any ? " OR " : " AND ") + like(t);
  }
  if (any && !match.empty() && !likes.empty()) {
    // One MATCH cannot be OR-ed with a scan: the whole thing is a scan.
    std::string where;
    for (const auto& t : all) where += (where.empty() ? "" : " OR ") + like(t);
    return where;
  }
  std::string not_match;
  for (const auto& t : none) {
    if (!needs_like(t) && !match.empty())
      match += " NOT " + fts_phrase(t);
    else if (!needs_like(t))
      not_match +=
          " AND rowid NOT IN (SELECT rowid FROM tri WHERE tri MATCH " + sql_quote(fts_phrase(t)) + ")";
    else
      likes += std::string(likes.empty() ? "" : " AND ") + "NOT " + like(t);
  }
  std::string where;
  if (!match.empty()) where = "tri MATCH " + sql_quote(match);
  if (!likes.empty()) where += (where.empty() ? "" : " AND ") + likes;
  return where + not_match;
}

// Brute-force count for one query of the mix.
std::int64_t brute_count(const Query& q, const std::vector<std::u32string>& skeletons) {
  std::int64_t n = 0;
  auto has = [](const std::u32string& s, const std::u32string& t) {
    return s.find(t) != std::u32string::npos;
  };
  std::vector<std::u32string> words;
  for (std::size_t at = 0; at <= q.text.size();) {
    std::size_t space = std::min(q.text.find(' ', at), q.text.size());
    if (space > at) words.push_back(decode(std::string_view(q.text).substr(at, space - at)));
    at = space + 1;
  }
  for (const auto& s : skeletons) {
    bool hit = false;
    if (q.kind == "pinyin")
      hit = reads_as(s, q.text);
    else if (q.kind == "a OR b")
      hit = has(s, words[0]) || has(s, words[2]);
    else if (q.kind == "a -b")
      hit = has(s, words[0]) && !has(s, words[1].substr(1));
    else
      hit = std::all_of(words.begin(), words.end(), [&](const std::u32string& w) { return has(s, w); });
    n += hit ? 1 : 0;
  }
  return n;
}

std::vector<Query> query_mix(const std::vector<std::u32string>& skeletons,
                             const std::map<char32_t, std::int64_t>& freq) {
  std::vector<Query> queries;
  std::vector<std::pair<std::int64_t, char32_t>> by_freq;
  for (auto [c, n] : freq) by_freq.emplace_back(n, c);
  std::sort(by_freq.rbegin(), by_freq.rend());
  std::mt19937_64 rng(7);
  auto add = [&](std::u32string q, const char* kind) { queries.push_back({encode(q), kind, 0, "", false}); };
  for (std::size_t i = 0; i < 10 && i < by_freq.size(); ++i)
    add(std::u32string(1, by_freq[i].second), "1 common");
  // Rare: the least frequent characters of the corpus (whatever its size).
  std::vector<char32_t> rare;
  for (std::size_t i = by_freq.size() > 200 ? by_freq.size() - 200 : 0; i < by_freq.size(); ++i)
    rare.push_back(by_freq[i].second);
  for (std::size_t i = 0; i < 10 && !rare.empty(); ++i)
    add(std::u32string(1, rare[rng() % rare.size()]), "1 rare");
  for (std::size_t len = 2; len <= 6; ++len) {
    for (int i = 0; i < 8; ++i) {
      const std::u32string& s = skeletons[rng() % skeletons.size()];
      if (s.size() < len + 1) continue;
      std::size_t at = rng() % (s.size() - len);
      std::u32string q = s.substr(at, len);
      if (q.find(U'|') != std::u32string::npos) continue;
      add(q, len <= 2 ? "2 chars" : "3-6 chars");
    }
  }
  // No hit: characters the corpus never holds (most of CJK Extension A), or
  // three rare ones in a row.
  int absent = 0;
  for (char32_t c = 0x3400; c < 0x4DB5 && absent < 2; c += 97) {
    if (freq.count(c) != 0 || kanbao::store::han::simplified(c) != c) continue;
    add(std::u32string(1, c), "no-hit");
    ++absent;
  }
  for (int i = 0; i < 6 && rare.size() > 1; ++i)
    add(std::u32string{rare[rng() % rare.size()], rare[rng() % rare.size()], rare[rng() % rare.size()]},
        "no-hit");
  // Operators and pinyin, built from the mix's own phrases.
  std::vector<std::string> two, longer;
  for (const auto& q : queries) {
    if (q.kind == "2 chars") two.push_back(q.text);
    if (q.kind == "3-6 chars") longer.push_back(q.text);
  }
  for (std::size_t i = 0; i + 1 < two.size() && i < 6; i += 2) {
    queries.push_back(
        {two[i] + " " + two[i + 1], "a b", 0, trigram_where({two[i], two[i + 1]}, {}, false), false});
    queries.push_back(
        {two[i] + " -" + two[i + 1], "a -b", 0, trigram_where({two[i]}, {two[i + 1]}, false), false});
  }
  for (std::size_t i = 0; i + 1 < longer.size() && i < 6; i += 2) {
    queries.push_back({longer[i] + " " + longer[i + 1], "a b", 0,
                       trigram_where({longer[i], longer[i + 1]}, {}, false), false});
    queries.push_back({longer[i] + " OR " + longer[i + 1], "a OR b", 0,
                       trigram_where({longer[i], longer[i + 1]}, {}, true), false});
  }
  for (std::size_t i = 0; i + 1 < two.size() && i < 4; i += 2)
    queries.push_back(
        {two[i] + " OR " + two[i + 1], "a OR b", 0, trigram_where({two[i], two[i + 1]}, {}, true), false});
  // Pinyin: the readings of phrases of the corpus (2 and 3 characters) and
  // the initials of 3-character ones; the trigram side is given the phrase.
  int pinyin = 0, initials = 0;
  for (const auto& t : two) {
    std::string letters = pinyin_of(decode(t));
    if (letters.empty() || pinyin >= 3) continue;
    queries.push_back({letters, "pinyin", 0, trigram_where({t}, {}, false), false});
    ++pinyin;
  }
  for (const auto& t : longer) {
    std::u32string phrase = decode(t).substr(0, 3);
    std::string letters = pinyin_of(phrase);
    if (letters.empty()) continue;
    if (pinyin < 6) {
      queries.push_back({letters, "pinyin", 0, trigram_where({encode(phrase)}, {}, false), false});
      ++pinyin;
    } else if (initials < 2) {
      std::string first;
      for (char32_t c : phrase) first += kanbao::store::han::readings(c).front().front();
      queries.push_back({first, "pinyin", 0, trigram_where({encode(phrase)}, {}, false), false});
      ++initials;
    }
  }
  return queries;
}

}  // namespace kanbao::bench
