// SPDX-License-Identifier: MIT
// Parsing what the user typed into a search, and translating it into an FTS5
// MATCH expression. Internal to store/.
//
// Syntax: terms separated by white space must all occur (AND); "quoted terms"
// keep their spaces and match literally (never as pinyin or initials);
// neighbouring terms that are each one whole pinyin syllable (la jiao fen)
// are one pinyin term, as an input method reads them (join_syllables);
// -term must not occur; a OR b; a AND b (what a b says); filters district:NAME, paper:NAME,
// reporter:NAME, date:MM-DD, date:YYYY[-MM[-DD]], date:A..B. Everything else
// the user types is data: it is folded (store/fold.h) and only ever reaches
// SQLite as quoted tokens inside a bound parameter.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/result.h"
#include "store/fold.h"

namespace kanbao::store::query {

constexpr std::size_t kMaxTerms = 64;          // terms in one query
constexpr std::size_t kMaxPhraseTokens = 32;   // longer terms: FTS finds candidates, C++ decides
constexpr std::size_t kMaxPinyinLetters = 36;  // longer letter runs are not read as pinyin
constexpr std::size_t kMaxSegmentations = 16;
constexpr std::size_t kMaxPinyinBigrams =
    3000;  // held bigrams listed per syllable pair; beyond: a looser filter
constexpr std::size_t kMaxPinyinLookups = 20000;  // bigrams looked up per syllable pair; beyond: the same
// Pinyin initials (bjl: 保交楼): 3 to 6 letters, each the first letter of a
// reading of one of the 3,500 common characters (level 1 of the
// 通用规范汉字表). Candidates are the bigrams of the library whose two
// characters have the two initials, at most kMaxInitialBigrams looked up per
// letter pair; beyond that, the pair is left to the C++ check.
constexpr std::size_t kMinInitials = 3;
constexpr std::size_t kMaxInitials = 6;
constexpr std::size_t kMaxInitialBigrams = 20000;

struct Term {
  std::string typed;                               // as the user typed it
  std::vector<fold::Char> folded;                  // never empty
  std::string letters;                             // a-z only, unquoted: may be pinyin; else ""
  std::vector<std::vector<std::string>> readings;  // syllable cuts of `letters`
  std::string initials;                            // kMinInitials..kMaxInitials a-z, unquoted; else ""
  // Letter offsets of `letters` where a syllable must end (han::Boundaries):
  // where the user typed an apostrophe (xi'an, xi’an) or, in syllables
  // typed apart and joined into one term (la jiao fen), a space.
  std::uint64_t boundaries = 0;
};

// A term, or several joined by OR.
struct Clause {
  std::vector<Term> any;
  bool negated = false;
};

// Both forms test an article's date_key: its publication date when known,
// else its event date.
struct DateFilter {
  int month = 0, day = 0;  // date:MM-DD (any year) when month != 0
  std::string from, to;    // otherwise: from <= date_key <= to
};

struct Query {
  std::vector<Clause> clauses;
  std::vector<std::string> districts;  // as typed; any of them
  std::vector<std::string> papers;     // names as `kanbao papers` lists them; any of them
  std::vector<std::string> reporters;  // all of them
  std::vector<DateFilter> dates;       // any of them
  bool has_positive() const;
  bool has_pinyin() const;    // some positive term may be read as pinyin or initials
  bool has_initials() const;  // some positive term may be read as initials
  // Some positive term may be one syllable (de, zheng, xian): FTS5 reads it
  // as an OR of prefix queries, one per character read so (query_translate),
  // and merges their doclists whole for every query, whatever its rowid range.
  bool has_one_syllable_term() const;
};

// Fails with a message naming the problem (an unreadable date, a filter with
// no value, nothing searchable at all, too many terms).
Result<Query> parse(std::string_view text);

// Whether `query` (parsed from `text`) chooses articles to list: a term to
// find, or a filter (or, `scoped`, the search's district) that -terms may
// narrow. -terms alone leave words out of nothing: a usage error
// (ErrorKind::kUsage) quoting `text`. Searches check it; matches() in an
// article need not.
Status asks_for_articles(const Query& query, std::string_view text, bool scoped);

struct FtsExpression {
  std::string all;        // articles matching (with pinyin readings); "" if no positive term
  std::string literal;    // the same without pinyin readings (tier 0)
  std::string readings;   // the same without initials (tiers 0 to 2); == all when no initials
  std::string preferred;  // `readings` with preferred_query's Han text for its terms (tiers 0 and 1); ""
                          // when no term has a preferred reading. Set by the caller (store/search,
                          // store/pg), not by translate(): it needs the library's statistics
  std::string negative;   // any negated term; used alone when there is no positive term
  std::string
      titles;  // `literal` with every positive term inside the heading (title, subtitle, kicker), no NOT
  bool exact = true;  // false: `all` is a superset to verify in C++
};

// `expression` (FTS5) with all its phrases inside the heading: the title,
// subtitle and kicker columns.
std::string in_headings(const std::string& expression);

// Whether a Han bigram (UTF-8) is a token of the index.
using BigramExists = std::function<bool(std::string_view bigram)>;

// How a reading of two or more syllables, and initials, reach the index.
enum class PinyinIndex {
  // As the Han bigrams they can be (PostgreSQL): an OR of hundreds of
  // phrases per syllable pair, and for three or more syllables or initials
  // a superset (FtsExpression::exact false).
  kBigrams,
  // As the index's own pinyin tokens (SQLite, store/tokenizer.h): the phrase
  // of syllable pairs ('chang'jiang), or of initials pairs ({bj + {jl), exact.
  kTokens,
};

// `present`: the Han characters the library holds (pinyin readings expand
// into these only); nullptr = read no pinyin. With kBigrams, `exists`, when
// given, keeps only the bigrams the index really holds: a common pinyin
// pair reads as hundreds of bigrams, and every phrase in the expression
// costs bm25 time on every matching row. One syllable (jiang) is always
// any token starting with a character read so.
FtsExpression translate(const Query& query, const std::unordered_set<char32_t>* present,
                        const BigramExists& exists = {}, PinyinIndex pinyin = PinyinIndex::kBigrams);

// The tiers of a pinyin query's hits, best first (SearchCursor::tier).
enum Tier : int {
  kLiteralTier = 0,    // the letters themselves (FtsExpression::literal)
  kPreferredTier = 1,  // a term's preferred reading (preferred_query)
  kReadingTier = 2,    // another full reading
  kInitialsTier = 3,   // initials only
};

// The tier of a pinyin candidate that holds the letters themselves
// (`literal`), the preferred reading (`preferred`) or a full reading
// (`full_reading`), for a query that has initials or not: the one rule
// both backends rank by.
inline Tier pinyin_tier(bool literal, bool preferred, bool full_reading, bool initials_query) {
  if (literal) return kLiteralTier;
  if (preferred) return kPreferredTier;
  return initials_query && !full_reading ? kInitialsTier : kReadingTier;
}

// The preferred reading of a pinyin term is the Han text the library holds
// most often for it, when that text clearly dominates: an input method
// offers 长江 first for changjiang, not 长将 (议长将访华). Decided from how
// many articles hold each bigram of common characters (han::is_common) a
// reading can be, for the cuts of the letters into the fewest syllables
// (chang jiang, not chang ji ang; two or more):
//   - per cut, the path of characters whose rarest bigram is held by the
//     most articles (its weight), and the cut's weight: the smallest, over
//     its syllable pairs, of the articles holding each bigram of the pair,
//     summed;
//   - the heaviest path of all the cuts is preferred when its weight is
//     more than half the sum of the cuts' weights (for a two-syllable term:
//     more than half of the bigram occurrences of its reading).
// A term whose cuts have more than kMaxPreferenceLookups such bigrams to
// count has no preferred reading: each costs a lookup in the index's
// vocabulary (35 us on SQLite), and a pinyin search must stay fast.
constexpr std::size_t kMaxPreferenceLookups = 600;

// The counts are taken over the articles of the kPreferenceSample highest
// ids (roughly the last indexed; fewer articles where ids are missing), on
// both backends: in a bigger library a common
// bigram's doclist is long (工作 in 400,000 of 1,000,000 generated
// articles: counting it whole took 39 ms a search), and the share of
// each reading among 50,000 articles is what it is among them all.
constexpr std::int64_t kPreferenceSample = 50000;

// Every Han bigram (UTF-8) whose article count preferred_query() reads,
// each once: those of the positive pinyin terms' cuts, of characters in
// `present`.
std::vector<std::string> preference_bigrams(const Query& query, const std::unordered_set<char32_t>& present);

// The number of articles holding each bigram preference_bigrams() listed
// (missing: none).
using BigramCounts = std::unordered_map<std::string, std::int64_t>;

// `query` with each positive term that has a preferred reading replaced by
// an OR of its letters (quoted: no pinyin) and that Han text, and initials
// dropped from every term: the articles of kPreferredTier (or better).
// nullopt when no term has a preferred reading.
std::optional<Query> preferred_query(const Query& query, const std::unordered_set<char32_t>& present,
                                     const BigramCounts& counts);

}  // namespace kanbao::store::query
