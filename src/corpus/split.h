// Splitting a page into articles, before the page-level district and the
// year of dates are known (internal header; used by parse_page and by
// Gazetteer::from_text, which weighs headings and leads).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "corpus/article.h"

namespace kanbao::corpus {

// Dates in the result carry only the year written in the text (or 0).
std::vector<Article> split_articles(std::string_view text, std::vector<std::string>& warnings);

}  // namespace kanbao::corpus
