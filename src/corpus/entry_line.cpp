// SPDX-License-Identifier: MIT
#include "corpus/entry_line.h"

#include "corpus/byline.h"
#include "corpus/headings.h"
#include "corpus/leads.h"
#include "corpus/text_util.h"

namespace kanbao::corpus {
namespace {

constexpr std::size_t kMaxHeadWords = 6;  // heading lines an entry can hold
constexpr std::size_t kMaxBylineWords = 8;  // 新华社记者 李大伟 黄秋生 通讯员 陈理春 本报记者 任之
constexpr std::size_t kMaxFieldBytes = 60;  // 第12版(国际副刊)专栏: starts within this

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

// Runs of non-space characters, as views of s.
std::vector<std::string_view> words_of(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t start = std::string_view::npos;
  for (std::size_t i = 0; i < s.size();) {
    const std::size_t at = i;
    if (util::is_space(util::next(s, i))) {
      if (start != std::string_view::npos) out.push_back(s.substr(start, at - start));
      start = std::string_view::npos;
    } else if (start == std::string_view::npos) {
      start = at;
    }
  }
  if (start != std::string_view::npos) out.push_back(s.substr(start));
  return out;
}

// Words a..b and the spaces between them: one view of the line.
std::string_view joined(const std::vector<std::string_view>& w, std::size_t a, std::size_t b) {
  const char* begin = w[a].data();
  return {begin, static_cast<std::size_t>(w[b].data() + w[b].size() - begin)};
}

bool ends_sentence(std::string_view s) { return util::is_terminator(util::last(util::strip_closing(s))); }

bool has_sentence(std::string_view s) { return util::has_any(s, U"。！？"); }

bool same_ignoring_spaces(std::string_view a, std::string_view b) {
  std::size_t i = 0, k = 0;
  while (true) {
    while (i < a.size() && a[i] == ' ') ++i;
    while (k < b.size() && b[k] == ' ') ++k;
    if (i == a.size() || k == b.size()) return i == a.size() && k == b.size();
    if (a[i++] != b[k++]) return false;
  }
}

// Words from i that make a byline: the longest run that reads as one (a
// lone 本报评论员新华社评论员 too); 0 if none.
std::size_t byline_words(const std::vector<std::string_view>& w, std::size_t i) {
  if (ends_with(w[i], "评论员")) return 1;
  std::size_t best = 0;
  for (std::size_t n = 1; n <= kMaxBylineWords && i + n <= w.size(); ++n)
    if (parse_byline(joined(w, i, i + n - 1))) best = n;
  return best;
}

// Word i opens the article's text: a lead or a byline.
bool opens_text(std::string_view line, const std::vector<std::string_view>& w, std::size_t i) {
  if (i >= w.size()) return false;
  return match_lead(line.substr(static_cast<std::size_t>(w[i].data() - line.data()))) ||
         byline_words(w, i) > 0;
}

// The first word of the text: a lead or byline; or, with none among the
// first words, the first that reads as a sentence (a subtitle may hold a
// sentence when a lead follows it: 七百多位中外人士出席。赵紫阳祝酒说，…).
std::size_t text_start(std::string_view line, const std::vector<std::string_view>& w) {
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (opens_text(line, w, i)) return i;
    if (i >= kMaxHeadWords || ends_sentence(w[i]) ||
        util::length_up_to(w[i], kMaxHeadingChars) >= kMaxHeadingChars)
      return i;
    if (has_sentence(w[i]) && !opens_text(line, w, i + 1) && !opens_text(line, w, i + 2)) return i;
  }
  return w.size();
}

void add_headings(std::vector<EntryPart>& parts, const std::vector<std::string_view>& w, std::size_t n,
                  std::string_view listed) {
  if (n == 0) return;
  // Three heading words: kicker, title, subtitle (the list line, naming
  // one of them, says which is the title); two: left to the heading rules
  // (headings.h), unless the list names one. Four or more hold a second
  // subtitle, so the count no longer says the first is a kicker: it is one
  // only when it reads as context for the second.
  std::size_t title = n == 3 ? 1 : (n == 1 ? 0 : n);
  if (n >= 4) title = sets_context(w[0], w[1]) ? 1 : 0;
  for (std::size_t k = 0; k < n && !listed.empty(); ++k)
    if (same_ignoring_spaces(w[k], listed)) title = k;
  if (title == n) {
    for (std::size_t k = 0; k < n; ++k) parts.push_back({w[k], EntryRole::kHeading});
    return;
  }
  if (title > 0) parts.push_back({joined(w, 0, title - 1), EntryRole::kHeading});
  parts.push_back({w[title], EntryRole::kTitle});
  if (title + 1 < n) parts.push_back({joined(w, title + 1, n - 1), EntryRole::kHeading});
}

// The text from word `from`: its byline, then paragraphs, each ending at a
// word that ends a sentence.
void add_text(std::vector<EntryPart>& parts, const std::vector<std::string_view>& w, std::size_t from) {
  if (from >= w.size()) return;
  if (const std::size_t b = byline_words(w, from); b > 0) {
    parts.push_back({joined(w, from, from + b - 1), EntryRole::kText});
    from += b;
  }
  std::size_t start = from;
  for (std::size_t q = from; q < w.size(); ++q) {
    if (q + 1 == w.size() || ends_sentence(w[q])) {
      parts.push_back({joined(w, start, q), EntryRole::kText});
      start = q + 1;
    }
  }
}

}  // namespace

bool is_list_line(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && i < 3 && line[i] >= '0' && line[i] <= '9') ++i;
  return i > 0 && i + 2 < line.size() && line[i] == '.' && line[i + 1] == ' ';
}

std::vector<EntryPart> split_entry_line(std::string_view line, std::string_view listed) {
  std::vector<EntryPart> parts;
  if (!starts_with(line, "第")) return parts;
  const std::size_t mark = line.substr(0, kMaxFieldBytes + 6).find("专栏");
  if (mark == std::string_view::npos || mark > kMaxFieldBytes) return parts;
  const std::string_view field = util::trim(line.substr(0, mark));
  const char32_t close = util::last(field);
  if ((close != U')' && close != U'）') || field.find("版") == std::string_view::npos) return parts;
  std::size_t at = mark + std::string_view("专栏").size();
  if (at >= line.size()) return parts;
  const char32_t colon = util::next(line, at);
  if (colon != U':' && colon != U'：') return parts;
  // The column's name is glued to the colon (专栏:开栏的话); a space after
  // the colon means the entry has none.
  std::vector<std::string_view> w = words_of(line.substr(at));
  const bool named = !w.empty() && w.front().data() == line.data() + at;
  const std::string_view column = line.substr(mark, at - mark + (named ? w.front().size() : 0));
  if (named) w.erase(w.begin());
  parts.push_back({field, EntryRole::kField});
  parts.push_back({column, EntryRole::kColumn});
  if (is_list_line(listed)) listed = util::trim(listed.substr(listed.find(' ')));
  const std::size_t text = text_start(line, w);
  add_headings(parts, w, text, listed);
  add_text(parts, w, text);
  return parts;
}

}  // namespace kanbao::corpus
