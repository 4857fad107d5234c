// SPDX-License-Identifier: MIT
// Saving an article to a file (`w` in the reader): plain text or Markdown,
// with a file name proposed from its date and title.
#pragma once

#include <string>

#include "base/result.h"
#include "store/library.h"

namespace kanbao::tui {

// "2023-06-20-<title>.txt" ("06-20-…" without a year, no date part without
// a date). The title keeps its characters (Chinese included) but loses
// '/', control characters and leading dots, and is cut to 60 columns.
std::string proposed_file_name(const store::Article& article, bool markdown = false);

// The article as Markdown (text::markdown_article): kicker, title, each
// line of the subtitle, the meta line, the paragraphs (or the photo item's
// note), byline, and the source quoted in the browser's language. Corpus
// text is escaped, so a title's * or # reads as itself.
std::string article_markdown(const store::Article& article);

// Writes the article to `path` (Markdown when it ends in ".md", else text).
// Never replaces an existing file; fails with a message naming the path.
Status save_article(const store::Article& article, const std::string& path);

}  // namespace kanbao::tui
