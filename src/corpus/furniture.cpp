// SPDX-License-Identifier: MIT
#include "corpus/furniture.h"

#include <algorithm>
#include <array>

#include "corpus/text_util.h"

namespace kanbao::corpus {
namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool contains(std::string_view s, std::string_view p) { return s.find(p) != std::string_view::npos; }

constexpr std::array<std::string_view, 16> kEditorRoles{
    "责任编辑", "责编", "美术编辑", "美编", "本版编辑", "图片编辑", "版式设计", "版式",
    "校对",     "组版", "编辑",     "制图", "视觉设计", "本版责编", "值班编辑", "排版"};

// 责任编辑 王某某　美术编辑 李某: role words and short names, no sentence.
bool is_editor_line(std::string_view line) {
  bool role = false;
  for (auto r : kEditorRoles) role = role || starts_with(line, r);
  if (!role || util::length_up_to(line, 61) > 60) return false;
  for (std::size_t i = 0; i < line.size();) {
    const char32_t c = util::next(line, i);
    if (c == U'。' || c == U'，' || c == U',' || c == U'！' || c == U'？') return false;
  }
  // "编辑部近日…": the role word must be followed by a separator or a name.
  for (auto r : kEditorRoles) {
    if (!starts_with(line, r)) continue;
    std::size_t i = r.size();
    if (i >= line.size()) return true;
    const char32_t c = util::next(line, i);
    if (util::is_space(c) || c == U'：' || c == U':' || c == U'|' || c == U'｜' || c == U'/') return true;
  }
  // 责任编辑王某某 (glued): short enough to be a role and a name. A glued
  // line ending in a colon addresses someone: a letter's salutation
  // ("编辑同志："), the letter's text (3 such lines over five months of
  // 人民日报, all salutations; no editor line ends so).
  return util::length_up_to(line, 12) <= 10 && !starts_with(line, "编辑部") && !line.ends_with("：") &&
         !line.ends_with(":");
}

// "2023年6月21日" somewhere in the line.
bool has_full_date(std::string_view line) {
  const std::size_t year = line.find("年");
  if (year == std::string_view::npos || year < 4) return false;
  return contains(line.substr(year), "月") && contains(line.substr(year), "日");
}

bool is_weekday_or_page(std::string_view line) {
  if (contains(line, "星期") || contains(line, "周一") || contains(line, "周日")) return true;
  const std::size_t di = line.find("第");
  return di != std::string_view::npos && contains(line.substr(di), "版");
}

// 第05版：要闻 / 第5版 管城新闻 / 05版 / A05版：要闻 / 第 1 版: a page header.
bool is_page_header(std::string_view line) {
  if (util::length_up_to(line, 31) > 30) return false;
  for (std::string_view bullet : {"•", "·"}) {  // "• 04版:要闻    上一版" (an e-paper's page menu)
    if (starts_with(line, bullet)) line = util::trim(line.substr(bullet.size()));
  }
  std::size_t i = 0;
  if (starts_with(line, "第")) i = 3;
  std::size_t digits = 0;
  std::size_t letters = 0;
  while (i < line.size()) {
    std::size_t j = i;
    const char32_t c = util::next(line, j);
    if (c == ' ') {  // 第 1 版
      i = j;
      continue;
    }
    const bool letter = (c >= 'A' && c <= 'Z') || (c >= U'Ａ' && c <= U'Ｚ');
    if (letter && digits == 0 && letters < 2) {  // A05, RB01
      ++letters;
      i = j;
      continue;
    }
    if (!util::is_digit(c) &&
        std::u32string_view(U"一二三四五六七八九十").find(c) == std::u32string_view::npos)
      break;
    ++digits;
    i = j;
  }
  return digits > 0 && digits <= 3 && line.substr(i, 3) == "版";
}

int chinese_digit(char32_t c) {
  constexpr std::u32string_view kDigits = U"零一二三四五六七八九";
  const std::size_t p = kDigits.find(c);
  return p == std::u32string_view::npos ? -1 : static_cast<int>(p);
}

// A date and nothing else: "2024年02月03日", "2009年11月5日 星期四", "1995-06-09",
// "人民日报2025.12.22星期一" (an e-paper's date bar).
bool is_date_line(std::string_view line, std::size_t len) {
  if (len > 24 || contains(line, "。") || contains(line, "，") || contains(line, ",")) return false;
  std::size_t digits = 0;
  std::size_t han = 0;
  for (std::size_t i = 0; i < line.size();) {
    const char32_t c = util::next(line, i);
    if (util::is_digit(c)) {
      ++digits;
    } else if (util::is_han(c) && c != U'年' && c != U'月' && c != U'日' && c != U'星' && c != U'期') {
      ++han;
    }
  }
  if (digits < 6) return false;
  if (has_full_date(line)) return han <= 1;  // the weekday's numeral
  const bool iso = line.size() == 10 && line[4] == '-' && line[7] == '-';
  return iso || (contains(line, "星期") && digits >= 8);
}

// "2021-01-07" in the line, at its first '-'.
bool has_iso_date(std::string_view line) {
  const std::size_t dash = line.find('-');
  if (dash == std::string_view::npos || dash < 4 || dash + 6 > line.size()) return false;
  const std::string_view d = line.substr(dash - 4, 10);
  return d[7] == '-' &&
         std::all_of(d.begin(), d.end(), [](char c) { return c == '-' || (c >= '0' && c <= '9'); });
}

// A site's menu bar: three or more short items between | bars
// ("返回主页 | 郑州晚报 | 标题导航 | 郑州日报").
bool menu_bar(std::string_view line) {
  std::size_t items = 0;
  std::size_t start = 0;
  while (start <= line.size()) {
    std::size_t bar = line.find('|', start);
    if (bar == std::string_view::npos) bar = line.size();
    const std::string_view item = util::trim(line.substr(start, bar - start));
    if (item.empty() || util::length_up_to(item, 9) > 8) return false;
    ++items;
    start = bar + 1;
  }
  return items >= 3;
}

// Past the run of > marks (">", ">>", "＞") at `at`.
std::size_t past_marks(std::string_view line, std::size_t at) {
  for (;;) {
    if (line.substr(at, 1) == ">") {
      ++at;
    } else if (line.substr(at, 3) == "＞") {
      at += 3;
    } else {
      return at;
    }
  }
}

// A site's breadcrumb trail: three or more short items between > marks
// ("您现在的位置:首页 > 城事 > 城生活 > 正文"). Marked by >> the trail starts
// at the home page or a position label ("首页 >> 新闻 >> 本地",
// "本页位置:首页>>新闻大观"): a special's heading line may chain its
// sections by >> too, and is kept with the heading it stands under.
bool breadcrumb(std::string_view line) {
  std::size_t items = 0;
  std::size_t start = 0;
  bool doubled = false;
  while (start <= line.size()) {
    std::size_t mark = std::min(line.find('>', start), line.find("＞", start));
    const bool last = mark == std::string_view::npos;
    if (last) mark = line.size();
    const std::string_view item = util::trim(line.substr(start, mark - start));
    if (item.empty() || util::length_up_to(item, 13) > 12) return false;
    ++items;
    start = last ? line.size() + 1 : past_marks(line, mark);
    doubled = doubled || (!last && start - mark > (line[mark] == '>' ? 1u : 3u));
  }
  if (items < 3) return false;
  return !doubled || contains(line, "首页") || contains(line, "首頁") || contains(line, "位置");
}

// Words of an e-paper's navigation: "3 上一篇  下一篇 4", "<<上一篇", "下一篇>>", "放大 缩小 默认",
// "通版阅读请点击:", "当前版:04版", "发布日期:".
bool is_web_navigation(std::string_view line, std::size_t len) {
  if (len <= 60 && breadcrumb(line)) return true;
  // A page's address line ("http://www.example.com 2004年12月12日03:31 某某网"):
  // a copied web page's header, never a paper's text.
  if (len <= 80 && (starts_with(line, "http://") || starts_with(line, "https://"))) return true;
  if (len > 30) return false;
  std::size_t first = 0;
  if (std::u32string_view(U"当发通展收返版本内新相").find(util::next(line, first)) !=
      std::u32string_view::npos) {
    for (std::string_view p :
         {"当前版", "发布日期", "通版阅读", "展开通版", "收缩通版", "返回目录", "版面导航", "本文字数",
          "返回该版首页", "内容详情", "新闻推荐", "相关推荐", "相关阅读"})
      if (starts_with(line, p)) return true;
  }
  if (menu_bar(line)) return true;
  constexpr std::array<std::string_view, 15> kWords{"上一篇", "下一篇", "上一版",   "下一版", "上一期",
                                                    "下一期", "放大",   "缩小",     "默认",   "热门图片",
                                                    "PDF版",  "打印",   "返回主页", "返回",   "标题导航"};
  std::size_t i = 0;
  bool any = false;
  while (i < line.size()) {
    std::size_t j = i;
    const char32_t c = util::next(line, j);
    // Arrows beside the words ("<<上一篇", "下一篇>>").
    if (util::is_space(c) || util::is_digit(c) || c == U'•' || c == U'·' || c == U'|' || c == U'｜' ||
        c == U'<' || c == U'>' || c == U'«' || c == U'»') {
      i = j;
      continue;
    }
    bool word = false;
    for (auto w : kWords) {
      if (line.substr(i, w.size()) == w) {
        i += w.size();
        word = any = true;
        break;
      }
    }
    if (!word) return false;
  }
  return any;
}

// A website's marks that may stand anywhere: an English copyright line, a
// CMS's metadata line, follow-us lines, the site's name alone ("中青在线").
// Only ASCII patterns are searched in long lines: a search for a Chinese
// word costs a scan of every line of every page.
bool is_web_mark(std::string_view line, std::size_t len) {
  if (contains(line, "Copyright") || contains(line, "All Rights Reserved")) return true;
  if (contains(line, "enpproperty") || (contains(line, "content_") && contains(line, ".htm"))) return true;
  if (len > 40) return false;
  if (starts_with(line, "欢迎关注") || starts_with(line, "关注我们")) return true;
  if (len <= 20 && contains(line, "免责声明")) return true;
  for (std::string_view site : {"在线", "电子报", "数字报"})
    if (len <= 7 && line.size() > site.size() && line.substr(line.size() - site.size()) == site) return true;
  // A web page's date bar ("陇南日报 2021-01-07 00:45 大字").
  if (len <= 30 && line.find(':') != std::string_view::npos && has_iso_date(line) && !contains(line, "，"))
    return true;
  // A web page's source line alone ("来源:某某网"); one naming a writer is a byline.
  if (len <= 20 && (starts_with(line, "来源:") || starts_with(line, "来源：")) && !contains(line, "记者") &&
      !contains(line, "作者"))
    return true;
  // An app's advertisement ("报晓风客户端").
  if (len <= 10 && line.size() > 9 && line.substr(line.size() - 9) == "客户端") return true;
  return false;
}

// What a paper's colophon opens a line with: its address, licences, postal
// code, price and printer ("本报地址：…  邮编：…", "邮发代号：…", "广告经营许可证：…",
// "零售价：1.00元", "印刷：…印务有限公司"), and its heading "本报地址" alone.
constexpr std::array<std::string_view, 14> kColophonKeys{
    "本报地址",     "社址：",     "广告经营许可证", "广告许可证",   "邮发代号",
    "本报法律顾问", "出版单位：", "零售价：",       "全国各地邮局", "国内统一连续出版物号",
    "国内统一刊号", "印刷：",     "本报传真",       "本报总机"};

// Words of a colophon that an article may hold too: a line is the
// colophon only with two of them ("邮政编码：450000  电话：…").
constexpr std::array<std::string_view, 9> kColophonWords{"邮编", "邮政编码", "电话", "传真",    "定价",
                                                         "订价", "零售价",   "印刷", "广告经营"};

// A line of the paper's colophon: no sentence, and opened by one of its
// keys, or holding two of its words, or a short price line ("2026年订价396元").
bool is_colophon(std::string_view line, std::size_t len) {
  if (len > 120 || util::has_any(line, U"。，！？；")) return false;
  for (auto key : kColophonKeys)
    if (starts_with(line, key)) return true;
  std::size_t words = 0;
  for (auto w : kColophonWords) words += contains(line, w) ? 1 : 0;
  if (words >= 2) return true;
  return len <= 16 && (contains(line, "订价") || contains(line, "定价")) && line.ends_with("元");
}

// An advertisement's mark, alone on its line under the advertisement:
// "广告", "·广告·", "（广告）", "【广告】".
bool is_advertisement_mark_line(std::string_view line) {
  for (std::string_view mark : {"广告", "·广告·", "• 广告 •", "（广告）", "(广告)", "【广告】", "-广告-"})
    if (line == mark) return true;
  return false;
}

}  // namespace

bool is_advertisement_mark(std::string_view line) {
  line = util::trim(line);
  if (is_advertisement_mark_line(line)) return true;
  // "· 广告 ·": the mark spaced out.
  std::string joined;
  util::append_unspaced(joined, line);
  return joined != line && is_advertisement_mark_line(joined);
}

bool is_colophon_line(std::string_view line) {
  line = util::trim(line);
  constexpr std::size_t kLongest = 121;  // is_colophon takes no line longer than 120
  return is_colophon(line, util::length_up_to(line, kLongest));
}

bool is_furniture(std::string_view line) {
  line = util::trim(line);
  if (line.empty()) return false;
  // A line that ends a sentence is text (a notice that does is judged by
  // is_site_notice): most lines of a page end so, and cost nothing more here.
  if (util::last(line) == U'。') return false;
  // An archive's empty column field ("专栏:"), a source line
  // (《 人民日报 》( 2016年01月31日 04 版)).
  if (line == "专栏:" || line == "专栏：") return true;
  if (starts_with(line, "《") && has_full_date(line) && contains(line, "版") &&
      util::length_up_to(line, 61) <= 60)
    return true;
  if (is_editor_line(line)) return true;
  const std::size_t len = util::length_up_to(line, 61);
  if (len <= 60 && has_full_date(line) && is_weekday_or_page(line) && !contains(line, "。")) return true;
  if (is_page_header(line)) return true;
  if (is_date_line(line, len) || is_web_navigation(line, len) || is_web_mark(line, len)) return true;
  if (is_colophon(line, len) || is_advertisement_mark(line)) return true;
  if (len <= 8 && (line == "本版导读" || line == "导读" || line == "今日导读" || line == "导 读"))
    return true;
  if (len <= 40 && (starts_with(line, "扫码") || starts_with(line, "扫描二维码") ||
                    starts_with(line, "扫一扫") || starts_with(line, "长按识别") || line == "二维码"))
    return true;
  return false;
}

bool is_web_date_bar(std::string_view line) {
  line = util::trim(line);
  if (!contains(line, ":") && !contains(line, "：")) return false;
  if (!has_iso_date(line) && !has_full_date(line)) return false;
  return !is_weekday_or_page(line) && is_furniture(line);
}

bool is_site_notice(std::string_view line) {
  if (line.size() > 900) return false;  // 300 Han characters
  if ((contains(line, "本网") || contains(line, "本站")) &&
      (contains(line, "版权") || contains(line, "转载") || contains(line, "声明")))
    return true;
  return line.size() <= 300 && (contains(line, "来源:") || contains(line, "来源：")) &&
         contains(line, "作者") && !contains(line, "。");
}

bool is_source_line(std::string_view line) {
  line = util::trim(line);
  // The repost's editor noted after it: "(来源:中原晚报) [编辑: 李娜]".
  const std::size_t note = line.ends_with(']') ? line.rfind('[') : line.npos;
  if (note != line.npos && note > 0 && is_editor_line(line.substr(note + 1, line.size() - note - 2)))
    line = util::trim(line.substr(0, note));
  // The key opens the line (after a bracket): most lines are turned away
  // here without being read.
  const std::size_t key_at = starts_with(line, "（") ? 3 : starts_with(line, "(") ? 1 : 0;
  const std::string_view head = line.substr(key_at, 6);
  if (head != "来源" && head != "转自" && head != "转载" && head != "摘自" && head != "稿件") return false;
  if (util::length_up_to(line, 31) > 30) return false;
  for (std::string_view open : {"（", "("}) {
    if (starts_with(line, open)) line = util::trim(util::strip_closing(line.substr(open.size())));
  }
  std::size_t rest = std::string_view::npos;
  for (std::string_view key : {"来源：", "来源:", "稿件来源：", "稿件来源:", "转自", "转载自", "摘自"}) {
    if (starts_with(line, key)) rest = key.size();
  }
  if (rest == std::string_view::npos) return false;
  const std::string_view source = util::trim(line.substr(rest));
  // One name, no further fields or sentence.
  return !source.empty() && !util::has_any(source, U" 　:：，,。");
}

bool is_section_head(std::string_view line, std::string_view page_name) {
  line = util::trim(line);
  if (line.empty()) return false;
  if (!page_name.empty() && line == page_name) return true;
  if (util::length_up_to(line, 7) > 6) return false;
  constexpr std::array<std::string_view, 24> kWords{
      "新闻", "要闻", "综合", "评论", "时评", "观察", "专版", "副刊", "周刊", "体育", "国际", "文化",
      "经济", "社会", "民生", "法治", "理论", "广告", "视点", "关注", "专题", "城事", "聚焦", "视觉"};
  for (auto w : kWords)
    if (line.size() >= w.size() && line.substr(line.size() - w.size()) == w) return true;
  return false;
}

std::string normalise_page_code(std::string_view code) {
  code = util::trim(code);
  std::string letter;
  int value = 0;
  int digits = 0;
  bool chinese = false;
  int pending = 0;  // Chinese numerals: 十二 = 12, 二十 = 20
  for (std::size_t i = 0; i < code.size();) {
    const char32_t c = util::next(code, i);
    if (digits == 0 && letter.empty() && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
      letter = static_cast<char>(c >= 'a' ? c - 'a' + 'A' : c);
    } else if (digits == 0 && letter.empty() && c >= U'Ａ' && c <= U'Ｚ') {
      letter = static_cast<char>('A' + (c - U'Ａ'));
    } else if (util::is_digit(c) && !chinese) {
      // Saturates past 999 (refused below): a long run must not overflow; 0007 is 7.
      value = std::min(value * 10 + util::digit_value(c), 1000);
      ++digits;
    } else if (c == U'十' && (digits == 0 || chinese)) {
      chinese = true;
      value += (pending == 0 ? 1 : pending) * 10;
      pending = 0;
      ++digits;
    } else if (chinese_digit(c) >= 0 && (digits == 0 || chinese)) {
      chinese = true;
      pending = chinese_digit(c);
      ++digits;
    } else {
      return "";
    }
  }
  value += pending;
  if (digits == 0 || value <= 0 || value > 999) return "";
  std::string code_out = letter;
  if (value < 10) code_out += '0';
  code_out += std::to_string(value);
  return code_out;
}

namespace {

// The marker at line[i..]: [（(][下上紧]?[转接]第?CODE版[）)]? — returns it or nullopt.
std::optional<Continuation> marker_at(std::string_view line, std::size_t i) {
  Continuation c;
  c.begin = i;
  bool bracket = false;
  std::size_t j = i;
  char32_t ch = util::next(line, j);
  if (ch == U'（' || ch == U'(') {
    bracket = true;
    i = j;
    if (i >= line.size()) return std::nullopt;
    ch = util::next(line, j);
  }
  bool direction_known = false;
  if (ch == U'下' || ch == U'上' || ch == U'紧') {
    c.to = ch == U'下';
    direction_known = true;
    i = j;
    if (i >= line.size()) return std::nullopt;
    ch = util::next(line, j);
  }
  if (ch != U'转' && ch != U'接') return std::nullopt;
  if (!direction_known) c.to = ch == U'转';
  if (direction_known && (c.to != (ch == U'转'))) return std::nullopt;
  i = j;
  if (line.substr(i, 3) == "第") i += 3;
  const std::size_t version = line.find("版", i);
  if (version == std::string_view::npos || version - i > 12) return std::nullopt;
  c.page = normalise_page_code(line.substr(i, version - i));
  if (c.page.empty()) return std::nullopt;
  i = version + 3;
  if (bracket) {
    if (i >= line.size()) return std::nullopt;
    std::size_t k = i;
    const char32_t close = util::next(line, k);
    if (close != U'）' && close != U')') return std::nullopt;
    i = k;
  }
  c.end = i;
  return c;
}

}  // namespace

std::optional<Continuation> find_continuation(std::string_view line) {
  if (line.empty()) return std::nullopt;
  if (auto c = marker_at(line, 0); c && (c->end == line.size() || !c->to)) return c;
  // At the end: the last opening bracket in the tail.
  const std::size_t from = line.size() > 60 ? line.size() - 60 : 0;
  const std::string_view tail = line.substr(from);
  if (tail.find("版") == std::string_view::npos) return std::nullopt;
  for (std::string_view open : {"（", "("}) {
    const std::size_t p = tail.rfind(open);
    if (p == std::string_view::npos) continue;
    if (auto c = marker_at(line, from + p); c && c->end == line.size() && c->to) return c;
  }
  // Unbracketed after the last sentence: 都市快报 closes a page's part of a
  // story with "…学做茶。”下转B02版" (its one such line; none in five months
  // of 人民日报).
  if (const std::size_t p = tail.rfind("下转"); p != std::string_view::npos)
    if (auto c = marker_at(line, from + p); c && c->end == line.size()) return c;
  return std::nullopt;
}

}  // namespace kanbao::corpus
