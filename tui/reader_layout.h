// SPDX-License-Identifier: MIT
// Lays an article out into screen lines for the reader: heading block, meta
// line, paragraphs indented by two ideographic spaces and wrapped, search
// hits split out as highlighted parts. Pure; the reader view draws it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "store/library.h"
#include "tui/screen.h"
#include "text/wrap.h"

namespace kanbao::tui {

struct LinePart {
  std::string text;
  Style style = Style::kNormal;
  int hit = -1;  // index into ReaderLayout::hit_lines when this part is a hit
};

struct ReaderLine {
  std::vector<LinePart> parts;
  int block = 0;          // kTitle.. or a paragraph index (>= 0)
  std::size_t byte = 0;   // where the line starts inside its block's text
};

struct ReaderLayout {
  static constexpr int kTitleBlock = -3, kSubtitleBlock = -2, kMetaBlock = -1;
  std::vector<ReaderLine> lines;
  std::vector<int> hit_lines;  // line of each hit, in reading order
  int width = 0;
};

inline constexpr const char* kParagraphIndent = "\u3000\u3000";

// "2023-06-20", or "06-20" when the year is unknown, "" without a date.
std::string date_label(const store::StoredDate& date);

// The meta line: district · date · 记者 … 通讯员 … · 文/图
std::string meta_line(const store::Article& article);

ReaderLayout layout_article(const store::Article& article, const store::ArticleMatches* matches, int width,
                            const text::Wrapper& wrapper);

// The first line at or after (block, byte); for keeping the same text at
// the top across a re-layout.
int find_line(const ReaderLayout& layout, int block, std::size_t byte);

// The article as plain text (for $PAGER).
std::string article_text(const store::Article& article);

}  // namespace kanbao::tui
