// SPDX-License-Identifier: MIT
#include "store/query.h"

#include <unicode/uscript.h>

#include <algorithm>
#include <cstdint>
#include <optional>

#include "store/library.h"
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

// "AND", also typed full width (ＡＮＤ).
bool is_and(std::string_view s) { return s == "AND" || s == "\xEF\xBC\xA1\xEF\xBC\xAE\xEF\xBC\xA4"; }

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

// "district:" / "district：" -> ("district", value) (also paper:, reporter:,
// date:); false if not a filter.
bool filter_of(const Item& item, std::string& key, std::string& value) {
  if (item.quoted && item.text.find(':') == std::string::npos) return false;
  for (std::string_view name : {"district", "paper", "reporter", "date"}) {
    if (item.text.size() < name.size() ||
        !ascii_iequals(std::string_view(item.text).substr(0, name.size()), name))
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

// The code points of `s` (invalid bytes as text::decode reads them).
std::vector<char32_t> code_points(std::string_view s) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < s.size();) out.push_back(text::decode(s, i));
  return out;
}

// A Han character (ICU's script property: every CJK block and extension).
bool is_han(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  return uscript_getScript(static_cast<UChar32>(c), &status) == USCRIPT_HAN && U_SUCCESS(status);
}

// A space a byline pads a name with: ASCII, U+3000 IDEOGRAPHIC SPACE,
// U+00A0 NO-BREAK SPACE (copied from web pages).
bool is_name_space(char32_t c) { return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0; }

// `name` without the spaces between two Han characters and at either end:
// bylines print 贺  勇 for 贺勇 (a two-character name padded to three
// characters' width), and the library keeps the name unpadded. Spaces
// inside a Latin name (John Smith) stay.
std::string unpadded_name(std::string_view name) {
  const std::vector<char32_t> cps = code_points(name);
  std::string out;
  for (std::size_t i = 0; i < cps.size(); ++i) {
    if (is_name_space(cps[i])) {
      std::size_t end = i;
      while (end < cps.size() && is_name_space(cps[end])) ++end;
      const bool edge = i == 0 || end == cps.size();
      const bool between_han = !edge && is_han(cps[i - 1]) && is_han(cps[end]);
      if (!edge && !between_han) out += ' ';
      i = end - 1;
      continue;
    }
    text::append_utf8(out, cps[i]);
  }
  return out;
}

// Whether `s` is 1 to `most` Han characters and nothing else.
bool few_han(std::string_view s, std::size_t most) {
  const std::vector<char32_t> cps = code_points(s);
  return !cps.empty() && cps.size() <= most && std::all_of(cps.begin(), cps.end(), is_han);
}

// Whether `gap`, the typed bytes between two folded words, parts two
// syllables: an apostrophe (', ’ U+2019 as word processors type it, ＇
// U+FF07 full width), or the space between syllables join_syllables() joined.
bool is_syllable_break(std::string_view gap) {
  return gap == "'" || gap == "\xE2\x80\x99" || gap == "\xEF\xBC\x87" || gap == " ";
}

// The letters a-z of the folded `chars` of `typed`, with `boundaries` set
// where a syllable break parts them (xi'an: "xian", bit 2); "" when
// anything else is there (a digit, a Han character, xi-an).
std::string pinyin_letters(std::string_view typed, const std::vector<fold::Char>& chars,
                           std::uint64_t& boundaries) {
  std::string letters;
  boundaries = 0;
  for (std::size_t i = 0; i < chars.size(); ++i) {
    const fold::Char& ch = chars[i];
    if (ch.kind == fold::Kind::kSpace && i > 0 && i + 1 < chars.size() && !letters.empty() &&
        letters.size() < 64 &&
        is_syllable_break(typed.substr(chars[i - 1].end, chars[i + 1].begin - chars[i - 1].end))) {
      boundaries |= std::uint64_t{1} << letters.size();
      continue;
    }
    if (ch.kind != fold::Kind::kWord || ch.c < 'a' || ch.c > 'z') return "";
    letters += static_cast<char>(ch.c);
  }
  return letters;
}

// Folds one term; fills the pinyin readings and initials when it is letters
// only and not quoted: quotes ask for the letters themselves ("GDP" must not
// find 个大棚).
std::optional<Term> make_term(const std::string& typed, bool quoted) {
  Term t;
  t.typed = typed;
  t.folded = fold::fold(typed, fold::Mode::kQuery);
  if (t.folded.empty()) return std::nullopt;
  if (quoted) return t;
  std::uint64_t boundaries = 0;
  const std::string letters = pinyin_letters(typed, t.folded, boundaries);
  if (!letters.empty() && letters.size() <= kMaxPinyinLetters) {
    bool truncated = false;
    for (const auto& cut : han::segmentations(letters, kMaxSegmentations, truncated, boundaries)) {
      std::vector<std::string> syllables(cut.begin(), cut.end());
      t.readings.push_back(std::move(syllables));
    }
    // More cuts than are searched for: the first ones, of fewest syllables,
    // are what the letters mean (single-letter syllables such as a, n, m
    // give a long run hundreds of cuts: tiananmen found nothing when it was
    // then read as letters only).
    if (!t.readings.empty()) {
      t.letters = letters;
      t.boundaries = boundaries;
    }
  }
  // Initials are one run of letters (bjl); syllables typed apart are syllables.
  if (boundaries == 0 && letters.size() >= kMinInitials && letters.size() <= kMaxInitials)
    t.initials = letters;
  return t;
}

// The number of letters of `item` when it is bare letters spelling one
// whole pinyin syllable (la, jiao, Li), else 0.
std::size_t bare_syllable(const Item& item) {
  if (item.quoted || item.negated) return 0;  // OR and AND are no syllables
  std::string letters;
  for (const auto& ch : fold::fold(item.text, fold::Mode::kQuery)) {
    if (ch.kind != fold::Kind::kWord || ch.c < 'a' || ch.c > 'z') return 0;
    letters += static_cast<char>(ch.c);
  }
  return !letters.empty() && han::is_syllable(letters) ? letters.size() : 0;
}

// `items` with each run of two or more neighbouring bare syllables (la jiao
// fen) made one item, the syllables parted by single spaces, which
// make_term() reads as syllable boundaries. Someone who types pinyin with
// spaces means one word, as every input method reads it (辣椒粉), not three
// one-syllable terms each found in thousands of articles. OR, AND, quotes or
// a minus between syllables keep them apart (la AND jiao, "la" jiao); an OR
// beside a run takes the run as one term (辣椒 OR la jiao).
// A run stops at kMaxPinyinLetters letters: longer ones are never pinyin.
std::vector<Item> join_syllables(const std::vector<Item>& items) {
  std::vector<Item> out;
  std::size_t run_letters = 0;  // of out.back() when it is a run of syllables, else 0
  for (std::size_t i = 0; i < items.size(); ++i) {
    const std::size_t letters = bare_syllable(items[i]);
    if (letters > 0 && run_letters > 0 && run_letters + letters <= kMaxPinyinLetters) {
      out.back().text += " " + items[i].text;
      run_letters += letters;
      continue;
    }
    out.push_back(items[i]);
    run_letters = letters;
  }
  return out;
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

bool Query::has_one_syllable_term() const {
  for (const auto& c : clauses) {
    for (const auto& t : c.any) {
      const bool one = std::any_of(t.readings.begin(), t.readings.end(),
                                   [](const std::vector<std::string>& cut) { return cut.size() == 1; });
      if (!c.negated && one) return true;
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

// A filter `key` with a value, for a message.
std::string filter_example(const std::string& key) {
  if (key == "date") return "date:06-20";
  if (key == "district") return "district:管城区";
  if (key == "paper") return "paper:人民日报";
  return key + ":张艳敏";
}

// Adds the filter `key`:`value` (item: as written) to the query.
Status add_filter(const Item& item, const std::string& key, const std::string& value, Query& q) {
  if (item.negated)
    return Error(ErrorWords{"-{}: filters cannot be negated", {item.text}}, ErrorKind::kUsage);
  if (value.empty())
    return Error(ErrorWords{"{}: needs a value, e.g. {}", {key, filter_example(key)}}, ErrorKind::kUsage);
  if (key == "district") q.districts.push_back(district_selected(value));
  if (key == "paper") q.papers.push_back(paper_selected(value));
  if (key == "reporter") q.reporters.push_back(value);
  if (key == "date") {
    KANBAO_ASSIGN_OR_RETURN(auto f, parse_date(value));
    q.dates.push_back(std::move(f));
  }
  return Status::Ok();
}

// How many bytes of `text` a message quotes: at most 200, never cutting a
// character in half.
std::size_t query_cut(std::string_view text) {
  std::size_t cut = std::min<std::size_t>(text.size(), 200);
  while (cut > 0 && cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return cut;
}

// The error for a query that asks for nothing: empty, only words with
// nothing to search for (`ignored`), or only an operator (OR, AND: `joiner`,
// as typed) with no word on a side.
Error nothing_to_search(std::string_view text, const std::vector<std::string>& ignored,
                        const std::string& joiner) {
  if (ignored.empty() && !joiner.empty()) {
    return Error(ErrorWords{"\"{}\": {} has nothing to join; put it between two words, as in 长江 {} 黄河",
                            {std::string(text.substr(0, query_cut(text))), joiner, joiner}},
                 ErrorKind::kUsage);
  }
  if (ignored.empty()) {
    return Error(ErrorWords{"the search query is empty; type the words to search for", {}},
                 ErrorKind::kUsage);
  }
  return Error(ErrorWords{"nothing to search for in \"{}\": it has no letters, digits or Chinese characters",
                          {std::string(text.substr(0, query_cut(text)))}},
               ErrorKind::kUsage);
}

// The error for a query of negated terms alone (`-长江`): it leaves words
// out of nothing, and listing every other article unranked answers no
// question. A usage error: the query is the user's to fix.
Error only_negated(std::string_view text) {
  return Error(ErrorWords{"\"{}\" only leaves words out; add a word to search for, as in 长江 -武汉",
                          {std::string(text.substr(0, query_cut(text)))}},
               ErrorKind::kUsage);
}

}  // namespace

Result<Query> parse(std::string_view text) {
  Query q;
  const std::vector<Item> items = join_syllables(split(text));
  std::size_t terms = 0;
  bool joined = false;  // the previous item was OR between two terms
  std::vector<std::string> ignored;
  std::string joiner;  // the last bare OR or AND, as typed
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Item& item = items[i];
    std::string key, value;
    // A bare OR is always the operator. With a term on both sides it joins
    // them; one missing a side (`长江 OR` while still typing, `OR 长江`,
    // beside a -term) is dropped rather than searched for as the word "or",
    // which would empty the results. Quoted ("OR") it is a term.
    if (!item.quoted && !item.negated && is_or(item.text)) {
      joiner = item.text;
      joined = i > 0 && i + 1 < items.size() && !q.clauses.empty() && !q.clauses.back().negated &&
               !items[i + 1].negated;
      continue;
    }
    // A bare AND says what white space says: both terms must occur. Like
    // OR it is the operator, never searched for as the word "and" (which
    // would leave out nearly every article), and one missing a side is
    // ignored the same way. Quoted ("AND") or lower case it is a term.
    if (!item.quoted && !item.negated && is_and(item.text)) {
      joiner = item.text;
      joined = false;
      continue;
    }
    if (filter_of(item, key, value)) {
      if (key == "reporter") {
        value = unpadded_name(value);
        // `reporter:贺 勇` typed as printed: a single Han character after a
        // value of one or two is the rest of the name, not a term (a
        // one-character term is rare; quoting or moving it keeps it one).
        if (i + 1 < items.size() && few_han(value, 2) && !items[i + 1].quoted && !items[i + 1].negated &&
            few_han(items[i + 1].text, 1)) {
          value += items[++i].text;
        }
      }
      KANBAO_TRY(add_filter(item, key, value, q));
      joined = false;
      continue;
    }
    auto term = make_term(item.text, item.quoted);
    if (!term) {
      ignored.push_back(item.text);
      joined = false;
      continue;
    }
    if (++terms > kMaxTerms) {
      return Error(ErrorWords{"the query has more than {} terms; search for fewer words at a time",
                              {std::to_string(kMaxTerms)}},
                   ErrorKind::kUsage);
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
  if (q.clauses.empty() && q.districts.empty() && q.papers.empty() && q.reporters.empty() &&
      q.dates.empty()) {
    return nothing_to_search(text, ignored, joiner);
  }
  return q;
}

Status asks_for_articles(const Query& query, std::string_view text, bool scoped) {
  // Filters and a scope choose articles by themselves; a -term beside them
  // narrows that.
  const bool filtered = scoped || !query.districts.empty() || !query.papers.empty() ||
                        !query.reporters.empty() || !query.dates.empty();
  if (!query.has_positive() && !filtered) return only_negated(text);
  return Status::Ok();
}

}  // namespace kanbao::store::query
