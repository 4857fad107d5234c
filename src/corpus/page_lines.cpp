// SPDX-License-Identifier: MIT
#include "corpus/page_lines.h"

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include "corpus/byline.h"
#include "corpus/dated_header.h"
#include "corpus/dates.h"
#include "corpus/furniture.h"
#include "corpus/headings.h"
#include "corpus/leads.h"
#include "corpus/readers.h"
#include "corpus/surnames.h"
#include "corpus/text_util.h"

namespace kanbao::corpus {
namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

bool ends_sentence(std::string_view line) {
  return util::is_terminator(util::last(util::strip_closing(line)));
}

bool has_comma(std::string_view line) { return util::has_any(line, U"，,、"); }

// A photo credit closing a line: "… 本报记者 王刚 摄", "…（新华社记者 李娜摄）",
// "…。朱孝荣摄（人民视觉）", or in traditional characters "… 王剛 攝".
bool ends_with_photo_credit(std::string_view line, std::size_t byline_at) {
  const std::string_view tail = util::trim(line.substr(byline_at));
  const auto b = parse_credit_line(tail);  // without its agency's name
  const std::string_view credit = util::strip_closing(b ? std::string_view(b->text) : tail);
  return credit.ends_with("摄") || credit.ends_with("攝");
}

// Navigation between articles (上一篇/下一篇) or issues (上一期/下一期):
// the page shows one article.
bool links_articles(std::string_view line) {
  for (std::string_view w : {"上一篇", "下一篇", "上一期", "下一期"})
    if (line.find(w) != std::string_view::npos) return true;
  return false;
}

// A line of an e-paper's list of headlines: short, no sentence in it.
bool index_entry(std::string_view line) {
  if (util::length_up_to(line, 31) > 30) return false;
  for (std::size_t i = 0; i < line.size();) {
    const char32_t c = util::next(line, i);
    if (c == U'。' || c == U'！' || c == U'？' || c == U'；' || c == U'，' || c == U',') return false;
  }
  return true;
}

// An app's slogan under its name ("报知天下 晓通万家"): short phrases, no
// punctuation.
bool is_slogan(std::string_view t) {
  return util::length_up_to(t, 17) <= 16 && !util::has_any(t, U"，,。！？：:、“”《》");
}

}  // namespace

Lines::Lines(std::string_view text, std::string_view page_name) : text_(text) {
  std::size_t start = 0;
  std::uint32_t number = 0;
  std::string_view listed;  // the last non-blank line, when a list line ("1. 标题")
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view raw = text.substr(start, end - start);
    const std::string_view t = util::strip_lost_indent(util::trim(raw));
    const std::size_t before = spans_.size();
    add_line(t, ++number, listed);
    const bool indent = !t.empty() && t.data() != raw.data();
    const bool wide =
        indent && raw.substr(0, static_cast<std::size_t>(t.data() - raw.data())).find("\u3000") !=
                      std::string_view::npos;
    for (std::size_t k = before; k < spans_.size(); ++k) {
      indented_.push_back(k == before && indent);
      wide_indent_.push_back(k == before && wide);
    }
    if (!t.empty()) listed = is_list_line(t) ? t : std::string_view();
    start = end + 1;
  }
  info_.resize(spans_.size());
  classify(page_name);
  mark_weather_boxes();
  mark_trailing_index();
  mark_recommendations();
  find_paragraph_indent();
  keep_dates_in_text();
  mark_noted_titles();
  mark_story_points();
  mark_flush_subtitles();
}

void Lines::find_paragraph_indent() {
  constexpr std::size_t kMinParagraphs = 3;
  std::size_t paragraphs = 0;
  std::size_t indented = 0;
  std::size_t wide = 0;  // of them indented by full-width spaces
  // A paragraph's first line: text under a line that ends (or a heading,
  // or the page's top). A line the layout cut from its paragraph is none.
  bool opens = true;
  for (std::size_t j = 0; j < size(); ++j) {
    if (blank(j)) continue;
    const Kind kind = info_[j].kind;
    if (opens && (kind == Kind::kBody || kind == Kind::kLead)) {
      ++paragraphs;
      if (indented_[j]) ++indented;
      if (wide_indent_[j]) ++wide;
    }
    opens = info_[j].closed || (kind != Kind::kBody && kind != Kind::kLead);
  }
  // Four in five: a letter's salutation, a quoted verse or a line the
  // layout cut under a heading-shaped one may stand flush left.
  indents_paragraphs_ = paragraphs >= kMinParagraphs && indented * 5 >= paragraphs * 4;
  // Paragraphs indented by full-width spaces, as Chinese print sets them:
  // a line pushed right by tabs or ASCII spaces alone is not indented so (a
  // web page's markup left before a title, "\t\t\t    \t 某某某某"), it
  // stands flush left like the headings.
  if (indents_paragraphs_ && wide * 5 >= paragraphs * 4) {
    for (std::size_t j = 0; j < size(); ++j) indented_[j] = indented_[j] && wide_indent_[j];
  }
}

// On a page that indents its paragraphs, a date alone indented as the text
// is, below the page's first text, is the text's own line: a letter's or a
// law's date under its signature, a timeline's or a diary's day over its
// entry. Filed as furniture it was lost from the article: over five months
// of 人民日报 all 58 such lines are, none of them a page's date (the crawl
// prints none; a masthead's date or an e-paper header's stands flush left).
void Lines::keep_dates_in_text() {
  if (!indents_paragraphs_) return;
  bool text_above = false;
  for (std::size_t j = 0; j < size(); ++j) {
    if (blank(j)) continue;
    if (info_[j].kind != Kind::kFurniture) {
      text_above = true;
    } else if (text_above && indented_[j] && date_alone(text(j))) {
      info_[j] = LineInfo{Kind::kBody};
      info_[j].closed = true;  // a paragraph of its own: no sentence runs on from a date
    }
  }
}

// On a page that indents its paragraphs, a line set flush left straight
// under a heading line and over the indented text is the block's subtitle,
// even when it reads as a sentence ("强调…，… 部署…，…") or runs long,
// unless it is a salutation (…：) or a note in brackets. In the 人民日报
// crawl's article files of five months (2019-02, 2019-10, 2020-01, 2020-02,
// 2020-05), 40 texts open with a flush-left line over indented ones, 39 of
// them a salutation and one a note in brackets; 46 subtitles run to 60
// characters or more.
void Lines::mark_flush_subtitles() {
  if (!indents_paragraphs_) return;
  for (std::size_t j = 1; j + 1 < size(); ++j) {
    LineInfo& in = info_[j];
    const std::string_view t = text(j);
    if (in.kind != Kind::kBody || indented_[j] || blank(j - 1) || info_[j - 1].kind != Kind::kHeading ||
        indented_[j - 1] || !indented_[j + 1] || t.ends_with("：") || t.ends_with(":") || t.ends_with("）"))
      continue;
    in.kind = Kind::kHeading;
    in.closed = in.ends_article = in.caption = false;
  }
}

// On a page that indents its paragraphs, a point marked ◆ or ▲ read as a
// brief (a long ◆ point that opens with its date, "◆3月5日，河道清淤工程开工，
// …"; a ▲ point, "▲不要在楼道堆放杂物，…"), indented as the text is and
// running on from a story's indented text with no blank line between, is a
// paragraph of that story (a list of facts or tips under its lead), not a
// brief of its own: a column of such briefs stands under its head or
// another brief. In the 人民日报 crawl's article files of five months
// (2019-02, 2019-10, 2020-01, 2020-02, 2020-05) 58 paragraphs open with ◆
// and a date, none of them an article's first; of 270 opening with ◆, one;
// of 7 opening with ▲, none. (A photo's caption marked ▲ stays one.)
void Lines::mark_story_points() {
  if (!indents_paragraphs_) return;
  for (std::size_t j = 1; j < size(); ++j) {
    LineInfo& in = info_[j];
    const std::string_view t = text(j);
    const std::string_view mark = starts_with(t, "◆") ? "◆" : starts_with(t, "▲") ? "▲" : "";
    if (mark.empty() || in.kind != Kind::kLead || in.caption || !indented_[j] || blank(j - 1) ||
        !indented_[j - 1] || info_[j - 1].kind != Kind::kBody)
      continue;
    // The text above, up to the line that opens it, is a story's: no brief
    // with the same mark.
    bool in_brief = false;
    for (std::size_t k = j; k-- > 0 && !blank(k) && !in_brief;) {
      if (info_[k].kind == Kind::kBody) continue;
      in_brief = info_[k].kind == Kind::kLead && starts_with(text(k), mark);
      break;
    }
    if (in_brief) continue;
    in.kind = Kind::kBody;
    in.ends_article = false;
    in.closed = ends_sentence(t);
  }
}

namespace {

// A short exclamation or question closed by a note in brackets
// ("收莲藕喽！（暖相册）", "“…帮了我们大忙！”（深聚焦）"): a title under its
// column's name, or a closing line and its credit.
bool exclaims_over_note(std::string_view t) {
  const std::size_t note = column_note_start(t);
  if (note == 0 || !heading_shaped(t.substr(0, note))) return false;
  std::size_t end = note;
  char32_t c = util::prev(t, end);
  while (end > 0 && util::is_closing(c)) c = util::prev(t, end);  // the quotes after the mark
  return c == U'！' || c == U'？' || c == U'!' || c == U'?';
}

}  // namespace

// On a page that indents its paragraphs, a line flush left over indented
// text that exclaims or asks and closes with a note in brackets is a title
// under its column's name (…！（暖相册）), not a closing line and its credit:
// a paragraph there is indented. In the 人民日报 crawl's article files of
// four months (2019-10, 2020-01, 2020-02, 2020-05) 41 heading lines have
// that shape and one paragraph (a story's cross-head).
void Lines::mark_noted_titles() {
  if (!indents_paragraphs_) return;
  for (std::size_t j = 0; j + 1 < size(); ++j) {
    LineInfo& in = info_[j];
    if (indented_[j] || in.kind != Kind::kBody || !in.ends_article || !indented_[j + 1] ||
        !exclaims_over_note(text(j)))
      continue;
    in.kind = Kind::kHeading;
    in.closed = in.ends_article = in.caption = false;
  }
}

// Adds source line `number` as one line, or as the parts of an archive
// entry written on one line.
void Lines::add_line(std::string_view t, std::uint32_t number, std::string_view listed) {
  auto push = [this, number](std::string_view part, EntryRole role) {
    spans_.push_back(
        {static_cast<std::uint32_t>(part.data() - text_.data()), static_cast<std::uint32_t>(part.size())});
    if (!numbers_.empty()) {
      numbers_.push_back(number);
      roles_.push_back(role);
    }
  };
  // Cheap test first: entry lines start with 第.
  const std::vector<EntryPart> parts =
      t.substr(0, 3) == "第" ? split_entry_line(t, listed) : std::vector<EntryPart>();
  if (parts.empty()) {
    push(t, EntryRole::kNone);
    return;
  }
  if (numbers_.empty()) {  // the page's first entry line: number the lines so far
    numbers_.reserve(spans_.size() + parts.size());
    for (std::size_t j = 0; j < spans_.size(); ++j) numbers_.push_back(static_cast<std::uint32_t>(j + 1));
    roles_.assign(spans_.size(), EntryRole::kNone);
  }
  // The list line above names this entry: it is the list, furniture.
  for (std::size_t j = spans_.size(); !listed.empty() && j-- > 0;) {
    if (spans_[j].second != 0) {
      roles_[j] = EntryRole::kField;
      break;
    }
  }
  for (const EntryPart& part : parts) push(part.text, part.role);
}

// A page that ends, below its furniture, with three or more short lines
// holding no sentence (an e-paper's list of the day's headlines under its
// page menu): those lines are furniture too, not an article or a byline.
void Lines::mark_trailing_index() {
  std::size_t entries = 0;
  std::size_t furniture = size();
  for (std::size_t j = size(); j-- > 0;) {
    if (blank(j)) continue;
    if (info_[j].kind == Kind::kFurniture) {
      furniture = j;
      break;
    }
    if (info_[j].kind == Kind::kLead || !index_entry(text(j))) return;
    ++entries;
  }
  if (furniture == size() || entries < 3) return;
  for (std::size_t j = furniture + 1; j < size(); ++j)
    if (!blank(j)) info_[j] = LineInfo{Kind::kFurniture};
}

// A line of a weather box: a day and its forecast with a temperature, no
// sentence ("今天 多云 12～18℃", "明日：多云，8～20℃", "周六 小雨 11~16°C").
bool forecast_line(std::string_view t) {
  constexpr std::size_t kMaxChars = 32;
  if (util::length_up_to(t, kMaxChars + 1) > kMaxChars) return false;
  bool day = false;
  for (std::string_view w :
       {"今天", "今日", "明天", "明日", "后天", "今晚", "今夜", "明晚", "白天", "夜间", "周", "星期"})
    day = day || t.starts_with(w);
  if (!day || (t.find("℃") == std::string_view::npos && t.find("°C") == std::string_view::npos)) return false;
  for (std::size_t i = 0; i < t.size();)
    if (const char32_t c = util::next(t, i); util::is_terminator(c) && c != U'：' && c != U':') return false;
  return true;
}

// A weather box's head: 天气, 天气预报, 城市天气, 杭州市区天气预报.
bool weather_head(std::string_view t) {
  constexpr std::size_t kMaxChars = 10;
  return util::length_up_to(t, kMaxChars + 1) <= kMaxChars &&
         (t.ends_with("天气") || t.ends_with("天气预报"));
}

// A weather box (a front page's forecast for the next days, two lines or
// more, under its head or not) is furniture: glued to the story above, it
// was that story's last paragraph. One forecast line alone may be the
// story's own; it stays.
void Lines::mark_weather_boxes() {
  constexpr std::size_t kMinLines = 2;
  for (std::size_t j = 0; j < size();) {
    std::size_t end = j;
    std::size_t lines = 0;
    while (end < size() && (blank(end) || forecast_line(text(end)))) {
      if (!blank(end)) ++lines;
      ++end;
    }
    if (lines < kMinLines) {
      j = std::max(end, j + 1);
      continue;
    }
    for (std::size_t k = j; k < end; ++k)
      if (!blank(k)) info_[k] = LineInfo{Kind::kFurniture};
    const std::size_t head = prev(j);
    if (head != size() && weather_head(text(head))) info_[head] = LineInfo{Kind::kFurniture};
    j = end;
  }
}

// A news site's box of other stories ("新闻推荐", "相关推荐" and the teasers
// under it) closes the copied page: what follows is the site's, not this
// article's and no article of its own (a teaser is cut off mid-sentence).
void Lines::mark_recommendations() {
  std::size_t from = size();
  for (std::size_t j = 0; j < size() && from == size(); ++j) {
    if (blank(j) || info_[j].kind != Kind::kFurniture) continue;
    for (std::string_view box : {"新闻推荐", "相关推荐"})
      if (text(j) == box) from = j;
  }
  for (std::size_t j = from + 1; j < size(); ++j)
    if (!blank(j)) info_[j] = LineInfo{Kind::kFurniture};
}

Lines::BylineEntries::const_iterator Lines::byline_slot(std::size_t j) const {
  return std::lower_bound(bylines_.begin(), bylines_.end(), j,
                          [](const auto& entry, std::size_t line) { return entry.first < line; });
}

const Byline& Lines::byline(std::size_t j) const {
  return byline_slot(j)->second;  // j is a kByline line: its entry exists
}

std::size_t Lines::prev(std::size_t j) const {
  while (j-- > 0)
    if (!blank(j)) return j;
  return size();
}

std::size_t Lines::next(std::size_t j) const {
  for (++j; j < size(); ++j)
    if (!blank(j)) return j;
  return size();
}

// The parts of an entry line whose kind their role fixes; returns whether
// j is one (its LineInfo then set).
bool Lines::classify_entry_part(std::size_t j) {
  if (roles_.empty()) return false;
  LineInfo& in = info_[j];
  switch (roles_[j]) {
    case EntryRole::kField:
      in.kind = Kind::kFurniture;
      return true;
    case EntryRole::kColumn:
      in.kind = is_column_tag(text(j)) ? Kind::kColumnTag : Kind::kFurniture;
      return true;
    case EntryRole::kTitle:
    case EntryRole::kHeading:
      in.kind = Kind::kHeading;
      in.title = roles_[j] == EntryRole::kTitle;
      return true;
    default:
      return false;
  }
}

// Continuation markers ("（下转第三版）", "（上接第一版）"), alone on their line
// or closing a body line; returns whether j holds one (its LineInfo then set).
bool Lines::classify_continuation(std::size_t j) {
  const std::string_view t = text(j);
  const auto c = find_continuation(t);
  if (!c) return false;
  LineInfo& in = info_[j];
  in.kind = c->begin == 0 && c->end == t.size() ? Kind::kContinuation : Kind::kBody;
  in.from_marker = !c->to;
  in.closed = c->to || (in.kind == Kind::kBody && ends_sentence(t));
  in.ends_article = c->to;
  return true;
}

namespace {

// A note closing an article, alone on its line and in brackets: the
// dispatch's dateline set after a feature ("（本报东京1月9日电）") or the
// author's description ("（作者为外交部外交政策咨询委员会委员）").
bool closing_note(std::string_view t) {
  if (!starts_with(t, "（") || !t.ends_with("）") || util::length_up_to(t, 61) > 60) return false;
  const std::string_view inner = t.substr(3, t.size() - 6);
  if (starts_with(inner, "作者为") || starts_with(inner, "作者系")) return true;
  return (starts_with(inner, "本报") || starts_with(inner, "新华社") || starts_with(inner, "据新华社")) &&
         (inner.ends_with("日电") || inner.ends_with("日讯")) && util::length_up_to(inner, 25) <= 24;
}

// A paragraph closed by the outlet it was taken from, after its last
// sentence or alone on its line ("…调查。据新华社", "综合新华社等报道"): the
// brief is complete. Words that open a sentence (据了解, 据悉) are no outlet,
// nor a heading that starts with 据 and ends otherwise.
bool ends_with_source_credit(std::string_view t) {
  std::size_t at = 0;
  for (std::size_t i = 0; i < t.size();) {
    const char32_t c = util::next(t, i);
    if (util::is_terminator(c) || c == U'”') at = i;
  }
  const std::string_view tail = util::trim(t.substr(at));
  const std::size_t n = util::length_up_to(tail, 17);
  if (n < 3 || n > 16 || util::has_any(tail, U"，,：:；;。") || tail.ends_with("电") || tail.ends_with("讯"))
    return false;
  for (std::string_view opener : {"据了解", "据悉", "据介绍", "据统计", "据报道", "据说", "据称", "据此"})
    if (starts_with(tail, opener)) return false;
  // 综合… credits a report (综合新华社等报道); a heading also opens so
  // (综合施策织牢民生保障网, 综合新闻).
  if (starts_with(tail, "综合")) return tail.ends_with("报道");
  if (!starts_with(tail, "据")) return false;
  // The outlet ends as outlets' names do (新华社, 南方都市报, 央视新闻): not a
  // bare 报, 网 or 台, as words do (据实申报).
  for (std::string_view end :
       {"社", "日报", "晚报", "都市报", "时报", "商报", "电视台", "广播电台", "客户端", "央视新闻", "报道"})
    if (tail.ends_with(end)) return true;
  return false;
}

// A brief marked ◆ without its date (◆在国庆来临之际，…) that stands in a
// story's text: after neither a heading nor another ◆ brief, it is an
// item of the story's list (◆ 完善基础设施。…), not a brief.
bool diamond_item_in_text(const Lines& lines, std::size_t j, const Lead& lead) {
  const std::string_view t = lines.text(j);
  const std::string_view mark = "◆";
  if (!lead.brief || lead.dateline || !starts_with(t, mark) ||
      opens_with_date(util::trim(t.substr(mark.size()))))
    return false;
  const std::size_t p = lines.prev(j);
  if (p == lines.size()) return false;
  const Kind k = lines.kind(p);
  if (k == Kind::kHeading || k == Kind::kColumnTag || k == Kind::kFurniture) return false;
  return !(k == Kind::kLead && starts_with(lines.text(p), mark));
}

// A date written in figures with the place after it, in brackets
// ("（2023年6月20日，临河）"): the day and place a speech was given.
bool date_and_place(std::string_view t) {
  constexpr std::size_t kMaxPlace = 10;  // characters of the place
  const std::string_view open = "（";
  const std::string_view close = "）";
  const std::string_view comma = "，";
  if (!starts_with(t, open) || !t.ends_with(close)) return false;
  const std::string_view inner = t.substr(open.size(), t.size() - open.size() - close.size());
  const std::size_t at = inner.find(comma);
  if (at == std::string_view::npos) return false;
  const std::string_view date = inner.substr(0, at);
  const std::string_view place = inner.substr(at + comma.size());
  std::size_t i = 0;
  for (char32_t unit : {U'年', U'月', U'日'}) {
    std::size_t digits = 0;
    char32_t c = U'\0';
    while (i < date.size() && util::is_digit(c = util::next(date, i))) ++digits;
    if (digits == 0 || c != unit) return false;
  }
  if (i != date.size() || place.empty() || util::length_up_to(place, kMaxPlace + 1) > kMaxPlace) return false;
  for (std::size_t k = 0; k < place.size();)
    if (!util::is_han(util::next(place, k))) return false;
  return true;
}

// The label over a page's photo captions ("图片说明：", then 图①：…, 图②：…):
// a line of the text above, not the heading of an article of its own.
bool caption_label(std::string_view t) {
  for (std::string_view label : {"图片说明", "图片说明：", "图片说明:"})
    if (t == label) return true;
  return false;
}

// A numbered photo caption ("图①：2月10日，…摄", "图2：…"): one of the
// figures of the article above, which a page lists under it (often under
// 图片说明), never an item of its own even when it reads like a dated lead
// closed by its photographer's credit. In the 人民日报 crawl's pages of five
// months (2019-02, 2019-10, 2020-01, 2020-02, 2020-05), 188 lines on 38
// pages open so; one page made four photo items of them.
bool numbered_caption(std::string_view t) {
  std::size_t i = 0;
  if (util::next(t, i) != U'图') return false;
  int numerals = 0;
  for (;;) {
    const std::size_t at = i;
    if (at >= t.size()) return false;
    const char32_t c = util::next(t, i);
    if (c == U'：' || c == U':') return numerals > 0;
    const bool numeral = (c >= U'①' && c <= U'⑳') || util::is_digit(c) ||
                         std::u32string_view(U"一二三四五六七八九十").find(c) != std::u32string_view::npos;
    if (!numeral || ++numerals > 2) return false;
  }
}

}  // namespace

// What a line of article text is by its own shape: a lead, a byline, a
// column tag, a pull quote, a heading or body text.
void Lines::classify_text(std::size_t j) {
  LineInfo& in = info_[j];
  const std::string_view t = text(j);
  if (numbered_caption(t)) {
    // Text of the article above: neither a caption that could open a photo
    // item (heading_openings.cpp) nor a lead, its credit closing no article.
    in.kind = Kind::kBody;
    in.closed = ends_sentence(t) || find_appended_byline(t).has_value();
  } else if (const auto lead = match_lead(t); lead && !diamond_item_in_text(*this, j, *lead)) {
    in.kind = Kind::kLead;
    // A one-paragraph brief closed by its credit ("…。（李晓红）") is complete;
    // closed by a photographer's, it is a photo's caption.
    const auto at = find_appended_byline(t);
    in.closed = in.ends_article = at.has_value();
    in.caption = at && ends_with_photo_credit(t, *at);
    in.closed = in.closed || ends_sentence(t);
  } else if (auto b = parse_credit_line(t)) {
    in.kind = Kind::kByline;
    in.caption = ends_with_photo_credit(t, 0);
    bylines_.emplace_back(j, std::move(*b));
  } else if (closing_note(t) || ends_with_source_credit(t)) {
    in.kind = Kind::kBody;
    in.closed = in.ends_article = true;
  } else if (is_column_tag(t)) {
    in.kind = Kind::kColumnTag;
  } else if (is_pull_quote(t)) {
    in.kind = Kind::kPullQuote;
  } else if (auto at = find_appended_byline(t)) {
    in.kind = Kind::kBody;
    in.closed = in.ends_article = true;
    in.caption = ends_with_photo_credit(t, *at);
  } else if (is_note_or_field(t) || caption_label(t)) {
    in.kind = Kind::kBody;  // a paragraph of its own, never a heading
    in.closed = true;
  } else if (heading_shaped(t) || names_over_noted_title(j) || (date_and_place(t) && under_heading(j))) {
    // (The day and place of a speech under its title, "（…日，临河）", is a
    // line of its heading block, its subtitle. In the 人民日报 crawl's
    // article files of five months, 2019-02, 2019-10, 2020-01, 2020-02 and
    // 2020-05, 2 heading lines have that shape, and no paragraph.)
    in.kind = Kind::kHeading;
  } else {
    in.kind = Kind::kBody;
    in.closed = ends_sentence(t);
  }
  if (in.kind == Kind::kHeading && !roles_.empty() && roles_[j] == EntryRole::kText) in.kind = Kind::kBody;
  if (in.kind == Kind::kBody && (starts_with(t, "图为") || starts_with(t, "上图") || starts_with(t, "下图")))
    in.caption = true;
}

// A lead cut by the layout ("本" / "报讯 6月20日…"): the short first part
// opens the article, the rest is its text.
void Lines::join_cut_leads() {
  for (std::size_t j = 0; j < size(); ++j) {
    if (info_[j].kind != Kind::kHeading || util::length_up_to(text(j), 13) > 12 || entry_part(j)) continue;
    const std::size_t k = next(j);
    if (k == size() || (info_[k].kind != Kind::kBody && info_[k].kind != Kind::kHeading)) continue;
    // An indented line opens a paragraph of its own: no part cut from j.
    if (indented_[k]) continue;
    const std::string_view rest = text(k);
    std::string joined(text(j));
    joined += rest.substr(0, std::min<std::size_t>(rest.size(), 300));
    if (match_lead(joined)) {
      info_[j].kind = Kind::kLead;
      info_[k].kind = Kind::kBody;
    }
  }
}

// A heading-shaped line that runs straight on (no blank line) into a body
// line is that body's first part cut by the layout when it reads like a
// sentence part (has a comma) or is long.
void Lines::join_cut_first_parts() {
  for (std::size_t j = 0; j + 1 < size(); ++j) {
    // (An indented line opens a paragraph of its own: nothing was cut.)
    if (info_[j].kind != Kind::kHeading || blank(j + 1) || info_[j + 1].kind != Kind::kBody ||
        entry_part(j) || (indented_[j + 1] && !indented_[j]))
      continue;
    const std::string_view t = strip_markup(text(j));
    // (A column's name before the title - "新春走基层 | 标题" - marks a heading,
    // and a speech's day and place are no sentence.)
    if (t.size() == text(j).size() && (has_comma(t) || util::length_up_to(t, 30) >= 30) &&
        column_before_bar(t) == 0 && !date_and_place(t) && !heads_addressed_text(j))
      info_[j].kind = Kind::kBody;
  }
}

bool is_addressee_line(std::string_view t) {
  constexpr std::size_t kMaxChars = 40;
  if (!(t.ends_with("：") || t.ends_with(":")) || util::length_up_to(t, kMaxChars + 1) > kMaxChars)
    return false;
  const std::string_view list = t.substr(0, t.size() - (t.ends_with(":") ? 1 : 3));
  return util::has_any(list, U"、，") && !util::has_any(list, U"。！？；：:“”");
}

// j (flush left) stands over a document's addressees (flush left too) and
// its indented text: j is the
// document's title, however long ("国务院…关于进一步做好…工作的通知", 45
// characters), not a body line the layout cut.
bool Lines::heads_addressed_text(std::size_t j) const {
  const std::size_t a = j + 1;
  if (indented_[j] || a >= size() || indented_[a] || !is_addressee_line(text(a))) return false;
  return a + 1 < size() && indented_[a + 1];
}

// A reader's item (readers.h) opens an article like a lead - glued to its
// heading, at the page's top, or under its heading in a column of such
// items (after the page's top, another item or a finished article) - but
// not when it runs on from a story's text: readers quoted in a story
// ("市民张先生：…" paragraphs, perhaps under a cross-head) are that story's.
void Lines::mark_reader_items() {
  const auto top = [this](std::size_t q) { return q == size() || info_[q].kind == Kind::kFurniture; };
  const auto opens_column = [this, &top](std::size_t q) {
    return top(q) || info_[q].ends_article || (info_[q].kind == Kind::kLead && match_reader_item(text(q)));
  };
  for (std::size_t j = 0; j < size(); ++j) {
    if (info_[j].kind != Kind::kBody || info_[j].caption || info_[j].from_marker) continue;
    const auto item = match_reader_item(text(j));
    if (!item) continue;
    const std::size_t p = prev(j);
    const bool headed = p != size() && info_[p].kind == Kind::kHeading && opens_column(prev(p));
    if (item->heading_end > 0 || top(p) || headed) info_[j].kind = Kind::kLead;
  }
}

// The line above j (classified already) is heading-shaped.
bool Lines::under_heading(std::size_t j) const {
  const std::size_t p = prev(j);
  return p != size() && info_[p].kind == Kind::kHeading;
}

// A date alone in brackets straight under a heading line ("在…会议上的讲话"
// / "（2020年5月27日）"): the day a speech or document was given, a line of
// its heading block (a note there, as a column's name is; the subtitle when
// longer), not the page's date. A date bar with its weekday ("（…日 星期三）")
// stays furniture.
bool Lines::dates_the_heading(std::size_t j) const {
  const std::string_view t = text(j);
  return starts_with(t, "（") && t.ends_with("日）") && j > 0 && !blank(j - 1) && under_heading(j);
}

// j, set apart above, names who speaks or acts with a colon, over a title
// closed by its column's or series' name ("兰相田、赵虎生：" / "勇斗歹徒 无私
// 无畏（为了民族复兴·英雄烈士谱）", "中国疾控中心消毒学首席专家张流波建议：" /
// "在流动水下彻底冲净双手（服务窗）"): the title's kicker, however long its
// names or posts. (Alone, names joined by 、 read as a letter's salutation,
// attribution() in headings.cpp; a salutation stands over indented text.)
// In the 人民日报 crawl's printed pages of five months, 7 kickers so were
// left at the end of the article above.
bool Lines::names_over_noted_title(std::size_t j) const {
  constexpr std::size_t kMaxChars = 30;
  const std::string_view t = text(j);
  if (!(t.ends_with("：") || t.ends_with(":")) || util::length_up_to(t, kMaxChars + 1) > kMaxChars)
    return false;
  std::size_t colon = t.size();
  util::prev(t, colon);
  if (util::has_any(t.substr(0, colon), U"，,。！？；;：:“”")) return false;
  const std::size_t below = j + 1;
  if ((j > 0 && !blank(j - 1)) || below >= size() || blank(below)) return false;
  if (indents_paragraphs_ && (indented(j) || indented(below))) return false;
  return heading_shaped(text(below)) && closed_by_note(text(below));
}

bool Lines::salutation_over_text(std::size_t j) const {
  constexpr std::size_t kMaxChars = 30;
  const std::string_view t = text(j);
  if (!indents_paragraphs_ || indented(j) || !(t.ends_with("：") || t.ends_with(":")) ||
      util::length_up_to(t, kMaxChars + 1) > kMaxChars)
    return false;
  const std::size_t below = next(j);
  return below < size() && indented(below);
}

void Lines::classify(std::string_view page_name) {
  bool top = true;               // no article text seen yet: section heads are furniture
  bool after_furniture = false;  // the line above is furniture: a site's notice may follow
  bool after_app = false;  // the line above advertises an app ("报晓风客户端"): its slogan may follow
  for (std::size_t j = 0; j < size(); ++j) {
    if (blank(j) || classify_entry_part(j)) continue;
    const std::string_view t = text(j);
    const std::size_t below = top ? next(j) : size();
    const bool furniture =
        (is_furniture(t) && !dates_the_heading(j)) || (after_furniture && is_site_notice(t)) ||
        (after_app && is_slogan(t)) || (is_source_line(t) && !under_heading(j)) ||
        (below != size() && is_section_head(t, page_name) && !is_column_tag(t) && !match_lead(text(below)));
    after_furniture = furniture;
    after_app = furniture && t.ends_with("客户端");
    if (furniture) {
      info_[j].kind = Kind::kFurniture;
      article_page_ = article_page_ || links_articles(t);
      continue;
    }
    top = false;
    if (!classify_continuation(j)) classify_text(j);
  }
  join_cut_leads();
  join_cut_first_parts();
  mark_author_lines();
  mark_reader_items();
  mark_title_bar();
}

namespace {

// The marks a paper sets before an author's name ("◆韩浩月"); ■, ★ and ◎
// open briefs and points, read before headings are.
constexpr std::u32string_view kAuthorMarks = U"◆◇□●○☆";

// A feature's author named alone on a line: one name opening with a common
// surname, of three characters ("葛昆元"), or of two when the paper pads it
// to the width of three ("吴  越") or sets its mark before it ("◆朱光").
// A word of two (黄河, 周末, 高铁) is too often a title to be taken for a
// name unmarked, and words no name holds (新闻, 记者) never are
// (parse_credit_names).
std::optional<Byline> author_line(std::string_view t) {
  constexpr std::size_t kFullName = 3;
  std::size_t i = 0;
  const bool marked = !t.empty() && kAuthorMarks.find(util::next(t, i)) != std::u32string_view::npos;
  const std::string_view line = util::trim(marked ? t.substr(i) : t);
  std::optional<Byline> b = parse_credit_names(line);
  if (!b || b->reporters.size() != 1) return std::nullopt;
  const std::string& name = b->reporters.front();
  std::size_t k = 0;
  if (!bylines::is_common_surname(util::next(name, k))) return std::nullopt;
  const bool padded = util::has_any(line, U" \u3000\u00A0");
  if (util::length_up_to(name, kFullName) < kFullName && !marked && !padded) return std::nullopt;
  b->text = std::string(t);
  return b;
}

}  // namespace

// A heading line straight under another (the title) and straight over the
// text, that names one author and nothing else: the byline features,
// essays and letters carry instead of 记者 X (新民晚报's 夜光杯 pages, in
// the crawl's paragraph form: "做嫁衣的人" / "葛昆元" / text). Read as a
// heading it joined the title or became it, the real title the kicker.
void Lines::mark_author_lines() {
  for (std::size_t j = 1; j + 1 < size(); ++j) {
    if (info_[j].kind != Kind::kHeading || blank(j - 1) || blank(j + 1) ||
        info_[j - 1].kind != Kind::kHeading || info_[j + 1].kind != Kind::kBody || entry_part(j))
      continue;
    auto b = author_line(text(j));
    if (!b) continue;
    info_[j].kind = Kind::kByline;
    bylines_.emplace(byline_slot(j), j, std::move(*b));
  }
}

namespace {

// The site's name closing a title bar ("…_都市快报", "… - 人民网", "…|某某网"):
// where the separator before it starts, npos when the line has none. The
// name is two to twelve characters with no space or sentence mark.
std::size_t site_name_start(std::string_view line) {
  constexpr std::size_t kMaxSiteName = 12;
  for (std::string_view sep : {"_", " - ", "--", "|", "｜", " — "}) {
    const std::size_t at = line.rfind(sep);
    if (at == std::string_view::npos || at == 0) continue;
    const std::string_view name = util::trim(line.substr(at + sep.size()));
    const std::size_t n = util::length_up_to(name, kMaxSiteName + 1);
    if (n >= 2 && n <= kMaxSiteName && !util::has_any(name, U" \u3000，。,：:") && !name.starts_with("-"))
      return at;
  }
  return std::string_view::npos;
}

}  // namespace

// The lines above an article page's first navigation line, when the last
// of them closes with the site's name: the browser's title bar, which names
// the article's title. At most four lines (a title broken over lines). A
// page with no link to other articles (an issue's first, with only 返回主页)
// is taken for an article page when the title the bar names stands again as
// a line of the header right under the navigation: the article's heading.
void Lines::mark_title_bar() {
  constexpr std::size_t kMaxBarLines = 4;
  std::size_t nav = 0;
  while (nav < size() && (blank(nav) || info_[nav].kind != Kind::kFurniture)) ++nav;
  std::vector<std::size_t> bar;
  for (std::size_t j = 0; j < nav; ++j) {
    if (!blank(j)) bar.push_back(j);
  }
  if (bar.empty() || bar.size() > kMaxBarLines) return;
  const std::string_view last = text(bar.back());
  const std::size_t site = site_name_start(last);
  if (site == std::string_view::npos) return;
  std::string title;
  for (const std::size_t j : bar)
    util::append_unspaced(title, j == bar.back() ? last.substr(0, site) : text(j));
  if (!article_page_) {
    if (!heading_repeats(title, nav)) return;
    article_page_ = true;
  }
  for (const std::size_t j : bar) info_[j].kind = Kind::kFurniture;
  title_bar_ = std::move(title);
}

bool Lines::heading_repeats(std::string_view title, std::size_t nav) const {
  // As many lines as an e-paper's header holds (kicker, title, subtitle,
  // each broken over lines), the navigation's own lines left out.
  constexpr int kMaxHeaderLines = 8;
  if (title.empty()) return false;
  std::string line;
  int seen = 0;
  for (std::size_t j = nav; j < size() && seen < kMaxHeaderLines; ++j) {
    if (blank(j) || info_[j].kind == Kind::kFurniture) continue;
    ++seen;
    line.clear();
    util::append_unspaced(line, text(j));
    if (line == title) return true;
  }
  return false;
}

std::size_t repeated_lines_end(const Lines& page, std::size_t j, std::size_t end,
                               const std::vector<std::string_view>& lines) {
  std::size_t m = 0;
  std::size_t after = j;
  for (std::size_t k = j; k < end && m < lines.size(); ++k) {
    if (page.blank(k)) continue;
    if (page.text(k) != lines[m]) break;
    ++m;
    after = k + 1;
  }
  return m == lines.size() ? after : j;
}

}  // namespace kanbao::corpus
