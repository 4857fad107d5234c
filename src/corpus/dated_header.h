// SPDX-License-Identifier: MIT
// An e-paper article's header (internal header, for parse.cpp): its heading
// lines, then the date the page prints under them and nothing else on that
// line ("2026-04-04"). Crawls keep it above each article's text, so a page
// of several such articles (a page of briefs, each with its header) splits
// at each header even where the article above ends with a plain sentence.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "corpus/page_lines.h"

namespace kanbao::corpus {

// The line is a date and nothing more: "2026-04-04", "2026/4/4",
// "2026.04.04", "2026年4月4日".
bool is_date_alone(std::string_view line);

struct DatedHeader {
  std::size_t begin = 0;      // the first heading line (or column tag)
  std::size_t date_line = 0;  // the date under the headings
};

// The page's dated headers in page order: one to three heading lines (and
// column tags above them) straight above a date alone.
std::vector<DatedHeader> dated_headers(const Lines& lines);

}  // namespace kanbao::corpus
