// SPDX-License-Identifier: MIT
// query::preferred_query: the Han text a pinyin term most often is in the
// library (store/query.h states the rule).
#include <algorithm>
#include <limits>

#include "store/pinyin.h"
#include "store/query.h"
#include "text/utf8.h"

namespace kanbao::store::query {
namespace {

// The held common characters of each syllable of `cut`; empty when some
// syllable has none.
std::vector<std::vector<char32_t>> cut_characters(const std::vector<std::string>& cut,
                                                  const std::unordered_set<char32_t>& present) {
  std::vector<std::vector<char32_t>> chars;
  for (const auto& syllable : cut) {
    std::vector<char32_t> here;
    for (char32_t c : han::read_as(syllable))
      if (han::is_common(c) && present.count(c) != 0) here.push_back(c);
    if (here.empty()) return {};
    chars.push_back(std::move(here));
  }
  return chars;
}

std::string bigram(char32_t a, char32_t b) {
  std::string out;
  text::append_utf8(out, a);
  text::append_utf8(out, b);
  return out;
}

// The cuts a term's preference reads: those of the fewest syllables (as an
// input method reads changjiang as chang jiang, not chang ji ang), none
// when that is one syllable or some such cut cannot be counted
// (cut_characters), or they have more than kMaxPreferenceLookups bigrams.
std::vector<std::vector<std::vector<char32_t>>> term_cuts(const Term& term,
                                                          const std::unordered_set<char32_t>& present) {
  std::size_t fewest = std::numeric_limits<std::size_t>::max();
  for (const auto& cut : term.readings) fewest = std::min(fewest, cut.size());
  if (fewest < 2 || fewest == std::numeric_limits<std::size_t>::max()) return {};
  std::vector<std::vector<std::vector<char32_t>>> cuts;
  std::size_t lookups = 0;
  for (const auto& cut : term.readings) {
    if (cut.size() != fewest) continue;
    auto chars = cut_characters(cut, present);
    if (chars.empty()) return {};
    for (std::size_t k = 0; k + 1 < chars.size(); ++k) lookups += chars[k].size() * chars[k + 1].size();
    if (lookups > kMaxPreferenceLookups) return {};
    cuts.push_back(std::move(chars));
  }
  return cuts;
}

std::int64_t count_of(const BigramCounts& counts, char32_t a, char32_t b) {
  auto it = counts.find(bigram(a, b));
  return it == counts.end() ? 0 : it->second;
}

struct Path {
  std::u32string text;
  std::int64_t weight = 0;  // the articles holding its rarest bigram
};

// The path through `chars` whose rarest bigram is held most often (ties:
// the first in code point order), by dynamic programming over the
// syllables.
Path best_path(const std::vector<std::vector<char32_t>>& chars, const BigramCounts& counts) {
  // Per character of the current syllable: the best path ending there.
  std::vector<Path> ending(chars[0].size());
  for (std::size_t i = 0; i < chars[0].size(); ++i)
    ending[i] = {std::u32string(1, chars[0][i]), std::numeric_limits<std::int64_t>::max()};
  for (std::size_t k = 1; k < chars.size(); ++k) {
    std::vector<Path> next(chars[k].size());
    for (std::size_t j = 0; j < chars[k].size(); ++j) {
      for (std::size_t i = 0; i < chars[k - 1].size(); ++i) {
        const std::int64_t weight =
            std::min(ending[i].weight, count_of(counts, chars[k - 1][i], chars[k][j]));
        if (weight > next[j].weight) next[j] = {ending[i].text + chars[k][j], weight};
      }
    }
    ending = std::move(next);
  }
  Path best;
  for (const Path& p : ending)
    if (p.weight > best.weight) best = p;
  return best;
}

// The articles a cut's readings are in, at most: its least held pair's.
std::int64_t cut_weight(const std::vector<std::vector<char32_t>>& chars, const BigramCounts& counts) {
  std::int64_t least = std::numeric_limits<std::int64_t>::max();
  for (std::size_t k = 0; k + 1 < chars.size(); ++k) {
    std::int64_t pair = 0;
    for (char32_t a : chars[k])
      for (char32_t b : chars[k + 1]) pair += count_of(counts, a, b);
    least = std::min(least, pair);
  }
  return least;
}

// The Han text `term` is preferred as, or nullopt.
std::optional<std::u32string> preferred_text(const Term& term, const std::unordered_set<char32_t>& present,
                                             const BigramCounts& counts) {
  if (term.letters.empty()) return std::nullopt;
  std::int64_t total = 0;
  Path best;
  for (const auto& chars : term_cuts(term, present)) {
    total += cut_weight(chars, counts);
    Path path = best_path(chars, counts);
    if (path.weight > best.weight) best = std::move(path);
  }
  if (best.weight == 0 || best.weight * 2 <= total) return std::nullopt;
  return best.text;
}

Term literal_letters(const Term& term) {
  Term t;
  t.typed = term.typed;
  t.folded = term.folded;
  return t;
}

Term han_term(const std::u32string& text) {
  Term t;
  for (char32_t c : text) text::append_utf8(t.typed, c);
  t.folded = fold::fold(t.typed, fold::Mode::kQuery);
  return t;
}

}  // namespace

std::vector<std::string> preference_bigrams(const Query& query, const std::unordered_set<char32_t>& present) {
  std::vector<std::string> out;
  for (const auto& clause : query.clauses) {
    if (clause.negated) continue;
    for (const auto& term : clause.any) {
      if (term.letters.empty()) continue;
      for (const auto& chars : term_cuts(term, present)) {
        for (std::size_t k = 0; k + 1 < chars.size(); ++k) {
          for (char32_t a : chars[k])
            for (char32_t b : chars[k + 1]) out.push_back(bigram(a, b));
        }
      }
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::optional<Query> preferred_query(const Query& query, const std::unordered_set<char32_t>& present,
                                     const BigramCounts& counts) {
  Query out = query;
  bool any = false;
  for (auto& clause : out.clauses) {
    std::vector<Term> terms;
    for (auto& term : clause.any) {
      std::optional<std::u32string> text =
          clause.negated ? std::nullopt : preferred_text(term, present, counts);
      if (!text) {
        term.initials.clear();
        terms.push_back(std::move(term));
        continue;
      }
      any = true;
      terms.push_back(literal_letters(term));
      terms.push_back(han_term(*text));
    }
    clause.any = std::move(terms);
  }
  if (!any) return std::nullopt;
  return out;
}

}  // namespace kanbao::store::query
