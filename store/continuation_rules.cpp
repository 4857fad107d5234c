// SPDX-License-Identifier: MIT
#include "store/continuation_rules.h"

#include <set>
#include <string_view>

#include "store/issue_pages.h"
#include "text/utf8.h"

namespace kanbao::store::continuations {
namespace {

// A title's characters without spaces (a title is often spaced out in print).
std::u32string chars(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = text::decode(s, i);
    if (c != U' ' && c != U'\t' && c != U'\u3000' && c != U'\u00a0') out += c;
  }
  return out;
}

}  // namespace

int paragraph_count(const std::string& body) {
  if (body.empty()) return 0;
  int n = 1;
  for (char c : body) n += c == '\n' ? 1 : 0;
  return n;
}

std::string paragraph_count_sql(const std::string& body) {
  // A newline in a string literal is one character on both backends.
  return "(length(" + body + ") - length(replace(" + body + ", '\n', '')) + 1)";
}

std::string first_paragraphs(const std::string& body, int n) {
  std::size_t at = 0;
  for (int k = 0; k < n; ++k) {
    at = body.find('\n', at);
    if (at == std::string::npos) return body;
    if (k + 1 < n) ++at;
  }
  return n <= 0 ? std::string() : body.substr(0, at);
}

std::string joined_body(const std::string& head, const std::string& tail) {
  if (tail.empty()) return head;
  return head.empty() ? tail : head + "\n" + tail;
}

std::optional<std::int64_t> best_match(const std::string& title,
                                       const std::vector<std::pair<std::int64_t, std::string>>& candidates) {
  const std::u32string mine = chars(title);
  for (int rule = 0; rule < 3; ++rule) {
    for (const auto& [id, other_title] : candidates) {
      const std::u32string other = chars(other_title);
      if (mine.empty() || other.empty()) continue;
      bool ok = false;
      if (rule == 0) ok = mine == other;
      if (rule == 1)
        ok = mine.find(other) != std::u32string::npos || other.find(mine) != std::u32string::npos;
      if (rule == 2) ok = mine.size() >= 4 && other.size() >= 4 && mine.compare(0, 4, other, 0, 4) == 0;
      if (ok) return id;
    }
  }
  if (candidates.size() == 1) return candidates.front().first;
  return std::nullopt;
}

std::vector<Reprint> reprints_of(const std::vector<Twin>& twins) {
  std::vector<Reprint> joins;
  std::set<std::int64_t> taken;
  for (std::size_t i = 0; i < twins.size();) {
    // The group of twins[i].fresh: it and its stored twins not yet taken.
    const std::int64_t fresh = twins[i].fresh;
    std::vector<std::pair<std::int64_t, std::string>> group;
    if (taken.count(fresh) == 0) group.emplace_back(fresh, twins[i].fresh_page);
    for (; i < twins.size() && twins[i].fresh == fresh; ++i) {
      if (taken.count(twins[i].stored) == 0) group.emplace_back(twins[i].stored, twins[i].stored_page);
    }
    if (group.size() < 2 || group.front().first != fresh) continue;
    auto first = group.begin();
    for (auto it = group.begin(); it != group.end(); ++it) {
      const bool earlier = page_before(it->second, first->second);
      const bool same_page_stored_first = it->second == first->second && it->first < first->first;
      if (earlier || same_page_stored_first) first = it;
    }
    for (const auto& [id, page] : group) {
      taken.insert(id);
      if (id != first->first) joins.push_back({first->first, id});
    }
  }
  return joins;
}

}  // namespace kanbao::store::continuations
