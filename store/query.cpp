// SPDX-License-Identifier: MIT
#include "store/query.h"

#include <algorithm>
#include <cstdint>
#include <optional>

#include "store/pinyin.h"
#include "store/query_date.h"
#include "store/tokenizer.h"
#include "text/utf8.h"

namespace kanbao::store::query {
namespace {

// One white-space separated piece of the query.
struct Item {
  std::string text;
  bool quoted = false;   // some of it was inside "..."
  bool negated = false;  // -term
};

bool is_space_at(std::string_view s, std::size_t i, std::size_t& width) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
    width = 1;
    return true;
  }
  if (s.substr(i, 3) == "\xE3\x80\x80") {  // U+3000 IDEOGRAPHIC SPACE
    width = 3;
    return true;
  }
  return false;
}

// Bytes of a minus sign at `i` ('-', U+FF0D, U+2212), 0 if none.
std::size_t minus_at(std::string_view s, std::size_t i) {
  if (s[i] == '-') return 1;
  if (s.substr(i, 3) == "\xEF\xBC\x8D" || s.substr(i, 3) == "\xE2\x88\x92") return 3;
  return 0;
}

// "OR", also typed full width (ＯＲ).
bool is_or(std::string_view s) { return s == "OR" || s == "\xEF\xBC\xAF\xEF\xBC\xB2"; }

std::vector<Item> split(std::string_view s) {
  std::vector<Item> items;
  std::size_t i = 0, width = 0;
  while (i < s.size()) {
    if (is_space_at(s, i, width)) {
      i += width;
      continue;
    }
    Item item;
    // '-', or the minus a Chinese input method types (U+FF0D full-width
    // hyphen-minus, U+2212 minus sign): operators fold like terms do.
    const std::size_t minus = minus_at(s, i);
    if (minus > 0 && i + minus < s.size() && !is_space_at(s, i + minus, width)) {
      item.negated = true;
      i += minus;
    }
    bool in_quotes = false;
    while (i < s.size()) {
      if (s[i] == '"') {
        in_quotes = !in_quotes;
        item.quoted = true;
        ++i;
        continue;
      }
      if (!in_quotes && is_space_at(s, i, width)) break;
      item.text += s[i++];
    }
    items.push_back(std::move(item));
  }
  return items;
}

bool ascii_iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

// "district:" / "district：" -> ("district", value); false if not a filter.
bool filter_of(const Item& item, std::string& key, std::string& value) {
  if (item.quoted && item.text.find(':') == std::string::npos) return false;
  for (std::string_view name : {"district", "reporter", "date"}) {
    if (item.text.size() < name.size() || !ascii_iequals(std::string_view(item.text).substr(0, name.size()), name))
      continue;
    std::string_view rest = std::string_view(item.text).substr(name.size());
    if (rest.substr(0, 1) == ":") {
      value = std::string(rest.substr(1));
    } else if (rest.substr(0, 3) == "\xEF\xBC\x9A") {  // U+FF1A FULLWIDTH COLON
      value = std::string(rest.substr(3));
    } else {
      continue;
    }
    key = name;
    return true;
  }
  return false;
}

// Folds one term; fills the pinyin readings when it is letters only.
std::optional<Term> make_term(const std::string& typed) {
  Term t;
  t.typed = typed;
  t.folded = fold::fold(typed, fold::Mode::kQuery);
  if (t.folded.empty()) return std::nullopt;
  std::string letters;
  for (const auto& ch : t.folded) {
    if (ch.kind != fold::Kind::kWord || ch.c < 'a' || ch.c > 'z') {
      letters.clear();
      break;
    }
    letters += static_cast<char>(ch.c);
  }
  if (!letters.empty() && letters.size() <= kMaxPinyinLetters) {
    bool truncated = false;
    for (const auto& cut : han::segmentations(letters, kMaxSegmentations, truncated)) {
      std::vector<std::string> syllables(cut.begin(), cut.end());
      t.readings.push_back(std::move(syllables));
    }
    // More cuts than we search for: read it as letters only, never half.
    if (truncated) t.readings.clear();
    if (!t.readings.empty()) t.letters = letters;
  }
  if (letters.size() >= kMinInitials && letters.size() <= kMaxInitials) t.initials = letters;
  return t;
}

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
                                               const std::vector<char32_t>& second, const BigramExists& exists,
                                               std::size_t max_lookups, std::size_t max_listed) {
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

// Candidates for Han text read as `syllables`, from the Han bigram tokens:
// one syllable - any character read so (exact); two - any bigram read so
// (exact); more - every consecutive pair occurs somewhere (a superset).
// A pair too common to list (kMaxPinyinLookups, kMaxPinyinBigrams) is left
// out (a looser superset, verified in C++); when every pair is, any
// character of the rarest syllable. "" when no character in the library
// reads so.
std::string pinyin_expression(const std::vector<std::string>& syllables,
                              const std::unordered_set<char32_t>& present, const BigramExists& exists,
                              bool& exact) {
  std::vector<std::vector<char32_t>> chars;
  for (const auto& s : syllables) {
    std::vector<char32_t> here;
    for (char32_t c : han::read_as(s))
      if (present.count(c) != 0) here.push_back(c);
    if (here.empty()) return "";
    chars.push_back(std::move(here));
  }
  if (chars.size() == 1) return any_character(chars[0]);
  if (chars.size() > 2) exact = false;
  std::string all;
  for (std::size_t k = 0; k + 1 < chars.size(); ++k) {
    std::optional<std::string> pair =
        bigram_alternatives(chars[k], chars[k + 1], exists, kMaxPinyinLookups, kMaxPinyinBigrams);
    if (!pair) {
      exact = false;
      continue;
    }
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
  for (char32_t c : present)
    if (han::is_common(c))
      for (std::size_t k = 0; k < letters.size(); ++k)
        if (han::has_initial(c, letters[k])) chars[k].push_back(c);
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

std::string term_expression(const Term& term, const std::unordered_set<char32_t>* present,
                            const BigramExists& exists, Reading reading, bool& exact) {
  bool term_exact = true;
  std::string out = "(" + tokens::phrase_expression(
                              tokens::literal_phrase(term.folded, kMaxPhraseTokens, term_exact));
  if (present != nullptr && reading != Reading::kLiteral) {
    for (const auto& syllables : term.readings) {
      std::string expression = pinyin_expression(syllables, *present, exists, term_exact);
      if (!expression.empty()) out += " OR " + expression;
    }
    if (reading == Reading::kInitials && !term.initials.empty()) {
      std::string expression = initials_expression(term.initials, *present, exists);
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

bool Query::has_positive() const {
  for (const auto& c : clauses) {
    if (!c.negated) return true;
  }
  return false;
}

bool Query::has_pinyin() const {
  for (const auto& c : clauses) {
    for (const auto& t : c.any) {
      if (!c.negated && (!t.readings.empty() || !t.initials.empty())) return true;
    }
  }
  return false;
}

bool Query::has_initials() const {
  for (const auto& c : clauses) {
    for (const auto& t : c.any) {
      if (!c.negated && !t.initials.empty()) return true;
    }
  }
  return false;
}

namespace {

// Adds the filter `key`:`value` (item: as written) to the query.
Status add_filter(const Item& item, const std::string& key, const std::string& value, Query& q) {
  if (item.negated) return Error(ErrorWords{"-{}: filters cannot be negated", {item.text}});
  if (value.empty()) {
    return Error(ErrorWords{"{}: needs a value, e.g. {}",
                            {key, key == "date" ? std::string("date:06-20")
                                                : key + ":" + (key == "district" ? "管城区" : "张艳敏")}});
  }
  if (key == "district") q.districts.push_back(value);
  if (key == "reporter") q.reporters.push_back(value);
  if (key == "date") {
    KANBAO_ASSIGN_OR_RETURN(auto f, parse_date(value));
    q.dates.push_back(std::move(f));
  }
  return Status::Ok();
}

// The error for a query that asks for nothing: empty, or only words with
// nothing to search for (`ignored`).
Error nothing_to_search(std::string_view text, const std::vector<std::string>& ignored) {
  if (ignored.empty()) return Error(ErrorWords{"the search query is empty; type the words to search for", {}});
  // At most 200 bytes of the query, never cutting a character in half.
  std::size_t cut = std::min<std::size_t>(text.size(), 200);
  while (cut > 0 && cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return Error(ErrorWords{"nothing to search for in \"{}\": it has no letters, digits or Chinese characters",
                          {std::string(text.substr(0, cut))}});
}

}  // namespace

Result<Query> parse(std::string_view text) {
  Query q;
  std::vector<Item> items = split(text);
  std::size_t terms = 0;
  bool joined = false;  // the previous item was OR between two terms
  std::vector<std::string> ignored;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Item& item = items[i];
    std::string key, value;
    if (!item.quoted && !item.negated && is_or(item.text) && i > 0 && i + 1 < items.size() &&
        !q.clauses.empty() && !q.clauses.back().negated && !items[i + 1].negated) {
      joined = true;
      continue;
    }
    if (filter_of(item, key, value)) {
      KANBAO_TRY(add_filter(item, key, value, q));
      joined = false;
      continue;
    }
    auto term = make_term(item.text);
    if (!term) {
      ignored.push_back(item.text);
      joined = false;
      continue;
    }
    if (++terms > kMaxTerms) {
      return Error(ErrorWords{"the query has more than {} terms; search for fewer words at a time",
                              {std::to_string(kMaxTerms)}});
    }
    if (joined && !q.clauses.empty() && !q.clauses.back().negated && !item.negated) {
      q.clauses.back().any.push_back(std::move(*term));
    } else {
      Clause c;
      c.negated = item.negated;
      c.any.push_back(std::move(*term));
      q.clauses.push_back(std::move(c));
    }
    joined = false;
  }
  if (q.clauses.empty() && q.districts.empty() && q.reporters.empty() && q.dates.empty()) {
    return nothing_to_search(text, ignored);
  }
  return q;
}

FtsExpression translate(const Query& query, const std::unordered_set<char32_t>* present,
                        const BigramExists& exists) {
  FtsExpression e;
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
      any_literal += term_expression(term, nullptr, exists, Reading::kLiteral, exact);
      const std::unordered_set<char32_t>* han = clause.negated ? nullptr : present;
      any_all += term_expression(term, han, exists, Reading::kInitials, exact);
      if (query.has_initials()) any_readings += term_expression(term, han, exists, Reading::kPinyin, ignored);
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
    e.titles = "{title subtitle} : " + e.literal;
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
