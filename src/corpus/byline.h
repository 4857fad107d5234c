// SPDX-License-Identifier: MIT
// Recognising bylines: "记者 冉红政 通讯员 姜璞 文/图" (internal header).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kanbao::corpus {

struct Byline {
  std::string text;                         // as printed
  std::vector<std::string> reporters;       // staff: 记者, 本报记者, 摄影, "X 摄", 文/X, 图/Y
  std::vector<std::string> correspondents;  // 通讯员
  bool photo_credit = false;                // a photo credit: 文/图, 图/文, 摄, 摄影报道, 图/X
  bool text_credit = false;                 // the text credited too: 文/图, 文/X, "X 文", 摄影报道
  bool contributors = false;                // 参与记者: reporters who added to a story another signs

  // Nothing printed and nobody credited (a byline read inside the text
  // credits names with no printed text of its own).
  bool empty() const { return text.empty() && reporters.empty() && correspondents.empty(); }
};

// Parses `text` if it consists only of a byline: role words (记者, 本报记者,
// 通讯员, 新华社记者, ...) each followed by Han names of 2-4 characters
// (separated by spaces of any kind, 、 or ，; a name may be glued to its role,
// "记者王刚"; a two-character name padded with spaces, "施  芳", is one
// name), optionally ending with a credit (文/图, 摄, 摄影报道, 报道, 整理);
// or names followed by 摄 ("王刚 摄"); or 文/X 图/Y; or a lone 本报评论员. A
// leading □/■ mark and enclosing brackets are allowed. Anything else (a
// sentence such as "记者从市住建局获悉") is not a byline.
std::optional<Byline> parse_byline(std::string_view text);

// parse_byline, or a credit closed by its column's or agency's name in
// brackets, full-width or ASCII ("黄继明摄（影像中国）", "朱孝荣摄(人民视觉)"):
// the byline before the note, its text without the note (the agency is
// nobody's name).
std::optional<Byline> parse_credit_line(std::string_view text);

// "赵叶舟" or "湛承兵 王 群": one to three names and nothing else, as
// papers print in brackets after 本报讯 or at a story's end, all taken as
// the reporters. (parse_byline accepts them in brackets.)
std::optional<Byline> parse_credit_names(std::string_view inner);

// A byline appended to the end of a paragraph after its last sentence
// terminator ("…事业发展。记者 景静", "…。 本报记者 王刚 摄", with its
// agency's name "…。朱孝荣摄（人民视觉）": read it with parse_credit_line):
// returns the byte offset where the byline starts, or nullopt. Only the tail of the line is
// examined, so this is cheap on huge lines.
std::optional<std::size_t> find_appended_byline(std::string_view line);

// A photo's credit closing a caption inside the text, after a space
// ("金牌读者齐聚一堂 本报记者 王刚摄", "图说:…开幕 记者 王刚 摄(下同)"): the
// credit's byline, or nullopt. The longest credit that parses wins, so the
// role before the names is kept.
std::optional<Byline> find_caption_credit(std::string_view line);

// Photos' credits in brackets inside a paragraph, each after the words
// that point at its photo ("…在路边吃饭（见上图，本报记者王刚摄）", "（图②，李娜摄）",
// "（上图：老街新貌。张强摄）"): the credits merged, or nullopt.
std::optional<Byline> find_photo_notes(std::string_view paragraph);

// A paragraph opening with its byline and 报道 ("本报记者陆珂报道：同四个月前
//相比，…", a lead with no dateline, as after an 编者按): the byline, or nullopt.
std::optional<Byline> find_opening_report(std::string_view paragraph);

// Reporters credited inside a sentence, each after 由 and a reporter's role
// and before what they did ("图片由晚报记者张翼飞翻拍于…，文字由晚报记者张改华
// 采写。"): the names, in order; empty when there are none. A name is taken
// only when one length (two or three characters) puts the verb right after it.
std::vector<std::string> find_sentence_credits(std::string_view paragraph);

// A note in brackets that ends with a byline after a comma or a space
// ("（作者为某市政协委员，本报记者王刚采访整理）", "（据新华社北京10月9日电  记者
// 王刚、李娜）"): that byline (the longest such ending), or nullopt.
std::optional<Byline> find_note_byline(std::string_view paragraph);

// The reporters credited in a sentence of the last paragraph (or the one
// above it, under a closing note), for an article with no byline.
std::vector<std::string> find_closing_credits(const std::vector<std::string>& paragraphs);

// A byline read in `folded` (`printed` with its traditional forms folded,
// text_util.h) as `printed` shows it: folding keeps byte lengths, so each
// name and the text become the same bytes of `printed` ("林志華 攝" keeps
// its 華). A name not found in `folded` (joined: 施 芳) stays as read.
void as_printed(Byline& b, std::string_view folded, std::string_view printed);

// Merges a further byline line into `into` (lines are joined by one space);
// a name `into` credits already is not added again.
void merge_byline(Byline& into, const Byline& more);

}  // namespace kanbao::corpus
