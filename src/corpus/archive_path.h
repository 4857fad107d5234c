// SPDX-License-Identifier: MIT
// What an archive's path says about a page: its paper, its issue (the
// publication date) and its page, in every layout ../shared/formats.md lists:
//   郑州日报/2023/06/21/05.txt      zzrb/2023-06-21/A05.txt      20230621/05.txt
//   2023年6月/20230621/20230621-05-03.txt (page 05, article 03)   第05版 管城新闻.txt
// Pure functions of the path's text; which component names a paper is
// decided by the caller (Papers), which knows the configured aliases.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/article.h"

namespace kanbao::corpus {

// A normalised page code: "5" -> "05", "A5"/"a05" -> "A05", "第五版" -> "05",
// "第十二版" -> "12", "05版" -> "05". nullopt when `code` is not one.
std::optional<std::string> page_code(std::string_view code);

// The page of a file stem (no extension): "05", "A05", "B3", "第05版",
// "第05版 管城新闻" (page_name 管城新闻), "05_要闻", "20230621-05-03"
// (page 05, article 3), "20230621-05", "A02-03" (page A02, article 3). Nothing for stems that are no page
// ("000_097ca8e9", "notes").
struct StemPage {
  std::string page;
  std::string page_name;
  int article_in_file = 0;
};
std::optional<StemPage> page_from_stem(std::string_view stem);

// The publication date the path names, deepest first: a component
// "2023-06-21", "2023_06_21", "20230621", "2023年6月21日", or the
// components "2023/06/21", "2023-06/21" or "2023年6月/21". Only real
// calendar dates count (20230231 does not).
std::optional<Date> date_from_path(std::string_view path);

// The path's components ("a/b/c.txt" -> a, b, c.txt); empty ones dropped.
std::vector<std::string_view> path_components(std::string_view path);

// The last component without its extension ("05.txt" -> "05").
std::string_view file_stem(std::string_view path);

// A masthead line as print extraction leaves it: `郑州日报 2023年6月21日
// 星期三 第5版` (the paper is the text before the date; the page and the
// weekday are optional). nullopt when the line has no full date.
struct Masthead {
  std::string paper;  // "" when the line starts with the date
  Date date;
  std::string page;  // normalised, "" when the line names none
};
std::optional<Masthead> masthead_line(std::string_view line);

}  // namespace kanbao::corpus
