// SPDX-License-Identifier: MIT
// Finding a query's matches in an article's text, and cutting snippets
// around them. Internal to store/.
//
// This is the authority on what matches: FTS5 only proposes candidates (its
// phrases are built to agree with it), and every hit shown was found here.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "store/fold.h"
#include "store/library.h"
#include "store/query.h"

namespace kanbao::store::match {

// Occurrences of a folded term in a folded text, as original byte ranges.
// A term that starts with a word character matches only at a word start.
void find_literal(const std::vector<fold::Char>& text, const std::vector<fold::Char>& term,
                  std::vector<Span>& out);
// Runs of Han characters whose readings, one of each character's, spell
// `letters` exactly, no reading running across `boundaries` (pinyin.h).
// Neither this nor find_initials runs across a pause (fold.h: 特长，将 is
// not changjiang).
void find_pinyin(const std::vector<fold::Char>& text, std::string_view letters, std::vector<Span>& out,
                 std::uint64_t boundaries = 0);
// Runs of letters.size() common characters (han::is_common), the k-th with a
// reading that starts with letters[k] (bjl: 保交楼).
void find_initials(const std::vector<fold::Char>& text, std::string_view letters, std::vector<Span>& out);

// The indexed fields of an article (the kicker, 引题, last: it is part of
// the heading, but came after the others).
struct Fields {
  std::string title, subtitle, body, byline, kicker;
};

struct Evaluation {
  bool matches = false;  // every positive clause occurs, no negated one does
  bool literal = false;  // ... and without any pinyin reading (tier 0)
  // Sorted, merged matches of the positive terms, byte ranges per field.
  std::vector<Span> title, subtitle, body, byline, kicker;
  int count() const {
    return static_cast<int>(title.size() + subtitle.size() + body.size() + byline.size() + kicker.size());
  }
};

Evaluation evaluate(const query::Query& query, const Fields& fields);

struct Snippet {
  std::string text;
  std::vector<Span> highlights;  // byte ranges into `text`
};

// About `columns` display columns of `text` around `spans[focus]` (the start
// of `text` when `spans` is empty), cut at character boundaries, with "…"
// where text was left out. Line breaks become spaces.
Snippet make_snippet(std::string_view text, const std::vector<Span>& spans, std::size_t focus, int columns);

}  // namespace kanbao::store::match
