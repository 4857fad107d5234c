// SPDX-License-Identifier: MIT
// An article's parts as its writers (`kanbao show`, `kanbao export`, the
// reader and its `w`) all lay them out: the Markdown parts and the parts of
// the header line under the title.
#pragma once

#include <string>
#include <vector>

#include "store/library.h"
#include "text/markdown.h"

namespace kanbao::store {

// `a`'s kicker, title, subtitle (a heading per printed line), paragraphs and
// byline (only when shown apart from the body: byline_shown_apart). The
// caller adds what differs between writers: the meta line, the label of an
// article without body text and the footer.
text::MarkdownArticle markdown_parts(const Article& a);

// The words of the header line in the caller's language (the store has
// none: the browser's catalog gives them, tui/article_words.h).
struct HeaderWords {
  std::string pages;             // a format string for the pages joined by list_separator: "第{}版"
  std::string list_separator;    // between the items of a list: "、" (", " in English)
  std::string published;         // before the publication date: "出版 "
  std::string events;            // before an event date that differs from it: "事件 "
  std::string reporters;         // "记者 "
  std::string correspondents;    // "通讯员 "
  std::string photo_credit;      // "文/图"
  std::string unknown_date;      // kUnknownDateLabel's word
  std::string unknown_district;  // kUnknownDistrictLabel's word
};

// The parts of `a`'s header line, in order, for joining with " · " (or
// breaking there): paper · 第01、03版 page name · 出版 date · district ·
// 事件 date · 记者 … 通讯员 … · 文/图. The publication date comes first when
// known, the event date alone otherwise; the unknown district and date only
// where no paper places the article and no issue date dates it, so at least
// one part is always there. Pages are `a.pages` (`a.page` when empty), the
// unknown ones left out.
std::vector<std::string> header_parts(const Article& a, const HeaderWords& words);

}  // namespace kanbao::store
