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

// The one way the browser shows a date: "2023-06-20", "06-20" when the year
// is unknown, kUnknownDate without a date. The second form takes a date as
// StoredDate::str() wrote it (bookmarks keep that).
inline constexpr const char* kUnknownDate = N_("日期不详");
inline constexpr const char* kUnknownDistrict = N_("未知地区");
inline constexpr const char* kNoBodyText = N_("图片新闻（档案中无正文）");
// The command line shows the same words (store::StoredDate::label()).
static_assert(std::string_view(kUnknownDate) == store::kUnknownDateLabel);
static_assert(std::string_view(kUnknownDistrict) == store::kUnknownDistrictLabel);
static_assert(std::string_view(kNoBodyText) == store::kNoBodyTextLabel);
std::string date_label(const store::StoredDate& date);
std::string date_label(std::string_view stored);
// The one way the browser shows a district ("" -> 未知地区).
std::string district_label(const std::string& name);
// An article's district in a list: as above, but "" for an article of a
// national paper, which no district applies to (store::district_label).
std::string district_label(const std::string& district, const std::string& paper,
                           const corpus::Papers& papers);

// The meta line: paper · 第01, 03版 page name · 出版 date · district · 事件 date · 记者 … 通讯员 … · 文/图
// (the publication date first when known; the event date alone otherwise)
std::string meta_line(const store::Article& article);
// The pages of an article as its header names them: 第01, 04版 (its own,
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
