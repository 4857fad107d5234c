// SPDX-License-Identifier: MIT
#include "store/article_markdown.h"

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

}  // namespace kanbao::store
