// SPDX-License-Identifier: MIT
// Where a heading opens an article though the article above it ends with a
// plain sentence (internal header, for parse.cpp): headings only an
// article has, and photo news under a short heading.
#pragma once

#include <cstddef>
#include <optional>

#include "corpus/page_lines.h"

namespace kanbao::corpus {

// The line before j ends a paragraph (or there is none).
bool paragraph_closed_before(const Lines& lines, std::size_t j);

// The heading block starting at j holds a line only an article's heading
// holds (a kicker ending with a dash, a title closed by its column's name,
// headings.h: marks_article_heading): it opens an article after any
// finished paragraph, not only after a finished article.
bool marked_block(const Lines& lines, std::size_t j);

// A photo's credit alone on its line (j) under one or two paragraphs under
// a short heading alone that follows a finished paragraph ("划起致富舟" /
// "1月8日，…" / "黄继明摄"): photo news, opening at the heading, when its
// first paragraph opens with a date or the heading follows a finished
// article (else a story's cross-head over its photo). The first
// paragraph's line; nullopt if not so.
std::optional<std::size_t> photo_under_heading(const Lines& lines, std::size_t j);

}  // namespace kanbao::corpus
