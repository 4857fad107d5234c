// Splitting a decoded page into articles.
//
// A page is a sequence of articles, each: heading lines, a lead paragraph
// starting with 本报讯, body paragraphs and a byline. We first find the lead
// lines, then walk back from each lead over the heading-like lines just
// before it; an article runs from its first heading to just before the next
// article's first heading. Inside that range the (last) byline ends the body.
#include "corpus/parse.h"

#include <algorithm>
#include <cstdint>
#include <utility>

#include "corpus/byline.h"
#include "corpus/dates.h"
#include "corpus/placement.h"
#include "corpus/split.h"
#include "corpus/text_util.h"

namespace kanbao::corpus {
namespace {

constexpr std::string_view kLeadWord = "本报讯";
constexpr std::size_t kMaxHeadingChars = 100;  // headings are shorter than this
constexpr std::size_t kMaxHeadings = 3;

// The page's lines, trimmed, as compact spans (8 bytes a line: a page of
// ten million empty lines must not cost gigabytes).
class Lines {
 public:
  explicit Lines(std::string_view text) : text_(text) {
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t end = text.find('\n', start);
      if (end == std::string_view::npos) end = text.size();
      const std::string_view t = util::trim(text.substr(start, end - start));
      spans_.push_back({static_cast<std::uint32_t>(t.data() - text.data()), static_cast<std::uint32_t>(t.size())});
      start = end + 1;
    }
  }
  std::size_t size() const { return spans_.size(); }
  std::string_view text(std::size_t j) const { return text_.substr(spans_[j].first, spans_[j].second); }
  bool blank(std::size_t j) const { return spans_[j].second == 0; }
  int number(std::size_t j) const { return static_cast<int>(j + 1); }  // 1-based

 private:
  std::string_view text_;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> spans_;
};

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool is_lead(std::string_view line) { return starts_with(line, kLeadWord); }

// "# 标题" / "## 标题": the markup is not part of the heading.
std::string_view strip_markup(std::string_view line) {
  std::size_t n = 0;
  while (n < line.size() && n < 3 && line[n] == '#') ++n;
  if (n > 0 && n < line.size() && (line[n] == ' ' || line[n] == '\t')) return util::trim(line.substr(n));
  return line;
}

// Heading-like: short, not a byline, not ending like a sentence. A short
// line ending in ！/？ is accepted too (headlines such as "幸福来了！").
bool is_heading(std::string_view line) {
  if (line.empty() || is_lead(line)) return false;
  const std::string_view h = strip_markup(line);
  const std::size_t len = util::length_up_to(h, kMaxHeadingChars);
  if (h.empty() || len >= kMaxHeadingChars || parse_byline(h)) return false;
  const std::string_view core = util::strip_closing(h);
  if (core.empty()) return false;
  const char32_t last = util::last(core);
  if (last == U'！' || last == U'？' || last == U'!' || last == U'?') return len <= 30;
  return !util::is_terminator(last) && last != U'，' && last != U',' && last != U'、';
}

// A paragraph really ends here (rather than being cut by the print layout).
bool ends_paragraph(std::string_view para) { return util::is_terminator(util::last(util::strip_closing(para))); }

bool is_latin_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Adds a line of body text: a new paragraph, or the continuation of the last
// one when that was cut mid-sentence by a layout break.
void add_chunk(std::vector<std::string>& paras, std::string_view chunk, bool may_join) {
  if (chunk.empty()) return;
  if (may_join && !paras.empty() && !ends_paragraph(paras.back())) {
    std::string& p = paras.back();
    std::size_t i = 0;
    if (is_latin_letter(util::last(p)) && is_latin_letter(util::next(chunk, i))) p += ' ';
    p += chunk;
    return;
  }
  paras.emplace_back(chunk);
}

std::string line_ref(int number) { return "line " + std::to_string(number) + ": "; }

// The first clause of a text: up to its first full stop or comma, at most
// 40 characters. "" when the text starts with one.
std::string first_clause(std::string_view text) {
  std::string clause;
  std::size_t n = 0;
  for (std::size_t k = 0; k < text.size() && n < 40; ++n) {
    const char32_t c = util::next(text, k);
    if (util::is_terminator(c) || c == U'，' || c == U',') break;
    util::append(clause, c);
  }
  return clause;
}

// A text's first 60 bytes, cut at a character boundary.
std::string first_bytes(std::string_view text) {
  std::size_t cut = std::min<std::size_t>(text.size(), 60);
  while (cut > 0 && cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut));
}

// A title for an article that has no heading: the lead's first clause.
std::string title_from_lead(std::string_view lead) {
  std::size_t i = kLeadWord.size();
  std::size_t after = 0;
  if (lead_bracket_byline(lead, &after)) i = after;
  std::string title = first_clause(util::trim(lead.substr(std::min(i, lead.size()))));
  // No clause to take: the lead's first bytes.
  return title.empty() ? first_bytes(lead) : title;
}

// One article without structure: the first line is the title (unless it is
// too long for one), every other non-blank line a paragraph.
Article unstructured(const Lines& lines, std::size_t begin, std::size_t end) {
  Article a;
  for (std::size_t j = begin; j < end; ++j) {
    if (lines.blank(j)) continue;
    if (a.first_line == 0) {
      const std::string_view first = strip_markup(lines.text(j));
      a.first_line = lines.number(j);
      if (util::length_up_to(first, kMaxHeadingChars) < kMaxHeadingChars) {
        a.title = std::string(first);
      } else {
        // Longer than any heading (a page that is one long line): the line
        // stays whole in the body, and its first clause is the title.
        std::string clause = first_clause(first);
        a.title = clause.empty() ? first_bytes(first) : std::move(clause);
        a.paragraphs.emplace_back(lines.text(j));
      }
    } else {
      a.paragraphs.emplace_back(lines.text(j));
    }
    a.last_line = lines.number(j);
  }
  return a;
}

// The article whose lead is lines[lead] and which occupies [begin, end).
Article build_article(const Lines& lines, std::size_t begin, std::size_t lead, std::size_t end,
                      std::vector<std::string>& warnings) {
  Article a;
  std::vector<std::string_view> headings;
  for (std::size_t j = begin; j < lead; ++j)
    if (!lines.blank(j)) headings.push_back(strip_markup(lines.text(j)));

  // The byline: the last byline line (with any byline lines just before it,
  // and a byline appended to the paragraph before those), or a byline
  // appended to the last paragraph.
  std::size_t group_begin = end;  // first line of the byline
  std::size_t group_end = end;    // one past its last line
  std::size_t appended_line = end;
  std::size_t appended_at = 0;
  for (std::size_t j = end; j-- > lead;) {
    const std::string_view t = lines.text(j);
    if (t.empty()) continue;
    if (j != lead && parse_byline(t)) {
      group_begin = j;
      group_end = j + 1;
      for (std::size_t m = j; m-- > lead + 1;) {
        if (lines.blank(m)) continue;
        if (!parse_byline(lines.text(m))) break;
        group_begin = m;
      }
      for (std::size_t m = group_begin; m-- > lead;) {
        if (lines.blank(m)) continue;
        if (auto at = find_appended_byline(lines.text(m))) {
          appended_line = m;
          appended_at = *at;
        }
        break;
      }
      break;
    }
    if (auto at = find_appended_byline(t)) {
      appended_line = group_begin = j;
      group_end = j + 1;
      appended_at = *at;
      break;
    }
  }

  Byline byline;
  if (appended_line != end) merge_byline(byline, *parse_byline(lines.text(appended_line).substr(appended_at)));
  for (std::size_t j = appended_line != end ? appended_line + 1 : group_begin; j < group_end; ++j)
    if (!lines.blank(j)) merge_byline(byline, *parse_byline(lines.text(j)));

  const std::size_t body_end = appended_line != end ? appended_line + 1 : group_begin;
  for (std::size_t j = lead; j < body_end; ++j) {
    std::string_view t = lines.text(j);
    if (j == appended_line) t = util::trim(t.substr(0, appended_at));
    add_chunk(a.paragraphs, t, true);
  }
  // Lines after the byline that are not the next article's headings: keep
  // them, as further paragraphs of this article.
  bool first_trailing = true;
  for (std::size_t j = group_end; j < end; ++j) {
    if (lines.blank(j)) continue;
    if (first_trailing)
      warnings.push_back(line_ref(lines.number(j)) + "text after the byline kept in the article above it");
    add_chunk(a.paragraphs, lines.text(j), !first_trailing);
    first_trailing = false;
  }

  if (byline.text.empty()) {
    if (auto b = lead_bracket_byline(lines.text(lead))) byline = std::move(*b);
  }
  a.byline = std::move(byline.text);
  a.reporters = std::move(byline.reporters);
  a.correspondents = std::move(byline.correspondents);
  a.photo_credit = byline.photo_credit;

  if (!headings.empty()) {
    a.title = std::string(headings.front());
    for (std::size_t h = 1; h < headings.size(); ++h) {
      if (h > 1) a.subtitle += '\n';
      a.subtitle += headings[h];
    }
  } else {
    a.title = title_from_lead(a.paragraphs.empty() ? lines.text(lead) : a.paragraphs.front());
    warnings.push_back(line_ref(lines.number(lead)) + "article without a heading; title taken from its lead");
  }
  if (!a.paragraphs.empty()) a.date = find_event_date(a.paragraphs.front());

  a.first_line = lines.number(begin);
  for (std::size_t j = end; j-- > begin;) {
    if (!lines.blank(j)) {
      a.last_line = lines.number(j);
      break;
    }
  }
  return a;
}

}  // namespace

std::vector<Article> split_articles(std::string_view text, std::vector<std::string>& warnings) {
  std::vector<Article> articles;
  // Offsets are 32-bit; decode() never produces more than 2 GB.
  if (text.size() > UINT32_MAX) text = text.substr(0, UINT32_MAX);
  const Lines lines(text);
  bool blank = true;
  for (std::size_t j = 0; j < lines.size() && blank; ++j) blank = lines.blank(j);
  if (blank) {
    warnings.emplace_back("the page is empty");
    return articles;
  }

  std::vector<std::size_t> leads;
  for (std::size_t j = 0; j < lines.size(); ++j)
    if (is_lead(lines.text(j))) leads.push_back(j);
  if (leads.empty()) {
    warnings.emplace_back("no 本报讯 lead found; the page is kept as one article");
    articles.push_back(unstructured(lines, 0, lines.size()));
    return articles;
  }

  // Each article starts at its first heading: walk back from the lead over
  // heading-like lines (at most kMaxHeadings), never past the previous lead.
  std::vector<std::size_t> starts(leads.size());
  for (std::size_t k = 0; k < leads.size(); ++k) {
    const std::size_t floor = k == 0 ? 0 : leads[k - 1] + 1;
    std::size_t start = leads[k];
    std::size_t found = 0;
    for (std::size_t j = leads[k]; j-- > floor && found < kMaxHeadings;) {
      if (lines.blank(j)) continue;
      if (!is_heading(lines.text(j))) break;
      start = j;
      ++found;
    }
    starts[k] = start;
  }

  // Text before the first article's headings (a masthead, a stray line):
  // kept as an article of its own rather than dropped.
  bool preamble = false;
  for (std::size_t j = 0; j < starts[0] && !preamble; ++j) preamble = !lines.blank(j);
  if (preamble) {
    articles.push_back(unstructured(lines, 0, starts[0]));
    warnings.push_back(line_ref(articles.back().first_line) +
                       "text before the first article's headings kept as an article of its own");
  }
  for (std::size_t k = 0; k < leads.size(); ++k) {
    const std::size_t end = k + 1 < leads.size() ? starts[k + 1] : lines.size();
    articles.push_back(build_article(lines, starts[k], leads[k], end, warnings));
  }
  for (std::size_t k = 0; k < articles.size(); ++k) articles[k].position = static_cast<int>(k);
  return articles;
}

Page parse_page(std::string_view text, const PageContext& context) {
  Page page;
  page.origin = origin_of(context);
  page.articles = split_articles(text, page.warnings);

  // Until event dates are resolved against the issue date, an issue whose
  // year alone is known (month 0) lends the year to the lead's date.
  if (page.origin.issue && page.origin.issue->year != 0) {
    for (Article& a : page.articles) {
      if (a.date) a.date->year = page.origin.issue->year;
    }
  }
  assign_districts(page, text, context);
  return page;
}

}  // namespace kanbao::corpus
