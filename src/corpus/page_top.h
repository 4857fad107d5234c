// SPDX-License-Identifier: MIT
// The top of a page and the ends of its articles' spans (internal header,
// for parse.cpp): the lines above the first article's opening - a website's
// title bar, breadcrumbs, furniture - and the spans completed from the
// openings found.
#pragma once

#include <cstddef>
#include <vector>

#include "corpus/article.h"
#include "corpus/assemble.h"
#include "corpus/page_lines.h"

namespace kanbao::corpus {

// Lines [from, to) hold no sentence: a website's title bar or breadcrumbs
// above the first article ("新闻联播 文字版 1995-01-30"), not an article.
bool sentence_free(const Lines& lines, std::size_t from, std::size_t to);

// Where the first article begins when a web page's title stands above its
// date bar: at the title (one to three heading lines), not at the captions
// under the bar; `begin` when there is no such bar.
std::size_t title_above_date_bar(const Lines& lines, std::size_t begin);

// The lines of text from `first` (one or two) that stand as a teaser
// straight over a heading block at the page's top, 0 if none.
std::size_t teaser_lines_at(const Lines& lines, std::size_t first);

// The first line that is neither blank nor furniture (lines.size() if none).
std::size_t first_content_line(const Lines& lines);

// Every line is blank (or there is none).
bool all_blank(const Lines& lines);

// Completes the openings found (in page order) into the page's articles: an
// e-paper's article page is one article, text above the first opening (from
// line `first` on) becomes an article of its own, and each span ends where
// the next begins.
void complete_spans(const Lines& lines, std::size_t first, std::vector<ArticleSpan>& spans);

// Files the furniture above the first article into `furniture` (below it,
// assemble_article files it); a bare preamble's lines all count.
void file_top_furniture(const Lines& lines, const std::vector<ArticleSpan>& spans, bool bare_preamble,
                        std::vector<FurnitureLine>& furniture);

}  // namespace kanbao::corpus
