// SPDX-License-Identifier: MIT
// Splitting a decoded page into articles.
//
// Every line is first classified on its own (page_lines.cpp). An article
// opens at a lead (本报讯, 本报北京6月20日电, 新华社…电, a brief mark), at a
// byline standing between headings and text (本报记者 王刚), at a photo
// caption or a 上接 marker, or at a heading block that follows a finished
// article (one closed by its byline, a 下转 marker or furniture). From each
// opening we walk back over the heading lines above it (at most three, and
// column tags and a pull-quote); an article runs from its first heading to
// just before the next article's. A heading-shaped line counts as a heading
// only when the line above the block ends a paragraph: a body line cut by the
// layout has a heading's shape but follows a line that does not end.
#include "corpus/parse.h"

#include <algorithm>
#include <cstdint>

#include "corpus/assemble.h"
#include "corpus/furniture.h"
#include "corpus/headings.h"
#include "corpus/leads.h"
#include "corpus/page_lines.h"
#include "corpus/placement.h"
#include "corpus/split.h"
#include "corpus/text_util.h"

namespace kanbao::corpus {
namespace {

constexpr std::size_t kMaxHeadings = 3;
constexpr std::size_t kMaxColumnTags = 2;
constexpr int kPullQuoteReach = 8;  // non-blank lines between a pull-quote mark and the lead

class Openings {
 public:
  explicit Openings(const Lines& lines) : lines_(lines), pre_lead_(lines.size(), false) {}

  std::vector<ArticleSpan> find() {
    std::vector<ArticleSpan> spans;
    std::size_t consumed = lines_.size();  // a lead already opened by the byline above it
    for (std::size_t j = 0; j < lines_.size(); ++j) {
      if (lines_.blank(j)) continue;
      const LineInfo& in = lines_.info(j);
      if (lines_.text(j).substr(0, 6) == "专栏") {  // an archive entry's column field: a new entry
        in_entry_ = true;
        entry_source_ = {};
      }
      switch (in.kind) {
        case Kind::kLead:
          if (j == consumed) break;
          {
            // A lead cut by a layout break is classed a lead without matching
            // a lead form in full: it opens an ordinary article.
            const auto lead = match_lead(lines_.text(j));
            if (continues_entry(j, lead)) break;
            add(spans, j, lead && lead->brief ? Opener::kBrief : Opener::kLead);
            entry_source_ = lead ? lead->source : std::string_view();
            break;
          }
        case Kind::kByline:
          if (is_pre_lead(j)) {
            pre_lead_[j] = true;
            add(spans, j, Opener::kByline);
            std::size_t k = lines_.next(j);
            while (k < lines_.size() && lines_.kind(k) == Kind::kByline) k = lines_.next(k);
            if (k < lines_.size() && lines_.kind(k) == Kind::kLead) consumed = k;
          }
          break;
        case Kind::kContinuation:
        case Kind::kBody:
          if (in.from_marker) {
            add(spans, j, Opener::kContinued);
          } else if (in.kind == Kind::kBody && in.caption && opens_after_finished(j)) {
            add(spans, j, Opener::kCaption);
          }
          break;
        case Kind::kHeading:
        case Kind::kColumnTag:
          if (opens_heading_article(j)) spans.push_back({j, j, 0, Opener::kHeading});
          break;
        default:
          break;
      }
    }
    return spans;
  }

 private:
  // The line before j ends a paragraph (or there is none).
  bool closed_before(std::size_t j) const {
    const std::size_t p = lines_.prev(j);
    if (p == lines_.size()) return true;
    switch (lines_.kind(p)) {
      case Kind::kFurniture:
      case Kind::kByline:
      case Kind::kContinuation:
        return true;
      case Kind::kLead:
      case Kind::kBody:
        return lines_.info(p).closed;
      default:
        return false;
    }
  }

  // The line before j finishes an article: a closing byline, an appended
  // byline, a 下转 marker, furniture, or the page's start.
  bool closed_strongly_before(std::size_t j) const {
    const std::size_t p = lines_.prev(j);
    if (p == lines_.size()) return true;
    switch (lines_.kind(p)) {
      case Kind::kFurniture:
      case Kind::kContinuation:
        return true;
      case Kind::kByline:
        // A □-marked byline goes above its text: one in mid-text (under a
        // feature's first paragraph, over a cross-head) closes nothing.
        return !pre_lead_[p] && lines_.text(p).substr(0, 3) != "□";
      case Kind::kLead:
      case Kind::kBody:
        return lines_.info(p).ends_article;
      default:
        return false;
    }
  }

  // The first line of the heading block above `anchor` (anchor itself if none).
  std::size_t block_start(std::size_t anchor) const {
    std::size_t start = anchor;
    std::size_t headings = 0;
    std::size_t tags = 0;
    for (std::size_t p = lines_.prev(start); p < lines_.size(); p = lines_.prev(start)) {
      const Kind k = lines_.kind(p);
      if (k == Kind::kHeading && headings < kMaxHeadings && tags == 0) {
        ++headings;
      } else if (k == Kind::kColumnTag && tags < kMaxColumnTags) {
        ++tags;
      } else {
        break;
      }
      start = p;
    }
    // A block under a line that does not end is that line's continuation.
    while (start != anchor && !closed_before(start)) start = lines_.next(start);
    return start;
  }

  // A pull-quote mark (核心阅读) a few lines above a lead: the article opens
  // above it.
  std::size_t pull_quote_above(std::size_t anchor) const {
    std::size_t p = anchor;
    for (int n = 0; n < kPullQuoteReach; ++n) {
      p = lines_.prev(p);
      if (p == lines_.size()) return anchor;
      const Kind k = lines_.kind(p);
      if (k == Kind::kPullQuote) return p;
      if (k != Kind::kBody && k != Kind::kHeading) return anchor;
    }
    return anchor;
  }

  void add(std::vector<ArticleSpan>& spans, std::size_t anchor, Opener opener) const {
    std::size_t top = anchor;
    if (opener == Opener::kLead || opener == Opener::kByline) top = pull_quote_above(anchor);
    std::size_t begin = block_start(top);
    if (!spans.empty() && begin <= spans.back().anchor) begin = lines_.next(spans.back().anchor);
    if (begin > anchor) begin = anchor;
    spans.push_back({begin, anchor, 0, opener});
  }

  // In an archive whose entries open with a column field (专栏:), a second
  // dateline from the same source with no heading of its own continues the
  // entry's article: a roundup of dispatches, or a second dispatch, under
  // one headline.
  bool continues_entry(std::size_t j, const std::optional<Lead>& lead) const {
    if (!in_entry_ || !lead || !lead->dateline || entry_source_.empty() || lead->source != entry_source_)
      return false;
    return block_start(j) == j && pull_quote_above(j) == j;
  }

  // A byline standing between a heading block and the article's text.
  // (□ marks such a byline in city papers: it opens an article after a
  // finished one even without headings.)
  bool is_pre_lead(std::size_t j) const {
    std::size_t k = lines_.next(j);
    while (k < lines_.size() && lines_.kind(k) == Kind::kByline) k = lines_.next(k);
    if (k == lines_.size()) return false;
    const Kind below = lines_.kind(k);
    if (below != Kind::kLead && below != Kind::kBody && below != Kind::kPullQuote && below != Kind::kHeading)
      return false;
    if (lines_.text(j).substr(0, 3) == "□" && closed_strongly_before(j)) return true;
    const std::size_t p = lines_.prev(j);
    if (p == lines_.size()) return false;
    const Kind above = lines_.kind(p);
    if (above != Kind::kHeading && above != Kind::kColumnTag) return false;
    return block_start(j) != j;
  }

  // j (a caption) comes right after a finished article, or under headings
  // that do.
  bool opens_after_finished(std::size_t j) const {
    const std::size_t start = block_start(j);
    return closed_strongly_before(start);
  }

  // A heading block starting at j, after a finished article, followed by
  // text that no lead or byline opens.
  bool opens_heading_article(std::size_t j) const {
    const std::size_t p = lines_.prev(j);
    if (p < lines_.size() && (lines_.kind(p) == Kind::kHeading || lines_.kind(p) == Kind::kColumnTag))
      return false;
    if (!closed_strongly_before(j)) return false;
    // A quotation alone ("“看个电视怎么这么麻烦！”") opens a feature's text,
    // not an article.
    const std::string_view t = lines_.text(j);
    if (t.substr(0, 3) == "“" && t.size() > 3 && t.substr(t.size() - 3) == "”" &&
        lines_.kind(lines_.next(j) < lines_.size() ? lines_.next(j) : j) == Kind::kBody)
      return false;
    std::size_t k = j;
    std::size_t n = 0;
    while (k < lines_.size() && (lines_.kind(k) == Kind::kHeading || lines_.kind(k) == Kind::kColumnTag) &&
           n <= kMaxHeadings + kMaxColumnTags) {
      k = lines_.next(k);
      ++n;
    }
    if (k == lines_.size()) return false;
    const LineInfo& below = lines_.info(k);
    return below.kind == Kind::kBody && !below.caption && !below.from_marker;
  }

  const Lines& lines_;
  std::vector<bool> pre_lead_;
  bool in_entry_ = false;          // the page is an archive's entries (专栏: fields seen)
  std::string_view entry_source_;  // the source of the current entry's opening dateline
};

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

// A web page's title stands above its date bar, and the heading-shaped
// lines below the bar (its photos' captions) are no headings: the first
// article begins at the title (one to kMaxHeadings lines with no blank
// between them), not at the captions.
std::size_t title_above_date_bar(const Lines& lines, std::size_t begin) {
  bool bar = false;
  std::size_t k = lines.prev(begin);
  for (; k < lines.size() && lines.kind(k) == Kind::kFurniture; k = lines.prev(k))
    bar = bar || is_web_date_bar(lines.text(k));
  if (!bar || k >= lines.size() || lines.kind(k) != Kind::kHeading) return begin;
  std::size_t top = k;
  for (std::size_t n = 1;
       n < kMaxHeadings && top > 0 && !lines.blank(top - 1) && lines.kind(top - 1) == Kind::kHeading; ++n)
    --top;
  return top;
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

}  // namespace

std::vector<Article> split_articles(std::string_view text, std::vector<std::string>& warnings,
                                    const SplitOptions& options) {
  std::vector<Article> articles;
  // Offsets are 32-bit; decode() never produces more than 2 GB.
  if (text.size() > UINT32_MAX) text = text.substr(0, UINT32_MAX);
  const Lines lines(text, options.page_name);
  if (all_blank(lines)) {
    warnings.emplace_back("the page is empty");
    return articles;
  }
  std::size_t first = first_content_line(lines);
  std::vector<ArticleSpan> spans = Openings(lines).find();
  if (!spans.empty()) spans.front().begin = title_above_date_bar(lines, spans.front().begin);
  AssembleContext context{lines, options.issue, warnings, options.furniture};
  // A preamble without a sentence is the page's furniture.
  const bool bare_preamble =
      !spans.empty() && first < spans.front().begin && sentence_free(lines, first, spans.front().begin);
  if (bare_preamble) first = spans.front().begin;
  complete_spans(lines, first, spans);
  if (options.furniture) file_top_furniture(lines, spans, bare_preamble, *options.furniture);
  for (const ArticleSpan& span : spans) {
    articles.push_back(assemble_article(span, context));
    if (span.opener == Opener::kPreamble) {
      warnings.push_back("line " + std::to_string(articles.back().first_line) +
                         ": text before the first article's headings kept as an article of its own");
    }
  }
  for (std::size_t k = 0; k < articles.size(); ++k) articles[k].position = static_cast<int>(k);
  return articles;
}

Page parse_page(std::string_view text, const PageContext& context) {
  Page page;
  page.origin = origin_of(context);
  SplitOptions options;
  options.issue = page.origin.issue;
  options.page_name = page.origin.page_name;
  options.furniture = &page.furniture;
  page.articles = split_articles(text, page.warnings, options);
  assign_districts(page, text, context);
  return page;
}

}  // namespace kanbao::corpus
