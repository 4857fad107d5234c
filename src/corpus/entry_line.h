// SPDX-License-Identifier: MIT
// An archive entry written on one line (internal header). Some People's
// Daily archives store an issue as one file, each article on one line:
//
//   1. 国务院办公厅发出公告 今年夏时制从4月12日开始          <- the list
//   第1版(要闻)专栏: 国务院办公厅发出公告 今年夏时制从4月12日开始 西南西北…
//       新华社北京4月8日电 国务院办公厅… 一、… 二、…
//
// The entry line holds the page field, the column field, the heading lines
// joined by spaces, then the article's text with its paragraphs joined by
// spaces. Lines (page_lines.cpp) splits such a line into the parts below,
// so that the rest of the parser sees the lines a printed page would have.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace kanbao::corpus {

enum class EntryRole : std::uint8_t {
  kNone,     // not part of an entry line
  kField,    // 第1版(要闻): the page field, furniture
  kColumn,   // 专栏:开栏的话 (or an empty 专栏:)
  kHeading,  // a kicker or subtitle line
  kTitle,    // the title line
  kText,     // a byline, a lead or a paragraph
};

struct EntryPart {
  std::string_view text;  // a part of the entry line (never empty)
  EntryRole role = EntryRole::kNone;
};

// "1. 标题": a line of an issue's list of articles (furniture when an entry
// line follows it).
bool is_list_line(std::string_view line);

// The parts of `line` if it is an entry line, in order; empty otherwise.
// `listed` is the list line above it ("" if none): the heading it names
// is the title when it names one heading line exactly.
std::vector<EntryPart> split_entry_line(std::string_view line, std::string_view listed);

}  // namespace kanbao::corpus
