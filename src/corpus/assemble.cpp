// SPDX-License-Identifier: MIT
// One article from its lines: heading block, bylines before the text, the
// text's paragraphs (layout breaks joined), the closing byline, continuation
// markers and furniture kept out of the body.
#include "corpus/assemble.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "corpus/byline.h"
#include "corpus/dated_header.h"
#include "corpus/dates.h"
#include "corpus/furniture.h"
#include "corpus/header_title.h"
#include "corpus/headings.h"
#include "corpus/leads.h"
#include "corpus/readers.h"
#include "corpus/text_util.h"

namespace kanbao::corpus {
namespace {

// A lead without a dateline ("本报记者X报道：") opens one of the first paragraphs.
constexpr std::size_t kOpeningParagraphs = 3;

// A paragraph really ends here (rather than being cut by the print layout);
// a photo note or a field (dates.h) stands alone.
bool ends_paragraph(std::string_view para) {
  return util::is_terminator(util::last(util::strip_closing(para))) || is_note_or_field(para);
}

bool is_latin_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The paragraphs one line of text holds: it breaks after a sentence's end
// (closing marks allowed) where a run of spaces as wide as a paragraph's
// indent follows (four columns: four spaces, two full-width ones, a tab), as
// archives that keep an article on one line part its paragraphs (新民晚报's
// crawl: "…检测。    这次…"). Spaces inside a sentence are the layout's, and a
// note in brackets set apart so ("…。    （某某气象台提供）") stays with its
// sentence.
std::vector<std::string_view> paragraphs_within(std::string_view line) {
  constexpr std::size_t kIndentColumns = 4;
  std::vector<std::string_view> pieces;
  std::size_t start = 0;
  for (std::size_t i = 0; i < line.size();) {
    const std::size_t run = i;
    std::size_t columns = 0;
    for (std::size_t k = i; k < line.size();) {
      const char32_t c = util::next(line, k);
      if (!util::is_space(c)) break;
      columns += c == U'\t' ? kIndentColumns : (c == U'\u3000' ? 2 : 1);
      i = k;
    }
    if (columns == 0) {
      util::next(line, i);
      continue;
    }
    const std::string_view before = util::trim(line.substr(start, run - start));
    const std::string_view after = line.substr(i);
    const bool note_follows = after.starts_with("（") || after.starts_with("(");
    if (columns >= kIndentColumns && !after.empty() && !note_follows && !before.empty() &&
        util::is_terminator(util::last(util::strip_closing(before)))) {
      pieces.push_back(before);
      start = i;
    }
  }
  const std::string_view rest = util::trim(line.substr(start));
  if (!rest.empty()) pieces.push_back(rest);
  return pieces;
}

// Adds a line of body text: a new paragraph, or the continuation of the last
// one when that was cut mid-sentence by a layout break; the paragraphs it
// holds besides (paragraphs_within) each a new one. Returns the index of the
// paragraph the line starts in.
std::size_t add_chunk(std::vector<std::string>& paras, std::string_view chunk, bool may_join) {
  const std::vector<std::string_view> pieces = paragraphs_within(chunk);
  if (pieces.empty()) return paras.empty() ? 0 : paras.size() - 1;
  std::size_t start = paras.size();
  const std::string_view first = pieces.front();
  if (may_join && !paras.empty() && !ends_paragraph(paras.back()) && !is_note_or_field(first)) {
    std::string& p = paras.back();
    std::size_t i = 0;
    if (is_latin_letter(util::last(p)) && is_latin_letter(util::next(first, i))) p += ' ';
    p += first;
    start = paras.size() - 1;
  } else {
    paras.emplace_back(first);
  }
  for (std::size_t k = 1; k < pieces.size(); ++k) paras.emplace_back(pieces[k]);
  return start;
}

std::string line_ref(int number) { return "line " + std::to_string(number) + ": "; }

// The first clause of a text: up to its first full stop or comma, at most
// 40 characters. "" when the text starts with one.
std::string first_clause(std::string_view text) {
  std::string clause;
  std::size_t n = 0;
  for (std::size_t k = 0; k < text.size() && n < 40; ++n) {
    const char32_t c = util::next(text, k);
    if (util::is_terminator(c) || c == U'，' || c == U',') break;
    util::append(clause, c);
  }
  return clause;
}

// A text's first 60 bytes, cut at a character boundary.
std::string first_bytes(std::string_view text) {
  std::size_t cut = std::min<std::size_t>(text.size(), 60);
  while (cut > 0 && cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut));
}

// A title for an article that has no heading: the first clause of its text
// after any mark, dateline and byline.
std::string title_from_text(std::string_view text) {
  // A reader's item with its heading glued before the speaker: that heading.
  if (const auto item = match_reader_item(text); item && item->heading_end > 0)
    return std::string(text.substr(0, item->heading_end));
  std::size_t i = 0;
  if (auto lead = match_lead(text)) i = lead->text;
  std::string title = first_clause(util::trim(text.substr(std::min(i, text.size()))));
  return title.empty() ? first_bytes(text) : title;
}

class Assembler {
 public:
  Assembler(const ArticleSpan& span, AssembleContext& context)
      : span_(span), c_(context), lines_(context.lines) {}

  Article run() {
    const std::size_t body = heading_block();
    const std::size_t text_start = leading_bylines(body);
    closing_byline(text_start);
    paragraphs(text_start);
    finish();
    return std::move(a_);
  }

 private:
  bool keep_heading(std::size_t j, std::size_t headings) const {
    const Kind k = lines_.kind(j);
    if (k == Kind::kColumnTag) return headings == 0;
    if (k != Kind::kHeading || headings >= kMaxHeadings) return false;
    const bool block_opener = span_.opener == Opener::kHeading || span_.opener == Opener::kPage ||
                              span_.opener == Opener::kPreamble;
    return j < span_.anchor || block_opener;
  }

  // An e-paper's header over its date alone (line j): its title may be
  // broken over lines, joined here into `joined`; `heads` then views its
  // lines, and title_at names the title (also where the shape of two
  // unbroken lines tells a kicker).
  void join_if_dated(std::vector<std::string_view>& heads, std::size_t& title_at, std::size_t j,
                     JoinedHeader& joined) const {
    if (title_at < heads.size() || j >= span_.end || lines_.kind(j) != Kind::kFurniture ||
        !date_alone(lines_.text(j)))
      return;
    joined = join_broken_title(heads);
    if (joined.joined) {
      heads.assign(joined.lines.begin(), joined.lines.end());
      title_at = heads.size() - 1;
    } else {
      title_at = dated_title_line(heads);
    }
  }

  // An article file's header on its first three lines (SplitOptions::
  // article_file), the text straight under them on the fourth: so the crawl
  // writes it. (An e-paper's article files put a date or a blank line there.)
  static constexpr std::size_t kArticleFileHeader = 3;
  bool crawl_header() const {
    return c_.article_file && lines_.size() > kArticleFileHeader && !lines_.blank(kArticleFileHeader) &&
           lines_.kind(kArticleFileHeader) != Kind::kFurniture;
  }

  // In a crawl's header a line under the first three is text, heading-shaped
  // or not; two lines there over an empty third are kicker and title, the
  // subtitle's line left empty. A second line opening with a dash is a
  // subtitle in any layout (another crawl's title + subtitle, a blank line,
  // the text): then the usual reading stands.
  bool kicker_over_empty_subtitle(const std::vector<std::string_view>& heads) const {
    return heads.size() == 2 && crawl_header() && !lines_.blank(0) && !lines_.blank(1) && lines_.blank(2) &&
           heads[0] == lines_.text(0) && heads[1] == lines_.text(1) && !opens_with_dash(heads[1]);
  }

  // On a page that indents its paragraphs, an indented line under a
  // flush-left heading block is text: a summary shaped like a heading (a
  // commentary's pull-quote) opens the text, it does not join the block.
  bool indented_under_block(std::size_t j, std::size_t block_lines) const {
    return block_lines > 0 && lines_.indents_paragraphs() && lines_.indented(j) &&
           !lines_.indented(span_.begin);
  }

  // The heading lines from span_.begin (and column tags, and which line an
  // archive entry names the title); returns the first line after them.
  std::size_t collect_headings(std::vector<std::string_view>& heads, std::vector<std::string_view>& tags,
                               std::size_t& title_at) {
    std::size_t j = span_.begin;
    for (; j < span_.begin + span_.teaser_lines; ++j) teaser_ += lines_.text(j);
    for (; j < span_.end; ++j) {
      if (j >= kArticleFileHeader && span_.begin < kArticleFileHeader && crawl_header()) break;
      if (lines_.blank(j)) continue;
      if (!keep_heading(j, heads.size()) || indented_under_block(j, heads.size() + tags.size())) break;
      // A salutation under the heading lines opens the text, no subtitle: over
      // five months of 人民日报 20 were subtitles ("各位代表：", "亲爱的妈妈：").
      if (!heads.empty() && lines_.salutation_over_text(j)) break;
      if (std::find(heads.begin(), heads.end(), lines_.text(j)) != heads.end()) {
        // An e-paper prints its title twice: the second printing is furniture.
        for (const std::size_t after = repeated_lines_end(lines_, j, span_.end, heads); j < after; ++j)
          furniture(j);
        break;
      }
      if (lines_.info(j).title) title_at = heads.size();
      (lines_.kind(j) == Kind::kColumnTag ? tags : heads).push_back(lines_.text(j));
    }
    return j;
  }

  // The lines from the span's start to a date alone under them (at most
  // eight, no furniture between): an e-paper's header, whatever the lines'
  // shape. Returns the date's line, or span_.end when there is none.
  std::size_t epaper_header(std::vector<std::size_t>& head) const {
    constexpr std::size_t kMaxHeaderLines = 8;
    for (std::size_t date = span_.begin; date < span_.end; ++date) {
      if (lines_.blank(date)) continue;
      const bool furniture = lines_.kind(date) == Kind::kFurniture;
      if (furniture && date_alone(lines_.text(date))) return date;
      if (furniture || head.size() == kMaxHeaderLines) break;
      head.push_back(date);
    }
    return span_.end;
  }

  // Sets the article's headings from `heads` (kicker lines, the title, the
  // subtitle lines) with the title at `title_at`.
  void set_headings(const std::vector<std::string_view>& heads, std::size_t title_at) {
    HeadingBlock b = assign_headings(heads, {}, title_at);
    a_.kicker = std::move(b.kicker);
    a_.title = std::move(b.title);
    a_.subtitle = std::move(b.subtitle);
    titled_ = !a_.title.empty();
  }

  // Lines [first, last] of `head` joined by one space.
  std::string joined(const std::vector<std::size_t>& head, std::size_t first, std::size_t last) const {
    std::string out;
    for (std::size_t k = first; k <= last; ++k) {
      if (k > first) out += ' ';
      out += lines_.text(head[k]);
    }
    return out;
  }

  // An article page whose title bar names its title (Lines::title_bar):
  // the header lines that spell the bar's title are the title, joined by one
  // space (a title broken over four lines), those above it the kicker (a
  // quotation too), those below the subtitle. False when no run of them
  // spells it.
  bool titled_by_bar(const std::vector<std::size_t>& head) {
    const std::string& bar = lines_.title_bar();
    for (std::size_t first = 0; first < head.size(); ++first) {
      std::string spelled;
      for (std::size_t last = first; last < head.size() && spelled.size() < bar.size(); ++last) {
        util::append_unspaced(spelled, lines_.text(head[last]));
        if (spelled != bar) continue;
        std::vector<std::string> heads;
        // A photo's mark over the heading ("▲") is no kicker: it is left out of the
        // heading (the article's line range still holds it).
        std::size_t marks = 0;
        for (std::size_t k = 0; k < first; ++k) {
          if (holds_a_word(lines_.text(head[k]))) {
            heads.emplace_back(lines_.text(head[k]));
          } else {
            ++marks;
          }
        }
        heads.push_back(joined(head, first, last));
        for (std::size_t k = last + 1; k < head.size(); ++k) heads.emplace_back(lines_.text(head[k]));
        set_headings(std::vector<std::string_view>(heads.begin(), heads.end()), first - marks);
        return true;
      }
    }
    return false;
  }

  // An e-paper breaks one heading over lines by indenting the lines that go
  // on ("某某某某等地" / "　　拟更名" / "　　某某多地清理…"), while each of its
  // kicker, title and subtitle starts a line of its own, not so indented:
  // each such line of the header with the lines indented by full-width
  // spaces under it is one heading. False when no line goes on so (the
  // usual reading then stands).
  bool titled_by_broken_lines(const std::vector<std::size_t>& head) {
    if (head.empty() || lines_.wide_indented(head.front())) return false;
    std::vector<std::string> heads;
    std::size_t from = 0;
    for (std::size_t k = 1; k <= head.size(); ++k) {
      if (k < head.size() && lines_.wide_indented(head[k])) continue;
      heads.push_back(joined(head, from, k - 1));
      from = k;
    }
    if (heads.size() == head.size()) return false;
    const std::vector<std::string_view> views(heads.begin(), heads.end());
    set_headings(views, dated_title_line(views));
    return true;
  }

  // An e-paper's header over its date, read by what the page itself marks:
  // its title bar or its broken lines. Returns the date's line; nullopt
  // when the page marks neither.
  std::optional<std::size_t> marked_epaper_header() {
    std::vector<std::size_t> head;
    const std::size_t date = epaper_header(head);
    if (date == span_.end || head.empty()) return std::nullopt;
    if (!lines_.title_bar().empty() && titled_by_bar(head)) return date;
    if (titled_by_broken_lines(head)) return date;
    return std::nullopt;
  }

  // The heading lines from span_.begin; returns the first line after them.
  std::size_t heading_block() {
    if (const auto date = marked_epaper_header()) return *date;
    std::vector<std::string_view> heads;
    std::vector<std::string_view> tags;
    std::size_t title_at = static_cast<std::size_t>(-1);
    std::size_t j = collect_headings(heads, tags, title_at);
    // Heading lines and nothing else below them: the block is the article.
    if (!heads.empty() || !tags.empty()) {
      JoinedHeader joined;  // owns what heads views when a broken title is joined
      join_if_dated(heads, title_at, j, joined);
      if (title_at >= heads.size() && kicker_over_empty_subtitle(heads)) title_at = 1;
      HeadingBlock b = assign_headings(heads, tags, title_at, c_.home_places);
      // A teaser over the block is its kicker, before any the block gives.
      a_.kicker = teaser_.empty() || b.kicker.empty() ? teaser_ + b.kicker : teaser_ + " " + b.kicker;
      a_.title = std::move(b.title);
      a_.subtitle = std::move(b.subtitle);
      titled_ = !a_.title.empty();
    }
    if (!titled_ && (span_.opener == Opener::kPage || span_.opener == Opener::kPreamble)) {
      // No heading: the first line is the title, unless it is too long for
      // one (a page that is one long line): then its first clause is, and the
      // line stays in the body.
      while (j < span_.end && (lines_.blank(j) || lines_.kind(j) == Kind::kFurniture)) furniture(j++);
      // A byline above the text is no title (a photo's credit above its
      // caption): the title comes from the text, as it does in a file whose
      // first line ends a sentence (a caption alone). Nor is a line with no
      // word (a photo's mark, ▲, over the item's name).
      std::size_t k = j;
      while (k < span_.end &&
             (lines_.blank(k) || lines_.kind(k) == Kind::kByline || !holds_a_word(lines_.text(k))))
        ++k;
      if (k < span_.end) {
        const std::string_view first = strip_markup(lines_.text(k));
        titled_ = true;
        const bool sentence = span_.opener == Opener::kPage && ends_paragraph(first);
        if (k == j && !sentence && util::length_up_to(first, kMaxHeadingChars) < kMaxHeadingChars) {
          a_.title = std::string(first);
          ++j;
        } else {
          std::string clause = first_clause(first);
          a_.title = clause.empty() ? first_bytes(first) : std::move(clause);
        }
      }
    }
    return j;
  }

  // Byline lines between the headings and the text (本报记者 王刚).
  std::size_t leading_bylines(std::size_t j) {
    for (; j < span_.end; ++j) {
      if (lines_.blank(j)) continue;
      if (lines_.kind(j) == Kind::kFurniture) {
        furniture(j);
        continue;
      }
      if (lines_.kind(j) != Kind::kByline) break;
      merge_byline(byline_, lines_.byline(j));
    }
    return j;
  }

  // The last byline of the text: byline lines (with a byline appended to the
  // line just above them) or a byline appended to a paragraph.
  void closing_byline(std::size_t text_start) {
    group_begin_ = group_end_ = appended_line_ = span_.end;
    bool lead_below = false;  // a story's lead below j: j's credit is a photo's, not the story's end
    for (std::size_t j = span_.end; j-- > text_start;) {
      if (lines_.blank(j)) continue;
      const Kind k = lines_.kind(j);
      if (k == Kind::kFurniture || k == Kind::kContinuation) continue;
      if (lines_.info(j).caption && lead_below) return;
      lead_below = lead_below || (k == Kind::kLead && !lines_.info(j).caption);
      if (k == Kind::kByline && j != text_start) {
        group_begin_ = j;
        group_end_ = j + 1;
        for (std::size_t m = lines_.prev(j); m < lines_.size() && m > text_start; m = lines_.prev(m)) {
          if (lines_.kind(m) != Kind::kByline) break;
          group_begin_ = m;
        }
        if (more_text_after(text_start, group_begin_, group_end_)) {
          // Under bullets or a pull-quote, above most of the text: a byline
          // before the text, not its end.
          for (std::size_t m = group_begin_; m < group_end_; ++m)
            if (!lines_.blank(m)) merge_byline(byline_, lines_.byline(m));
          skip_begin_ = group_begin_;
          skip_end_ = group_end_;
          group_begin_ = group_end_ = span_.end;
          return;
        }
        const std::size_t above = lines_.prev(group_begin_);
        if (above < lines_.size() && above >= text_start) {
          if (auto at = find_appended_byline(lines_.text(above))) {
            appended_line_ = above;
            appended_at_ = *at;
          }
        }
        return;
      }
      if (auto at = find_appended_byline(lines_.text(j))) {
        appended_line_ = group_begin_ = j;
        group_end_ = j + 1;
        appended_at_ = *at;
        return;
      }
    }
  }

  // More text (at least two lines) below the byline lines [begin, end) than
  // above them.
  bool more_text_after(std::size_t text_start, std::size_t begin, std::size_t end) const {
    std::size_t before = 0;
    std::size_t after = 0;
    std::size_t after_lines = 0;
    for (std::size_t j = text_start; j < begin; ++j) before += lines_.text(j).size();
    for (std::size_t j = end; j < span_.end; ++j) {
      if (lines_.blank(j) || lines_.kind(j) == Kind::kFurniture) continue;
      after += lines_.text(j).size();
      ++after_lines;
    }
    return after_lines >= 2 && after > before;
  }

  // A body line without its continuation marker (the marker sets the field).
  std::string_view strip_continuation(std::string_view t) {
    auto c = find_continuation(t);
    if (!c) return t;
    (c->to ? a_.continued_to : a_.continued_from) = c->page;
    return util::trim(c->begin == 0 ? t.substr(c->end) : t.substr(0, c->begin));
  }

  // One line of the text: furniture, a marker or a paragraph chunk.
  void text_line(std::size_t j, std::string_view t, bool may_join) {
    const Kind k = lines_.kind(j);
    if (k == Kind::kFurniture) {
      furniture(j);
    } else if (k == Kind::kContinuation) {
      strip_continuation(t);
    } else {
      // A lead, a pull-quote mark or a column tag starts a paragraph, and a
      // mark is a paragraph of its own.
      // A byline line inside the text (a sub-item's correspondent) stands
      // alone too: the layout never breaks a sentence into one.
      const bool mark = k == Kind::kPullQuote || k == Kind::kColumnTag || k == Kind::kByline;
      const std::size_t before = a_.paragraphs.size();
      const std::size_t starts_in =
          add_chunk(a_.paragraphs, strip_continuation(t),
                    may_join && !after_mark_ && !after_caption_ && !after_note_ && !after_set_apart_ &&
                        !mark && k != Kind::kLead && !opens_paragraph(j));
      after_set_apart_ = set_apart_flush_left(j) && a_.paragraphs.size() > before;
      // A photo inside the text credits its photographer in its caption.
      if (auto notes = find_photo_notes(t)) merge_byline(photos_, *notes);  // "（见上图，王刚摄）"
      if (k != Kind::kLead) {
        if (auto credit = find_caption_credit(t)) merge_byline(photos_, *credit);
      } else if (lines_.info(j).caption) {  // "■…。本报记者 王刚 摄" over a story's lead
        if (const auto at = find_appended_byline(t)) merge_byline(photos_, *parse_credit_line(t.substr(*at)));
      }
      after_mark_ = mark;
      // A closing note in brackets ends its paragraph ("（作者为…）" over the next section).
      after_note_ = lines_.info(j).closed && t.ends_with("）");
      after_caption_ = lines_.info(j).caption && lines_.info(j).ends_article;
      if (k == Kind::kLead) merge_lead_byline(t);
      if (k == Kind::kBody && a_.paragraphs.size() <= kOpeningParagraphs && lead_bylines_.text.empty()) {
        if (auto b = find_opening_report(t)) lead_bylines_ = std::move(*b);  // after an 编者按
      }
      // A photo's caption marked as a brief dates nothing when a story's lead follows.
      // Nor do the story's summary points over its dateline ("■ …" / "本报…电").
      if (k == Kind::kLead && !lines_.info(j).caption && (!lead_line_ || points_over_dateline(t))) {
        lead_line_ = j + 1;
        lead_paragraph_ = starts_in;
      }
    }
  }

  // On a page that indents its paragraphs, an indented line opens one: the
  // layout never indents a line it cut from a sentence. So a short line
  // without a full stop over it (a section's subhead 一身痴气从零设计潜艇, a
  // speaker's name 张　也（歌唱演员）) is a paragraph of its own, not the
  // first half of the next one. In a month of the 人民日报 crawl (2020-01),
  // such lines were joined to the text under them in 475 of 2,170 articles.
  bool opens_paragraph(std::size_t j) const {
    return lines_.indents_paragraphs() && (lines_.indented(j) || salutation_line(j));
  }

  // A salutation opens its own paragraph: the layout cut nothing into it,
  // so it does not run on from the letter's title or the "回信" mark above.
  // Over five months of 人民日报 21 salutations were so glued to the line
  // above and none is a cut line's end; a salutation of several lines
  // ("尊敬的…，" / "女士们，先生们：") still joins its lines.
  bool salutation_line(std::size_t j) const {
    return lines_.salutation_over_text(j) &&
           (a_.paragraphs.empty() ||
            !(a_.paragraphs.back().ends_with("，") || a_.paragraphs.back().ends_with(",")));
  }

  // On a page that indents its paragraphs, a flush-left line after a blank
  // line is set apart as a heading is (a box's title over its deck, a
  // letter's heading over its salutation, a title no opening found): the
  // layout cuts lines out of an indented paragraph only, so when it opens a
  // paragraph, the line under it does not continue that paragraph. Over
  // five months of 人民日报 and three issues of 都市快报 this parts 12
  // articles' glued lines (title + deck, document title + addressee, two
  // box headings), each line as the crawl has it (one still joins the third
  // line of a block); no other article's text changes.
  bool set_apart_flush_left(std::size_t j) const {
    return lines_.indents_paragraphs() && !lines_.indented(j) && j > 0 && lines_.blank(j - 1);
  }

  // Line j is set as the page sets headings: flush left on a page that
  // indents its paragraphs, heading-shaped on one that does not. Of the 31
  // "text after the byline" warnings a month of 人民日报 and three issues of
  // 都市快报 gave, 2 were another article's heading glued on, both flush
  // left; the others (a sub-story's text under its credit, notes to
  // readers, an author's note) were indented. With this rule 1 of the 2
  // still warns; 都市快报's (本报地址 over the imprint) no longer does.
  bool set_as_heading(std::size_t j) const {
    return lines_.indents_paragraphs() ? !lines_.indented(j) : lines_.kind(j) == Kind::kHeading;
  }

  // `t`, a lead with a dateline, follows nothing but ■ summary points of
  // the story (the paragraphs so far, the last of them t's own).
  bool points_over_dateline(std::string_view t) const {
    const auto lead = match_lead(t);
    if (!lead || !lead->dateline || a_.paragraphs.size() < 2) return false;
    return std::all_of(a_.paragraphs.begin(), a_.paragraphs.end() - 1,
                       [](const std::string& p) { return p.starts_with("■"); });
  }

  void paragraphs(std::size_t text_start) {
    const std::size_t body_end = appended_line_ != span_.end ? appended_line_ + 1 : group_begin_;
    // Byline lines inside the text (a round-up's sub-items each under their
    // own 本报驻X记者 line, a section's closing （白 阳 李娜）) stay in the
    // text as printed and credit their names too, before the closing byline's.
    Byline inner;
    for (std::size_t j = text_start; j < body_end; ++j) {
      if (lines_.blank(j) || (j >= skip_begin_ && j < skip_end_)) continue;
      std::string_view t = lines_.text(j);
      if (j == appended_line_) t = util::trim(t.substr(0, appended_at_));
      text_line(j, t, true);
      if (lines_.kind(j) == Kind::kByline && j != appended_line_) {
        merge_byline(inner, lines_.byline(j));
      } else if (auto note = find_note_byline(t)) {  // a section's note: "（作者为…，本报记者王刚采访整理）"
        merge_byline(inner, *note);
      }
    }
    Byline closing;
    if (appended_line_ != span_.end)
      merge_byline(closing, *parse_credit_line(lines_.text(appended_line_).substr(appended_at_)));
    for (std::size_t j = appended_line_ != span_.end ? appended_line_ + 1 : group_begin_; j < group_end_; ++j)
      if (!lines_.blank(j)) merge_byline(closing, lines_.byline(j));
    // The byline as printed outside the text (above it and closing it); the
    // lines inside the text credit their names but are shown where they stand.
    std::string printed = byline_.text;
    if (!closing.text.empty()) printed += (printed.empty() ? "" : " ") + closing.text;
    if (!inner.text.empty()) merge_byline(byline_, inner);
    if (!closing.text.empty()) merge_byline(byline_, closing);
    byline_.text = std::move(printed);
    // Lines after the byline that open no article of their own: kept, as
    // further paragraphs of this one. Mostly they are its own (a sub-story's
    // text under its cross-head and credit, a note to readers under a photo's
    // credit, an author's note): a warning only when the first of them is set
    // as a heading is, where another article's heading the parser did not
    // take for one was probably glued on (never in a crawl's article file:
    // it holds one article).
    bool first_trailing = true;
    for (std::size_t j = group_end_; j < span_.end; ++j) {
      if (lines_.blank(j)) continue;
      const Kind k = lines_.kind(j);
      if (k != Kind::kFurniture && k != Kind::kContinuation) {
        if (first_trailing && !c_.article_file && set_as_heading(j)) {
          c_.warnings.push_back(
              line_ref(lines_.number(j)) +
              "a heading after the byline kept in the article above it (another article's?)");
        }
        text_line(j, lines_.text(j), !first_trailing);
        first_trailing = false;
      } else {
        text_line(j, lines_.text(j), false);
      }
    }
  }

  void finish() {
    if (byline_.empty()) {
      byline_ = std::move(lead_bylines_);
      if (byline_.text.empty() && photos_.text.empty() && !a_.paragraphs.empty()) {
        byline_.reporters = find_closing_credits(a_.paragraphs);  // no byline anywhere
      }
    } else if (!lead_bylines_.text.empty()) {
      // The dateline's reporters come first; a closing byline, a photo's
      // credit, 参与记者 or a sub-item's byline inside the text add theirs.
      merge_byline(lead_bylines_, byline_);
      byline_ = std::move(lead_bylines_);
    }
    a_.byline = std::move(byline_.text);
    a_.reporters = std::move(byline_.reporters);
    for (auto& name : photos_.reporters) {  // the photographers of photos inside the text, after the writers
      if (std::find(a_.reporters.begin(), a_.reporters.end(), name) == a_.reporters.end())
        a_.reporters.push_back(std::move(name));
    }
    a_.correspondents = std::move(byline_.correspondents);
    // 文/图 for text and photos credited (文/图, "X 文 Y 摄"); a photo's
    // credit alone ("朱孝荣摄（人民视觉）", "摄影 X") credits no text.
    a_.photo_credit = byline_.photo_credit && byline_.text_credit;

    const Opener o = span_.opener;
    if (!titled_) {
      const std::string_view from = a_.paragraphs.empty() ? lines_.text(span_.anchor) : a_.paragraphs.front();
      a_.title = title_from_text(from);
      const auto item = match_reader_item(from);
      if (o == Opener::kLead && !(item && item->heading_end > 0)) {
        c_.warnings.push_back(line_ref(lines_.number(span_.anchor)) +
                              "article without a heading; title taken from its lead");
      }
    }
    // Text that opens with a date (a city paper's story without a dateline,
    // a photo's caption: "昨天，…", "13日早上，…") is dated as a lead is.
    const bool dated = o == Opener::kLead || o == Opener::kBrief || o == Opener::kByline || lead_line_ != 0 ||
                       o == Opener::kCaption ||
                       (!a_.paragraphs.empty() &&
                        (match_lead(a_.paragraphs.front()) || opens_with_date(a_.paragraphs.front())));
    a_.date = story_date(a_.paragraphs, lead_line_ ? lead_paragraph_ : 0, dated, c_.issue);

    a_.first_line = lines_.number(span_.begin);
    // The article ends at its last line that is text: not page furniture,
    // nor a line this article filed as furniture (a title printed twice).
    for (std::size_t j = span_.end; j-- > span_.begin;) {
      if (!lines_.blank(j) && lines_.kind(j) != Kind::kFurniture &&
          std::find(filed_.begin(), filed_.end(), j) == filed_.end()) {
        a_.last_line = lines_.number(j);
        break;
      }
    }
    if (a_.last_line == 0) a_.last_line = a_.first_line;
  }

  // The byline in a lead's dateline (本报北京6月20日电（记者 王刚）); an
  // article holding several dispatches names each one's reporters once.
  void merge_lead_byline(std::string_view t) {
    auto lead = match_lead(t);
    if (!lead || !lead->byline) return;
    Byline& b = *lead->byline;
    if (lead_bylines_.text.empty()) {
      lead_bylines_ = std::move(b);
      return;
    }
    for (auto* names : {&b.reporters, &b.correspondents})
      std::erase_if(*names, [this](const std::string& n) { return named(n); });
    merge_byline(lead_bylines_, b);
  }

  bool named(const std::string& name) const {
    const auto& r = lead_bylines_.reporters;
    const auto& c = lead_bylines_.correspondents;
    return std::find(r.begin(), r.end(), name) != r.end() || std::find(c.begin(), c.end(), name) != c.end();
  }

  void furniture(std::size_t j) {
    if (lines_.blank(j)) return;
    filed_.push_back(j);
    if (c_.furniture) c_.furniture->push_back({lines_.number(j), std::string(lines_.text(j))});
  }

  const ArticleSpan& span_;
  AssembleContext& c_;
  const Lines& lines_;
  Article a_;
  Byline byline_;
  Byline photos_;        // credits closing captions inside the text
  std::string teaser_;   // the teaser over the heading block (ArticleSpan::teaser_lines)
  Byline lead_bylines_;  // the bylines of the text's datelines, merged
  bool titled_ = false;
  std::size_t lead_line_ = 0;       // 1 + the index of the text's lead line, 0 if none
  std::size_t lead_paragraph_ = 0;  // the paragraph the lead starts
  bool after_mark_ = false;
  bool after_note_ = false;       // the last text line was a closed note in brackets
  bool after_set_apart_ = false;  // the last text line opened a paragraph set apart (set_apart_flush_left)
  bool after_caption_ = false;  // the last text line was a caption closed by its credit ("…。王刚 摄")
  std::size_t skip_begin_ = 0;  // byline lines inside the text, read as a byline before it
  std::size_t skip_end_ = 0;    // the last chunk was a pull-quote mark or column tag
  std::size_t group_begin_ = 0;
  std::size_t group_end_ = 0;
  std::size_t appended_line_ = 0;
  std::size_t appended_at_ = 0;
  std::vector<std::size_t> filed_;  // the lines this article filed as furniture
};

}  // namespace

Article assemble_article(const ArticleSpan& span, AssembleContext& context) {
  return Assembler(span, context).run();
}

}  // namespace kanbao::corpus
