// SPDX-License-Identifier: MIT
// query::translate: a parsed query as the FTS5 expressions that find its
// candidates (literal terms as phrases, pinyin as the Han bigrams its
// readings can be, initials as common characters). Parsing is in query.cpp.
#include <algorithm>
#include <cstdint>
#include <optional>

#include "store/pinyin.h"
#include "store/query.h"
#include "store/tokenizer.h"
#include "text/utf8.h"

namespace kanbao::store::query {
namespace {

std::string quoted(const std::u32string& chars, bool prefix) {
  tokens::PhraseToken t;
  for (char32_t c : chars) text::append_utf8(t.text, c);
  t.prefix = prefix;
  return tokens::phrase_expression({t});
}

// Any one of `chars`, as the first character of a token: an OR of prefix
// phrases.
std::string any_character(const std::vector<char32_t>& chars) {
  std::string out;
  for (char32_t c : chars) out += (out.empty() ? "" : " OR ") + quoted(std::u32string(1, c), true);
  return "(" + out + ")";
}

// The library's bigrams of a character of `first` then one of `second`, as
// an OR of phrases; "" when the library holds none; nullopt when they are
// too many: more than `max_lookups` pairs to look up, or more than
// `max_listed` held. Without `exists` every pair counts as held.
std::optional<std::string> bigram_alternatives(const std::vector<char32_t>& first,
                                               const std::vector<char32_t>& second,
                                               const BigramExists& exists, std::size_t max_lookups,
                                               std::size_t max_listed) {
  const std::size_t pairs = first.size() * second.size();
  if (pairs > max_lookups || (!exists && pairs > max_listed)) return std::nullopt;
  std::string out;
  std::size_t listed = 0;
  for (char32_t a : first) {
    for (char32_t b : second) {
      if (exists) {
        std::string bigram;
        text::append_utf8(bigram, a);
        text::append_utf8(bigram, b);
        if (!exists(bigram)) continue;
      }
      if (++listed > max_listed) return std::nullopt;
      out += (out.empty() ? "" : " OR ") + quoted(std::u32string{a, b}, false);
    }
  }
  return out.empty() ? out : "(" + out + ")";
}

// The phrase of the index's pinyin tokens for neighbouring pairs of `items`
// (syllables or initials), `token` making each pair's token: exact.
template <typename Items, typename Token>
std::string pair_phrase(const Items& items, Token token) {
  std::vector<tokens::PhraseToken> phrase;
  for (std::size_t k = 0; k + 1 < items.size(); ++k) phrase.push_back({token(items[k], items[k + 1]), false});
  return "(" + tokens::phrase_expression(phrase) + ")";
}

// Candidates for Han text read as `syllables`: one syllable - any character
// read so (exact). Two or more with pinyin tokens: their pairs' phrase
// (exact). Otherwise from the Han bigram tokens, every consecutive pair
// occurring somewhere: a superset, even of two syllables, as a bigram runs
// across a pause (特长，将) where no reading does (fold.h).
// A pair too common to list (kMaxPinyinLookups, kMaxPinyinBigrams) is left
// out (a looser superset, verified in C++); when every pair is, any
// character of the rarest syllable. "" when no character in the library
// reads so.
std::string pinyin_expression(const std::vector<std::string>& syllables,
                              const std::unordered_set<char32_t>& present, const BigramExists& exists,
                              PinyinIndex index, bool& exact) {
  std::vector<std::vector<char32_t>> chars;
  for (const auto& s : syllables) {
    std::vector<char32_t> here;
    for (char32_t c : han::read_as(s))
      if (present.count(c) != 0) here.push_back(c);
    if (here.empty()) return "";
    chars.push_back(std::move(here));
  }
  if (chars.size() == 1) return any_character(chars[0]);
  if (index == PinyinIndex::kTokens) return pair_phrase(syllables, tokens::reading_pair_token);
  exact = false;
  std::string all;
  for (std::size_t k = 0; k + 1 < chars.size(); ++k) {
    std::optional<std::string> pair =
        bigram_alternatives(chars[k], chars[k + 1], exists, kMaxPinyinLookups, kMaxPinyinBigrams);
    if (!pair) continue;
    if (pair->empty()) return "";  // no text in the library reads so
    all += (all.empty() ? "" : " AND ") + *pair;
  }
  if (all.empty()) {
    auto rarest = std::min_element(chars.begin(), chars.end(),
                                   [](const auto& a, const auto& b) { return a.size() < b.size(); });
    return any_character(*rarest);
  }
  return "(" + all + ")";
}

// Candidates for runs of common characters with the initials `letters`:
// for each pair of neighbouring letters, the library's bigrams of two such
// characters (see kMaxInitialBigrams). Always a superset: the C++ check
// decides. "" when some pair has no bigram in the library.
std::string initials_expression(std::string_view letters, const std::unordered_set<char32_t>& present,
                                const BigramExists& exists) {
  std::vector<std::vector<char32_t>> chars(letters.size());
  for (char32_t c : present) {
    if (!han::is_common(c)) continue;
    for (std::size_t k = 0; k < letters.size(); ++k)
      if (han::has_initial(c, letters[k])) chars[k].push_back(c);
  }
  for (auto& cs : chars) {
    if (cs.empty()) return "";
    std::sort(cs.begin(), cs.end());
  }
  std::string all;
  for (std::size_t k = 0; k + 1 < chars.size(); ++k) {
    std::optional<std::string> pair =
        bigram_alternatives(chars[k], chars[k + 1], exists, kMaxInitialBigrams, kMaxInitialBigrams);
    if (!pair) continue;  // too common to list: left to the C++ check
    if (pair->empty()) return "";
    all += (all.empty() ? "" : " AND ") + *pair;
  }
  if (all.empty()) return any_character(chars[0]);  // every pair too common to list
  return "(" + all + ")";
}

enum class Reading { kLiteral, kPinyin, kInitials };

// Where pinyin expands to (translate's arguments).
struct Sources {
  const BigramExists& exists;
  PinyinIndex index;
};

std::string term_expression(const Term& term, const std::unordered_set<char32_t>* present,
                            const Sources& from, Reading reading, bool& exact) {
  bool term_exact = true;
  std::string out =
      "(" + tokens::phrase_expression(tokens::literal_phrase(term.folded, kMaxPhraseTokens, term_exact));
  if (present != nullptr && reading != Reading::kLiteral) {
    for (const auto& syllables : term.readings) {
      std::string expression = pinyin_expression(syllables, *present, from.exists, from.index, term_exact);
      if (!expression.empty()) out += " OR " + expression;
    }
    if (reading == Reading::kInitials && !term.initials.empty() && from.index == PinyinIndex::kTokens) {
      out += " OR " + pair_phrase(term.initials, tokens::initials_pair_token);
    } else if (reading == Reading::kInitials && !term.initials.empty()) {
      std::string expression = initials_expression(term.initials, *present, from.exists);
      if (!expression.empty()) {
        out += " OR " + expression;
        term_exact = false;
      }
    }
  }
  exact = exact && term_exact;
  return out + ")";
}

}  // namespace

std::string in_headings(const std::string& expression) { return "{title subtitle kicker} : " + expression; }

FtsExpression translate(const Query& query, const std::unordered_set<char32_t>* present,
                        const BigramExists& exists, PinyinIndex pinyin) {
  FtsExpression e;
  const Sources from{exists, pinyin};
  std::string all, literal, readings, negative;
  for (const auto& clause : query.clauses) {
    std::string any_all, any_literal, any_readings;
    for (const auto& term : clause.any) {
      if (!any_all.empty()) {
        any_all += " OR ";
        any_literal += " OR ";
        any_readings += " OR ";
      }
      bool exact = true, ignored = true;
      any_literal += term_expression(term, nullptr, from, Reading::kLiteral, exact);
      const std::unordered_set<char32_t>* han = clause.negated ? nullptr : present;
      any_all += term_expression(term, han, from, Reading::kInitials, exact);
      if (query.has_initials()) any_readings += term_expression(term, han, from, Reading::kPinyin, ignored);
      e.exact = e.exact && exact;
    }
    if (clause.negated) {
      if (!negative.empty()) negative += " OR ";
      negative += "(" + any_literal + ")";
    } else {
      if (!all.empty()) {
        all += " AND ";
        literal += " AND ";
        readings += " AND ";
      }
      all += "(" + any_all + ")";
      literal += "(" + any_literal + ")";
      readings += "(" + any_readings + ")";
    }
  }
  e.negative = negative;
  if (!all.empty()) {
    e.all = "(" + all + ")";
    e.literal = "(" + literal + ")";
    e.readings = query.has_initials() ? "(" + readings + ")" : e.all;
    e.titles = in_headings(e.literal);
    // A negated term can only be left to FTS when FTS finds it exactly:
    // excluding a superset would lose articles.
    if (!negative.empty() && e.exact) {
      e.all += " NOT (" + negative + ")";
      e.literal += " NOT (" + negative + ")";
      e.readings += " NOT (" + negative + ")";
    }
  }
  return e;
}

}  // namespace kanbao::store::query
