// SPDX-License-Identifier: MIT
#include "store/snippet.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <bit>
#include <tuple>
#include <utility>

#include "store/pinyin.h"
#include "text/width.h"

namespace kanbao::store::match {
namespace {

void sort_and_merge(std::vector<Span>& spans) {
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::vector<Span> merged;
  for (const Span& s : spans) {
    if (!merged.empty() && s.begin < merged.back().end) {
      merged.back().end = std::max(merged.back().end, s.end);
    } else {
      merged.push_back(s);
    }
  }
  spans.swap(merged);
}

bool starts_word(const std::vector<fold::Char>& text, std::size_t i) {
  return i == 0 || text[i - 1].kind != fold::Kind::kWord;
}

}  // namespace

void find_literal(const std::vector<fold::Char>& text, const std::vector<fold::Char>& term,
                  std::vector<Span>& out) {
  const std::size_t n = text.size(), m = term.size();
  if (m == 0 || m > n) return;
  const bool word_start = term[0].kind == fold::Kind::kWord;
  for (std::size_t i = 0; i + m <= n; ++i) {
    if (text[i].c != term[0].c || text[i].kind != term[0].kind) continue;
    if (word_start && !starts_word(text, i)) continue;
    std::size_t k = 1;
    while (k < m && text[i + k].c == term[k].c && text[i + k].kind == term[k].kind) ++k;
    if (k == m) out.push_back({text[i].begin, text[i + m - 1].end});
  }
}

void find_pinyin(const std::vector<fold::Char>& text, std::string_view letters, std::vector<Span>& out,
                 std::uint64_t boundaries) {
  // A character may have several readings (长: chang, zhang), so a run is
  // followed as the set of letter offsets its readings can reach, one bit
  // per offset (query::kMaxPinyinLetters < 64).
  const std::size_t n = text.size();
  if (letters.empty() || letters.size() >= 64) return;
  const std::uint64_t done = std::uint64_t{1} << letters.size();
  for (std::size_t i = 0; i < n; ++i) {
    // A run starts only where a reading starts with the first letter: one
    // table load rules out most characters before their readings are read.
    if (text[i].kind != fold::Kind::kHan || !han::has_initial(text[i].c, letters[0])) continue;
    std::uint64_t reach = 1;  // offset 0
    for (std::size_t j = i;
         j < n && reach != 0 && text[j].kind == fold::Kind::kHan && (j == i || !text[j].after_pause); ++j) {
      std::uint64_t next = 0;
      // Only the offsets reached so far (one bit each): a pinyin query
      // verifies thousands of candidate articles, character by character.
      for (std::string_view r : han::readings(text[j].c)) {
        for (std::uint64_t bits = reach; bits != 0; bits &= bits - 1) {
          const auto at = static_cast<std::size_t>(std::countr_zero(bits));
          if (letters.compare(at, r.size(), r) == 0 && !han::crosses(boundaries, at, r.size()))
            next |= std::uint64_t{1} << (at + r.size());
        }
      }
      reach = next & ((done << 1) - 1);
      if ((reach & done) != 0) {
        out.push_back({text[i].begin, text[j].end});
        break;
      }
    }
  }
}

void find_initials(const std::vector<fold::Char>& text, std::string_view letters, std::vector<Span>& out) {
  const std::size_t n = text.size(), m = letters.size();
  if (m == 0) return;
  for (std::size_t i = 0; i + m <= n; ++i) {
    std::size_t k = 0;
    while (k < m && text[i + k].kind == fold::Kind::kHan && (k == 0 || !text[i + k].after_pause) &&
           han::has_initial(text[i + k].c, letters[k]) && han::is_common(text[i + k].c))
      ++k;
    if (k == m) out.push_back({text[i].begin, text[i + m - 1].end});
  }
}

namespace {

// The five fields of Fields, folded as documents.
constexpr std::size_t kFields = 5;
using FoldedFields = std::array<std::vector<fold::Char>, kFields>;

// What one clause found: any of its terms, and any literally (not by pinyin).
struct ClauseMatch {
  bool any = false;
  bool any_literal = false;
};

// Matches one clause's terms against the fields; a clause that is not
// negated adds its spans to `spans_of`.
ClauseMatch match_clause(const query::Clause& clause, const FoldedFields& folded,
                         const std::array<std::vector<Span>*, kFields>& spans_of) {
  ClauseMatch m;
  std::vector<Span> found;
  for (const auto& term : clause.any) {
    for (std::size_t f = 0; f < folded.size(); ++f) {
      found.clear();
      find_literal(folded[f], term.folded, found);
      if (!found.empty()) m.any = m.any_literal = true;
      if (clause.negated) continue;
      const std::size_t before = found.size();
      if (!term.letters.empty()) find_pinyin(folded[f], term.letters, found, term.boundaries);
      if (!term.initials.empty()) find_initials(folded[f], term.initials, found);
      if (found.size() > before) m.any = true;
      spans_of[f]->insert(spans_of[f]->end(), found.begin(), found.end());
    }
  }
  return m;
}

}  // namespace

Evaluation evaluate(const query::Query& query, const Fields& fields) {
  FoldedFields folded;
  const std::array<const std::string*, kFields> originals{&fields.title, &fields.subtitle, &fields.body,
                                                          &fields.byline, &fields.kicker};
  for (std::size_t f = 0; f < folded.size(); ++f) fold::fold(*originals[f], fold::Mode::kDocument, folded[f]);
  Evaluation e;
  const std::array<std::vector<Span>*, kFields> spans_of{&e.title, &e.subtitle, &e.body, &e.byline,
                                                         &e.kicker};
  e.matches = true;
  e.literal = true;
  for (const auto& clause : query.clauses) {
    const ClauseMatch m = match_clause(clause, folded, spans_of);
    if (clause.negated) {
      if (m.any) e.matches = false;
    } else {
      if (!m.any) e.matches = false;
      if (!m.any_literal) e.literal = false;
    }
  }
  for (auto* spans : spans_of) sort_and_merge(*spans);
  return e;
}

namespace {

// A code point of a snippet's text: where it starts, how wide it shows.
struct Cp {
  std::size_t begin = 0;
  int width = 0;
};

// The code points of `text`; `total` is set to their width.
std::vector<Cp> code_points(std::string_view text, int& total) {
  std::vector<Cp> cps;
  const auto* p = reinterpret_cast<const std::uint8_t*>(text.data());
  auto size = static_cast<std::int32_t>(text.size());
  total = 0;
  for (std::int32_t i = 0; i < size;) {
    std::int32_t start = i;
    UChar32 c = 0;
    U8_NEXT(p, i, size, c);
    int w = c < 0 ? 1 : text::display_width(static_cast<char32_t>(c));
    cps.push_back({static_cast<std::size_t>(start), w});
    total += w;
  }
  return cps;
}

// The code points [first, last) that fit `columns` less two "…" around the
// match `focus`, with a third of the room left over before it.
std::pair<std::size_t, std::size_t> window(const std::vector<Cp>& cps, const std::vector<Span>& spans,
                                           std::size_t focus, int columns) {
  const std::size_t n = cps.size();
  auto index_of = [&](std::size_t byte) {
    return static_cast<std::size_t>(
        std::lower_bound(cps.begin(), cps.end(), byte,
                         [](const Cp& cp, std::size_t b) { return cp.begin < b; }) -
        cps.begin());
  };
  const int budget = std::max(columns - 2, 1);  // room for two "…"
  std::size_t anchor = spans.empty() || focus >= spans.size() ? 0 : index_of(spans[focus].begin);
  int match_width = 0;
  if (!spans.empty() && focus < spans.size())
    for (std::size_t k = anchor; k < n && cps[k].begin < spans[focus].end; ++k) match_width += cps[k].width;
  // Context before the match: a third of what the match leaves over.
  int lead = std::max(0, (budget - match_width) / 3);
  std::size_t first = anchor;
  int used = 0;
  while (first > 0 && used + cps[first - 1].width <= lead) used += cps[--first].width;
  used = 0;
  std::size_t last = first;
  while (last < n && used + cps[last].width <= budget) used += cps[last++].width;
  // Near the end: use the room for more context before.
  while (last == n && first > 0 && used + cps[first - 1].width <= budget) used += cps[--first].width;
  return {first, last};
}

// The bytes [begin, end) of `text` on one line, "…" where text was cut, with
// the parts of `spans` inside it highlighted.
Snippet cut(std::string_view text, std::size_t begin, std::size_t end, const std::vector<Span>& spans) {
  Snippet s;
  std::size_t shift = 0;
  if (begin > 0) {
    s.text = "…";
    shift = s.text.size();
  }
  s.text.append(text.substr(begin, end - begin));
  for (std::size_t k = shift; k < s.text.size(); ++k)
    if (s.text[k] == '\n' || s.text[k] == '\r' || s.text[k] == '\t') s.text[k] = ' ';
  if (end < text.size()) s.text += "…";
  for (const Span& span : spans) {
    std::size_t b = std::max(span.begin, begin), e = std::min(span.end, end);
    if (b < e) s.highlights.push_back({b - begin + shift, e - begin + shift});
  }
  return s;
}

}  // namespace

Snippet make_snippet(std::string_view text, const std::vector<Span>& spans, std::size_t focus, int columns) {
  int total = 0;
  const std::vector<Cp> cps = code_points(text, total);
  const std::size_t n = cps.size();
  std::size_t first = 0, last = n;  // code points [first, last)
  if (total > columns) std::tie(first, last) = window(cps, spans, focus, columns);
  const std::size_t begin = first < n ? cps[first].begin : text.size();
  const std::size_t end = last < n ? cps[last].begin : text.size();
  return cut(text, begin, end, spans);
}

}  // namespace kanbao::store::match
