// SPDX-License-Identifier: MIT
// Markdown for an article, written once for `kanbao show --format markdown`,
// `kanbao export` and the reader's `w`: each caller says what its meta line
// and its last line are, and every piece of corpus text is escaped here.
#pragma once

#include <string>
#include <vector>

namespace kanbao::text {

// `s` with its control characters made visible (sanitize) and Markdown's
// special characters escaped, so it reads as the text it is: \ ` * _ [ ] < >
// # | anywhere, and a line start that would make a list (- + or "1.").
std::string markdown_escape(const std::string& s);

// An article as its Markdown writers lay it out. Every field but `footer` is
// plain text, escaped on the way out; `footer` is Markdown already.
struct MarkdownArticle {
  std::string kicker;                   // "### kicker", when there is one
  std::string title;                    // "# title"
  std::vector<std::string> subtitle;    // "## line", a heading per printed line
  std::string meta;                     // in italics under the heading
  std::string no_body;                  // in italics when there is no paragraph (a photo item)
  std::vector<std::string> paragraphs;  // a paragraph each
  std::string byline;                   // a paragraph of its own when not empty
  std::string footer;                   // the last line, as given (none when empty)
};

// The article, its blocks separated by a blank line, ending in a newline.
std::string markdown_article(const MarkdownArticle& article);

}  // namespace kanbao::text
