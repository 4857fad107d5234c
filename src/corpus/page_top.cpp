// SPDX-License-Identifier: MIT
// The top of a page and the spans' ends (page_top.h): what stands above the
// first article, and how the openings found become the page's articles.
#include "corpus/page_top.h"

#include "corpus/archive_path.h"
#include "corpus/furniture.h"
#include "corpus/headings.h"
#include "corpus/text_util.h"

namespace kanbao::corpus {

// Lines [from, to) hold no sentence: a website's title bar or breadcrumbs
// above the first article ("新闻联播 文字版 1995-01-30"), not an article.
bool sentence_free(const Lines& lines, std::size_t from, std::size_t to) {
  for (std::size_t j = from; j < to; ++j) {
    if (lines.blank(j) || lines.kind(j) == Kind::kFurniture) continue;
    const Kind k = lines.kind(j);
    if (k == Kind::kLead || k == Kind::kByline || k == Kind::kContinuation) return false;
    const std::string_view t = lines.text(j);
    if (util::length_up_to(t, kMaxHeadingChars) >= kMaxHeadingChars) return false;
    for (std::size_t i = 0; i < t.size();) {
      const char32_t c = util::next(t, i);
      if (c == U'。' || c == U'！' || c == U'？' || c == U'；') return false;
    }
  }
  return true;
}

// A web page's title stands above its date bar (or an e-paper's front-page
// title above the page it refers to, "3版"), and the heading-shaped lines
// below the bar (its photos' captions) are no headings: the first article
// begins at the title (one to kMaxHeadings lines with no blank
// between them), not at the captions.
std::size_t title_above_date_bar(const Lines& lines, std::size_t begin) {
  bool bar = false;
  // A page reference is the bar only straight over text: over a heading
  // or other furniture, the title above it is a teaser for another page.
  const bool text_opens = lines.kind(begin) != Kind::kHeading && lines.kind(begin) != Kind::kColumnTag;
  std::size_t k = lines.prev(begin);
  if (text_opens && k < lines.size() && lines.kind(k) == Kind::kFurniture && page_code(lines.text(k)))
    bar = true;
  for (; k < lines.size() && lines.kind(k) == Kind::kFurniture; k = lines.prev(k))
    bar = bar || is_web_date_bar(lines.text(k));
  if (!bar || k >= lines.size() || lines.kind(k) != Kind::kHeading) return begin;
  std::size_t top = k;
  for (std::size_t n = 1;
       n < kMaxHeadings && top > 0 && !lines.blank(top - 1) && lines.kind(top - 1) == Kind::kHeading; ++n)
    --top;
  return top;
}

// On a page that indents its paragraphs, one or two flush-left lines of
// text (questions, a quotation, a list closed by "……": not a heading's
// shape, no full stop closing them) straight over a flush-left heading
// block at the page's top, no blank line between: a teaser set as the
// block's kicker (外卖骑手进小区要多久？你身边的AED在哪里？ over the title),
// not an article of its own with no text, nor a title with the real title
// as its first paragraph, nor furniture. Over five months of 人民日报 and
// three issues of 都市快报 7 pages' first lines stand so (3 and 4); the
// crawl makes every one the kicker, and no other page reads otherwise.
std::size_t teaser_lines_at(const Lines& lines, std::size_t first) {
  constexpr std::size_t kMaxTeaserLines = 2;
  if (!lines.indents_paragraphs() || first >= lines.size() || lines.kind(first) == Kind::kHeading) return 0;
  for (std::size_t j = first; j < lines.size() && j <= first + kMaxTeaserLines; ++j) {
    if (lines.blank(j) || lines.indented(j)) return 0;
    if (lines.kind(j) == Kind::kHeading) return j - first;
    if (lines.kind(j) != Kind::kBody || lines.info(j).caption || lines.text(j).ends_with("。")) return 0;
  }
  return 0;
}

// The first line that is neither blank nor furniture (lines.size() if none).
std::size_t first_content_line(const Lines& lines) {
  for (std::size_t j = 0; j < lines.size(); ++j) {
    if (!lines.blank(j) && lines.kind(j) != Kind::kFurniture) return j;
  }
  return lines.size();
}

bool all_blank(const Lines& lines) {
  for (std::size_t j = 0; j < lines.size(); ++j) {
    if (!lines.blank(j)) return false;
  }
  return true;
}

// Completes the openings found into the page's articles, in order: an
// e-paper's article page is one article, text above the first opening (from
// line `first` on) becomes an article of its own, and each span ends where
// the next begins.
void complete_spans(const Lines& lines, std::size_t first, std::vector<ArticleSpan>& spans) {
  // An e-paper's article page is one article: its cross-heads and the
  // byline between them open no article of their own, and text above its
  // first opening is its own (no preamble).
  if (lines.article_page() && !spans.empty() && (spans.size() > 1 || spans.front().begin > first)) {
    const ArticleSpan whole =
        spans.front().begin > first ? ArticleSpan{first, first, 0, Opener::kPage} : spans.front();
    spans.assign(1, whole);
  }
  if (first < lines.size() && (spans.empty() || spans.front().begin > first)) {
    // Text above the first opening: the whole page when nothing opens an
    // article (a file holding one article), else a preamble of its own.
    const Opener opener = spans.empty() ? Opener::kPage : Opener::kPreamble;
    spans.insert(spans.begin(), ArticleSpan{first, first, 0, opener});
  }
  for (std::size_t k = 0; k < spans.size(); ++k) {
    spans[k].end = k + 1 < spans.size() ? spans[k + 1].begin : lines.size();
  }
}

// Files the furniture above the first article into `furniture` (below it,
// assemble_article files it); a bare preamble's lines all count.
void file_top_furniture(const Lines& lines, const std::vector<ArticleSpan>& spans, bool bare_preamble,
                        std::vector<FurnitureLine>& furniture) {
  const std::size_t top = spans.empty() ? lines.size() : spans.front().begin;
  for (std::size_t j = 0; j < top; ++j) {
    if (!lines.blank(j) && (lines.kind(j) == Kind::kFurniture || bare_preamble)) {
      furniture.push_back({lines.number(j), std::string(lines.text(j))});
    }
  }
}

}  // namespace kanbao::corpus
