// SPDX-License-Identifier: MIT
// Splitting a decoded page into articles.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "corpus/article.h"
#include "corpus/gazetteer.h"

namespace kanbao::corpus {

struct PageContext {
  std::string path;               // the file's path, used for the year and district
  std::optional<int> year;        // `index --year`; overrides a year in the path
  const Gazetteer* gazetteer = nullptr;  // nullptr: Gazetteer::zhengzhou()
};

// A four-digit year (1900..2099) that stands alone in the path (a component
// "2023", or "2023-06-20", "20230620", "paper_2023_06"), deepest wins.
std::optional<int> year_from_path(std::string_view path);

// Parses NFC UTF-8 text (as produced by decode()) into articles. Never fails:
// a page with no recognisable structure becomes one article titled by its
// first non-blank line, holding every other line as body paragraphs.
Page parse_page(std::string_view text, const PageContext& context);

}  // namespace kanbao::corpus
