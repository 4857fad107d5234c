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

// Longest first, so that find_appended_byline prefers 本报记者 over 记者.
constexpr std::array<RoleWord, 9> kRoles{{
    {"本报通讯员", Role::kCorrespondent},
    {"特约通讯员", Role::kCorrespondent},
    {"本报记者", Role::kReporter},
    {"特约记者", Role::kReporter},
    {"见习记者", Role::kReporter},
    {"实习记者", Role::kReporter},
    {"通讯员", Role::kCorrespondent},
    {"实习生", Role::kOther},
    {"记者", Role::kReporter},
}};

constexpr std::array<std::string_view, 4> kPhotoCredits{"文/图", "图/文", "文／图", "图／文"};

// Bylines are short; anything longer is prose.
constexpr std::size_t kMaxBylineChars = 80;

std::optional<Role> role_of(std::string_view token) {
  for (const auto& r : kRoles)
    if (token == r.word) return r.role;
  return std::nullopt;
}

bool is_photo_credit(std::string_view token) {
  for (auto c : kPhotoCredits)
    if (token == c) return true;
  return false;
}

bool is_name(std::string_view token) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < token.size();) {
    if (!util::is_han(util::next(token, i))) return false;
    ++n;
  }
  return n >= 2 && n <= 4;
}

// Splits on any whitespace (ASCII or U+3000).
std::vector<std::string_view> tokens(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t j = i;
    if (util::is_space(util::next(s, j))) {
      i = j;
      continue;
    }
    std::size_t start = i;
    std::size_t end = i;
    while (end < s.size()) {
      std::size_t k = end;
      if (util::is_space(util::next(s, k))) break;
      end = k;
    }
    out.push_back(s.substr(start, end - start));
    i = end;
  }
  return out;
}

}  // namespace

std::optional<Byline> parse_byline(std::string_view text) {
  text = util::trim(text);
  if (text.empty() || util::length_up_to(text, kMaxBylineChars + 1) > kMaxBylineChars) return std::nullopt;
  const auto toks = tokens(text);
  Byline b;
  std::optional<Role> role;
  bool role_has_name = false;
  for (std::size_t t = 0; t < toks.size(); ++t) {
    if (auto r = role_of(toks[t])) {
      if (role && !role_has_name) return std::nullopt;  // "记者 通讯员 …"
      role = r;
      role_has_name = false;
    } else if (is_photo_credit(toks[t])) {
      if (t + 1 != toks.size() || !role_has_name) return std::nullopt;
      b.photo_credit = true;
    } else if (role && is_name(toks[t])) {
      role_has_name = true;
      if (*role == Role::kReporter) b.reporters.emplace_back(toks[t]);
      if (*role == Role::kCorrespondent) b.correspondents.emplace_back(toks[t]);
    } else {
      return std::nullopt;
    }
  }
  if (!role || !role_has_name) return std::nullopt;
  b.text = std::string(text);
  return b;
}

std::optional<std::size_t> find_appended_byline(std::string_view line) {
  // Every role word is 6..15 bytes and the byline at most kMaxBylineChars
  // characters of at most 3 bytes each, so the byline lies in this tail.
  constexpr std::size_t kTail = kMaxBylineChars * 3;
  const std::size_t from = line.size() > kTail ? line.size() - kTail : 0;
  std::optional<std::size_t> best;
  for (const auto& r : kRoles) {
    for (std::size_t p = line.find(r.word, from); p != std::string_view::npos; p = line.find(r.word, p + 1)) {
      if (best && p >= *best) break;
      const std::string_view before = util::trim(line.substr(0, p));
      if (before.empty() || !util::is_terminator(util::last(util::strip_closing(before)))) continue;
      if (parse_byline(line.substr(p))) {
        best = p;
        break;
      }
    }
  }
  return best;
}

std::optional<Byline> lead_bracket_byline(std::string_view lead, std::size_t* end) {
  constexpr std::string_view kLead = "本报讯";
  if (lead.substr(0, kLead.size()) != kLead) return std::nullopt;
  std::size_t i = kLead.size();
  while (i < lead.size()) {
    std::size_t j = i;
    if (!util::is_space(util::next(lead, j))) break;
    i = j;
  }
  if (i >= lead.size()) return std::nullopt;
  std::size_t j = i;
  const char32_t open = util::next(lead, j);
  if (open != U'（' && open != U'(') return std::nullopt;
  // The bracket must close within a byline's length.
  std::size_t k = j;
  for (std::size_t n = 0; k < lead.size() && n <= kMaxBylineChars; ++n) {
    std::size_t content_end = k;
    const char32_t c = util::next(lead, k);
    if (c == U'）' || c == U')') {
      auto b = parse_byline(lead.substr(j, content_end - j));
      if (b && end) *end = k;
      return b;
    }
  }
  return std::nullopt;
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
  into.photo_credit = more.photo_credit;
}

}  // namespace kanbao::corpus
