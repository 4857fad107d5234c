// SPDX-License-Identifier: MIT
// A page's lines and what each looks like on its own (internal header):
// the first step of splitting, shared by parse.cpp (where articles start)
// and assemble.cpp (what each article holds).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "corpus/byline.h"
#include "corpus/entry_line.h"

namespace kanbao::corpus {

enum class Kind : std::uint8_t {
  kBlank,
  kFurniture,     // masthead, section head, editor line, 本版导读, QR note
  kLead,          // starts with a dateline or a brief mark (leads.h)
  kByline,        // a byline and nothing else
  kContinuation,  // （下转第三版） / （上接第一版） alone
  kColumnTag,     // 【聚焦】, 人民时评
  kPullQuote,     // 核心阅读, 提要, 编者按
  kHeading,       // heading-shaped; a heading only next to an article's opening
  kBody,
};

struct LineInfo {
  Kind kind = Kind::kBlank;
  bool closed = false;        // ends a paragraph: terminator, appended byline, 下转 marker
  bool ends_article = false;  // appended byline or 下转: the article above is complete
  bool from_marker = false;   // starts with or is （上接第X版）
  bool caption = false;       // a photo caption: 图为…, or ends with a 摄 credit
  bool title = false;         // the title of an archive entry written on one line (entry_line.h)
};

// The page's lines, trimmed, as compact spans (8 bytes a line: a page of
// ten million empty lines must not cost gigabytes), with their LineInfo.
class Lines {
 public:
  Lines(std::string_view text, std::string_view page_name);
  std::size_t size() const { return spans_.size(); }
  std::string_view text(std::size_t j) const { return text_.substr(spans_[j].first, spans_[j].second); }
  bool blank(std::size_t j) const { return spans_[j].second == 0; }
  // The 1-based source line (an entry line split into parts gives several
  // lines of one source line).
  int number(std::size_t j) const {
    return numbers_.empty() ? static_cast<int>(j + 1) : static_cast<int>(numbers_[j]);
  }
  const LineInfo& info(std::size_t j) const { return info_[j]; }
  // The line was printed indented (spaces, full-width or not, before it).
  bool indented(std::size_t j) const { return indented_[j]; }
  // The line was indented by a full-width space (as Chinese print indents,
  // not a web page's markup of tabs and ASCII spaces).
  bool wide_indented(std::size_t j) const { return wide_indent_[j]; }
  // The page indents its paragraphs (as Chinese print does, by two
  // full-width spaces): nearly every paragraph's first line is indented.
  // On such a page a heading, set flush left, stands apart from the text.
  bool indents_paragraphs() const { return indents_paragraphs_; }
  Kind kind(std::size_t j) const { return info_[j].kind; }
  // A letter's or speech's salutation ("编辑同志：", "亲爱的妈妈：", "各位代表："):
  // a short line closed by its colon, set flush left over the indented text
  // on a page that indents its paragraphs.
  bool salutation_over_text(std::size_t j) const;
  // The page is an e-paper's article page (its furniture links to the
  // previous and next article, 上一篇/下一篇): it holds one article.
  bool article_page() const { return article_page_; }
  // On an article page, the page's own title bar above its navigation
  // ("某某某某_都市快报", the browser's title a crawl keeps): the article's
  // title as the site names it, spaces and the site's name left out; ""
  // when the page has none. The bar's lines are furniture.
  const std::string& title_bar() const { return title_bar_; }
  // The byline a kByline line holds (read once, when the line was classified).
  const Byline& byline(std::size_t j) const;
  // The nearest non-blank line before / after j; size() when none.
  std::size_t prev(std::size_t j) const;
  std::size_t next(std::size_t j) const;

 private:
  void add_line(std::string_view t, std::uint32_t number, std::string_view listed);
  void classify(std::string_view page_name);
  bool classify_entry_part(std::size_t j);
  bool classify_continuation(std::size_t j);
  void classify_text(std::size_t j);
  void join_cut_leads();
  void join_cut_first_parts();
  void mark_author_lines();
  void mark_reader_items();
  void mark_title_bar();
  // One of the first lines under the navigation at `nav` that are not
  // furniture (an e-paper header's) reads `title`, spaces left out.
  bool heading_repeats(std::string_view title, std::size_t nav) const;
  bool under_heading(std::size_t j) const;
  bool heads_addressed_text(std::size_t j) const;
  bool names_over_noted_title(std::size_t j) const;
  bool dates_the_heading(std::size_t j) const;
  bool entry_part(std::size_t j) const { return !roles_.empty() && roles_[j] != EntryRole::kNone; }
  void mark_trailing_index();
  void mark_weather_boxes();
  void mark_recommendations();
  void find_paragraph_indent();
  void keep_dates_in_text();
  void mark_noted_titles();
  void mark_story_points();
  void mark_flush_subtitles();
  std::string_view text_;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> spans_;
  std::vector<LineInfo> info_;
  std::vector<bool> indented_;     // a bit a line
  std::vector<bool> wide_indent_;  // a bit a line
  bool indents_paragraphs_ = false;
  // Only for a page with entry lines (empty otherwise, so that an ordinary
  // page costs nothing more): each line's source line and entry role.
  std::vector<std::uint32_t> numbers_;
  std::vector<EntryRole> roles_;
  bool article_page_ = false;
  std::string title_bar_;
  using BylineEntries = std::vector<std::pair<std::size_t, Byline>>;
  // Where line j's entry is, or would be, in bylines_.
  BylineEntries::const_iterator byline_slot(std::size_t j) const;
  BylineEntries bylines_;  // of the kByline lines, in line order
};

// A document's addressees, the line that opens its text ("各省、自治区、直辖市
// 人民政府，国务院各部委、各直属机构："): a list of bodies closed by a colon,
// no sentence in it.
bool is_addressee_line(std::string_view t);

// From line j (before `end`), `lines` printed once more, in order, blank
// lines between them allowed: the line after them; j when they are not all
// there (an e-paper prints its title twice, the second time as furniture).
std::size_t repeated_lines_end(const Lines& page, std::size_t j, std::size_t end,
                               const std::vector<std::string_view>& lines);

}  // namespace kanbao::corpus
