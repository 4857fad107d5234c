// SPDX-License-Identifier: MIT
// Splitting a decoded page into articles.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "corpus/article.h"
#include "corpus/gazetteer.h"
#include "corpus/papers.h"

namespace kanbao::corpus {

// What is known about a page before its text is read: where it is, and
// what the user and the configuration say (placement.h reads them).
struct PageContext {
  std::string path;         // the file's path: paper, issue date, page, edition
  std::optional<int> year;  // `index --year`: the year when the path names no date
  const Gazetteer* gazetteer =
      nullptr;                     // districts of pages of no known paper; nullptr: Gazetteer::zhengzhou()
  std::string paper;               // `index --paper`: overrides the paper the path names
  std::optional<Date> date;        // `index --date`: the issue, overrides the path's date
  const Papers* papers = nullptr;  // configured papers and the divisions; nullptr: built-in ones only
};

// A four-digit year (1900..2099) that stands alone in the path (a component
// "2023", or "2023-06-20", "20230620", "paper_2023_06"), deepest wins.
std::optional<int> year_from_path(std::string_view path);

// The version of what parse_page makes of a text. Bump it with every change
// that can give some page other articles or fields (a new rule, a fixed
// one, new data such as the divisions or papers a page's districts come
// from): a library records it with each file, and the next `kanbao index`
// reads again the files an older version parsed, although unchanged.
inline constexpr int kParserVersion = 18;

// Parses NFC UTF-8 text (as produced by decode()) into articles. Never fails:
// a page with no recognisable structure becomes one article titled by its
// first non-blank line, holding every other line as body paragraphs.
Page parse_page(std::string_view text, const PageContext& context);

}  // namespace kanbao::corpus
