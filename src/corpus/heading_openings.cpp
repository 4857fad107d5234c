// SPDX-License-Identifier: MIT
#include "corpus/heading_openings.h"

#include "corpus/dates.h"
#include "corpus/headings.h"
#include "corpus/text_util.h"

namespace kanbao::corpus {
namespace {

constexpr std::size_t kMaxBlockLines = 5;    // kicker, title, subtitle and two column tags
constexpr std::size_t kMaxCaptionLines = 2;  // a photo's caption paragraphs
constexpr std::size_t kMaxPhotoTitle = 12;   // characters of a photo's title

bool heading_kind(Kind k) { return k == Kind::kHeading || k == Kind::kColumnTag; }

// Line `p` (lines.size() for none) finishes a paragraph, or with
// `article` an article: the page's start, furniture, a byline, a 下转
// marker, or text closed so.
bool finishes(const Lines& lines, std::size_t p, bool article) {
  if (p == lines.size()) return true;
  switch (lines.kind(p)) {
    case Kind::kFurniture:
    case Kind::kByline:
    case Kind::kContinuation:
      return true;
    case Kind::kLead:
    case Kind::kBody:
      return article ? lines.info(p).ends_article : lines.info(p).closed;
    default:
      return false;
  }
}

}  // namespace

bool paragraph_closed_before(const Lines& lines, std::size_t j) {
  return finishes(lines, lines.prev(j), false);
}

bool marked_block(const Lines& lines, std::size_t j) {
  for (std::size_t k = j, n = 0; k < lines.size() && n < kMaxBlockLines; k = lines.next(k), ++n) {
    if (!heading_kind(lines.kind(k))) return false;
    const std::size_t after = lines.next(k);
    const bool heading_follows = after < lines.size() && heading_kind(lines.kind(after));
    if (marks_article_heading(lines.text(k), heading_follows)) return true;
  }
  return false;
}

std::optional<std::size_t> photo_under_heading(const Lines& lines, std::size_t j) {
  if (!lines.info(j).caption) return std::nullopt;
  std::size_t first = j;
  for (std::size_t n = 0; n <= kMaxCaptionLines; ++n) {
    const std::size_t p = lines.prev(first);
    if (p == lines.size()) return std::nullopt;
    if (lines.kind(p) == Kind::kHeading) {
      const bool short_title = util::length_up_to(lines.text(p), kMaxPhotoTitle + 1) <= kMaxPhotoTitle;
      const std::size_t above = lines.prev(p);
      const bool alone = above == lines.size() || !heading_kind(lines.kind(above));
      // Photo news opens with its day ("1月8日，…"), or follows a finished
      // article; a story's cross-head over its photo does neither.
      const bool photo_news = opens_with_date(lines.text(first)) || finishes(lines, above, true);
      if (n > 0 && short_title && alone && photo_news && paragraph_closed_before(lines, p)) return first;
      return std::nullopt;
    }
    if (lines.kind(p) != Kind::kBody || !lines.info(p).closed) return std::nullopt;
    first = p;
  }
  return std::nullopt;
}

}  // namespace kanbao::corpus
