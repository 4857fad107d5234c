// SPDX-License-Identifier: MIT
#include "corpus/byline_tokens.h"

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <utility>

#include "corpus/surnames.h"
#include "corpus/text_util.h"

namespace kanbao::corpus::bylines {
namespace {

struct RoleWord {
  std::string_view word;
  Role role;
};

// Longest first: a glued "本报记者王刚" must match 本报记者, not 记者. Each
// ends with 者, 员, 生 or 影 (role_of relies on it).
constexpr std::array<RoleWord, 27> kRoles{{
    {"本报全媒体记者", Role::kReporter},
    {"本报特约评论员", Role::kOther},
    {"全媒体记者", Role::kReporter},
    {"融媒体记者", Role::kReporter},
    {"本报摄影记者", Role::kReporter},
    {"人民日报记者", Role::kReporter},
    {"新华社记者", Role::kReporter},
    {"中新社记者", Role::kReporter},
    {"本报通讯员", Role::kCorrespondent},
    {"特约通讯员", Role::kCorrespondent},
    {"本报评论员", Role::kOther},
    {"本报记者", Role::kReporter},
    {"晚报记者", Role::kReporter},  // 周口晚报, 扬子晚报: "晚报记者 王刚"
    {"特约记者", Role::kReporter},
    {"见习记者", Role::kReporter},
    {"实习记者", Role::kReporter},
    {"摄影记者", Role::kReporter},
    {"首席记者", Role::kReporter},
    {"通讯员", Role::kCorrespondent},
    {"实习生", Role::kCorrespondent},  // credited beside the reporters, as a 通讯员 is
    {"评论员", Role::kOther},
    {"记者", Role::kReporter},
    {"作者", Role::kReporter},  // an e-paper's "作者:王刚 《光明日报》(…)"
    {"摄影", Role::kReporter},
    // Rare words last: most tokens are matched above without trying them.
    {"培训生", Role::kCorrespondent},  // a trainee reporter, credited as an intern is
    {"本版摄影", Role::kReporter},     // the photographer of a page's photos
    {"参与记者", Role::kReporter},     // reporters who contributed: "（参与记者：王刚、李娜）"
}};

// Credits that close a byline (byline.cpp tells the photo ones).
// (采访整理: a reporter wrote down what the named people said.)
// (参与采写: the named reporters took part in a story another signs.)
// (采写, 编译: the named reporters wrote the text, or translated it.)
constexpr std::array<std::string_view, 17> kCredits{
    "文/图", "图/文", "文／图",   "图／文", "文/摄", "文／摄",   "文图", "图文", "摄影报道",
    "摄",    "报道",  "采访整理", "整理",   "供图",  "参与采写", "采写", "编译"};

// Marks some papers put before a byline line.
bool is_mark(char32_t c) {
  return c == U'□' || c == U'■' || c == U'◎' || c == U'●' || c == U'○' || c == U'◇' || c == U'◆';
}

}  // namespace

bool is_separator(char32_t c) { return c == U'、' || c == U'，' || c == U',' || c == U'；' || c == U';'; }

std::optional<Role> role_of(std::string_view token) {
  // Every role word ends so: most tokens (names) are turned away unread.
  if (!token.ends_with("者") && !token.ends_with("员") && !token.ends_with("生") && !token.ends_with("影"))
    return std::nullopt;
  for (const auto& r : kRoles)
    if (token == r.word) return r.role;
  return std::nullopt;
}

std::optional<std::string_view> credit_of(std::string_view token) {
  for (auto c : kCredits)
    if (token == c) return c;
  return std::nullopt;
}

std::size_t han_count(std::string_view token) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < token.size();) {
    if (!util::is_han(util::next(token, i))) return 0;
    ++n;
  }
  return n;
}

bool is_name(std::string_view token) {
  const std::size_t n = han_count(token);
  return n >= 2 && n <= 4;
}

namespace {

struct Token {
  std::string text;
  bool after_space = true;  // separated from the previous token by spaces (not 、/，)
};

// Splits on whitespace of any kind and on 、，; (names in a list).
std::vector<Token> split_tokens(std::string_view s) {
  std::vector<Token> out;
  bool space = true;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t j = i;
    const char32_t c = util::next(s, j);
    if (util::is_space(c) || is_separator(c)) {
      if (is_separator(c)) space = false;
      i = j;
      continue;
    }
    std::size_t end = i;
    while (end < s.size()) {
      std::size_t k = end;
      const char32_t d = util::next(s, k);
      if (util::is_space(d) || is_separator(d)) break;
      end = k;
    }
    out.push_back({std::string(s.substr(i, end - i)), space});
    space = true;
    i = end;
  }
  return out;
}

bool is_single_han(const std::string& t) { return han_count(t) == 1; }

bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

bool is_ascii_upper(std::string_view s) {
  return !s.empty() && s.size() <= 6 &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// "本报驻俄罗斯", "驻欧盟", "新华社驻东京": where a paper's correspondent is
// stationed, glued before 记者 ("本报驻埃及记者 周 輖").
bool stationed_abroad(std::string_view org) {
  constexpr std::size_t kMaxPlace = 8;
  const std::size_t at = org.find("驻");
  if (at == std::string_view::npos) return false;
  const std::string_view who = org.substr(0, at);
  const std::size_t place = han_count(org.substr(at + std::string_view("驻").size()));
  return (who.empty() || who == "本报" || who.ends_with("社") || who.ends_with("报") ||
          who.ends_with("台")) &&
         place >= 1 && place <= kMaxPlace;
}

// What may stand glued before `role`: 综合 (compiled from), a paper's or station's name (…报,
// …网, …台, …新闻), a reporting team's (…走基层特别报道组), a media group's Latin initials (YMG记者), and
// before a newsroom's own roles (融媒体记者, 全媒体记者) a city's name too
// ("郑州融媒体记者": nobody is named so).
bool is_organisation(std::string_view org, std::string_view role) {
  // 综合: a round-up compiled from several reporters' files ("综合本报记者王刚、李娜报道").
  if (org == "综合" || stationed_abroad(org)) return true;
  if (ends_with(org, "报") || ends_with(org, "报社") || ends_with(org, "网") || ends_with(org, "台") ||
      ends_with(org, "新闻") || ends_with(org, "报道组") || is_ascii_upper(org))
    return true;
  const std::size_t han = han_count(org);
  return (role == "融媒体记者" || role == "全媒体记者") && han >= 2 && han <= 6;
}

// "郑州晚报记者", "晚报首席记者", "兰州日报社全媒体记者", "YMG记者侯召溪",
// "中央人民广播电台记者刘振英": a paper's, station's or group's name glued
// before a role (and the name after it) is not part of it.
void strip_organisation(std::string& tok) {
  for (const auto& r : kRoles)
    if (tok.compare(0, r.word.size(), r.word) == 0) return;
  for (const auto& r : kRoles) {  // longest first: 融媒体记者 before 记者
    const std::size_t at = tok.find(r.word);
    if (at == std::string::npos || at == 0) continue;
    if (is_organisation(std::string_view(tok).substr(0, at), r.word)) {
      tok.erase(0, at);
      return;
    }
  }
}

// Where a credit "/文", "/图" or "/摄" glued after names starts ("张玉东/文",
// "陈婧/摄"), or npos.
std::size_t credit_suffix(const std::string& tok) {
  if (tok.find('/') == std::string::npos && tok.find("／") == std::string::npos) return std::string::npos;
  for (std::string_view c : {"/文", "/图", "／文", "／图", "/摄", "／摄"}) {
    if (tok.size() > c.size() && ends_with(tok, c) &&
        is_name(std::string_view(tok).substr(0, tok.size() - c.size()))) {
      return tok.size() - c.size();
    }
  }
  return std::string::npos;
}

// Names printed glued after their role ("记者卢磊邓少华"): cut apart when
// the surnames allow one reading only; `tok` as it is otherwise.
void push_names(std::vector<std::string>& out, std::string tok) {
  const bool after_role = !out.empty() && role_of(out.back()) && role_of(out.back()) != Role::kOther;
  if (after_role && han_count(tok) >= 5) {
    if (auto names = split_glued_names(tok); !names.empty()) {
      out.insert(out.end(), names.begin(), names.end());
      return;
    }
  }
  out.push_back(std::move(tok));
}

// A token of Han characters closed by a credit ("王刚摄", "李娜采访整理",
// "巍摄"): what stands before the credit, and the credit; nullopt when the
// token is a credit alone (摄影报道 is not 摄影 + 报道) or closes with none.
std::optional<std::pair<std::string, std::string_view>> glued_credit(const std::string& tok) {
  if (credit_of(tok)) return std::nullopt;
  for (std::string_view c :
       {"摄影报道", "摄", "报道", "采访整理", "整理", "参与采写", "采写", "编译", "文图", "图文"}) {
    if (tok.size() > c.size() && tok.ends_with(c)) return std::pair{tok.substr(0, tok.size() - c.size()), c};
  }
  return std::nullopt;
}

// A reporting role printed with a colon before its names, which labels no
// speaker as a bare "记者：" may ("执笔记者：王刚", "（执笔：王刚）", "参与采写：李娜", the
// contributors "参与记者：王刚", the page's photographer "本版摄影：本报记者"):
// the role it stands for, and what follows the colon (empty when a space
// follows it); nullopt for any other token.
std::optional<std::pair<std::string_view, std::string>> labelled_role(const std::string& tok) {
  for (std::string_view colon : {"：", ":"}) {
    const std::size_t at = tok.find(colon);
    if (at == std::string::npos) continue;
    const std::string_view label = std::string_view(tok).substr(0, at);
    std::string name = tok.substr(at + colon.size());
    if (label == "执笔记者" || label == "采写记者" || label == "执笔")
      return std::pair{std::string_view("记者"), std::move(name)};
    if (label == "参与采写" || label == "参与采写记者" || label == "参与记者")
      return std::pair{std::string_view("参与记者"), std::move(name)};
    if (label == "本版摄影") return std::pair{std::string_view("本版摄影"), std::move(name)};
    return std::nullopt;
  }
  return std::nullopt;
}

// A paper's name standing before a role as a word of its own ("□大河报 记者孟冉").
bool is_organisation_word(const std::vector<Token>& raw, std::size_t t) {
  if (t + 1 >= raw.size() || role_of(raw[t].text) || han_count(raw[t].text) < 2) return false;
  for (const auto& r : kRoles) {
    if (raw[t + 1].text.compare(0, r.word.size(), r.word) == 0) return is_organisation(raw[t].text, r.word);
  }
  return false;
}

// "文/王刚", "图／李娜": the credit before the name goes to `out` (as 文/ or
// 图/), and `tok` keeps the name.
void split_credit_prefix(std::vector<std::string>& out, std::string& tok) {
  if (credit_of(tok)) return;
  for (std::string_view prefix : {"文/", "图/", "文／", "图／"}) {
    if (tok.size() > prefix.size() && tok.compare(0, prefix.size(), prefix) == 0) {
      out.emplace_back(prefix.substr(0, 3) == "文" ? "文/" : "图/");
      tok = tok.substr(prefix.size());
      return;
    }
  }
}

// "记者王刚": the role glued before the names goes to `out`, and `tok` keeps the names.
void split_glued_role(std::vector<std::string>& out, std::string& tok) {
  if (role_of(tok) || credit_of(tok)) return;
  for (const auto& r : kRoles) {
    if (tok.size() > r.word.size() && tok.compare(0, r.word.size(), r.word) == 0) {
      out.emplace_back(r.word);
      tok = tok.substr(r.word.size());
      return;
    }
  }
}

// "文 阳整理", the whole byline: the text (文) written up by 阳, a pen-name
// of one character as some pages sign so; not the padded name 文阳 (a
// padded name follows its role: "本报记者 张 文整理"). Puts 文/ 阳 整理 in
// `out`.
bool text_written_up(const std::vector<Token>& raw, std::vector<std::string>& out) {
  if (raw.size() != 2 || raw[0].text != "文" || !raw[1].after_space) return false;
  const auto credit = glued_credit(raw[1].text);
  if (!credit || (credit->second != "整理" && credit->second != "采访整理")) return false;
  const std::size_t han = han_count(credit->first);
  if (han < 1 || han > 4) return false;
  out.emplace_back("文/");
  out.push_back(credit->first);
  out.emplace_back(credit->second);
  return true;
}

// "综合王刚、李娜报道": a round-up compiled from the named reporters' files,
// with no role before them; 综合 goes to `out`, and `tok` keeps the name.
void split_round_up(std::vector<std::string>& out, std::string& tok) {
  constexpr std::string_view kRoundUp = "综合";
  if (!tok.starts_with(kRoundUp) || !is_name(std::string_view(tok).substr(kRoundUp.size()))) return;
  out.emplace_back(kRoundUp);
  tok.erase(0, kRoundUp.size());
}

// Splits glued forms into role/name/credit tokens: 记者王刚 -> 记者 王刚,
// 王刚摄 -> 王刚 摄, 文/王刚 -> 文/ 王刚, 执笔记者：王刚 -> 记者 王刚; joins
// padded names: 施 芳 -> 施芳.
std::vector<std::string> normalise(const std::vector<Token>& raw) {
  std::vector<std::string> out;
  for (std::size_t t = 0; t < raw.size(); ++t) {
    if (t == 0 && is_organisation_word(raw, t)) continue;
    std::string tok = raw[t].text;
    if (auto labelled = labelled_role(tok)) {
      out.emplace_back(labelled->first);
      if (labelled->second.empty()) continue;
      tok = std::move(labelled->second);
    }
    if (is_single_han(tok) && t + 1 < raw.size() && raw[t + 1].after_space &&
        is_single_han(raw[t + 1].text) && !credit_of(tok) && !credit_of(raw[t + 1].text)) {
      out.push_back(tok + raw[t + 1].text);
      ++t;
      continue;
    }
    if (t == 0 && text_written_up(raw, out)) break;
    // A padded name glued to its credit: "龙  巍摄" is 龙巍 摄.
    if (is_single_han(tok) && !credit_of(tok) && t + 1 < raw.size() && raw[t + 1].after_space) {
      if (const auto credit = glued_credit(raw[t + 1].text); credit && is_single_han(credit->first)) {
        out.push_back(tok + credit->first);
        out.emplace_back(credit->second);
        ++t;
        continue;
      }
    }
    split_credit_prefix(out, tok);
    strip_organisation(tok);
    if (const std::size_t slash = credit_suffix(tok); slash != std::string::npos) {  // 张玉东/文, 廖谦/图
      out.push_back(tok.substr(0, slash));
      const std::string credit = tok.substr(slash);
      out.push_back(credit.ends_with("摄") ? "摄" : credit);  // 陈婧/摄: a photographer's 摄
      continue;
    }
    if (t == 0) split_round_up(out, tok);
    split_glued_role(out, tok);
    std::string credit;
    if (const auto glued = glued_credit(tok); glued && is_name(glued->first)) {
      credit = std::string(glued->second);
      tok = glued->first;
    }
    push_names(out, std::move(tok));
    if (!credit.empty()) out.push_back(std::move(credit));
  }
  return out;
}

}  // namespace

std::vector<std::string> tokens(std::string_view s) { return normalise(split_tokens(s)); }

// "（记者 王刚）" or "(记者 王刚)": the text inside.
std::string_view unbracket(std::string_view s) {
  for (std::string_view open : {"（", "("}) {
    if (s.substr(0, open.size()) != open) continue;
    std::string_view close = open == "（" ? "）" : ")";
    if (s.size() > open.size() + close.size() && s.substr(s.size() - close.size()) == close)
      return util::trim(s.substr(open.size(), s.size() - open.size() - close.size()));
  }
  return s;
}

std::string_view strip_mark(std::string_view s) {
  std::size_t i = 0;
  if (!s.empty() && is_mark(util::next(s, i))) return util::trim(s.substr(i));
  return s;
}

// A photo's number before its credit ("③2 王俊祥 摄", "(1) 王刚 摄"): the
// digits and circled numbers up to the first space.
std::string_view strip_photo_number(std::string_view s) {
  std::size_t i = 0;
  std::size_t n = 0;
  while (i < s.size()) {
    std::size_t j = i;
    const char32_t c = util::next(s, j);
    if (!util::is_digit(c) && !(c >= 0x2460 && c <= 0x24FF) && c != '(' && c != ')') break;
    i = j;
    ++n;
  }
  if (n == 0 || i >= s.size()) return s;
  std::size_t j = i;
  return util::is_space(util::next(s, j)) ? util::trim(s.substr(i)) : s;
}

}  // namespace kanbao::corpus::bylines
