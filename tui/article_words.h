// SPDX-License-Identifier: MIT
// The browser's words for an article's header line, its unknown date and
// district and a photo item's missing body, in the browser's language
// (tui/i18n.h): the reader shows them, and the command line's text and
// Markdown output (show, export, list, search, districts) prints them, so
// both say the same in either language. Call use_browser_language
// (tui/browser.h) first; Chinese until then.
#pragma once

#include <string>
#include <string_view>

#include "corpus/papers.h"
#include "store/article_markdown.h"
#include "store/library.h"

namespace kanbao::tui {

// The one way kanbao shows a date: "2023-06-20", "06-20" when the year is
// unknown, 日期不详 (store::kUnknownDateLabel) translated without a date.
// The second form takes a date as StoredDate::str() wrote it (bookmarks
// keep that).
std::string date_label(const store::StoredDate& date);
std::string date_label(std::string_view stored);
// A range of dates in at most `columns` columns, as exact as fits:
// "2019-02-01–2020-05-31", else "2019-02–2020-05" (in one year, also
// "2026-03–04"; in one month "2026-03"), else "2019–2020" (one year:
// "2019"), else the first form cut with "…". `first` must be known.
std::string date_range_label(const store::StoredDate& first, const store::StoredDate& last, int columns);
// The one way kanbao shows a district ("" -> 未知地区, translated).
std::string district_label(const std::string& name);
// An article's district in a list: as above, but "" for an article of a
// national paper, which no district applies to (store::district_label).
std::string district_label(const std::string& district, const std::string& paper,
                           const corpus::Papers& papers);
// An article's place in a list that mixes papers: its paper, then its
// district ("新民晚报 普陀区"); the paper alone for an article of no district
// (a national paper's, or one the parser could not place), and the
// district as above for an article of no known paper. A cut at the right
// takes the district first.
std::string paper_and_district(const std::string& district, const std::string& paper,
                               const corpus::Papers& papers);

// The header line's words (store::header_parts) translated.
store::HeaderWords header_words();
// The header line: paper · 第01, 03版 page name · 出版 date · district · 事件 date · 记者 … 通讯员 … · 文/图
// (store::header_parts joined with " · ").
std::string meta_line(const store::Article& article);

// What stands for the body of an article without one (a photo item).
std::string no_body_text();

// The districts screen's 全部 (every article), translated.
std::string all_districts_label();

// The row of the articles of no known paper as --paper takes it back:
// 未知报纸 (store::kUnknownPaperLabel) in Chinese, store::kUnknownPaperShown
// in any other language.
std::string unknown_paper_label();

}  // namespace kanbao::tui
