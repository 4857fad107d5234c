// SPDX-License-Identifier: MIT
#include "store/article_markdown.h"

#include <fmt/format.h>

#include <string_view>

#include "text/strings.h"

namespace kanbao::store {

text::MarkdownArticle markdown_parts(const Article& a) {
  text::MarkdownArticle md;
  md.kicker = a.kicker;
  md.title = a.title;
  for (std::string_view line : text::split_lines(a.subtitle)) md.subtitle.emplace_back(line);
  md.paragraphs = a.paragraphs;
  if (byline_shown_apart(a)) md.byline = a.byline;
  return md;
}

std::vector<std::string> header_parts(const Article& a, const HeaderWords& words) {
  std::vector<std::string> parts;
  if (!a.paper.empty()) parts.push_back(a.paper);
  if (const std::string pages = pages_label(row_pages(a), words.list_separator); !pages.empty()) {
    parts.push_back(fmt::format(fmt::runtime(words.pages), pages) +
                    (a.page_name.empty() ? "" : " " + a.page_name));
  }
  const auto date = [&](const StoredDate& d) { return d.known() ? date_label(d) : words.unknown_date; };
  if (a.published.known()) parts.push_back(words.published + date(a.published));
  // A paper places an article that has no district of its own (a national
  // paper's), and an issue date dates it.
  if (!a.district.empty() || a.paper.empty())
    parts.push_back(a.district.empty() ? words.unknown_district : a.district);
  if (a.date.known() || !a.published.known())
    parts.push_back((a.published.known() ? words.events : std::string()) + date(a.date));
  std::string people;
  if (!a.reporters.empty()) people = words.reporters + text::join(a.reporters, " ");
  if (!a.correspondents.empty())
    people += (people.empty() ? "" : " ") + words.correspondents + text::join(a.correspondents, " ");
  if (!people.empty()) parts.push_back(people);
  if (a.photo_credit) parts.push_back(words.photo_credit);
  return parts;
}

}  // namespace kanbao::store
