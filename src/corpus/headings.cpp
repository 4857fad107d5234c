// SPDX-License-Identifier: MIT
#include "corpus/headings.h"

#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "corpus/byline.h"
#include "corpus/text_util.h"

namespace kanbao::corpus {
namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// No sentence's end and no comma in `inner`.
bool no_sentence(std::string_view inner) {
  for (std::size_t i = 0; i < inner.size();) {
    const char32_t c = util::next(inner, i);
    if (util::is_terminator(c) || c == U'，' || c == U',') return false;
  }
  return true;
}

// Whole line in one pair of brackets, at most `max` characters inside, with
// no sentence in it.
bool bracketed(std::string_view line, std::size_t max) {
  constexpr std::array<std::pair<std::string_view, std::string_view>, 5> kPairs{
      {{"【", "】"}, {"〔", "〕"}, {"［", "］"}, {"（", "）"}, {"[", "]"}}};
  for (const auto& [open, close] : kPairs) {
    if (!starts_with(line, open) || line.size() <= open.size() + close.size()) continue;
    if (line.substr(line.size() - close.size()) != close) continue;
    const std::string_view inner = line.substr(open.size(), line.size() - open.size() - close.size());
    if (inner.find(open) != std::string_view::npos || inner.find(close) != std::string_view::npos)
      return false;
    return util::length_up_to(inner, max + 1) <= max && no_sentence(inner);
  }
  return false;
}

constexpr std::size_t kMinNotedTitle = 5;  // characters of a title before its column's name
constexpr std::size_t kMaxColumnName = 10;

// Where a note in brackets of two to `max` characters closing the line
// starts (after text of the line's own); 0 if none. Full-width brackets,
// and with `ascii` ASCII ones too ("…花样年华(逐梦小康)"): the kicker rules
// read both, while a caption's "摄(下同)" is no column's name to the rest.
std::size_t note_start(std::string_view line, std::size_t max, bool ascii) {
  for (const auto& [open, close] : {std::pair{std::string_view("（"), std::string_view("）")},
                                    std::pair{std::string_view("("), std::string_view(")")}}) {
    if (!line.ends_with(close) || (!ascii && close == ")")) continue;
    const std::size_t at = line.rfind(open);
    if (at == std::string_view::npos || at == 0) return 0;
    const std::string_view inner =
        line.substr(at + open.size(), line.size() - close.size() - at - open.size());
    const std::size_t n = util::length_up_to(inner, max + 1);
    return n >= 2 && n <= max && no_sentence(inner) && inner.find(close) == std::string_view::npos ? at : 0;
  }
  return 0;
}

// A note in brackets (the brackets included) on the text, not the name of
// a column or campaign: 附名单, 组图, 上, 全文, 摘要…
bool note_on_text(std::string_view note) {
  std::size_t i = 0;
  util::next(note, i);  // the opening bracket
  const std::string_view inner = util::strip_closing(note.substr(i));
  if (inner.starts_with("附")) return true;
  for (std::string_view word : {"图", "组图", "上", "中", "下", "全文", "摘要", "节选", "续", "视频"})
    if (inner == word) return true;
  return false;
}

// A column's name closing the line in full-width or ASCII brackets, as
// column_name_start says of full-width ones.
bool closes_with_column(std::string_view line) {
  const std::size_t at = note_start(line, kMaxColumnName, true);
  return at > 0 && !note_on_text(line.substr(at));
}

// A title closed by the name of the series or campaign it runs under, too
// long for a column's name ("…（十九届四中全会精神在基层）", up to sixteen
// characters, no comma: a date and place note has one), after five
// characters of its own.
bool closes_with_campaign(std::string_view line) {
  constexpr std::size_t kMaxCampaign = 16;
  const std::size_t at = note_start(line, kMaxCampaign, true);
  return at > 0 && util::length_up_to(line.substr(0, at), kMinNotedTitle) >= kMinNotedTitle &&
         !note_on_text(line.substr(at));
}

// Column names standing alone above a heading (or before the title on its line).
constexpr std::array<std::string_view, 16> kColumns{
    "人民时评", "编者按",   "今日谈",   "人民论坛", "评论员观察", "短评",     "时评",     "快评",
    "社论",     "记者手记", "记者观察", "新论",     "金台随笔",   "人民观察", "一线视角", "声音"};

}  // namespace

bool names_column(std::string_view note) {
  note = util::trim(note);
  for (const auto& [open, close] : {std::pair{"（", "）"}, std::pair{"(", ")"}}) {
    if (!starts_with(note, open) || !note.ends_with(close)) continue;
    const std::string_view inner =
        note.substr(std::string_view(open).size(),
                    note.size() - std::string_view(open).size() - std::string_view(close).size());
    if (std::ranges::find(kColumns, inner) != kColumns.end()) return true;
    for (std::string_view kind : {"随笔", "手记", "时评", "观察", "札记", "漫笔", "快评", "短评"})
      if (inner.size() > kind.size() && inner.ends_with(kind)) return true;
  }
  return false;
}

namespace {

// Phrases of context that open a kicker rather than a title.
constexpr std::array<std::string_view, 24> kContext{
    "为",       "聚焦", "奋进",     "喜迎",     "迎接",     "庆祝",     "纪念", "学习贯彻",
    "贯彻落实", "深入", "牢记嘱托", "奋力",     "决胜",     "走进",     "探访", "新时代",
    "在习近平", "礼赞", "献礼",     "全面建设", "踔厉奋发", "勇毅前行", "着力", "努力"};

bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

// Three or more short phrases side by side ("旅游踏青 驾车出行 走亲访友"):
// the rhythm of a kicker, not a title.
bool phrase_series(std::string_view line) {
  std::size_t phrases = 0;
  std::size_t run = 0;  // characters in the current phrase
  for (std::size_t i = 0; i < line.size();) {
    const char32_t c = util::next(line, i);
    if (util::is_space(c)) {
      if (run > 0) ++phrases;
      if (run > 8) return false;
      run = 0;
    } else {
      ++run;
    }
  }
  if (run > 0) ++phrases;
  return phrases >= 3 && run <= 8;
}

// The label of a series (深化改革系列述评之十一, 调研行之三): it introduces
// the title under it.
bool series_label(std::string_view line) {
  const std::size_t of = line.rfind("之");
  if (of == std::string_view::npos || of + 3 >= line.size()) return false;
  const std::string_view number = line.substr(of + 3);
  for (std::size_t i = 0; i < number.size();) {
    const char32_t c = util::next(number, i);
    if (std::u32string_view(U"一二三四五六七八九十百").find(c) == std::u32string_view::npos &&
        !util::is_digit(c))
      return false;
  }
  return true;
}

// A column's name of at most four Han characters over a longer title
// (乡村书屋 / 从借书人到管书人): a title so short has its subtitle under it
// only when that starts with a dash.
bool column_name(std::string_view line, std::string_view next) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < line.size(); ++n) {
    if (!util::is_han(util::next(line, i)) || n >= 4) return false;
  }
  return n >= 2 && util::length_up_to(next, 8) > n;
}

// A list of what a person was over the line naming him (著名科学家、教育家和
// 社会活动家 / 卢嘉锡同志逝世): an attribute of the title's subject.
bool describes_person(std::string_view line, std::string_view next) {
  if (line.find("、") == std::string_view::npos || util::length_up_to(line, 25) > 24) return false;
  if (util::length_up_to(next, 25) >= util::length_up_to(line, 25)) return false;
  for (std::string_view role : {"家", "者", "员", "模范", "英雄", "带头人"})
    if (ends_with(line, role)) return true;
  return false;
}

// The line leads into the next with a dash ("中美工商界人士——").
bool ends_with_dash(std::string_view line) {
  return ends_with(line, "—") || ends_with(line, "--") || ends_with(line, "──");
}

// A phrase that frames the news under it rather than telling it: by whose
// leave or on whose behalf (经…批准, 受…委托, 应…邀请), on what occasion or
// when (…之际, …会议上, “五一”假期首日, …行动开展以来, …期间, …前夕,
// …在即), or who calls for what follows (…通知要求, …倡议).
bool frames_the_news(std::string_view line) {
  constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kFrames{
      {{"经", "批准"}, {"经", "同意"}, {"受", "委托"}, {"应", "邀请"}}};
  for (const auto& [open, close] : kFrames) {
    if (starts_with(line, open) && ends_with(line, close) && line.size() > open.size() + close.size())
      return true;
  }
  for (std::string_view end :
       {"之际", "要求", "倡议", "号召", "期间", "以来", "在即", "前夕", "首日", "会上", "会议上"})
    if (ends_with(line, end)) return true;
  return false;
}

// A phrase of context above `next`: 为…/聚焦…, 就…一事, an attribution
// that introduces the title (北京市委、市政府宣布, 一些国家重申,
// 周口市公用事业局:), a quotation (“…？”), or a series of short phrases
// over a shorter line (a longer line under such a series elaborates it: a
// subtitle).
bool is_context(std::string_view line, std::string_view next) {
  // A kicker leading into its title with a dash ("中美工商界人士——"), or
  // standing over a title that carries its column's name.
  if (ends_with_dash(line)) return true;
  if (closes_with_column(next) && !closes_with_column(line)) return true;
  if (closes_with_campaign(next) && !closes_with_campaign(line)) return true;
  if (phrase_series(line) && util::length_up_to(next, 64) < util::length_up_to(line, 64)) return true;
  if (column_name(line, next) || describes_person(line, next)) return true;
  for (auto c : kContext)
    if (starts_with(line, c)) return true;
  // 就…一事, 就…问题, 就…建交40周年: on what occasion or matter the news is.
  if (starts_with(line, "就") &&
      (ends_with(line, "一事") || ends_with(line, "问题") || ends_with(line, "周年")))
    return true;
  if (series_label(line)) return true;
  if (frames_the_news(line)) return true;
  // Who said or proposed what the title says (…强调, …表示; …建议, …呼吁,
  // …提示: in the crawl's two-line headings of five months a kicker 5
  // times, a title never).
  for (std::string_view verb : {"宣布", "表示", "指出", "强调", "透露", "答记者问时说", "重申", "认为",
                                "阐述", "建议", "呼吁", "提示", "：", ":"})
    if (ends_with(line, verb)) return true;
  // A clause of scene opening with its time ("上午，记者在奉贤看到…"): a
  // title does not open so.
  for (std::string_view when :
       {"上午", "下午", "傍晚", "晚上", "昨天", "昨日", "今天", "今日", "日前", "近日", "当天"}) {
    const std::string_view rest = line.substr(std::min(line.size(), when.size()));
    if (starts_with(line, when) && (starts_with(rest, "，") || starts_with(rest, ","))) return true;
  }
  return starts_with(line, "“") && ends_with(line, "”");
}

bool is_dash_start(std::string_view line) {
  return starts_with(line, "——") || starts_with(line, "—") || starts_with(line, "--") ||
         starts_with(line, "──");
}

// A short line ending with a colon that names who speaks or acts, as a
// kicker does ("周口市开发区公用事业局:"): no comma, at most 14 characters,
// and not a sentence announcing a quote or a list (他说: / 如下:).
bool names_a_body(std::string_view name) {
  for (std::string_view end : {"部", "局", "办", "委", "院", "署", "厅", "会", "府"})
    if (name.ends_with(end)) return true;
  return false;
}

// A deputy or member over what they propose, as the papers print the two
// sessions' (两会) voices: "江西上饶利丰鞋业有限公司针织一组组长许小英代表："
// names the speaker's posts too (several set apart by 、), longer than
// other kickers.
bool names_a_deputy(std::string_view words) { return words.ends_with("代表") || words.ends_with("委员"); }

bool attribution(std::string_view core) {
  constexpr std::size_t kMaxAttribution = 15, kMaxDeputy = 30;
  const std::size_t length = util::length_up_to(core, kMaxDeputy + 1);
  std::size_t end = core.size();
  util::prev(core, end);  // the colon
  const std::string_view words = core.substr(0, end);
  if (words.empty()) return false;
  const bool deputy = names_a_deputy(words);
  if (length > (deputy ? kMaxDeputy : kMaxAttribution)) return false;
  for (std::string_view tail : {"说", "道", "问", "答", "如下", "是", "为", "有"})
    if (ends_with(words, tail)) return false;
  // Bodies named together ("财政部、医保局要求：", "外交部、国台办："): short
  // names joined by 、, a kicker over the title; a longer part is a list of
  // text ("如北京、上海等地的做法是：").
  constexpr std::size_t kMaxJoinedName = 5;
  std::size_t part = 0;
  for (std::size_t i = 0; i < words.size();) {
    const char32_t c = util::next(words, i);
    if (c == U'，' || c == U',' || util::is_terminator(c)) return false;
    if (c == U'、' && deputy) continue;  // posts: "中国工程院院士、…校长张伯礼代表："
    if (c == U'、') {
      // (The first a body's name: 部, 局, 办…; people greeted, "兰相田、赵虎生：", are a salutation.)
      if (part == 0 || part > kMaxJoinedName || !names_a_body(words.substr(0, i - 3))) return false;
      part = 0;
    } else {
      ++part;
    }
  }
  return true;
}

}  // namespace

bool opens_with_dash(std::string_view line) { return is_dash_start(line); }

bool sets_context(std::string_view line, std::string_view next) { return is_context(line, next); }

std::size_t column_note_start(std::string_view line) { return note_start(line, kMaxColumnName, false); }

std::size_t column_name_start(std::string_view line) {
  const std::size_t at = column_note_start(line);
  if (at == 0) return 0;
  return note_on_text(line.substr(at)) ? 0 : at;
}

bool marks_article_heading(std::string_view line, bool heading_follows) {
  // A kicker leading into the title under it; a sentence of text ending
  // with a dash has a comma.
  if (ends_with_dash(line)) return heading_follows && line.find("，") == std::string_view::npos;
  const std::size_t at = column_name_start(line);
  if (at == 0 || util::length_up_to(line.substr(0, at), kMinNotedTitle) < kMinNotedTitle) return false;
  // A speaker's cross-head (李红（市人大代表）) or a sidebar's (…（记者手记）).
  for (std::string_view role : {"代表", "委员", "书记", "主任", "教授", "记者", "院士", "主席", "经理",
                                "专家", "干部", "党员", "村民", "居民", "市民", "员", "长", "师", "手记"})
    if (ends_with(util::strip_closing(line), role)) return false;
  return true;
}

std::string_view strip_markup(std::string_view line) {
  std::size_t n = 0;
  while (n < line.size() && n < 3 && line[n] == '#') ++n;
  if (n > 0 && n < line.size() && (line[n] == ' ' || line[n] == '\t')) return util::trim(line.substr(n));
  return line;
}

namespace {

// Items set apart by 、 that trail off ("听有声书、“云”端看展、上网络公开课
// ……"), with no sentence's mark or comma among them.
bool lists_trailing_off(std::string_view core) {
  if (!core.ends_with("……") || core.find("、") == std::string_view::npos) return false;
  return no_sentence(core.substr(0, core.size() - std::string_view("……").size()));
}

// A sentence closed by a note in brackets ("…。（临河市气象台提供）", also
// with spaces before the note, "…。    （…）"): in the same files 65
// paragraphs end so, and no heading line.
bool sentence_before_note(std::string_view s) {
  if (!s.ends_with("）")) return false;
  const std::size_t at = s.rfind("（");
  return at != std::string_view::npos && util::trim(s.substr(0, at)).ends_with("。");
}

}  // namespace

// A heading holds a word: a Han character, a letter or a digit. A photo's
// mark alone ("▲"), an elision ("……") or a row of stars is none: in the
// 人民日报 crawl's article files of five months (2019-02, 2019-10, 2020-01,
// 2020-02, 2020-05) every one of 14,793 heading lines holds a word, while
// 116 paragraphs hold none.
bool holds_a_word(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = util::next(s, i);
    if (util::is_han(c) || util::is_digit(c) || (c >= U'A' && c <= U'Z') || (c >= U'a' && c <= U'z') ||
        (c >= U'Ａ' && c <= U'Ｚ') || (c >= U'ａ' && c <= U'ｚ'))
      return true;
  }
  return false;
}

bool heading_shaped(std::string_view line) {
  const std::string_view h = strip_markup(line);
  const std::string_view core = util::strip_closing(h);
  if (core.empty() || !holds_a_word(h) || sentence_before_note(h)) return false;
  const char32_t last = util::last(core);
  // The end first: most lines end a sentence, and that is cheap to see.
  // A list trailing off ("写书、开公众号、做科普……") ends as a kicker does.
  const bool exclaims =
      last == U'！' || last == U'？' || last == U'!' || last == U'?' || lists_trailing_off(core);
  if (last == U'：' || last == U':') return attribution(core);
  if (!exclaims && (util::is_terminator(last) || last == U'，' || last == U',' || last == U'、'))
    return false;
  const std::size_t len = util::length_up_to(h, kMaxHeadingChars);
  return exclaims ? len <= 30 : len < kMaxHeadingChars;
}

bool is_column_tag(std::string_view line) {
  for (std::string_view field : {"专栏:", "专栏："}) {  // an archive's column field: 专栏:权威发布
    if (starts_with(line, field) && line.size() > field.size()) return util::length_up_to(line, 17) <= 16;
  }
  for (auto c : kColumns)
    if (line == c) return true;
  return bracketed(line, 12);
}

namespace {

// A field's label ("温馨提示 | …", "项目名称｜…"), not a column's name.
bool is_label(std::string_view name) {
  for (std::string_view end :
       {"提示", "名称", "地址", "时间", "电话", "地点", "链接", "说明", "须知", "方式", "单位", "内容"})
    if (name.ends_with(end)) return true;
  return false;
}

// A site's name after the title ("新区图书馆开馆 | 河畔新闻网").
bool is_site_name(std::string_view rest) {
  for (std::string_view end : {"网", "在线", "报", "客户端", "频道"})
    if (rest.ends_with(end)) return true;
  return false;
}

}  // namespace

// "市县融媒走基层 | 标题": a column's name (two to eight Han characters, shorter
// than the title, not a field's label) and a bar before the title; the byte
// length of the name, 0 if none.
std::size_t column_before_bar(std::string_view line) {
  constexpr std::size_t kMaxNameChars = 8;
  for (std::string_view bar : {"|", "｜"}) {
    const std::size_t at = line.find(bar);
    if (at == std::string_view::npos) continue;
    const std::string_view name = util::trim(line.substr(0, at));
    const std::string_view rest = util::trim(line.substr(at + bar.size()));
    std::size_t han = 0;
    for (std::size_t i = 0; i < name.size() && han <= kMaxNameChars;)
      han = util::is_han(util::next(name, i)) ? han + 1 : kMaxNameChars + 1;
    if (han >= 2 && han <= kMaxNameChars &&
        util::length_up_to(rest, std::max<std::size_t>(4, han + 1)) > han &&
        util::length_up_to(rest, 4) >= 4 && rest.find(bar) == std::string_view::npos && !is_label(name) &&
        !is_site_name(rest))
      return name.size();
  }
  return 0;
}

namespace {

// "记者手记 标题", "【解密档案】标题": the byte length of the column's name
// (or bracketed tag) the line starts with, 0 if none.
std::size_t column_prefix(std::string_view line) {
  for (const auto& [open, close] :
       {std::pair<std::string_view, std::string_view>{"【", "】"}, {"〔", "〕"}}) {
    if (!starts_with(line, open)) continue;
    const std::size_t end = line.find(close);
    if (end == std::string_view::npos || end + close.size() == line.size()) break;
    const std::string_view tag = line.substr(0, end + close.size());
    return bracketed(tag, 12) ? tag.size() : 0;
  }
  for (auto c : kColumns) {
    if (!starts_with(line, c) || line.size() == c.size()) continue;
    std::size_t i = c.size();
    if (util::is_space(util::next(line, i)) && !util::trim(line.substr(i)).empty()) return c.size();
  }
  return column_before_bar(line);
}

}  // namespace

bool is_pull_quote(std::string_view line) {
  for (std::string_view mark : {"核心阅读", "内容提要", "提要", "阅读提示", "编者按", "【编者按】", "导语"}) {
    if (!starts_with(line, mark)) continue;
    const std::string_view rest = line.substr(mark.size());
    if (rest.empty()) return true;
    std::size_t i = 0;
    const char32_t c = util::next(rest, i);
    if (util::is_space(c) || c == U'：' || c == U':' || c == U'】') return true;
  }
  return false;
}

namespace {

// The line's parts either side of its first space (ASCII or full-width),
// trimmed; none when it has no space.
std::optional<std::pair<std::string_view, std::string_view>> parts_at_first_space(std::string_view line) {
  std::size_t at = line.find(' ');
  std::size_t width = 1;
  if (const std::size_t wide = line.find("\u3000"); wide < at) {
    at = wide;
    width = 3;
  }
  if (at == std::string_view::npos) return std::nullopt;
  return std::pair{util::trim(line.substr(0, at)), util::trim(line.substr(at + width))};
}

// Two phrases side by side, a space between ("办事一网通 服务更贴心"), each
// of two to twelve characters and no comma: a title's shape, a subtitle
// elaborates in one clause.
// The characters of the two phrases, when the line is so.
std::optional<std::pair<std::size_t, std::size_t>> phrase_pair(std::string_view line) {
  constexpr std::size_t kMaxPhrase = 12;
  const auto parts = parts_at_first_space(line);
  if (!parts || util::has_any(line, U"，,；;")) return std::nullopt;
  const auto [left, right] = *parts;
  const std::size_t l = util::length_up_to(left, kMaxPhrase + 1);
  const std::size_t r = util::length_up_to(right, kMaxPhrase + 1);
  if (l >= 2 && l <= kMaxPhrase && r >= 2 && r <= kMaxPhrase && right.find(' ') == std::string_view::npos)
    return std::pair{l, r};
  return std::nullopt;
}

bool paired_phrases(std::string_view line) { return phrase_pair(line).has_value(); }

// Two phrases matched in length, a character apart at most ("普及安全知识
// 培训自救技能"): a slogan, as a kicker gives it over the news. (A line the
// layout split with a space, "提升老城区 对外知名度和影响力", has parts of
// unequal length.)
bool balanced_pair(std::string_view line) {
  const auto pair = phrase_pair(line);
  return pair && (pair->first > pair->second ? pair->first - pair->second : pair->second - pair->first) <= 1;
}

// The characters of a phrase without its quotation marks ("“急难愁盼”" is four).
std::size_t unquoted_length(std::string_view phrase) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < phrase.size();) {
    if (std::u32string_view(U"“”‘’「」\"'").find(util::next(phrase, i)) == std::u32string_view::npos) ++n;
  }
  return n;
}

// Two phrases whose words are matched in length, quotation marks not
// counted: "这些“急难愁盼” 在抗疫互助平台获解" (新民晚报's one title the
// layout split with a space) is six characters against nine, though eight
// against nine with its marks.
bool words_balanced(std::string_view line) {
  const auto parts = parts_at_first_space(line);
  if (!parts) return false;
  const std::size_t l = unquoted_length(parts->first);
  const std::size_t r = unquoted_length(parts->second);
  return (l > r ? l - r : r - l) <= 1;
}

// A body, a place, a person's office or an event named alone, as a kicker
// does over the news it made ("中央纪委国家监委", "某某县某某镇", "某某网球公开赛",
// "国务院联防联控机制联络组", "某某市市长某某代表"): a title says what happened.
// (In the 人民日报 crawl's headings of two lines, a first line of 14
// characters or less ending 代表 is a kicker 21 times and a title never,
// 组 7 to 0, 发言人 4 to 0; a tournament's name or leg, …团体赛 4 to 0,
// …深圳站 4 to 0 (a body's 站, 服务站, is named alone too), an event
// within it (…女子单打, …女双比赛, …男子60米栏) 15 to 0 over five months;
// a working body, …机制 (某某联防联控机制), 8 to 0 over four;
// 会 and 行 end titles too: 举行, 座谈会.)
bool names_alone(std::string_view line) {
  constexpr std::size_t kMaxName = 14;
  // One name: a list of them (市文明办、市教育局) may be a title of its own.
  if (util::length_up_to(line, kMaxName + 1) > kMaxName || util::has_any(line, U"、")) return false;
  for (std::string_view end :
       {"委",     "委员会", "常委会", "立法会", "网站",   "镇",     "县",     "乡",     "街道",   "局",
        "公司",   "集团",   "市",     "区",     "社区",   "组",     "机关",   "法院",   "检察院", "学校",
        "中心",   "各界",   "代表",   "委员",   "发言人", "公开赛", "资格赛", "系列赛", "锦标赛", "联赛",
        "团体赛", "争霸赛", "杯赛",   "站",     "巡回赛", "预选赛", "世界杯", "世锦赛", "大奖赛", "单打",
        "双打",   "双比赛", "米栏",   "双人车", "四人车", "机制"})
    if (line.ends_with(end)) return true;
  return false;
}

// A figure and its unit alone ("3.5万公里", "2000余人"): the number a
// title under it tells about, as a kicker gives it; a title says what
// happened.
bool quantity_alone(std::string_view line) {
  constexpr std::size_t kMaxChars = 8;
  constexpr std::size_t kMaxUnit = 3;  // Han characters: 万公里, 余人次
  if (line.empty() || util::length_up_to(line, kMaxChars + 1) > kMaxChars) return false;
  std::size_t start = 0;
  if (!util::is_digit(util::next(line, start))) return false;
  std::size_t han = 0;
  for (std::size_t i = 0; i < line.size();) {
    const char32_t c = util::next(line, i);
    if (util::is_han(c)) {
      ++han;
    } else if (!util::is_digit(c) && c != U'.' && c != U'．' && c != U'%' && c != U'％') {
      return false;
    }
  }
  return han >= 1 && han <= kMaxUnit;
}

// A date or a period alone ("4月8日至4月26日", "3月28日起"): when the news
// under it happens, as a kicker gives it; a title says what happens.
bool period_alone(std::string_view line) {
  constexpr std::size_t kMaxChars = 16;
  if (util::length_up_to(line, kMaxChars + 1) > kMaxChars) return false;
  bool digit = false;
  bool day_or_month = false;
  for (std::size_t i = 0; i < line.size();) {
    const char32_t c = util::next(line, i);
    if (util::is_digit(c)) {
      digit = true;
    } else if (c == U'月' || c == U'日') {
      day_or_month = true;
    } else if (std::u32string_view(U"年号至到起—－-~～").find(c) == std::u32string_view::npos) {
      return false;
    }
  }
  return digit && day_or_month;
}

// A line announcing what the title under it says: who issued, published or
// signed it ("某部印发通知", "央行发布金融统计数据", "某某签署国务院令"), what
// the figures show ("…显示"), where or by whom it was said ("某委召开新闻发布
// 会", "…时表示").
bool announces(std::string_view line) {
  // (…召开新闻发布会: what was said there is the title. In the crawl's
  // two-line headings: …举措/方案/措施 7 to 1, …记者会, …披露, …揭晓;
  // …表示 is is_context's.)
  for (std::string_view end : {"印发", "印发通知", "印发意见", "发出通知", "显示", "发布会", "记者会", "披露",
                               "揭晓", "举措", "方案", "措施", "公布数据", "出台政策"})
    if (line.ends_with(end)) return true;
  // Who led whom there ("孙春兰率领中央指导组", "…率中央指导组赴湖北黄冈").
  for (std::string_view led : {"率领", "率中央", "率团", "率代表团"})
    if (line.find(led) != std::string_view::npos) return true;
  // Who published what ("央行发布2019年金融统计数据", 21 to 1); not news
  // that something was published (…成果发布) nor a title under its
  // column's note (…（权威发布）).
  if (const std::size_t at = line.find("发布"); at != std::string_view::npos &&
                                                at + std::string_view("发布").size() < line.size() &&
                                                !closes_with_column(line) && !closes_with_campaign(line))
    return true;
  return (line.find("签署") != std::string_view::npos && line.ends_with("令")) ||
         (line.find("发表") != std::string_view::npos && line.ends_with("文章"));
}

// Digits, half and full width; figures add the percent sign.
constexpr std::u32string_view kDigits = U"0123456789０１２３４５６７８９";
constexpr std::u32string_view kFigures = U"0123456789０１２３４５６７８９%％";

// The line ends with a figure, its unit after it ("…上涨2.9%", "…减少1109万人"):
// a title reporting it.
bool ends_with_figure(std::string_view line) {
  constexpr std::size_t kMaxUnit = 2;
  std::size_t end = line.size();
  for (std::size_t n = 0; n <= kMaxUnit && end > 0; ++n) {
    std::size_t i = end;
    const char32_t c = util::prev(line, i);
    if (util::is_digit(c)) return true;
    end = i;
  }
  return false;
}

// A count in Chinese numerals and its measure word ("新增学位两千个"): a
// subtitle giving the figure.
bool has_count(std::string_view line) {
  bool numeral = false;
  for (std::size_t i = 0; i < line.size();) {
    const char32_t c = util::next(line, i);
    if (numeral &&
        std::u32string_view(U"个人家项件起元倍天次户吨座所名条成亿万").find(c) != std::u32string_view::npos)
      return true;
    numeral = std::u32string_view(U"一二两三四五六七八九十百千万〇").find(c) != std::u32string_view::npos;
  }
  return false;
}

// The characters of a heading line, up to `limit`, without the spaces that
// set its phrases apart ("一湖一条例  保护更有力" is ten).
std::size_t printed_length(std::string_view line, std::size_t limit) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < line.size() && n < limit;) {
    if (!util::is_space(util::next(line, i))) ++n;
  }
  return n;
}

// A statement over a line at least one character shorter that holds no
// figures: a kicker over its title ("山东东平整合基层调解资源" / "话心室里解疙瘩");
// a subtitle elaborates its title, so it runs longer or gives the figures.
// Not when the first line carries its column's or campaign's name (it is the title) or
// the second names who attended (…出席, …主持, …看望…).
bool states_over_catchword(std::string_view line, std::string_view next) {
  constexpr std::size_t kShorterBy = 1;
  constexpr std::size_t kMaxLine = 64;
  if (column_name_start(line) > 0 || closes_with_campaign(line) || util::has_any(next, kFigures) ||
      ends_with_figure(line) || has_count(next))
    return false;
  for (std::string_view who : {"出席", "主持", "看望", "会见", "讲话"})
    if (next.find(who) != std::string_view::npos) return false;
  return printed_length(next, kMaxLine) + kShorterBy <= printed_length(line, kMaxLine);
}

// The line gives figures other than a year's ("2026“运河人家有年味”…",
// "2026年…活动" name the campaign's year; "售价150元", "增长6.5%", "2000多万" are
// figures). A year: four digits opening 19 or 20, then 年, a quotation
// mark, a space or the line's end. (Reading a year so in
// figures_over_statement makes 2 of 都市快报's two-line headings kicker +
// title, as the crawl has them, and changes none of 人民日报's five months.)
bool figures_besides_years(std::string_view line) {
  constexpr std::size_t kYearDigits = 4;
  for (std::size_t i = 0; i < line.size();) {
    const char32_t c = util::next(line, i);
    if (c == U'%' || c == U'％') return true;
    if (!util::is_digit(c)) continue;
    std::vector<int> run{util::digit_value(c)};
    for (std::size_t k = i; k < line.size();) {
      const char32_t d = util::next(line, k);
      if (!util::is_digit(d)) break;
      run.push_back(util::digit_value(d));
      i = k;
    }
    const std::string_view after = line.substr(i);
    const bool century =
        run.size() == kYearDigits && ((run[0] == 1 && run[1] == 9) || (run[0] == 2 && run[1] == 0));
    if (!century || !(after.empty() || after.starts_with("年") || after.starts_with("“") ||
                      after.starts_with(" ") || after.starts_with("\u3000")))
      return true;
  }
  return false;
}

// A short line with figures over a longer one without ("开花率超过60%" /
// "樱花跑道进入最佳观赏期", "2000余件作品入围！" / "…开启现场初评"): the
// figures lead into the news the title states. A subtitle giving figures
// elaborates its title under it; a title reporting a figure (…上涨2.9%)
// stands over a shorter catchword.
bool figures_over_statement(std::string_view line, std::string_view next) {
  constexpr std::size_t kMaxLine = 64;
  return util::has_any(line, kFigures) && !figures_besides_years(next) && !has_count(next) &&
         column_name_start(line) == 0 && printed_length(next, kMaxLine) > printed_length(line, kMaxLine);
}

// The line closes with a series' name in brackets, its parts joined by ·
// and one bracketed number allowed inside ("…（新春走基层·脱贫攻坚一线见闻）",
// "…（人民眼·行走黄河（中））"): longer than a column's name, as a title carries it.
bool closes_with_series(std::string_view line) {
  constexpr std::size_t kMaxSeries = 30;
  std::vector<std::size_t> opens;  // byte offsets of the brackets open so far
  std::size_t last_open = std::string_view::npos;
  std::size_t i = 0;
  while (i < line.size()) {
    const std::size_t at = i;
    const char32_t c = util::next(line, i);
    if (c == U'（' || c == U'(') {
      opens.push_back(at);
    } else if ((c == U'）' || c == U')') && !opens.empty()) {
      last_open = i == line.size() ? opens.back() : std::string_view::npos;
      opens.pop_back();
    }
  }
  if (last_open == std::string_view::npos || last_open == 0) return false;
  const std::string_view note = line.substr(last_open);
  return note.find("·") != std::string_view::npos &&
         util::length_up_to(note, kMaxSeries + 3) <= kMaxSeries + 2 && !util::has_any(note, U"，。,");
}

// The words that open a clause with no subject of its own: a coverb
// ("向全国人民致以新春祝福", "以信息化推进…", "就…发表谈话", "把…化解在萌芽
// 状态", "让法治融入生活") or a verb of resolve or action ("确保…", "推动…",
// "扎实…"). In the 人民日报 crawl's headings of two lines (three months,
// 1,391 kicker + title, 383 title + subtitle), a second line opening with
// one of them is a title under its kicker about 30 times as often as a
// subtitle under its title (让 25:0, 确保 14:0, 以 12:0, 推动 11:0, 就
// 10:2, 从 9:1, 支持 9:1). Openers the subtitles of a leader's meeting take (听取,
// 审议, 围绕, 决定) are not among them.
constexpr std::array<std::string_view, 47> kSubjectlessOpenings = {
    "为",   "向",   "在",   "以",   "就",   "对",   "把",   "让",   "用",   "从",   "靠",   "确保",
    "推动", "推进", "全面", "加强", "加快", "不断", "做好", "切实", "努力", "扎实", "依法", "建立",
    "聚焦", "调研", "发挥", "深化", "全力", "深入", "充分", "打造", "更好", "保持", "强化", "促进",
    "完善", "着力", "提升", "奋力", "持续", "大力", "积极", "守护", "支持", "督导", "传达"};
// Nouns that begin like one of those openings.
constexpr std::array<std::string_view, 5> kNounsLikeOpenings = {"就业", "以色列", "用户", "对象", "对手"};

bool opens_without_subject(std::string_view line) {
  const auto opens = [line](std::string_view word) { return line.starts_with(word); };
  return std::ranges::any_of(kSubjectlessOpenings, opens) && std::ranges::none_of(kNounsLikeOpenings, opens);
}

// A heading line with no subject of its own (kSubjectlessOpenings): the line
// above names who does it, as a kicker over its title. Not a long line (a
// summary under its title) nor one with figures (为消费者挽回损失超11亿元: a
// subtitle's figures). (联合… under a list of bodies, 市文明办、市教育局,
// stays a subtitle: such a list may be a title of its own.)
bool subject_above(std::string_view next) {
  constexpr std::size_t kMaxTitle = 40;
  if (printed_length(next, kMaxTitle + 1) > kMaxTitle || util::has_any(next, kDigits)) return false;
  return opens_without_subject(next);
}

// A first line with no subject of its own over the news that names one
// ("确保吃得安心、住得舒心" / "运动员村全力做好后勤保障", "就…合作" / "某市长同…
// 互致信函"): what the news is for or about, as a kicker says it. In the crawl's
// two-line headings of four months (2019-10, 2020-01, -02, -05) such a line
// with no space in it is a kicker 92 times and a title once. Not 在…
// (在…会议上的讲话 is a speech's title over its date in brackets), nor a
// title closed by its column's or campaign's name, nor a line set in
// phrases or cut by the layout ("提升老城区 对外知名度和影响力" over the
// district's news is a title over its subtitle in a city paper).
bool purpose_above(std::string_view line, std::string_view next) {
  return opens_without_subject(line) && !line.starts_with("在") && !next.starts_with("（") &&
         !closes_with_column(line) && !closes_with_campaign(line) && !util::has_any(line, U" \u3000");
}

// A quotation alone under the line ("…侨商大会开幕" / "“为投资兴业提供更多
// 机遇”"): what was said there is the title, the line above its kicker;
// a subtitle is never one quotation alone (47 to 0 in the same four months).
bool quotation_below(std::string_view next) { return next.starts_with("“") && next.ends_with("”"); }

// The province-level divisions' short names (GB/T 2260), as a national
// paper opens a line with the place it reports from.
constexpr std::array<std::string_view, 34> kProvinces = {
    "北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽",
    "福建", "江西", "山东", "河南", "湖北",   "湖南", "广东", "广西",   "海南", "重庆", "四川", "贵州",
    "云南", "西藏", "陕西", "甘肃", "青海",   "宁夏", "新疆", "香港",   "澳门", "台湾"};

bool opens_with_province(std::string_view line) {
  return std::ranges::any_of(kProvinces, [line](std::string_view p) { return line.starts_with(p); });
}

// A province named alone, its characters spaced out as a column of
// provinces' reports sets them ("河  南" / "夏粮收购有序"): where the news
// under it comes from (5 to 0 in the crawl's two-line headings).
bool province_alone(std::string_view line) {
  std::string name;
  for (std::size_t i = 0; i < line.size();) {
    const std::size_t at = i;
    if (!util::is_space(util::next(line, i))) name.append(line.substr(at, i - at));
  }
  const std::string_view bare =
      std::string_view(name).ends_with("省")
          ? std::string_view(name).substr(0, name.size() - std::string_view("省").size())
          : std::string_view(name);
  return std::ranges::find(kProvinces, bare) != kProvinces.end();
}

// A spokesman and what he spoke on ("某部发言人谈…", "…发言人答记者问"): his
// words are the title under it (22 to 0 in the crawl's two-line headings of
// four months).
bool spokesman_speaks(std::string_view line) { return line.find("发言人") != std::string_view::npos; }

// A match's state so far ("女子国象世界冠军对抗赛战罢4盘", "…战罢半程"): a
// kicker over the score the title gives (5 to 0 in the crawl).
bool match_so_far(std::string_view line) { return line.find("战罢") != std::string_view::npos; }

// Who issued a document named in full ("中组部、人社部印发《规定》") over a
// title of what it says; a subtitle under such a title summarises the
// document at length (8 to 2, the two over 40 characters).
bool issues_document(std::string_view line, std::string_view next) {
  constexpr std::size_t kMaxTitle = 40;
  return line.find("印发《") != std::string_view::npos && line.ends_with("》") &&
         printed_length(next, kMaxTitle + 1) <= kMaxTitle;
}

// A line opening with a province's name over one that names no place and
// gives no figures ("四川达州加强社会治理" / "群众不满意什么就整治什么"):
// where and what was done, as a kicker says it over a title's catchword. In
// the 人民日报 crawl's headings of two lines (three months), 304 such pairs
// are kicker + title and 4 title + subtitle; a subtitle under a place's
// title mostly gives figures ("山东加快充电基础设施建设" / "2022年底前保有量
// 将超10万个"). Not a title closed by its series' name, nor a slogan of two
// phrases ("广西隆林铆足干劲 全力冲刺"). Not a paper's own city or province
// (`home`): a city paper names its home in its titles as a national paper
// names any place ("上海明天全市进行核酸检测" / "今天全市进行一次抗原检测" is
// 新民晚报's title over its subtitle).
bool province_over_catchword(std::string_view line, std::string_view next,
                             std::span<const std::string> home) {
  const bool at_home =
      std::ranges::any_of(home, [line](const std::string& h) { return line.starts_with(h); });
  return !at_home && opens_with_province(line) && !opens_with_province(next) &&
         !util::has_any(next, kDigits) && !next.starts_with("（") && !closes_with_campaign(line) &&
         !paired_phrases(line);
}

// A line of three clauses or more (two commas), not closed by a column's
// or series' name: a sentence, as a subtitle runs on under its title
// ("友情提醒：出门前除了…，千万别忘了…，煤气关火电器断电" under 新民晚报's
// "下楼做核酸，129人忘带钥匙"). A title of three clauses is closed by its
// column's name ("这难办，那难办，一公开就好办（链接）"): in the 人民日报
// crawl's two-line headings of five months, no second line runs on so
// under a kicker.
bool runs_on(std::string_view line) {
  std::size_t commas = 0;
  for (std::size_t i = 0; i < line.size();) {
    const char32_t c = util::next(line, i);
    if (c == U'，' || c == U',') ++commas;
  }
  return commas >= 2 && !closes_with_column(line) && !closes_with_series(line);
}

// Two clauses over two clauses ("三家企业违规排污，造成河道污染，被立案查处" /
// "守住一河清水，不容半点懈怠"): the first tells the news at length, the second
// sums it up as a title does. In the crawl's two-line headings of four
// months a first line with a comma over a second with one is a kicker 73
// times and a title once (over a dash). Not a title closed by its column's
// name ("办好一场赛，带火一座城（体育观察）" over a long summary).
// (A title exclaims where a subtitle does not: a second line with ！ is a
// title under its kicker 19 times and a subtitle never, kicker_shaped.)
//
// Not when only the second line gives figures ("…八旬老人疯狂网购" / "…连续干了
// 12小时，清走10余车杂物", "…枇杷上市" / "售价150元/斤，只有5万斤"): a subtitle's
// figures under the title. Such pairs are title over subtitle 4 times (2 of
// 都市快报, 2 of 人民日报) and kicker over title 3 times, all three by their
// context (a first line leading in with a dash or quoted, a second closed by
// its column's name).
bool clauses_over_clauses(std::string_view line, std::string_view next) {
  return util::has_any(line, U"，,") && util::has_any(next, U"，,") && !runs_on(next) &&
         !closes_with_column(line) && !closes_with_campaign(line) &&
         (util::has_any(line, kFigures) || !util::has_any(next, kFigures));
}

// A slogan of two matched phrases over a longer line giving figures, a
// year, a date or a count ("坚持某某 推进某某" / "2031某某论坛在某地举行",
// "某市7万名干部下沉一线"): the news the slogan heads, its title. A
// subtitle under a slogan's title elaborates it in words or leads in with a
// dash. In the two-line headings of the 人民日报 crawl (five months) such a
// pair not led in by a dash is a kicker over its title 6 times and a title
// over its subtitle never (the rules before it read 5 of the 6 as titles).
bool slogan_over_figures(std::string_view line, std::string_view next) {
  constexpr std::size_t kMaxLine = 64;
  return balanced_pair(line) && words_balanced(line) && !util::has_any(line, kFigures) &&
         util::has_any(next, kFigures) && !is_dash_start(next) &&
         printed_length(next, kMaxLine) > printed_length(line, kMaxLine);
}

// The first of two heading lines is shaped as a kicker over the second, the
// title: a clause with a comma (or an enumeration's 、) over a line without
// one ("湖北聚焦“关键少数”，持续高压反腐" / "去年立案查处…"); a name alone or an
// announcement; a name of six characters or less (a place, a body: "中国气象
// 局") over a line four characters longer; a line over a title of paired
// phrases ("北京朝阳区启动…" / "办事一网通 服务更贴心") or of a series' name; a
// statement over a shorter catchword. A subtitle elaborates its title in one
// clause and carries no comma the title lacks.
// (A list trailing off, lists_trailing_off, leads into the title that sums
// it up: 11 to 0 in the crawl.)
bool kicker_shaped(std::string_view line, std::string_view next, std::span<const std::string> home) {
  constexpr std::size_t kMaxName = 6;
  if (quantity_alone(line) || period_alone(line) || match_so_far(line) || lists_trailing_off(line) ||
      issues_document(line, next) || subject_above(next) || province_over_catchword(line, next, home) ||
      purpose_above(line, next) || quotation_below(next) || province_alone(line) || spokesman_speaks(line))
    return true;
  // An enumeration's 、 counts too in a clause (over twelve characters: a
  // short list of names, 市文明办、市教育局, is a title), not inside a
  // quotation (“不忘初心、牢记使命” names one thing).
  constexpr std::size_t kMaxNameList = 12;
  const bool comma =
      util::has_any(line, U"，,") || (util::has_any(line, U"、") && !util::has_any(line, U"“《") &&
                                      util::length_up_to(line, kMaxNameList + 1) > kMaxNameList);
  if (comma && !util::has_any(next, U"，,、")) return true;
  if (clauses_over_clauses(line, next) || util::has_any(next, U"！!")) return true;
  if (names_alone(line) || announces(line)) return true;
  if (closes_with_series(next) && !closes_with_series(line) && column_name_start(line) == 0) return true;
  if (!comma && states_over_catchword(line, next)) return true;
  if (figures_over_statement(line, next)) return true;
  // A slogan over a statement hardly longer than itself (a subtitle under
  // a slogan's title elaborates it at length).
  constexpr std::size_t kLongerSubtitle = 3;
  constexpr std::size_t kMaxLine = 64;
  if (balanced_pair(line) && words_balanced(line) && !paired_phrases(next) &&
      printed_length(next, kMaxLine) < printed_length(line, kMaxLine) + kLongerSubtitle)
    return true;
  if (slogan_over_figures(line, next)) return true;
  const std::size_t n = util::length_up_to(line, kMaxName + 1);
  // (Four characters longer at least: "另一个标题" over "副标题里有区字" is a
  // short title over its subtitle.)
  constexpr std::size_t kLongerBy = 4;
  if (n <= kMaxName && util::length_up_to(next, n + kLongerBy) >= n + kLongerBy) return true;
  return !comma && paired_phrases(next) && !paired_phrases(line) && line.find(' ') == std::string_view::npos;
}

// A line naming the leaders who attended, presided or spoke ("王某出席",
// "李某致辞", "张某参加审议", "宣读某某贺信并致辞"): the subtitle
// under the event's title, however the title reads. In the crawl's two-line
// headings of four months such a second line is a subtitle 113 times and a
// title twice. (…的讲话 names a speech, which may be a title of its own.)
bool names_attendance(std::string_view next) {
  return std::ranges::any_of(
      std::array<std::string_view, 6>{"出席", "致辞", "参加审议", "宣读", "主持", "并讲话"},
      [next](std::string_view act) { return next.find(act) != std::string_view::npos; });
}

// A line that only notes a document's date, place or number: wholly in
// brackets ("（2023年6月18日…会议通过）", "（第一号）") or a short number
// ("第十二号", "［十六届］第三号"). The document's name above it is the
// title: in the crawl's two-line headings of four months, 69 such second
// lines are subtitles and none a title.
bool notes_document(std::string_view next) {
  constexpr std::size_t kMaxNumber = 10;
  const bool in_brackets =
      (next.starts_with("（") && next.ends_with("）")) || (next.starts_with("(") && next.ends_with(")"));
  const bool number = next.ends_with("号") && next.find("第") != std::string_view::npos &&
                      util::length_up_to(next, kMaxNumber + 1) <= kMaxNumber;
  return in_brackets || number;
}

// A short title of two beats under a line with no comma ("老街古巷，渐次苏醒"
// under "某市修缮一批历史街区"): a catchword, as a title under its kicker
// gives it; a subtitle with a comma elaborates at length or gives the
// figures ("二十多家摊位，主打本地小吃": figures in numerals too). In the 人民日报 crawl's two-line
// headings of five months (2019-02, 2019-10, 2020-01, -02, -05), a second
// line of fourteen characters or less with a comma and no figures under a
// first without a comma is a title 50 times and a subtitle never.
bool short_clauses_below(std::string_view line, std::string_view next) {
  constexpr std::size_t kMaxCatchword = 14;
  std::size_t i = 0;
  const bool opens_with_numeral =
      !next.empty() && std::u32string_view(U"一二两三四五六七八九十百千").find(util::next(next, i)) !=
                           std::u32string_view::npos;
  return util::has_any(next, U"，,") && !util::has_any(line, U"，,") && !util::has_any(next, kDigits) &&
         !has_count(next) && !opens_with_numeral && printed_length(next, kMaxCatchword + 1) <= kMaxCatchword;
}

// Who won what ("某某夺得男子单打冠军", "三名中国球员闯进八强"): the result
// is the title, the event or stage above it its kicker (20 to 0 in the same
// headings).
bool match_result(std::string_view next) {
  constexpr std::array<std::string_view, 5> kWins = {"夺", "获", "摘得", "闯进", "晋级"};
  constexpr std::array<std::string_view, 9> kHonours = {"冠军", "亚军", "季军", "金牌", "银牌",
                                                        "铜牌", "四强", "八强", "正赛"};
  for (std::string_view honour : kHonours) {
    const std::size_t at = next.find(honour);
    if (at == std::string_view::npos) continue;
    const std::string_view before = next.substr(0, at);
    if (std::ranges::any_of(kWins, [before](std::string_view w) { return before.find(w) != before.npos; }))
      return true;
  }
  return false;
}

// What a leader's letter urges ("勉励他们…"): the title under the line
// saying who wrote to whom (3 to 0 in the same headings).
bool urges_below(std::string_view next) { return next.starts_with("勉励"); }

// The nation as the subject of the line under ("中国队…", "我国…"): the news
// itself, a title under its kicker; a subtitle goes on from its title's
// subject. In the same headings such a second line is a title 73 times and
// a subtitle twice (once under a title closed by its column's name).
bool nation_below(std::string_view line, std::string_view next) {
  return (next.starts_with("中国") || next.starts_with("我国")) && !closes_with_column(line) &&
         !closes_with_campaign(line);
}

// A holiday or its first days ("“五一”假期前三日", "春节假期"): when the
// figures under it were counted (5 to 0 in the same headings); frames_the_news
// reads …首日.
bool holiday_above(std::string_view line) {
  return line.ends_with("假期") ||
         (line.find("假期前") != std::string_view::npos && (line.ends_with("日") || line.ends_with("天")));
}

// Several departments at work, or the ill aimed at ("多部门联合…", "针对…顽疾"):
// the setting of the news a title under it tells (12 to 0 in the same
// headings).
bool setting_above(std::string_view line) { return line.starts_with("多部门") || line.starts_with("针对"); }

// A scene opening with 在 and told in one clause ("在花开满径的湖畔步道上相聚"):
// where the news under it took place, as a kicker sets it. Not a speech's
// title (在…上的讲话, 在…上的致辞), which stands over its date in brackets.
// In the two-line headings of the 人民日报 crawl (five months) and of 都市快报
// such a first line is a kicker 8 times and a title never, a title over a
// dash's subtitle aside (which title_line reads so).
bool scene_above(std::string_view line) {
  return line.starts_with("在") && !util::has_any(line, U"，,") && !line.ends_with("讲话") &&
         !line.ends_with("致辞");
}

// Where a note in brackets closing the line starts when the note holds
// brackets or a comma of its own ("…（新春走基层（特别报道））", "…(来信综述·
// 面对疫情，我们怎么做②)"), at most 32 characters, after text of the line's
// own; 0 if none. closes_with_column and closes_with_series take neither.
std::size_t nested_note_start(std::string_view line) {
  constexpr std::size_t kMaxNote = 32;
  if (!line.ends_with("）") && !line.ends_with(")")) return 0;
  std::size_t depth = 0;
  std::size_t end = line.size();
  while (end > 0) {
    std::size_t at = end;
    const char32_t c = util::prev(line, at);
    if (c == U'）' || c == U')') ++depth;
    if ((c == U'（' || c == U'(') && --depth == 0) {
      const std::string_view note = line.substr(at);
      std::size_t open = 0;
      std::size_t close = note.size();
      util::next(note, open);
      util::prev(note, close);
      const bool own_marks = util::has_any(note.substr(open, close - open), U"（(，,");
      return at > 0 && own_marks && util::length_up_to(note, kMaxNote + 1) <= kMaxNote ? at : 0;
    }
    end = at;
  }
  return 0;
}

// A title closed by a series' name of brackets or clauses of its own under
// a line without one: in the same headings 31 such second lines are titles
// and one a subtitle (opening with a dash: title_line reads it so).
bool nested_note_below(std::string_view line, std::string_view next) {
  return nested_note_start(next) > 0 && nested_note_start(line) == 0 && !closes_with_column(line) &&
         !closes_with_campaign(line) && !closes_with_series(line);
}

// A name and its colon opening the second line ("临河：老街焕发新活力",
// "某某银行：…"): the place, body or person the title speaks of or for,
// under a kicker without a colon of its own. In the same headings such a
// second line (the name two to ten characters, no comma before the colon,
// the line 40 characters at most) is a title 16 times and a subtitle never.
// (A salutation, "亲爱的居民朋友们：", has nothing after its colon.)
bool named_below(std::string_view line, std::string_view next) {
  constexpr std::size_t kMinName = 2;
  constexpr std::size_t kMaxName = 10;
  constexpr std::size_t kMaxTitle = 40;
  if (util::has_any(line, U"：:") || printed_length(next, kMaxTitle + 1) > kMaxTitle || runs_on(next))
    return false;
  std::size_t n = 0;
  for (std::size_t i = 0; i < next.size() && n <= kMaxName; ++n) {
    const char32_t c = util::next(next, i);
    if (c == U'：' || c == U':') return n >= kMinName && util::length_up_to(next.substr(i), 2) >= 2;
    if (c == U'，' || c == U',') return false;
  }
  return false;
}

// An action with no subject of its own over the news of who took it
// ("开展…操作" / "央行将投放…", "保护…" / "某省压减…"): what was done or is
// aimed at, as a kicker says it. These openings are not
// kSubjectlessOpenings': a second line opening so is a subtitle too
// (进一步部署… under a meeting). In the same headings a first line with no
// space opening with one of them is a kicker 10 times and a title never.
bool action_above(std::string_view line) {
  constexpr std::array<std::string_view, 6> kOpenings = {"保护", "改善",   "开展",
                                                         "打击", "进一步", "多措并举"};
  return !util::has_any(line, U" \u3000") &&
         std::ranges::any_of(kOpenings, [line](std::string_view w) { return line.starts_with(w); });
}

// A work named alone after its kind ("京剧《某某》", "纪录片《某某》"): the
// review's title under it says what the critic found (4 to 0 in the same
// headings).
bool work_named_above(std::string_view line) {
  constexpr std::size_t kMaxKind = 3;
  const std::size_t open = line.find("《");
  if (open == std::string_view::npos || open == 0 || !line.ends_with("》")) return false;
  const std::string_view kind = line.substr(0, open);
  std::size_t n = 0;
  for (std::size_t i = 0; i < kind.size(); ++n) {
    if (!util::is_han(util::next(kind, i))) return false;
  }
  const std::string_view name = line.substr(open);
  return n <= kMaxKind && name.find("《", 1) == std::string_view::npos;
}

// A title under the first of two heading lines by the second's own words or
// the first's setting (short_clauses_below … setting_above).
bool title_below(std::string_view line, std::string_view next) {
  return short_clauses_below(line, next) || match_result(next) || urges_below(next) ||
         nation_below(line, next) || holiday_above(line) || setting_above(line) ||
         nested_note_below(line, next) || named_below(line, next) || action_above(line) ||
         work_named_above(line) || scene_above(line);
}

// A case told by the age of whom it befell ("63岁的某女士患…", "54岁某先生…"):
// the story a kicker gives over the news (a doctor's cure, a ruling) the
// title tells. In the two-line headings of the 人民日报 crawl (five months)
// and of 都市快报 (three issues) such a first line is a kicker 6 times and a
// title never.
bool age_opens(std::string_view line) {
  std::size_t i = 0;
  std::size_t digits = 0;
  while (i < line.size()) {
    std::size_t k = i;
    if (!util::is_digit(util::next(line, k))) break;
    i = k;
    ++digits;
  }
  return digits > 0 && line.substr(i).starts_with("岁");
}

// A first line that asks ("…会发生什么故事？", "这么多好诗，如何…？读起来！")
// over a second line that carries no column's, campaign's or series' name
// and is not led into by a dash: the question is the title, the line under
// it its subtitle. In the same headings such a pair is a title over its
// subtitle 5 times and a kicker over its title never (the 9 kickers that
// ask stand over a title closed by its column's note, "…（第一落点）", or
// end leading into it with a dash).
bool asks_over_subtitle(std::string_view line, std::string_view next) {
  return util::has_any(line, U"？?") && !ends_with_dash(line) && !closes_with_column(next) &&
         !closes_with_campaign(next) && !closes_with_series(next);
}

// A first line closed by the name of its column or campaign
// ("…提供资金活水（经济聚焦）", "…（解码·…的文化民企）") over a line closed by
// none: 人民日报 sets the column's name after the title, so the first line is
// the title and the second its subtitle. In the two-line headings of five
// months of the crawl such a pair is a title over its subtitle 6 times more
// than the rules found before, and a kicker over its title never (a kicker
// whose own words end in brackets, "…延伸到村（社区）", stands over a title
// closed by its column's name).
bool column_closes_first(std::string_view line, std::string_view next) {
  const auto closed = [](std::string_view l) { return closes_with_column(l) || closes_with_campaign(l); };
  return closed(line) && !closed(next);
}

// A first line closing on words in quotation marks after words of its own
// ("某部印发“某某计划”", "菜场“上新”", "曾被人说“开不了多久”"): it names the
// thing or the saying the title under it tells of, as a kicker does. In the
// two-line headings of the 人民日报 crawl (five months) and of 都市快报 (three
// issues) such a first line over a line not led into by a dash is a kicker
// 40 times and a title 3 times (the rules before it read 5 of the 40 as
// titles). Not a series of three phrases or more ("咬定目标 大干快上 …
// 确保“半年红”" is data/sample's title over its subtitle), none of the 40.
bool quoted_term_closes(std::string_view line) {
  return line.ends_with("”") && !line.starts_with("“") && line.find("“") != std::string_view::npos &&
         !phrase_series(line);
}

// A question under a line that asks none and is not set in two phrases
// ("某某新规来了" / "之前买的…还能用吗？"): the title asks what the news means
// to the reader, the line above is its kicker. In the same headings such a
// pair is a kicker over its title 14 times and a title over its subtitle
// never (泄密的…却没事？ under two phrases is a subtitle).
bool question_below(std::string_view line, std::string_view next) {
  return util::has_any(next, U"？?") && !util::has_any(line, U"？?") &&
         line.find(' ') == std::string_view::npos;
}

// An exclamation inside the first line, more words after it ("某某来袭！某某上线",
// "马年说马！某某进校园"): a title's cry, which a kicker over a title does not
// give (a kicker's exclamation closes it, "狮子跑团再出发！", or a quotation,
// "“…全球第一个！”"). In the same headings such a first line is a title 20
// times and a kicker once.
bool exclaims_within(std::string_view line) {
  const std::size_t at = line.find("！");
  return at != std::string_view::npos && at + std::string_view("！").size() < line.size() &&
         !line.starts_with("“");
}

// A press briefing under the line that introduces what it announces
// ("某某将出席某某会议" / "外交部举行中外媒体吹风会介绍有关情况"): the
// announcement is the title, the briefing its subtitle. In the two-line
// headings of the 人民日报 crawl (five months) such a second line is a
// subtitle 6 times and a title never (the rules before it read 4 as titles).
bool briefing_below(std::string_view next) {
  return next.find("介绍") != std::string_view::npos &&
         (next.find("吹风会") != std::string_view::npos || next.find("发布会") != std::string_view::npos);
}

// The last `n` characters of the line (all of it when shorter).
std::string_view last_chars(std::string_view line, std::size_t n) {
  std::size_t end = line.size();
  for (std::size_t k = 0; k < n && end > 0; ++k) util::prev(line, end);
  return line.substr(end);
}

// Two lines closing on the same words ("某某同某国总统…互致贺电" / "某某同
// 某国总理…互致贺电", "两国元首互致新年贺电" / "两国总理互致新年贺电"): two acts
// side by side, the first the title and the second its subtitle. In the same
// headings such a pair (each line over five characters, the last four
// alike) is a title over its subtitle 5 times and a kicker over its title
// never (the rules before it read 2 as kickers).
bool parallel_lines(std::string_view line, std::string_view next) {
  constexpr std::size_t kMinLine = 6;
  constexpr std::size_t kCloseAlike = 4;
  return util::length_up_to(line, kMinLine) >= kMinLine && util::length_up_to(next, kMinLine) >= kMinLine &&
         last_chars(line, kCloseAlike) == last_chars(next, kCloseAlike);
}

// Of two heading lines, the first is a kicker over the title under it: it
// sets the context or has a kicker's shape, and the second is neither who
// attended nor a document's note. `home`: the paper's own places
// (SplitOptions::home_places).
bool kicker_over_title(std::string_view line, std::string_view next, std::span<const std::string> home) {
  if (asks_over_subtitle(line, next) || column_closes_first(line, next) || exclaims_within(line) ||
      briefing_below(next) || parallel_lines(line, next))
    return false;
  if (age_opens(line)) return true;
  if (names_attendance(next) || notes_document(next)) return false;
  return is_context(line, next) || kicker_shaped(line, next, home) || title_below(line, next) ||
         quoted_term_closes(line) || question_below(line, next);
}

// Which line of a heading block is the title: the one named (title_at), the
// first one marked up ("# 标题"), else the second of three or more, or of two
// when the first sets the context for it; else the first. A second line
// opening with —— is a subtitle, never the title: the first is the title.
std::size_t title_line(const std::vector<std::string_view>& lines, std::size_t title_at,
                       std::span<const std::string> home) {
  // A line of 70 characters or more is no title: in the 人民日报 crawl's
  // article files of five months (2019-02, 2019-10, 2020-01, 2020-02,
  // 2020-05) no title is that long, while 30 subtitles (a summary of a
  // meeting's points, "强调…，… 部署…") and 4 kickers are.
  constexpr std::size_t kMinNoTitle = 70;
  if (title_at < lines.size()) return title_at;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (strip_markup(lines[i]).size() != lines[i].size()) return i;
  }
  const bool second =
      (lines.size() >= 3 || (lines.size() == 2 && kicker_over_title(lines[0], lines[1], home))) &&
      !is_dash_start(lines[1]) && util::length_up_to(lines[1], kMinNoTitle) < kMinNoTitle;
  return second ? 1 : 0;
}

}  // namespace

namespace {

// Han characters only, and how many (0 when anything else is there).
std::size_t han_only(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++n) {
    if (!util::is_han(util::next(s, i))) return 0;
  }
  return n;
}

// One title the layout broke over two short lines ("绿城广场" / "碰到他"):
// the second is too short to be a title of its own (two or three Han
// characters) and the first is short too (two to six), neither holding
// punctuation, spaces or markup.
bool broken_title(const std::vector<std::string_view>& lines, std::size_t title_at) {
  if (lines.size() != 2 || title_at < lines.size()) return false;
  const std::size_t first = han_only(lines[0]);
  const std::size_t second = han_only(lines[1]);
  return first >= 2 && first <= 6 && second >= 2 && second <= 3;
}

}  // namespace

namespace {

// A heading line with each run of spaces (full-width, non-breaking, two
// ASCII ones set for spacing: "忠诚履职  热血为民") as one ASCII space.
std::string one_space(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  bool space = false;
  for (std::size_t i = 0; i < line.size();) {
    const std::size_t at = i;
    const char32_t c = util::next(line, i);
    if (util::is_space(c)) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out.append(line.substr(at, i - at));
  }
  return out;
}

}  // namespace

HeadingBlock assign_headings(const std::vector<std::string_view>& lines,
                             const std::vector<std::string_view>& column_tags, std::size_t title_at,
                             std::span<const std::string> home_places) {
  HeadingBlock b;
  if (broken_title(lines, title_at)) {
    for (auto tag : column_tags) {
      if (!b.kicker.empty()) b.kicker += ' ';
      b.kicker += tag;
    }
    b.title = std::string(lines[0]) + std::string(lines[1]);
    return b;
  }
  auto add_kicker = [&b](std::string_view s) {
    if (!b.kicker.empty()) b.kicker += ' ';
    b.kicker += one_space(s);
  };
  for (auto tag : column_tags) add_kicker(tag);
  const std::size_t title = title_line(lines, title_at, home_places);
  for (std::size_t i = 0; i < title; ++i) add_kicker(strip_markup(lines[i]));
  if (title < lines.size()) {
    // A column's name before the title on its line ("记者手记 姜川村的巨变").
    std::string_view t = strip_markup(lines[title]);
    if (const std::size_t tag = column_prefix(t); tag > 0) {
      add_kicker(t.substr(0, tag));
      t = util::trim(t.substr(tag));
      for (std::string_view bar : {"|", "｜"})  // "市县融媒走基层 | 标题"
        if (starts_with(t, bar)) t = util::trim(t.substr(bar.size()));
    }
    b.title = one_space(t);
  }
  for (std::size_t i = title + 1; i < lines.size(); ++i) {
    if (!b.subtitle.empty()) b.subtitle += '\n';
    b.subtitle += one_space(strip_markup(lines[i]));
  }
  return b;
}

bool closed_by_note(std::string_view line) {
  return closes_with_column(line) || closes_with_campaign(line) || closes_with_series(line);
}

}  // namespace kanbao::corpus
