// SPDX-License-Identifier: MIT
// Page furniture and continuation markers (internal header): the lines of
// a printed page that belong to no article's text.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kanbao::corpus {

// A line of furniture wherever it stands: a masthead (郑州日报 2023年6月21日
// 星期三 第5版), a page header (第05版：要闻), editor and proofreader lines
// (责任编辑 王某某　美术编辑 李某　校对 赵某某), 本版导读, QR notes (扫码阅读更多),
// the paper's colophon (本报地址：…  邮政编码：…, 广告经营许可证：…, 零售价：…),
// an advertisement's mark (·广告·).
bool is_furniture(std::string_view line);

// A line of the paper's colophon (本报地址：…, 邮发代号：…, 零售价：…,
// 印刷：…印务有限公司（某市某区某路1号）): furniture that names the paper's
// own address, never what a page is about.
bool is_colophon_line(std::string_view line);

// An advertisement's mark alone on its line ("广告", "·广告·", "（广告）"):
// furniture, and what it closes is the advertisement, no article.
bool is_advertisement_mark(std::string_view line);

// A web page's date bar under its title ("2018年04月26日14:17",
// "某某网  日期: 2007-07-18  来源: 某某晚报"): furniture holding a date and a
// time or a label, not a printed page's masthead (no weekday, no page).
bool is_web_date_bar(std::string_view line);

// A website's notice: copyright and reprint terms (本网…版权所有, 请勿转载),
// a "字号 作者 来源" line. Furniture only right below other furniture (a
// site's menu or page bar): elsewhere such words may be an article's.
bool is_site_notice(std::string_view line);

// A repost's note of where the text came from, alone on its line:
// "（来源：中原晚报）", "来源：中原日报", "转自《中原晚报》", "摘自…", "转载自…",
// also with the editor noted after it ("(来源:中原晚报) [编辑: 李娜]").
// Closing an article, it ends it (a field line naming a reporter too,
// "来源：X 作者：Y", is a byline, not this).
bool is_source_line(std::string_view line);

// A section head (管城新闻, 要闻, 国际新闻, 县区新闻: at most six characters
// ending in such a word, or the page's name): furniture only at the top of a
// page above the first article's headings (elsewhere the same words may
// title an article).
bool is_section_head(std::string_view line, std::string_view page_name);

struct Continuation {
  bool to = false;        // true: 下转第X版 (continued on); false: 上接第X版 (continued from)
  std::string page;       // normalised page code: 第三版 -> "03", A3 -> "A03"
  std::size_t begin = 0;  // the marker's bytes in the line, brackets included
  std::size_t end = 0;
};

// A continuation marker (（下转第三版）, (上接第1版), 转第3版) that is the whole
// line, ends it (下转, bracketed or not: …。”下转B02版) or starts it (上接).
// Looks only at the line's ends.
std::optional<Continuation> find_continuation(std::string_view line);

// "3", "03", "三", "十二", "A3", "Ａ０３" -> "03", "03", "03", "12", "A03", "A03";
// "" when the text is not a page number.
std::string normalise_page_code(std::string_view code);

}  // namespace kanbao::corpus
