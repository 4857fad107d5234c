// SPDX-License-Identifier: MIT
// An e-paper article's header (internal header, for parse.cpp): its heading
// lines, then the date the page prints under them and nothing else on that
// line ("2026-04-04"). Crawls keep it above each article's text, so a page
// of several such articles (a page of briefs, each with its header) splits
// at each header even where the article above ends with a plain sentence.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "corpus/page_lines.h"

namespace kanbao::corpus {

// The date of a line that is a date and nothing more: "2026-04-04",
// "2026/4/4", "2026.04.04", "2026年4月4日"; nullopt for any other line.
std::optional<Date> date_alone(std::string_view line);

struct DatedHeader {
  std::size_t begin = 0;      // the first heading line (or column tag)
  std::size_t date_line = 0;  // the date under the headings
};

// The page's dated headers in page order: one to three heading lines (and
// column tags above them) straight above the issue's date alone, where the
// page has two or more of them or its one opens the page. A heading naming
// a paper (a masthead) or ending like an issuer (…局, …办公室: a notice's
// signature) is none; no issue date, no headers.
std::vector<DatedHeader> dated_headers(const Lines& lines, const std::optional<Date>& issue);

}  // namespace kanbao::corpus
