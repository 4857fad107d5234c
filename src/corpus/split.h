// SPDX-License-Identifier: MIT
// Splitting a page into articles (internal header; used by parse_page and
// by Gazetteer::from_text, which weighs headings and leads).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/article.h"

namespace kanbao::corpus {

struct SplitOptions {
  std::optional<Date> issue;   // the publication date: resolves 昨天, bare 20日, the year
  std::string_view page_name;  // "管城新闻": a line reading so at the top is furniture
  std::vector<FurnitureLine>* furniture = nullptr;  // where page furniture goes (dropped if null)
  // The file is one article of a crawl that names it by page and number
  // (20230621-05-03.txt): such crawls write the header on the first three
  // lines, kicker, title and subtitle, leaving a line empty for a part the
  // article lacks.
  bool article_file = false;
  // The short names of the paper's own city and province (上海; 杭州, 浙江),
  // placement.h's home_places(): a heading line opening with one is the
  // paper at home, not a place it reports from. Empty: a national paper, or
  // one whose city is unknown.
  std::span<const std::string> home_places;
};

// Articles in page order. Without an issue date, dates carry only the year
// written in the text (or 0).
std::vector<Article> split_articles(std::string_view text, std::vector<std::string>& warnings,
                                    const SplitOptions& options = {});

}  // namespace kanbao::corpus
