// SPDX-License-Identifier: MIT
// Helpers for tests that write a page's text of their own: the indent of a
// printed page's paragraphs, and the page split as the parser splits it.
#pragma once

#include <string>
#include <vector>

#include "corpus/parse.h"
#include "corpus/split.h"

namespace kanbao::corpus::testing_util {

// Paragraphs indented by two full-width spaces, headings flush left: the
// layout of a printed page as an e-paper's text gives it.
inline const std::string kIndent = "\u3000\u3000";

// The articles of `text`, split with the default options (warnings dropped).
inline std::vector<Article> split_page_text(const std::string& text) {
  std::vector<std::string> warnings;
  return split_articles(text, warnings, {});
}

// The page parse_page makes of `text` read at `path` (the paper, issue and
// page its folders name; no papers configured).
inline Page page_at(const std::string& path, const std::string& text) {
  PageContext context;
  context.path = path;
  return parse_page(text, context);
}

// Its articles.
inline std::vector<Article> articles_at(const std::string& path, const std::string& text) {
  return page_at(path, text).articles;
}

}  // namespace kanbao::corpus::testing_util
