// SPDX-License-Identifier: MIT
#include "corpus/byline.h"

#include <algorithm>
#include <utility>

#include "corpus/byline_fields.h"
#include "corpus/byline_tokens.h"
#include "corpus/headings.h"
#include "corpus/surnames.h"
#include "corpus/text_util.h"

namespace kanbao::corpus {
namespace {

using bylines::credit_of;
using bylines::han_count;
using bylines::is_name;
using bylines::is_separator;
using bylines::Role;
using bylines::role_of;
using bylines::strip_mark;
using bylines::strip_photo_number;
using bylines::unbracket;

// Roles that make a byline by themselves ("本报评论员" signs commentary).
bool signs_alone(std::string_view role) {
  return role == "本报评论员" || role == "本报特约评论员" || role == "评论员";
}

// 整理, 采访整理: the named reporter wrote the text down (from notes, an interview).
// (采写: gathered and wrote it; 编译: translated it.)
bool writes_up(std::string_view credit) {
  return credit == "整理" || credit == "采访整理" || credit == "采写" || credit == "编译";
}

// 参与采写: the named reporters took part in the story ("（王刚、李娜参与采写）").
bool takes_part(std::string_view credit) { return credit == "参与采写"; }

// Of the credits that close a byline, all but 报道 and those that write up or take part credit a photo.
bool is_photo(std::string_view credit) {
  return credit != "报道" && !writes_up(credit) && !takes_part(credit);
}

// Of the photo credits, those that credit the text as well (文/图, 文/摄,
// 图文, 摄影报道: photos and the report); 摄 and 供图 credit photos alone.
bool credits_text(std::string_view credit) {
  return credit.find("文") != std::string_view::npos || credit == "摄影报道";
}

// Bylines are short; anything longer is prose.
constexpr std::size_t kMaxBylineChars = 80;
// A round-up's credit in brackets may name two dozen reporters
// ("（综合本报记者王刚、李娜、…报道）"); it is still names only.
constexpr std::size_t kMaxBracketedByline = 2 * kMaxBylineChars;

// Where a line's tail that may hold a closing byline starts (in bytes, 3 a
// Han character): only there need traditional forms be folded.
std::size_t tail_start(std::string_view line) {
  constexpr std::size_t kTail = (kMaxBylineChars + 4) * 3;
  return line.size() > kTail ? line.size() - kTail : 0;
}

// Characters no personal name holds: an agency, a paper, a section or a
// note in brackets ("（新华社）", "（图片新闻）", "（附图片）", "（完）").
bool unnamelike(std::string_view token) {
  for (std::string_view c :
       {"社", "网", "报", "台", "局", "厅", "委", "会", "办",   "站",   "院",   "组", "队",
        "团", "图", "片", "版", "期", "续", "完", "稿", "新闻", "记者", "中心", "部"})
    if (token.find(c) != std::string_view::npos) return true;
  return false;
}

}  // namespace

std::optional<Byline> parse_credit_names(std::string_view inner) {
  inner = util::trim(inner);
  // Han characters and spaces only, two to eleven of them: looked at
  // before any token is made ("（完）" ends many paragraphs).
  std::size_t han = 0;
  for (std::size_t i = 0; i < inner.size();) {
    const char32_t c = util::next(inner, i);
    if (util::is_han(c)) {
      if (++han > 11) return std::nullopt;
    } else if (!util::is_space(c) && !is_separator(c)) {
      return std::nullopt;
    }
  }
  if (han < 2) return std::nullopt;
  const auto toks = bylines::tokens(inner);
  if (toks.empty() || toks.size() > 3) return std::nullopt;
  Byline b;
  for (const std::string& tok : toks) {
    const std::size_t n = han_count(tok);  // 2-3: a bare name has no role to vouch for a longer one
    if (n < 2 || n > 3 || unnamelike(tok)) return std::nullopt;
    b.reporters.push_back(tok);
  }
  b.text = std::string(inner);
  return b;
}

namespace {

// A name in brackets that names no one: a column's ("（画间语）", "（今日谈）")
// or a numbered item's ("（第一号）"). One word printed without spaces that
// no common surname opens, closed by a column's word or opened by 第. (A
// pen-name is printed spaced, "（荷 砚）"; a rare surname, "（亢建强）",
// closes with no column's word.)
bool names_no_one(std::string_view text, std::string_view inner) {
  if (names_column(text)) return true;
  if (util::has_any(inner, U" 　\u00a0、，,；;")) return false;
  std::size_t i = 0;
  if (bylines::is_common_surname(util::next(inner, i))) return false;
  if (inner.starts_with("第")) return true;
  for (std::string_view w : {"语", "谈", "评", "论", "言", "话", "录", "思", "观", "说"})
    if (inner.ends_with(w)) return true;
  return false;
}

// "（湛承兵 王 群）": names alone in brackets, the credit of a city paper's
// story at its end.
std::optional<Byline> bracketed_names(std::string_view text) {
  const std::string_view inner = unbracket(text);
  if (inner.size() == text.size() || names_no_one(text, inner)) return std::nullopt;
  auto b = parse_credit_names(inner);
  if (b) b->text = std::string(text);
  return b;
}

}  // namespace

namespace {

// Every byline holds a role word or a credit: most lines fail here cheaply.
bool has_role_or_credit(std::string_view text) {
  for (std::string_view w : {"记者", "通讯员", "摄", "评论员", "文/", "图/", "文／", "图／", "/文", "/图",
                             "实习生", "报道", "整理", "作者", "采写", "编译", "执笔"}) {
    if (text.find(w) != std::string_view::npos) return true;
  }
  return false;
}

// The byline's words without its mark, photo number, brackets and an
// e-paper's source note ("本报记者 崔丽 《 中国青年报 》( 2013年04月27日 04 版)").
std::string_view byline_core(std::string_view text) {
  std::string_view core = unbracket(strip_photo_number(strip_mark(text)));
  if (const std::size_t source = core.find("《");
      source != std::string_view::npos && source > 0 && core.find("》", source) != std::string_view::npos) {
    core = util::trim(core.substr(0, source));
  }
  return core;
}

// What a column under the reporter's name is called ("记者手记", "记者点评",
// "【记者观察】"): a section's head, never a name after 记者.
bool names_a_column(std::string_view token) {
  for (std::string_view w : {"手记", "点评", "观察", "感言", "札记", "留言板"})
    if (token == w) return true;
  return false;
}

// Reads a byline's tokens one at a time: roles, the names under them, and
// credits. Each take_* returns false when the token cannot stand there.
class BylineReader {
 public:
  bool take(const std::string& tok, bool last) {
    const bool after_credit = std::exchange(credit_opened_, false);
    if (tok == "/文" || tok == "/图" || tok == "／文" || tok == "／图") return take_credit_after(tok);
    // "王刚 文 李娜 摄": a bare 文 or 图 after names credits them, and the
    // names after it are the next credit's; it never ends a byline.
    if ((tok == "文" || tok == "图") && !last) return take_credit_after(tok);
    if (tok == "文/" || tok == "图/") return credit_opened_ = take_credit_before(tok);
    // 综合 opening the byline: the names after it are the reporters whose files a round-up compiles.
    if (tok == "综合") return take_round_up();
    if (auto r = role_of(tok)) return take_role(tok, *r);
    if (auto c = credit_of(tok)) return last && take_credit(*c);  // a credit ends the byline
    // A pen-name of one character is read only straight after its 文/ ("文/阳 整理").
    if ((is_name(tok) && !names_a_column(tok)) || (after_credit && han_count(tok) == 1)) {
      take_name(tok);
      return true;
    }
    return false;
  }

  // The byline read, if it is complete: no names left without a role, and a
  // role with its names (or one signed alone).
  std::optional<Byline> finish(std::string_view text) {
    if (!pending_.empty() || !role_ || (!role_has_name_ && !signed_alone_) || needs_credit_)
      return std::nullopt;
    b_.text = std::string(text);
    return std::move(b_);
  }

 private:
  // Names before their credit: 张玉东 /文.
  bool take_credit_after(const std::string& tok) {
    if (pending_.empty() && !role_has_name_) return false;  // 王刚 文/…廖谦/图: the name just read
    adopt_pending();
    if (tok.find("图") != std::string::npos) b_.photo_credit = true;
    if (tok.find("文") != std::string::npos) b_.text_credit = true;
    return true;
  }

  // A credit before its names: 文/ 王刚.
  bool take_credit_before(const std::string& tok) {
    if (role_ && !role_has_name_) return false;
    role_ = Role::kReporter;
    role_has_name_ = false;
    if (tok == "图/") b_.photo_credit = true;
    if (tok == "文/") b_.text_credit = true;
    return true;
  }

  // (A round-up's names are a byline only closed by their credit:
  // "综合治理" is no byline.)
  bool take_round_up() {
    if (role_ || !pending_.empty()) return false;
    role_ = Role::kReporter;
    needs_credit_ = true;
    return true;
  }

  bool take_role(const std::string& tok, Role r) {
    // 本版摄影 credits the page's photos, to the names after it or after
    // their own role ("本版摄影：本报记者 许诺").
    const bool page_photos = tok == "本版摄影";
    const bool after_page_photos = page_photos_ && !role_has_name_;
    if (!after_page_photos && ((role_ && !role_has_name_ && !signed_alone_) || !pending_.empty()))
      return false;  // "记者 通讯员 …"
    page_photos_ = page_photos;
    if (page_photos) b_.photo_credit = true;
    if (tok == "参与记者") b_.contributors = true;
    role_ = r;
    role_has_name_ = false;
    signed_alone_ = signs_alone(tok);
    return true;
  }

  bool take_credit(std::string_view c) {
    if (!pending_.empty() && (c == "摄" || c == "摄影报道" || writes_up(c) || takes_part(c))) adopt_pending();
    if (!role_has_name_) return false;
    needs_credit_ = false;
    if (is_photo(c)) b_.photo_credit = true;
    if (is_photo(c) && credits_text(c)) b_.text_credit = true;
    return true;
  }

  void take_name(const std::string& tok) {
    if (!role_) {
      pending_.push_back(tok);  // names before any role: need a credit
      return;
    }
    role_has_name_ = true;
    if (std::find(b_.reporters.begin(), b_.reporters.end(), tok) != b_.reporters.end())
      return;  // 记者:X 作者:X
    if (*role_ == Role::kReporter) b_.reporters.push_back(tok);
    if (*role_ == Role::kCorrespondent) b_.correspondents.push_back(tok);
  }

  // The names read before any role are the reporters a credit names.
  void adopt_pending() {
    b_.reporters.insert(b_.reporters.end(), pending_.begin(), pending_.end());
    pending_.clear();
    role_ = Role::kReporter;
    role_has_name_ = true;
  }

  Byline b_;
  std::optional<Role> role_;
  bool role_has_name_ = false;
  bool signed_alone_ = false;
  bool page_photos_ = false;    // the role read last is 本版摄影
  bool credit_opened_ = false;  // the token read last is 文/ or 图/
  bool needs_credit_ = false;   // a round-up's names (综合…) wait for their credit
  std::vector<std::string> pending_;
};

}  // namespace

namespace {

// A byline ends with a name or a credit, never a sentence: most lines of a
// page end so, and are turned away here before any word is looked for.
// (A web header may end with an empty field: "作者:王刚   点击:".)
bool may_be_byline(std::string_view text) {
  const char32_t last = util::last(util::strip_closing(text));
  if (text.empty() || (util::is_terminator(last) && last != U':' && last != U'：')) return false;
  const std::size_t max =
      text.starts_with("（") || text.starts_with("(") ? kMaxBracketedByline : kMaxBylineChars;
  return util::length_up_to(text, max + 1) <= max;
}

// parse_byline of text with no traditional forms (folded already).
std::optional<Byline> parse_simplified(std::string_view text) {
  text = util::trim(text);
  if (!may_be_byline(text)) return std::nullopt;
  if (!has_role_or_credit(text)) return bracketed_names(text);
  const auto fields = byline_from_fields(text);  // "来源:…  记者:王刚  编辑:…"
  const std::string_view core = byline_core(fields ? *fields : text);
  const auto toks = bylines::tokens(core);
  if (toks.empty()) return std::nullopt;
  BylineReader reader;
  for (std::size_t t = 0; t < toks.size(); ++t) {
    if (!reader.take(toks[t], t + 1 == toks.size())) return std::nullopt;
  }
  return reader.finish(text);
}

}  // namespace

void as_printed(Byline& b, std::string_view folded, std::string_view printed) {
  // The names are looked for from where the byline stands, not in the text before it.
  const std::size_t byline_at = folded.find(b.text);
  const std::size_t from = byline_at == std::string_view::npos ? 0 : byline_at;
  auto unfold = [&](std::string& s) {
    const std::size_t at = folded.find(s, from);
    if (at != std::string_view::npos && at + s.size() <= printed.size())
      s = std::string(printed.substr(at, s.size()));
  };
  unfold(b.text);
  for (auto* names : {&b.reporters, &b.correspondents})
    for (std::string& name : *names) unfold(name);
}

std::optional<Byline> parse_byline(std::string_view text) {
  text = util::trim(text);
  if (!may_be_byline(text)) return std::nullopt;
  if (std::string folded; util::fold_traditional(text, 0, text.size(), folded)) {
    auto b = parse_simplified(folded);
    if (b) as_printed(*b, folded, text);
    return b;
  }
  return parse_simplified(text);
}

namespace {

// Where the note closing a credit's line starts: its column's or its
// agency's name in brackets, full-width or ASCII; 0 if none.
std::size_t credit_note_start(std::string_view t) {
  if (const std::size_t at = column_note_start(t); at > 0 || !t.ends_with(")")) return at;
  constexpr std::size_t kMaxName = 10;
  const std::size_t at = t.rfind('(');
  if (at == std::string_view::npos || at == 0) return 0;
  const std::string_view inner = t.substr(at + 1, t.size() - at - 2);
  if (util::length_up_to(inner, kMaxName + 1) > kMaxName || util::length_up_to(inner, 2) < 2) return 0;
  for (std::size_t i = 0; i < inner.size();)
    if (!util::is_han(util::next(inner, i))) return 0;
  return at;
}

}  // namespace

std::optional<Byline> parse_credit_line(std::string_view text) {
  text = util::trim(text);
  if (auto b = parse_byline(text)) return b;
  const std::size_t note = credit_note_start(text);
  return note > 0 ? parse_byline(text.substr(0, note)) : std::nullopt;
}

std::optional<std::size_t> find_appended_byline(std::string_view line) {
  // A byline holds no sentence terminator, so it is all that follows the
  // line's last one (and the closing quotes after it): one candidate, read
  // backwards from the end over at most a byline's length.
  std::size_t end = line.size();
  std::size_t start = std::string_view::npos;
  for (std::size_t n = 0; end > 0 && n <= kMaxBylineChars + 1; ++n) {
    std::size_t p = end;
    const char32_t c = util::prev(line, p);
    if (util::is_terminator(c)) {
      start = end;
      break;
    }
    end = p;
  }
  if (start == std::string_view::npos) return std::nullopt;
  while (start < line.size()) {  // closing quotes belong to the sentence
    std::size_t k = start;
    const char32_t c = util::next(line, k);
    if (!util::is_closing(c) && !util::is_space(c)) break;
    if (util::is_closing(c) && (c == U'）' || c == U')'))
      break;  // "（记者 王刚）" opens with its own bracket
    start = k;
  }
  if (start >= line.size() || names_column(line.substr(start)) || !parse_credit_line(line.substr(start)))
    return std::nullopt;
  return start;
}

std::optional<Byline> find_caption_credit(std::string_view line) {
  std::string_view core = util::trim(line);
  for (std::string_view same : {"(下同)", "（下同）"}) {  // the credit covers the photos below too
    if (core.ends_with(same)) core = util::trim(core.substr(0, core.size() - same.size()));
  }
  // Folding keeps offsets (text_util.h); only a credit (攝) asks for it.
  if (std::string folded;
      core.ends_with("攝") && util::fold_traditional(core, tail_start(core), core.size(), folded)) {
    auto b = find_caption_credit(folded);
    if (b) as_printed(*b, folded, core);
    return b;
  }
  // A byline alone is no caption (its line is read as a byline).
  if (!core.ends_with("摄") || parse_simplified(core)) return std::nullopt;
  std::optional<Byline> found;
  std::size_t end = core.size();
  for (std::size_t n = 0; end > 0 && n <= kMaxBylineChars; ++n) {
    std::size_t p = end;
    const char32_t c = util::prev(core, p);
    if (util::is_terminator(c)) break;  // a credit holds no sentence
    if (util::is_space(c) && p > 0) {
      if (auto b = parse_simplified(core.substr(end))) found = std::move(b);
    }
    end = p;
  }
  return found;
}

namespace {

// The credit of a photo's note in brackets ("见上图，本报记者王刚摄"): what
// follows the last comma or full stop, when what opens the note points at a
// photo (见图, 上图, 图②, 图中…).
std::optional<Byline> photo_note_credit(std::string_view note) {
  std::size_t cut = std::string_view::npos;
  for (std::string_view stop : {"，", "。"}) {
    const std::size_t at = note.rfind(stop);
    if (at != std::string_view::npos && (cut == std::string_view::npos || at > cut)) cut = at + stop.size();
  }
  if (cut == std::string_view::npos) return std::nullopt;
  const std::string_view pointer = note.substr(0, std::min(note.find("，"), note.find("。")));
  if (!(pointer.starts_with("见") || pointer.starts_with("图") || pointer.starts_with("上图") ||
        pointer.starts_with("下图") || pointer.starts_with("左图") || pointer.starts_with("右图")) ||
      pointer.find("图") == std::string_view::npos) {
    return std::nullopt;
  }
  auto b = parse_byline(note.substr(cut));
  if (!b || !b->photo_credit || b->reporters.empty()) return std::nullopt;
  return b;
}

}  // namespace

std::optional<Byline> find_photo_notes(std::string_view paragraph) {
  // A note names its photo in a few words before the credit: 40 Han
  // characters at the most, 3 bytes each.
  constexpr std::size_t kMaxNote = 120;
  std::optional<Byline> found;
  for (std::size_t close = paragraph.find("摄）"); close != std::string_view::npos;
       close = paragraph.find("摄）", close + 1)) {
    const std::size_t from = close > kMaxNote ? close - kMaxNote : 0;
    const std::size_t open = paragraph.substr(from, close - from).rfind("（");
    if (open == std::string_view::npos) continue;
    const std::size_t inner = from + open + std::string_view("（").size();
    const std::string_view note = paragraph.substr(inner, close + std::string_view("摄").size() - inner);
    if (note.find("）") != std::string_view::npos) continue;
    if (auto b = photo_note_credit(note)) {
      if (!found) found.emplace();
      merge_byline(*found, *b);
    }
  }
  return found;
}

std::optional<Byline> find_opening_report(std::string_view paragraph) {
  const std::size_t report = paragraph.substr(0, kMaxBylineChars * 3).find("报道");
  if (report == std::string_view::npos) return std::nullopt;
  std::size_t after = report + std::string_view("报道").size();
  if (after >= paragraph.size()) return std::nullopt;
  const char32_t colon = util::next(paragraph, after);
  if (colon != U'：' && colon != U':') return std::nullopt;
  auto b = parse_byline(paragraph.substr(0, report + std::string_view("报道").size()));
  if (!b || b->reporters.empty()) return std::nullopt;
  return b;
}

namespace {

// What a credited reporter did, right after the name.
bool credit_verb_at(std::string_view s, std::size_t i) {
  for (std::string_view v : {"采写", "翻拍", "拍摄", "摄影", "撰写", "整理", "摄", "执笔"})
    if (s.substr(i, v.size()) == v) return true;
  return false;
}

// The name of 2-3 Han characters at s[i] that the verb follows, if one length fits.
std::optional<std::string> credited_name(std::string_view s, std::size_t i) {
  std::optional<std::string> found;
  std::size_t end = i;
  for (std::size_t n = 1; n <= 3 && end < s.size(); ++n) {
    if (!util::is_han(util::next(s, end))) return found;
    if (n >= 2 && credit_verb_at(s, end)) {
      if (found) return std::nullopt;  // 张翼摄 + 影… or 张翼 + 摄影: say nothing
      found = std::string(s.substr(i, end - i));
    }
  }
  return found;
}

}  // namespace

std::vector<std::string> find_sentence_credits(std::string_view paragraph) {
  std::vector<std::string> names;
  for (std::size_t by = paragraph.find("由"); by != std::string_view::npos;
       by = paragraph.find("由", by + 3)) {
    // 由 [a paper's name] 记者: the role within a few characters, Han only between.
    const std::size_t role = paragraph.substr(by, 30).find("记者");
    if (role == std::string_view::npos) continue;
    const std::size_t at = by + role + std::string_view("记者").size();
    if (bylines::han_count(paragraph.substr(by, role)) == 0) continue;
    if (auto name = credited_name(paragraph, at); name && !unnamelike(*name)) {
      if (std::find(names.begin(), names.end(), *name) == names.end()) names.push_back(std::move(*name));
    }
  }
  return names;
}

std::optional<Byline> find_note_byline(std::string_view paragraph) {
  const std::string_view inner = bylines::unbracket(paragraph);
  if (inner.size() == paragraph.size()) return std::nullopt;
  // Every text line of an article is asked, so only the note's tail is
  // read: a byline after a separator is at most kMaxBracketedByline
  // characters. Read backwards, the last ending that parses is the longest.
  std::optional<Byline> found;
  std::size_t end = inner.size();
  for (std::size_t n = 0; end > 0 && n <= kMaxBracketedByline; ++n) {
    const std::size_t after = end;
    const char32_t c = util::prev(inner, end);
    if (c != U'，' && !util::is_space(c)) continue;
    if (auto byline = parse_byline(util::trim(inner.substr(after))); byline && !byline->reporters.empty())
      found = std::move(byline);
  }
  return found;
}

std::vector<std::string> find_closing_credits(const std::vector<std::string>& paragraphs) {
  std::vector<std::string> names;
  for (std::size_t n = 0; n < 2 && n < paragraphs.size() && names.empty(); ++n) {
    const std::string& paragraph = paragraphs[paragraphs.size() - 1 - n];
    names = find_sentence_credits(paragraph);
    if (names.empty()) {
      if (auto note = find_note_byline(paragraph)) names = std::move(note->reporters);
    }
  }
  return names;
}

void merge_byline(Byline& into, const Byline& more) {
  if (into.empty()) {
    into = more;
    return;
  }
  if (!more.text.empty()) {
    if (!into.text.empty()) into.text += ' ';
    into.text += more.text;
  }
  // A name credited twice (the dateline's reporter again under the photo,
  // "本报记者 王刚 摄") is credited once, in its first role.
  const auto credited = [&](const std::string& name) {
    return std::find(into.reporters.begin(), into.reporters.end(), name) != into.reporters.end() ||
           std::find(into.correspondents.begin(), into.correspondents.end(), name) !=
               into.correspondents.end();
  };
  for (const std::string& name : more.reporters)
    if (!credited(name)) into.reporters.push_back(name);
  for (const std::string& name : more.correspondents)
    if (!credited(name)) into.correspondents.push_back(name);
  into.photo_credit = into.photo_credit || more.photo_credit;
  into.text_credit = into.text_credit || more.text_credit;
  into.contributors = into.contributors || more.contributors;
}

}  // namespace kanbao::corpus
