// SPDX-License-Identifier: MIT
// Lays an article out into screen lines for the reader: heading block, meta
// line, paragraphs indented by two ideographic spaces and wrapped, search
// hits split out as highlighted parts. Pure; the reader view draws it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "store/library.h"
#include "text/wrap.h"
#include "tui/article_words.h"
#include "tui/i18n.h"
#include "tui/screen.h"

namespace kanbao::tui {

struct LinePart {
  std::string text;
  Style style = Style::kNormal;
  int hit = -1;  // index into ReaderLayout::hit_lines when this part is a hit
};

struct ReaderLine {
  std::vector<LinePart> parts;
  int block = 0;         // kTitle.. or a paragraph index (>= 0)
  std::size_t byte = 0;  // where the line starts inside its block's text
};

struct ReaderLayout {
  static constexpr int kKickerBlock = -4, kTitleBlock = -3, kSubtitleBlock = -2, kMetaBlock = -1;
  // The first block of every article: an article opens here, kicker (引题)
  // first when it has one.
  static constexpr int kTopBlock = kKickerBlock;
  std::vector<ReaderLine> lines;
  std::vector<int> hit_lines;  // line of each hit, in reading order
  int width = 0;
};

inline constexpr const char* kParagraphIndent = "\u3000\u3000";

// The pages of an article as its header names them: 第01、04版 (its own,
// then its continued parts' and reprinted copies'); "" when none is known.
std::string pages_label(const std::vector<std::string>& pages);
// For a list row: pages_label of an article printed on more than one page,
// else "" (a row of one page does not say it).
std::string several_pages_label(const std::vector<std::string>& pages);

ReaderLayout layout_article(const store::Article& article, const store::ArticleMatches* matches, int width,
                            const text::Wrapper& wrapper);

// The first line at or after (block, byte); for keeping the same text at
// the top across a re-layout.
int find_line(const ReaderLayout& layout, int block, std::size_t byte);

// The first hit on a line at or after `top`, else the first hit; -1 when
// there is none (where `/` in the reader starts).
int first_hit_from(const ReaderLayout& layout, int top);

// Where the reader is, for the status line: "42%" of the lines seen with
// `height` lines shown from `top`, after "命中 2/5  " (the current hit) or
// "命中 5  " when there are hits; "" for an empty layout.
std::string reader_position(const ReaderLayout& layout, int top, int height, int current_hit);

// The article as plain text (for $PAGER and `w`), sanitised as `kanbao show`
// prints it: no control character but newlines, no bidi override.
std::string article_text(const store::Article& article);

}  // namespace kanbao::tui
