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
// layout has a heading's shape but follows a line that does not end. A
// heading block over a date alone (an e-paper article's header,
// dated_header.h) opens an article wherever it stands.
#include "corpus/parse.h"

#include <algorithm>
#include <cstdint>

#include "corpus/assemble.h"
#include "corpus/byline_fields.h"
#include "corpus/dated_header.h"
#include "corpus/furniture.h"
#include "corpus/heading_openings.h"
#include "corpus/headings.h"
#include "corpus/leads.h"
#include "corpus/page_lines.h"
#include "corpus/page_top.h"
#include "corpus/placement.h"
#include "corpus/split.h"
#include "corpus/text_util.h"

namespace kanbao::corpus {
namespace {

constexpr std::size_t kMaxColumnTags = 2;
constexpr int kPullQuoteReach = 8;  // non-blank lines between a pull-quote mark and the lead

// A line in quotation marks that is not one quoted phrase: speech (a
// sentence's mark inside: ！？。，…) or several quotations side by side
// (“老鹰”“猎豹”和“火龙”, a feature's cross-head).
bool quoted_text(std::string_view t) {
  if (t.substr(0, 3) != "“" || t.size() <= 6 || t.substr(t.size() - 3) != "”") return false;
  const std::string_view inner = t.substr(3, t.size() - 6);
  for (std::size_t i = 0; i < inner.size();) {
    const char32_t c = util::next(inner, i);
    if (util::is_terminator(c) || c == U'，' || c == U',' || c == U'！' || c == U'？' || c == U'…' ||
        c == U'“' || c == U'”')
      return true;
  }
  return false;
}

class Openings {
 public:
  Openings(const Lines& lines, const std::optional<Date>& issue)
      : lines_(lines),
        pre_lead_(lines.size(), false),
        headers_(dated_headers(lines, issue)),
        flush_headings_(sets_headings_flush_left(lines)) {}

  std::vector<ArticleSpan> find() {
    std::vector<ArticleSpan> spans;
    std::size_t consumed = lines_.size();  // a lead already opened by the byline above it
    for (std::size_t j = 0; j < lines_.size(); ++j) {
      if (lines_.blank(j)) continue;
      if (opens_dated_header(spans, j)) {
        j = header_date_;
        continue;
      }
      if (under_header(j)) continue;
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
            if (continues_entry(j, lead) || continues_indented_story(spans, j, lead) ||
                sub_item_in_story(spans, j, lead) || pull_quote_point(j, lead) || summary_point(j) ||
                cross_head_point(j, lead) || (lead && !lead->brief && joins_its_photos(spans, j)))
              break;
            add(spans, j, lead && lead->brief ? Opener::kBrief : Opener::kLead);
            entry_source_ = lead ? lead->source : std::string_view();
            break;
          }
        case Kind::kByline:
          open_at_byline(spans, j, consumed);
          break;
        case Kind::kContinuation:
        case Kind::kBody:
          if (in.from_marker) {
            if (!marker_under_photos(spans, j)) add(spans, j, Opener::kContinued);
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
  // A byline (j) closing photo news under a short heading opens that
  // article at its heading; one standing between headings and text opens
  // the article below it (and the lead under it, `consumed`, opens none).
  void open_at_byline(std::vector<ArticleSpan>& spans, std::size_t j, std::size_t& consumed) {
    if (const auto photo = photo_under_heading(lines_, j)) {
      if (spans.empty() || spans.back().begin < block_start(*photo))
        spans.push_back({block_start(*photo), *photo, 0, Opener::kCaption});
      return;
    }
    if (!is_pre_lead(j) || indented_within_story(block_start(j))) return;
    pre_lead_[j] = true;
    add(spans, j, Opener::kByline);
    std::size_t k = lines_.next(j);
    while (k < lines_.size() && lines_.kind(k) == Kind::kByline) k = lines_.next(k);
    if (k < lines_.size() && lines_.kind(k) == Kind::kLead) consumed = k;
  }

  // A 上接 marker (j) under an article its flush-left heading block opened,
  // with nothing between the block and the marker but the photos' captions
  // (indented short lines: no lead, byline, credit or full paragraph): the
  // page sets the continued text's headline over its photos and the marker
  // under them, so the text is that headline's and the marker opens nothing.
  // The one 上接 marker in five months of 人民日报 and three issues of
  // 都市快报 stands so (under a headline and six captions); it opened an
  // article of its own, titled with a cross-head of the text.
  bool marker_under_photos(const std::vector<ArticleSpan>& spans, std::size_t j) const {
    constexpr std::size_t kMaxCaption = 30;
    if (!lines_.indents_paragraphs() || spans.empty() || spans.back().opener != Opener::kHeading)
      return false;
    std::size_t k = spans.back().anchor;
    while (k < j && !lines_.indented(k) && lines_.kind(k) == Kind::kHeading) k = lines_.next(k);
    for (; k < j; k = lines_.next(k)) {
      const LineInfo& in = lines_.info(k);
      if (!lines_.indented(k) || (in.kind != Kind::kHeading && in.kind != Kind::kBody) || in.caption ||
          in.ends_article || util::length_up_to(lines_.text(k), kMaxCaption + 1) > kMaxCaption)
        return false;
    }
    return true;
  }

  // j starts the page's next dated header: opens its article.
  bool opens_dated_header(std::vector<ArticleSpan>& spans, std::size_t j) {
    if (next_header_ == headers_.size() || headers_[next_header_].begin != j) return false;
    spans.push_back({j, j, 0, Opener::kHeading});
    header_date_ = headers_[next_header_++].date_line;
    return true;
  }

  // Between the dated header last opened and j stand only what an e-paper
  // prints between its header and the text (photo captions and credits, a
  // byline, furniture): j, a lead or a byline or a first line shaped like a
  // heading, is that article's, and opens none.
  bool under_header(std::size_t j) const {
    if (header_date_ == kNone || j <= header_date_) return false;
    const Kind kind = lines_.kind(j);
    if (kind != Kind::kLead && kind != Kind::kByline && kind != Kind::kHeading && kind != Kind::kColumnTag &&
        !lines_.info(j).caption)
      return false;
    for (std::size_t k = lines_.next(header_date_); k < j; k = lines_.next(k)) {
      const LineInfo& in = lines_.info(k);
      if (in.kind == Kind::kLead || (in.kind == Kind::kBody && !in.caption)) return false;
    }
    return true;
  }

  bool closed_before(std::size_t j) const { return paragraph_closed_before(lines_, j); }

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

  // Furniture indented as the text is (a graphic's credit, 制图 某某; a QR
  // code's note, 扫码查看…): 都市快报's e-paper prints it, with the photos'
  // captions, between an article's flush-left heading block and its text,
  // so the walk up from the text (or from a byline under it) passes over it
  // as over a deck. Over the three issues of 都市快报 this finds three
  // titles it missed (two blocks went to the article above); no page of
  // the five 人民日报 months reads otherwise.
  bool indented_credit(std::size_t p) const {
    return lines_.kind(p) == Kind::kFurniture && lines_.indented(p);
  }

  // The first line under the indented lines at k that stand between a
  // flush-left block set apart and its text: credits and QR notes
  // (indented_credit) and heading-shaped decks ("参与活动" under "扫码留言",
  // a diary's numbered day "一" over its date, a figure box's "1.6万人次"),
  // at most kMaxHeadings of them; k itself when there are none. Passing
  // over them finds 7 articles more in the five 人民日报 months and 3 in
  // 都市快报's three issues, and loses none.
  std::size_t past_decks(std::size_t k) const {
    std::size_t n = 0;
    for (std::size_t at = k; flush_headings_ && at < lines_.size() && n < kMaxHeadings; ++n) {
      if (!lines_.indented(at) || (lines_.kind(at) != Kind::kHeading && !indented_credit(at))) break;
      at = lines_.next(at);
      k = at;
    }
    return k;
  }

  // From `from` to a blank line or the page's end, only indented
  // heading-shaped lines (one at least): a list under a block set apart
  // (评委名单 over the judges, one a line), the item's whole text.
  // Reading it so finds 1 article more in 都市快报's three issues and 2 in
  // the five 人民日报 months (a book list among them), and loses none.
  bool indented_list_closes(std::size_t from) const {
    std::size_t k = from;
    for (; k < lines_.size() && !lines_.blank(k); ++k) {
      if (!flush_headings_ || !lines_.indented(k) || lines_.kind(k) != Kind::kHeading) return false;
    }
    return k > from;
  }

  // The first line of the heading block above `anchor` (anchor itself if none).
  std::size_t block_start(std::size_t anchor) const {
    std::size_t start = anchor;
    std::size_t headings = 0;
    std::size_t tags = 0;
    std::size_t decks = 0;
    for (std::size_t p = lines_.prev(start); p < lines_.size(); p = lines_.prev(start)) {
      // On a page that indents its paragraphs, an indented line over a
      // flush-left heading is the text above (a credit, a pull-quote).
      if (lines_.indents_paragraphs() && lines_.indented(p) && !lines_.indented(start)) break;
      if (alone_over_block(p)) return start;  // an item of its own, complete, above the block
      const Kind k = lines_.kind(p);
      // On a page that sets its headings flush left, heading-shaped lines
      // indented as the text is, straight under the block (the summary
      // points some papers print before the byline: "警医联动迅速赶到"), are
      // not the block's lines: the flush-left block above them still heads
      // the article, however many they are.
      if ((k == Kind::kHeading || indented_credit(p)) && flush_headings_ && lines_.indented(p) &&
          headings == 0 && tags == 0) {
        if (decks == kMaxHeadings) break;
        ++decks;
        start = p;
        continue;
      }
      if (k == Kind::kHeading && headings < kMaxHeadings && tags == 0) {
        ++headings;
      } else if (k == Kind::kColumnTag && tags < kMaxColumnTags) {
        ++tags;
      } else {
        break;
      }
      start = p;
    }
    // A block under a line that does not end is that line's continuation
    // (unless it stands flush left after a blank line under indented text).
    while (start != anchor && !closed_before(start) && !flush_left_under_indent(start))
      start = lines_.next(start);
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

  // On a page that indents its paragraphs, a lead with no heading of its
  // own, indented under the indented text of a story under a heading, is
  // a further dispatch of that story (a round-up of
  // calls, each with its dateline) or its lead under a summary: it opens
  // nothing.
  bool continues_indented_story(const std::vector<ArticleSpan>& spans, std::size_t j,
                                const std::optional<Lead>& lead) const {
    // (A brief's mark, ◆ or ■, opens an item of its own.)
    if (!lead || lead->brief || !lead->dateline || !lines_.indents_paragraphs() || !lines_.indented(j) ||
        spans.empty() || (spans.back().opener != Opener::kHeading && !has_heading(spans.back())) ||
        block_start(j) != j || pull_quote_above(j) != j)
      return false;
    const std::size_t p = lines_.prev(j);
    return p < lines_.size() && lines_.indented(p) &&
           (lines_.kind(p) == Kind::kBody || lines_.kind(p) == Kind::kLead ||
            lines_.kind(p) == Kind::kHeading);
  }

  // On a page that indents its paragraphs and sets its headings flush left,
  // a heading block (or a byline or lead with none) at `start` indented as
  // the text is, running on from the indented text above it with no blank
  // line between: a round-up's sub-item under its own sub-head (本报记者 …
  // under it), a feature's cross-head or a brief inside a column - part of
  // the story it stands in, not an article's heading.
  bool indented_within_story(std::size_t start) const {
    if (!flush_headings_ || !lines_.indented(start) || start == 0 || lines_.blank(start - 1)) return false;
    const std::size_t p = lines_.prev(start);
    if (p == lines_.size() || !lines_.indented(p)) return false;
    const Kind k = lines_.kind(p);
    return k == Kind::kBody || k == Kind::kLead || k == Kind::kByline;
  }

  // A lead (no brief's mark: ■ items stand apart) under its own heading
  // block that is indented within the story above (indented_within_story):
  // an item of that story's column, not an article.
  bool sub_item_in_story(const std::vector<ArticleSpan>& spans, std::size_t j,
                         const std::optional<Lead>& lead) const {
    if (spans.empty() || (lead && lead->brief)) return false;
    const std::size_t start = block_start(j);
    return start != j && indented_within_story(start);
  }

  // A brief-marked line (■…) under a pull-quote's mark (核心阅读), or under
  // another such point below it: one of the pull-quote's points, not a brief.
  bool pull_quote_point(std::size_t j, const std::optional<Lead>& lead) const {
    if (!lead || !lead->brief) return false;
    for (std::size_t p = lines_.prev(j); p < lines_.size(); p = lines_.prev(p)) {
      if (lines_.kind(p) == Kind::kPullQuote) return true;
      if (lines_.kind(p) != Kind::kLead || !match_lead(lines_.text(p)).value_or(Lead{}).brief) return false;
    }
    return false;
  }

  // On a page that indents its paragraphs, a ■-marked head - no dateline,
  // no full stop - indented within the story's indented text, the lines
  // above and under it text: a cross-head of that story (■ 特点一：…,
  // ■记者手记), not a brief of its own. In the 人民日报 pages of five months
  // (2019-02, 2019-10, 2020-01, 2020-02, 2020-05), 126 ■ lines without a
  // full stop stand between indented lines; the crawl heads 4 articles with
  // a ■ line, and none of the five months' page counts or titles gets worse.
  bool cross_head_point(std::size_t j, const std::optional<Lead>& lead) const {
    if (!lead || !lead->brief || lead->dateline || !lines_.indents_paragraphs() || !lines_.indented(j) ||
        lines_.info(j).closed || j == 0 || j + 1 >= lines_.size())
      return false;
    const std::size_t above = j - 1, under = j + 1;
    if (lines_.blank(above) || lines_.blank(under) || !lines_.indented(above) || !lines_.indented(under))
      return false;
    const Kind k = lines_.kind(above);
    return lines_.kind(under) == Kind::kBody && (k == Kind::kBody || k == Kind::kLead || k == Kind::kHeading);
  }

  // A ■-marked line in a run of two or more straight under a heading block,
  // with the story's text under the run: one of the story's summary points
  // (人民日报 sets them under the title: "■中老铁路是…", "■据不完全统计，…"),
  // not a brief of its own. The text may open with its dateline ("本报北京
  // 1月13日电…" under the points) when the points carry none of their own: in
  // the 人民日报 crawl's article files of five months (2019-02, 2019-10,
  // 2020-01, 2020-02, 2020-05), 53 articles open with two or more ■ points,
  // 16 of them over the story's dateline, 37 over its text.
  bool summary_point(std::size_t j) const {
    constexpr std::size_t kMinPoints = 2;
    const auto marked = [this](std::size_t k) { return lines_.text(k).starts_with("■"); };
    const auto dated = [this](std::size_t k) {
      const auto lead = match_lead(lines_.text(k));
      return lead && lead->dateline;
    };
    if (!marked(j) || dated(j)) return false;
    std::size_t first = j;
    std::size_t points = 1;
    for (std::size_t p = lines_.prev(j); p < lines_.size() && marked(p); p = lines_.prev(p), ++points)
      first = p;
    const std::size_t above = lines_.prev(first);
    if (above == lines_.size() ||
        (lines_.kind(above) != Kind::kHeading && lines_.kind(above) != Kind::kColumnTag))
      return false;
    for (std::size_t p = first; p != j; p = lines_.next(p))
      if (dated(p)) return false;
    std::size_t k = lines_.next(j);
    for (; k < lines_.size() && marked(k); k = lines_.next(k)) {
      if (dated(k)) return false;
      ++points;
    }
    if (points < kMinPoints || k == lines_.size()) return false;
    const Kind below = lines_.kind(k);
    return (below == Kind::kBody && !lines_.info(k).caption) || (below == Kind::kLead && dated(k));
  }

  // Some heading-shaped line stands flush left on a page that indents its
  // paragraphs: the page sets its headings apart from its text.
  static bool sets_headings_flush_left(const Lines& lines) {
    if (!lines.indents_paragraphs()) return false;
    for (std::size_t j = 0; j < lines.size(); ++j)
      if (lines.kind(j) == Kind::kHeading && !lines.indented(j)) return true;
    return false;
  }

  // Lines (from, to) are all photo captions (blank lines aside).
  bool captions_between(std::size_t from, std::size_t to) const {
    for (std::size_t k = lines_.next(from); k < to; k = lines_.next(k)) {
      if (lines_.kind(k) != Kind::kBody || !lines_.info(k).caption) return false;
    }
    return true;
  }

  // A dateline lead with no heading of its own straight under the captions
  // of photo news ("■…。本报记者 王刚 摄", then "【本报讯】…") is the story those
  // photos illustrate: the captions' articles (and their headings) are its
  // own, so the lead opens nothing. Returns true when so, after folding
  // the run of caption-only spans above j into the first of them. Several
  // photos fold only under one heading: photo news in a row, each without
  // a heading, are items of their own, and so is the lead below them.
  bool joins_its_photos(std::vector<ArticleSpan>& spans, std::size_t j) const {
    const auto caption_only = [&](const ArticleSpan& s, std::size_t below) {
      const bool photo =
          s.opener == Opener::kCaption || (s.opener == Opener::kBrief && lines_.info(s.anchor).caption);
      return photo && captions_between(s.anchor, below);
    };
    if (spans.empty() || block_start(j) != j) return false;
    if (header_only(spans.back(), j)) return true;
    if (!caption_only(spans.back(), j)) return false;
    std::size_t first = spans.size() - 1;
    while (first > 0 && caption_only(spans[first - 1], spans[first].begin)) --first;
    if (first + 1 < spans.size() && !has_heading(spans[first])) return false;
    spans.resize(first + 1);
    return true;
  }

  // A heading line stands above the line that opened `span`.
  bool has_heading(const ArticleSpan& span) const {
    for (std::size_t k = span.begin; k < span.anchor; ++k) {
      if (lines_.kind(k) == Kind::kHeading) return true;
    }
    return false;
  }

  // A web page's header - its title, a byline of fields ("2021-07-23 10:34
  // 来源:…网 作者:王刚"), the title printed again, a photo's caption - and
  // then a dateline lead with no heading: the header's article is the
  // lead's. The span opened by that byline holds headings and at most one
  // line of text before j. Only a byline of fields: under a reporter's
  // plain byline ("本报记者 王刚") one line of text is a story of its own.
  bool header_only(const ArticleSpan& span, std::size_t j) const {
    if (span.opener != Opener::kByline || !byline_from_fields(lines_.text(span.anchor))) return false;
    int text = 0;
    for (std::size_t k = lines_.next(span.anchor); k < j; k = lines_.next(k)) {
      const Kind kind = lines_.kind(k);
      if (kind == Kind::kHeading || kind == Kind::kFurniture) continue;
      if (kind != Kind::kBody || ++text > 1) return false;
    }
    return true;
  }

  // A byline standing between a heading block and the article's text.
  // (□ marks such a byline in city papers: it opens an article after a
  // finished one even without headings.)
  bool is_pre_lead(std::size_t j) const {
    std::size_t k = lines_.next(j);
    while (k < lines_.size() && lines_.kind(k) == Kind::kByline) k = lines_.next(k);
    // A flush-left block set apart under it: the byline closes the story above.
    if (k == lines_.size() || set_apart(k)) return false;
    const Kind below = lines_.kind(k);
    if (below != Kind::kLead && below != Kind::kBody && below != Kind::kPullQuote && below != Kind::kHeading)
      return false;
    if (lines_.text(j).substr(0, 3) == "□" && closed_strongly_before(j)) return true;
    const std::size_t p = lines_.prev(j);
    if (p == lines_.size()) return false;
    const Kind above = lines_.kind(p);
    if (above != Kind::kHeading && above != Kind::kColumnTag && !(flush_headings_ && indented_credit(p)))
      return false;
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
    if (lone_block_top(j) == j) return true;  // (a kicker over j opens the photo's heading)
    // A letter's salutation set apart from the text above ("亲爱的祖国：" under
    // a column's opening note) is the letter's first line, not a heading.
    if (lines_.salutation_over_text(j)) return false;
    // (Under a photo's heading alone, the block stands apart as under text.)
    const bool apart = set_apart(j) || alone_at_end(j) || (p < lines_.size() && alone_over_block(p));
    // On a page that indents its paragraphs, headings stand flush left: an
    // indented line shaped like one is a story's cross-head.
    if (lines_.indents_paragraphs() && lines_.indented(j)) return false;
    if (!apart && p < lines_.size() &&
        (lines_.kind(p) == Kind::kHeading || lines_.kind(p) == Kind::kColumnTag))
      return false;
    // On a page that indents its paragraphs, an indented line over a
    // flush-left block set apart below it is the text above (a closing note
    // in brackets, a credit): the block opens its own article.
    if (const std::size_t n = lines_.next(j); lines_.indented(j) && n < lines_.size() && set_apart(n))
      return false;
    if (!closed_strongly_before(j) && !(closed_before(j) && marked_block(lines_, j)) && !apart) return false;
    // A quotation alone that speaks ("“看个电视怎么这么麻烦！”") opens a
    // feature's text, not an article; one quoted phrase ("“架起友谊的桥梁”")
    // is a title. So is one that speaks where the page sets it as a heading
    // (quotation_set_as_heading).
    if (quoted_text(lines_.text(j)) && !quotation_set_as_heading(j) &&
        lines_.kind(lines_.next(j) < lines_.size() ? lines_.next(j) : j) == Kind::kBody)
      return false;
    std::size_t k = j;
    std::size_t n = 0;
    while (k < lines_.size() && (lines_.kind(k) == Kind::kHeading || lines_.kind(k) == Kind::kColumnTag) &&
           n <= kMaxHeadings + kMaxColumnTags) {
      k = lines_.next(k);
      ++n;
    }
    if (k == lines_.size()) return apart;
    if (heads_only_furniture(k)) return true;
    if (apart) k = past_decks(k);
    if (k == lines_.size() || (apart && indented_list_closes(j + 1))) return true;
    const LineInfo& below = lines_.info(k);
    // (Under a block set apart, a pull-quote's mark - 核心阅读 - may come
    // before the text.)
    return (below.kind == Kind::kBody && !below.caption && !below.from_marker) ||
           (apart && below.kind == Kind::kPullQuote) || summary_point(k) || (apart && byline_cannot_open(k));
  }

  // A byline (k) under a block set apart that the walk up from it cannot
  // reach whole: four heading lines (都市快报 cuts a long title and its
  // subtitle into two lines each, "三个萧山人内幕交易 / 被罚2000多万 / 泄密的
  // 董秘和总经理 / 却没事？"), more than a block holds, so the byline opens
  // nothing and the story was glued to the one above. The block opens it.
  bool byline_cannot_open(std::size_t k) const {
    if (lines_.kind(k) != Kind::kByline || block_start(k) != k) return false;
    std::size_t n = lines_.next(k);
    while (n < lines_.size() && lines_.kind(n) == Kind::kByline) n = lines_.next(n);
    return n < lines_.size() && (lines_.kind(n) == Kind::kBody || lines_.kind(n) == Kind::kLead);
  }

  // A quotation that speaks set as a heading: flush left over indented
  // text, after a story closed by its credit (in the 人民日报 crawl's
  // headings such a line is a title 38 times, a kicker 4, a subtitle never)
  // or after a blank line closing a story set solid under its heading
  // ("“此刻，我们也是战士！”" over its text is a title: 10 pages of the
  // crawl's five months, 2019-02, 2019-10, 2020-01, -02, -05, count their
  // articles right so, none wrong). A page that sets blank lines within a
  // story (under its byline) may set a cross-head so.
  bool quotation_set_as_heading(std::size_t j) const {
    return flush_left_over_indent(j) &&
           (closed_strongly_before(j) || (flush_left_under_indent(j) && story_set_solid_above(j)));
  }

  // The lines above the blank line over j run with no blank line between
  // up from a heading: one story, heading and text, set solid.
  bool story_set_solid_above(std::size_t j) const {
    if (j < 2 || !lines_.blank(j - 1)) return false;
    std::size_t top = j - 1;
    while (top > 0 && !lines_.blank(top - 1)) --top;
    if (top == j - 1) return false;
    const Kind k = lines_.kind(top);
    return k == Kind::kHeading || k == Kind::kColumnTag;
  }

  // On a page that indents its paragraphs, line j stands flush left over
  // an indented line: a heading over its text, as the page sets them.
  bool flush_left_over_indent(std::size_t j) const {
    if (!lines_.indents_paragraphs() || lines_.indented(j)) return false;
    const std::size_t n = lines_.next(j);
    return n < lines_.size() && n == j + 1 && lines_.indented(n);
  }

  // On a page that indents its paragraphs, line j stands flush left after a
  // blank line under an indented line: the text above is another paragraph.
  bool flush_left_under_indent(std::size_t j) const {
    if (!lines_.indents_paragraphs() || j == 0 || !lines_.blank(j - 1) || lines_.indented(j)) return false;
    const std::size_t p = lines_.prev(j);
    return p < lines_.size() && lines_.indented(p);
  }

  // On a page that indents its paragraphs, a short flush-left block closing
  // the page after indented text, with nothing under it: a photo's heading
  // (图片报道) whose picture is no text, an item of its own.
  bool alone_at_end(std::size_t j) const {
    constexpr std::size_t kMaxLines = 2;
    if (!flush_left_under_indent(j)) return false;
    std::size_t n = 0;
    for (std::size_t k = j; k < lines_.size(); k = lines_.next(k), ++n) {
      const Kind kind = lines_.kind(k);
      if (n == kMaxLines || lines_.indented(k) || (kind != Kind::kHeading && kind != Kind::kColumnTag))
        return false;
    }
    return true;
  }

  // On a page that indents its paragraphs, a flush-left heading line with a
  // blank line above and below it, under indented text (or first on the
  // page, with a blank line below it) and over a
  // flush-left heading block: a photo's heading (图片报道, "劳动是最美的
  // 姿态") whose picture is no text, an item of its own, not a kicker of
  // the block below. (A paper that sets a blank line inside a heading block
  // sets no blank line over the block.)
  bool alone_over_block(std::size_t j) const { return lone_block_top(j) < lines_.size(); }

  // The first line of the photo's heading alone_over_block(j) finds, j or
  // its kicker above; lines_.size() when there is none.
  std::size_t lone_block_top(std::size_t j) const {
    const std::size_t none = lines_.size();
    if (j + 1 >= lines_.size() || !lines_.blank(j + 1) || lines_.kind(j) != Kind::kHeading) return none;
    // (Under indented text after a blank line, or first on the page, or
    // under another such heading.) The photo's heading may take two lines,
    // a kicker closed by its dash over the title ("连环画—— / 某某《复工进行
    // 时》"): then the first stands so.
    std::size_t top = j;
    if (j > 0 && !lines_.blank(j - 1) && lines_.kind(j - 1) == Kind::kHeading && !lines_.indented(j - 1) &&
        (lines_.text(j - 1).ends_with("——") || lines_.text(j - 1).ends_with("—")))
      top = j - 1;
    const bool first =
        lines_.prev(top) == lines_.size() && lines_.indents_paragraphs() && !lines_.indented(top);
    if (!(flush_left_under_indent(top) || first || under_lone_heading(top))) return none;
    const std::size_t n = lines_.next(j);
    return n < lines_.size() && !lines_.indented(n) && flush_block_over_text(n) ? top : none;
  }

  // On a page that indents its paragraphs, j (flush left, after a blank
  // line) stands under a flush-left heading line that has a blank line
  // above it too, or is first on the page: the photos of a page each under
  // its own heading, one after another (习近平同…友好交谈 / 习近平同…合影留念
  // over a speech's heading block). In the pages of five months of 人民日报
  // and three issues of 都市快报, 51 flush-left lines stand alone between
  // blank lines over a flush-left line: every one heads an article of its
  // own, none is a kicker.
  bool under_lone_heading(std::size_t j) const {
    if (!lines_.indents_paragraphs() || lines_.indented(j) || j == 0 || !lines_.blank(j - 1)) return false;
    const std::size_t p = lines_.prev(j);
    if (p == lines_.size() || lines_.indented(p) || lines_.kind(p) != Kind::kHeading) return false;
    return p == 0 || lines_.blank(p - 1);
  }

  // From k, heading lines (and column tags) flush left, then indented lines:
  // a block over its text (an indented summary shaped like a heading, as a
  // commentary's pull-quote, counts as the text).
  bool flush_block_over_text(std::size_t k) const {
    for (std::size_t n = 0; k < lines_.size() && n <= kMaxHeadings + kMaxColumnTags;
         ++n, k = lines_.next(k)) {
      if (lines_.indented(k) || salutation(k)) break;
      const Kind kind = lines_.kind(k);
      if (kind != Kind::kHeading && kind != Kind::kColumnTag) return false;
    }
    return k < lines_.size() && (lines_.indented(k) || salutation(k));
  }

  // A speech's or letter's salutation ("各位委员，同志们：") opening its text,
  // which the page sets flush left over the indented paragraphs: the text
  // under the heading block, as an indented line is. It may take a line a
  // party greeted ("尊敬的主席先生，" / "各位来宾，" / "女士们，先生们："): in
  // the 人民日报 crawl's article files of five months (2019-02, 2019-10,
  // 2020-01, 2020-02, 2020-05) five speeches open with a salutation of two to
  // four lines, each line of 25 characters or fewer, and no story has one
  // inside its text.
  bool salutation(std::size_t k) const {
    constexpr std::size_t kMaxChars = 20;        // the line closed by its colon
    constexpr std::size_t kMaxGreeted = 25;      // a line greeting one party, closed by a comma
    constexpr std::size_t kMaxGreetedLines = 3;  // greeted lines over the last one
    for (std::size_t n = 0; k < lines_.size() && n <= kMaxGreetedLines; ++n, k = lines_.next(k)) {
      const std::string_view t = lines_.text(k);
      if (lines_.kind(k) != Kind::kBody || lines_.indented(k)) return false;
      if (t.ends_with("：") || t.ends_with(":")) {
        const std::size_t below = lines_.next(k);
        // (A document's addressees, a list of bodies, may run longer.)
        return (util::length_up_to(t, kMaxChars + 1) <= kMaxChars || (n == 0 && is_addressee_line(t))) &&
               below < lines_.size() && lines_.indented(below);
      }
      if (!(t.ends_with("，") || t.ends_with(",")) || util::length_up_to(t, kMaxGreeted + 1) > kMaxGreeted)
        return false;
    }
    return false;
  }

  // Under a heading block (its first line after the block at k), nothing but
  // the page's furniture and then the page's end or another block set apart
  // by a blank line: a photo page's heading over its 版式设计 line, an item
  // of its own whose pictures are no text.
  bool heads_only_furniture(std::size_t k) const {
    // (Indented as the text is, on a page that indents its paragraphs: a
    // masthead or a teaser over the page's first article stands flush left.)
    const auto indented_furniture = [this](std::size_t at) {
      return lines_.kind(at) == Kind::kFurniture && lines_.indented(at);
    };
    if (!lines_.indents_paragraphs() || k == lines_.size() || !indented_furniture(k)) return false;
    while (k < lines_.size() && indented_furniture(k)) k = lines_.next(k);
    if (k == lines_.size()) return true;
    const Kind kind = lines_.kind(k);
    return (kind == Kind::kHeading || kind == Kind::kColumnTag) && !lines_.indented(k) && lines_.blank(k - 1);
  }

  // On a page that indents its paragraphs, the block at j stands apart as
  // an article's heading: a blank line above it, its lines flush left, the
  // text under it indented. A body line cut by the layout follows its
  // paragraph's line directly, and a story's cross-head is indented as
  // its text is.
  bool set_apart(std::size_t j) const {
    // Above the blank line, a paragraph that ends, or one indented as the
    // text is (a pull-quote, a credit, a note that does not end with a
    // sentence's mark); a flush-left piece of text there is the piece the
    // layout cut before j.
    if (!flush_left_under_indent(j) && !(lines_.indents_paragraphs() && j > 0 && lines_.blank(j - 1) &&
                                         !lines_.indented(j) && closed_before(j)))
      return false;
    return flush_block_over_text(j);
  }

  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);
  const Lines& lines_;
  std::vector<bool> pre_lead_;
  std::vector<DatedHeader> headers_;
  std::size_t next_header_ = 0;      // the first of headers_ not yet opened
  std::size_t header_date_ = kNone;  // the date line of the dated header last opened
  bool flush_headings_;              // sets_headings_flush_left(lines_)
  bool in_entry_ = false;            // the page is an archive's entries (专栏: fields seen)
  std::string_view entry_source_;    // the source of the current entry's opening dateline
};

// A span whose last line of text is an advertisement's mark (·广告·) is
// the advertisement it closes: page furniture, no article.
bool advertisement(const Lines& lines, const ArticleSpan& span) {
  for (std::size_t j = span.end; j > span.begin; --j) {
    if (lines.blank(j - 1)) continue;
    return lines.kind(j - 1) == Kind::kFurniture && is_advertisement_mark(lines.text(j - 1));
  }
  return false;
}

// A crawl's article file is one e-paper article (formats.md: "one file per
// article"). Whatever opens an article on a printed page continues the
// file's article instead: a dateline lead under a 核心阅读 block, a
// picture story's captions over their parts' bylines, a round-up's
// sub-heads (flush left or indented, as each e-paper sets them), the
// items of a column of briefs, a 上接 marker (the file is the article, its
// continued part included). Measured on the crawls' own files, which count
// one article a file: 人民日报 (five months, 10,294 files) 99.4% -> 100% of
// files with the crawl's count, 新民晚报's paragraph form 85.4% -> 100%,
// 都市快报 97.3% -> 98.0% (what is left are files of furniture alone).
// Advertisements (spans closed by their ·广告· mark) before the first text
// or after the last stay apart, to be filed as the page's furniture; one
// between two parts of the text is inside the article's span (its mark is
// furniture, its words the article's), since a span is one run of lines.
void absorb_into_file_article(const Lines& lines, std::vector<ArticleSpan>& spans) {
  const auto text = [&](const ArticleSpan& span) { return !advertisement(lines, span); };
  const auto first = std::find_if(spans.begin(), spans.end(), text);
  if (first == spans.end()) return;
  const auto last = std::find_if(spans.rbegin(), spans.rend(), text).base() - 1;
  first->end = last->end;
  spans.erase(first + 1, last + 1);
}

// A preamble that opens with heading lines (a title and a subtitle over a
// 核心阅读 no opening rule knows) reads as any article does: no warning. One
// that opens with text (the end of a story carried over, a caption) is
// worth one: its title is only its first line.
bool opens_with_heading(const Lines& lines, const ArticleSpan& span) {
  for (std::size_t j = span.begin; j < span.end; ++j) {
    if (lines.blank(j) || lines.kind(j) == Kind::kFurniture) continue;
    return lines.kind(j) == Kind::kHeading;
  }
  return false;
}

void file_as_furniture(const Lines& lines, const ArticleSpan& span, std::vector<FurnitureLine>* furniture) {
  if (furniture == nullptr) return;
  for (std::size_t j = span.begin; j < span.end; ++j)
    if (!lines.blank(j)) furniture->push_back({lines.number(j), std::string(lines.text(j))});
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
  std::vector<ArticleSpan> spans = Openings(lines, options.issue).find();
  if (!spans.empty()) spans.front().begin = title_above_date_bar(lines, spans.front().begin);
  // A teaser straight over the first heading block is that block's kicker:
  // the block's article begins at it (or the preamble, when no opening
  // found the block, reads it so).
  const std::size_t teaser = teaser_lines_at(lines, first);
  if (teaser > 0 && !spans.empty() && spans.front().begin == first + teaser) {
    spans.front().begin = first;
    spans.front().teaser_lines = teaser;
  }
  AssembleContext context{
      lines, options.issue, warnings, options.furniture, options.article_file, options.home_places};
  // A preamble without a sentence is the page's furniture; not on an
  // article page whose title bar names its title (the lines under the bar
  // are the article's header).
  const bool bare_preamble = !spans.empty() && first < spans.front().begin && lines.title_bar().empty() &&
                             sentence_free(lines, first, spans.front().begin);
  if (bare_preamble) first = spans.front().begin;
  complete_spans(lines, first, spans);
  if (teaser > 0 && !spans.empty() && spans.front().opener == Opener::kPreamble &&
      spans.front().begin == first)
    spans.front().teaser_lines = teaser;
  if (options.article_file) absorb_into_file_article(lines, spans);
  if (options.furniture) file_top_furniture(lines, spans, bare_preamble, *options.furniture);
  for (const ArticleSpan& span : spans) {
    if (advertisement(lines, span)) {
      file_as_furniture(lines, span, options.furniture);
      continue;
    }
    articles.push_back(assemble_article(span, context));
    if (span.opener == Opener::kPreamble && span.teaser_lines == 0 && !opens_with_heading(lines, span)) {
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
  options.article_file = page.origin.article_in_file > 0;
  options.furniture = &page.furniture;
  options.home_places = home_places(page.origin, context);
  page.articles = split_articles(text, page.warnings, options);
  assign_districts(page, text, context);
  return page;
}

}  // namespace kanbao::corpus
