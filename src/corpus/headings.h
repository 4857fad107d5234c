// SPDX-License-Identifier: MIT
// Heading blocks (internal header): which lines are headings, column tags
// and pull-quote marks, and how a block of one to three heading lines splits
// into kicker (引题), title (主题) and subtitle (副题).
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace kanbao::corpus {

inline constexpr std::size_t kMaxHeadingChars = 100;  // headings are shorter than this
inline constexpr std::size_t kMaxHeadings = 3;        // kicker, title, subtitle

// "# 标题" / "## 标题": the markup is not part of the heading.
std::string_view strip_markup(std::string_view line);

// A Han character, a letter or a digit: what every heading holds, and a
// photo's mark alone ("▲") or a row of stars does not.
bool holds_a_word(std::string_view s);

// Shaped like a heading: shorter than kMaxHeadingChars, not ending like a
// sentence (。；： or a comma), a short line ending in ！/？ allowed
// ("幸福来了！"). Whether it IS a heading depends on its neighbours (a body
// line cut by the layout has the same shape): see parse.cpp.
bool heading_shaped(std::string_view line);

// A column tag above a heading: 【聚焦】, 〔短评〕, （聚焦乡村治理）, 人民时评.
bool is_column_tag(std::string_view line);

// "市县融媒走基层 | 标题": a column's name (two to ten Han characters) and a
// bar before the title; the byte length of the name, 0 if none.
std::size_t column_before_bar(std::string_view line);

// The mark of a pull-quote between heading and lead: 核心阅读, 提要, 编者按.
bool is_pull_quote(std::string_view line);

// Where a column's name in brackets closing a title starts
// ("给孩子一个共同的家（一线探民生）", "…护航(人民时评)": two to ten characters
// after text of the line's own); 0 if the line has none.
std::size_t column_note_start(std::string_view line);

// The line closes with a column's, campaign's or series' name in brackets
// ("…（服务窗）", "…（应收尽收 刻不容缓）", "…（为了民族复兴·英雄烈士谱）"), as
// 人民日报 closes titles.
bool closed_by_note(std::string_view line);

// column_note_start, for a note that can be a column's name: not one on
// the text itself (（附名单）, （组图）, （上）, （全文）…).
std::size_t column_name_start(std::string_view line);

// A note in brackets naming the column a piece runs under ("（人民时评）",
// "（新论）", "（评论员随笔）", "（记者手记）"), which reads like a credit in
// brackets after a sentence's end ("…开门红？（评论员随笔）") but credits nobody.
bool names_column(std::string_view note);

// A heading line that an article's heading block holds rather than a
// story's cross-head: a kicker leading into the heading under it
// (`heading_follows`) with a dash and no comma ("中美工商界人士——"), or a
// title of five characters or more closed by its column's name, the name
// no role (李红（市人大代表）) nor a sidebar's (…（记者手记）).
bool marks_article_heading(std::string_view line, bool heading_follows);

// `line` sets the context for `next` (为…, 聚焦…, 就…一事, an attribution,
// a quotation, a series label, a column's name): a kicker above it.
bool sets_context(std::string_view line, std::string_view next);

struct HeadingBlock {
  std::string kicker;  // column tags and 引题, joined by one space
  std::string title;
  std::string subtitle;  // lines joined by "\n"
};

// The line opens with a subtitle's dash (——, —, --, ──).
bool opens_with_dash(std::string_view line);

// A line marked "# " is the title (lines above it the kicker, below it the
// subtitle); otherwise three lines are kicker, title, subtitle (a fourth and
// later are subtitle); two are title + subtitle unless the first is a phrase
// of context (为…, 聚焦…, 奋进…) and the second does not start with ——.
// Column tags go to the kicker. `lines` are the heading lines as printed;
// `title_at`, when below lines.size(), names the title line (an archive
// entry's list says which it is). `home_places` are the paper's own city
// and province (SplitOptions::home_places): a first line opening with one
// is not read as the place a national paper reports from.
HeadingBlock assign_headings(const std::vector<std::string_view>& lines,
                             const std::vector<std::string_view>& column_tags,
                             std::size_t title_at = static_cast<std::size_t>(-1),
                             std::span<const std::string> home_places = {});

}  // namespace kanbao::corpus
