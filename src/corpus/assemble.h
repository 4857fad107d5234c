// SPDX-License-Identifier: MIT
// Building one article from its lines (internal header).
#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "corpus/article.h"
#include "corpus/page_lines.h"

namespace kanbao::corpus {

// What opened an article: how its first lines are to be read.
enum class Opener : std::uint8_t {
  kLead,       // a dateline lead (本报讯, …电), headings above it
  kBrief,      // a marked brief (■ ▲ 【快讯】): a missing heading is expected
  kByline,     // a byline line between headings and text (本报记者 王刚)
  kHeading,    // a heading block after a finished article, then text
  kCaption,    // photo news: a caption with its credit
  kContinued,  // （上接第X版）
  kPage,       // the whole page is one article with no other opening
  kPreamble,   // text before the first article's opening
};

struct ArticleSpan {
  std::size_t begin = 0;   // first line (the heading block's, if any)
  std::size_t anchor = 0;  // the line that opened it (the lead, the byline, …)
  std::size_t end = 0;     // one past the last line
  Opener opener = Opener::kPage;
  std::size_t teaser_lines = 0;  // lines of text from begin set as the block's kicker (page_top.h)
};

struct AssembleContext {
  const Lines& lines;
  const std::optional<Date>& issue;
  std::vector<std::string>& warnings;
  std::vector<FurnitureLine>* furniture;     // nullptr: dropped
  bool article_file = false;                 // SplitOptions::article_file
  std::span<const std::string> home_places;  // SplitOptions::home_places
};

Article assemble_article(const ArticleSpan& span, AssembleContext& context);

}  // namespace kanbao::corpus
