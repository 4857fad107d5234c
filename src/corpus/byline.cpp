// SPDX-License-Identifier: MIT
#include "corpus/byline.h"

#include <array>

#include "corpus/text_util.h"

namespace kanbao::corpus {
namespace {

enum class Role { kReporter, kCorrespondent, kOther };

struct RoleWord {
  std::string_view word;
  Role role;
};

// Longest first: a glued "本报记者王刚" must match 本报记者, not 记者.
constexpr std::array<RoleWord, 23> kRoles{{
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
    {"实习生", Role::kOther},
    {"评论员", Role::kOther},
    {"记者", Role::kReporter},
    {"摄影", Role::kReporter},
}};

// Roles that make a byline by themselves ("本报评论员" signs commentary).
bool signs_alone(std::string_view role) {
  return role == "本报评论员" || role == "本报特约评论员" || role == "评论员";
}

// Credits that close a byline; the photo ones set photo_credit.
constexpr std::array<std::string_view, 9> kCredits{"文/图", "图/文", "文／图", "图／文", "摄影报道", "摄",
                                                   "报道", "整理", "供图"};
bool is_photo(std::string_view credit) { return credit != "报道" && credit != "整理"; }

// Bylines are short; anything longer is prose.
constexpr std::size_t kMaxBylineChars = 80;

// Marks some papers put before a byline line.
bool is_mark(char32_t c) {
  return c == U'□' || c == U'■' || c == U'◎' || c == U'●' || c == U'○' || c == U'◇' || c == U'◆';
}

bool is_separator(char32_t c) { return c == U'、' || c == U'，' || c == U',' || c == U'；' || c == U';'; }

std::optional<Role> role_of(std::string_view token) {
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

struct Token {
  std::string text;
  bool after_space = true;  // separated from the previous token by spaces (not 、/，)
};

// Splits on whitespace of any kind and on 、，; (names in a list).
std::vector<Token> tokens(std::string_view s) {
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

bool ends_with(std::string_view s, std::string_view p) { return s.size() >= p.size() && s.substr(s.size() - p.size()) == p; }

// "郑州晚报记者", "晚报首席记者", "兰州日报社全媒体记者": a paper's or
// station's name glued before a role is not part of it.
void strip_organisation(std::string& tok) {
  for (std::string_view role : {"记者", "通讯员"}) {
    if (!ends_with(tok, role) || role_of(tok)) continue;
    for (const auto& r : kRoles) {
      if (r.word.size() >= tok.size() || !ends_with(tok, r.word)) continue;
      const std::string_view org = std::string_view(tok).substr(0, tok.size() - r.word.size());
      if (ends_with(org, "报") || ends_with(org, "报社") || ends_with(org, "网") || ends_with(org, "台") ||
          ends_with(org, "新闻")) {
        tok = std::string(r.word);
        return;
      }
    }
  }
}

// Where a credit "/文" or "/图" glued after names starts ("张玉东/文"), or npos.
std::size_t credit_suffix(const std::string& tok) {
  for (std::string_view c : {"/文", "/图", "／文", "／图"}) {
    if (tok.size() > c.size() && ends_with(tok, c) && is_name(std::string_view(tok).substr(0, tok.size() - c.size()))) {
      return tok.size() - c.size();
    }
  }
  return std::string::npos;
}

// Splits glued forms into role/name/credit tokens: 记者王刚 -> 记者 王刚,
// 王刚摄 -> 王刚 摄, 文/王刚 -> 文/ 王刚; joins padded names: 施 芳 -> 施芳.
std::vector<std::string> normalise(const std::vector<Token>& raw) {
  std::vector<std::string> out;
  for (std::size_t t = 0; t < raw.size(); ++t) {
    std::string tok = raw[t].text;
    if (is_single_han(tok) && t + 1 < raw.size() && raw[t + 1].after_space && is_single_han(raw[t + 1].text) &&
        !credit_of(tok) && !credit_of(raw[t + 1].text)) {
      out.push_back(tok + raw[t + 1].text);
      ++t;
      continue;
    }
    for (std::string_view prefix : {"文/", "图/", "文／", "图／"}) {
      if (!credit_of(tok) && tok.size() > prefix.size() && tok.compare(0, prefix.size(), prefix) == 0) {
        out.emplace_back(prefix.substr(0, 3) == "文" ? "文/" : "图/");
        tok = tok.substr(prefix.size());
        break;
      }
    }
    strip_organisation(tok);
    if (const std::size_t slash = credit_suffix(tok); slash != std::string::npos) {  // 张玉东/文, 廖谦/图
      out.push_back(tok.substr(0, slash));
      out.push_back(tok.substr(slash));
      continue;
    }
    if (!role_of(tok) && !credit_of(tok)) {
      for (const auto& r : kRoles) {
        if (tok.size() > r.word.size() && tok.compare(0, r.word.size(), r.word) == 0) {
          out.emplace_back(r.word);
          tok = tok.substr(r.word.size());
          break;
        }
      }
    }
    std::string credit;
    for (std::string_view c : {"摄影报道", "摄", "报道", "整理"}) {
      if (tok.size() > c.size() && tok.compare(tok.size() - c.size(), c.size(), c) == 0 &&
          is_name(std::string_view(tok).substr(0, tok.size() - c.size()))) {
        credit = std::string(c);
        tok.resize(tok.size() - c.size());
        break;
      }
    }
    out.push_back(std::move(tok));
    if (!credit.empty()) out.push_back(std::move(credit));
  }
  return out;
}

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

// Characters no personal name holds: an agency, a paper, a section or a
// note in brackets ("（新华社）", "（图片新闻）", "（附图片）", "（完）").
bool unnamelike(std::string_view token) {
  for (std::string_view c : {"社", "网", "报", "台", "局", "厅", "委", "会", "办", "站", "院", "组", "队", "团",
                             "图", "片", "版", "期", "续", "完", "稿", "新闻", "记者", "中心", "部"})
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
  const auto toks = normalise(tokens(inner));
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

// "（湛承兵 王 群）": names alone in brackets, the credit of a city paper's
// story at its end.
std::optional<Byline> bracketed_names(std::string_view text) {
  const std::string_view inner = unbracket(text);
  if (inner.size() == text.size()) return std::nullopt;
  auto b = parse_credit_names(inner);
  if (b) b->text = std::string(text);
  return b;
}

}  // namespace

namespace {

// Every byline holds a role word or a credit: most lines fail here cheaply.
bool has_role_or_credit(std::string_view text) {
  for (std::string_view w : {"记者", "通讯员", "摄", "评论员", "文/", "图/", "文／", "图／", "/文", "/图", "实习生", "报道", "整理"}) {
    if (text.find(w) != std::string_view::npos) return true;
  }
  return false;
}

// The byline's words without its mark, photo number, brackets and an
// e-paper's source note ("本报记者 崔丽 《 中国青年报 》( 2013年04月27日 04 版)").
std::string_view byline_core(std::string_view text) {
  std::string_view core = unbracket(strip_photo_number(strip_mark(text)));
  if (const std::size_t source = core.find("《"); source != std::string_view::npos && source > 0 &&
                                                   core.find("》", source) != std::string_view::npos) {
    core = util::trim(core.substr(0, source));
  }
  return core;
}

// Reads a byline's tokens one at a time: roles, the names under them, and
// credits. Each take_* returns false when the token cannot stand there.
class BylineReader {
 public:
  bool take(const std::string& tok, bool last) {
    if (tok == "/文" || tok == "/图" || tok == "／文" || tok == "／图") return take_credit_after(tok);
    if (tok == "文/" || tok == "图/") return take_credit_before(tok);
    if (auto r = role_of(tok)) return take_role(tok, *r);
    if (auto c = credit_of(tok)) return last && take_credit(*c);  // a credit ends the byline
    if (is_name(tok)) {
      take_name(tok);
      return true;
    }
    return false;
  }

  // The byline read, if it is complete: no names left without a role, and a
  // role with its names (or one signed alone).
  std::optional<Byline> finish(std::string_view text) {
    if (!pending_.empty() || !role_ || (!role_has_name_ && !signed_alone_)) return std::nullopt;
    b_.text = std::string(text);
    return std::move(b_);
  }

 private:
  // Names before their credit: 张玉东 /文.
  bool take_credit_after(const std::string& tok) {
    if (pending_.empty() && !role_has_name_) return false;  // 王刚 文/…廖谦/图: the name just read
    adopt_pending();
    if (tok.find("图") != std::string::npos) b_.photo_credit = true;
    return true;
  }

  // A credit before its names: 文/ 王刚.
  bool take_credit_before(const std::string& tok) {
    if (role_ && !role_has_name_) return false;
    role_ = Role::kReporter;
    role_has_name_ = false;
    if (tok == "图/") b_.photo_credit = true;
    return true;
  }

  bool take_role(const std::string& tok, Role r) {
    if ((role_ && !role_has_name_ && !signed_alone_) || !pending_.empty()) return false;  // "记者 通讯员 …"
    role_ = r;
    role_has_name_ = false;
    signed_alone_ = signs_alone(tok);
    return true;
  }

  bool take_credit(std::string_view c) {
    if (!pending_.empty() && (c == "摄" || c == "摄影报道" || c == "整理")) adopt_pending();
    if (!role_has_name_) return false;
    if (is_photo(c)) b_.photo_credit = true;
    return true;
  }

  void take_name(const std::string& tok) {
    if (!role_) {
      pending_.push_back(tok);  // names before any role: need a credit
      return;
    }
    role_has_name_ = true;
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
  std::vector<std::string> pending_;
};

}  // namespace

std::optional<Byline> parse_byline(std::string_view text) {
  text = util::trim(text);
  // A byline ends with a name or a credit, never a sentence: most lines of a
  // page end so, and are turned away here before any word is looked for.
  if (text.empty() || util::is_terminator(util::last(util::strip_closing(text)))) return std::nullopt;
  if (util::length_up_to(text, kMaxBylineChars + 1) > kMaxBylineChars) return std::nullopt;
  if (!has_role_or_credit(text)) return bracketed_names(text);
  const auto toks = normalise(tokens(byline_core(text)));
  if (toks.empty()) return std::nullopt;
  BylineReader reader;
  for (std::size_t t = 0; t < toks.size(); ++t) {
    if (!reader.take(toks[t], t + 1 == toks.size())) return std::nullopt;
  }
  return reader.finish(text);
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
    if (util::is_closing(c) && (c == U'）' || c == U')')) break;  // "（记者 王刚）" opens with its own bracket
    start = k;
  }
  if (start >= line.size() || !parse_byline(line.substr(start))) return std::nullopt;
  return start;
}

void merge_byline(Byline& into, const Byline& more) {
  if (into.text.empty()) {
    into = more;
    return;
  }
  into.text += ' ';
  into.text += more.text;
  into.reporters.insert(into.reporters.end(), more.reporters.begin(), more.reporters.end());
  into.correspondents.insert(into.correspondents.end(), more.correspondents.begin(), more.correspondents.end());
  into.photo_credit = into.photo_credit || more.photo_credit;
}

}  // namespace kanbao::corpus
