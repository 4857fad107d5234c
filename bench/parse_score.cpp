// SPDX-License-Identifier: MIT
// kanbao-parse-score: how well the parser reads a folder of pages.
//
//   kanbao-parse-score DIR                 articles found, and parsing time
//   kanbao-parse-score --expect N DIR      the same; fails unless exactly N articles
//   kanbao-parse-score --repeat N DIR      parses N times (for profiling); mean time
//   kanbao-parse-score --truth FILE [--divisions TSV] DIR
//                                          scores against a hand-made truth file
//   kanbao-parse-score [--divisions TSV] --dump FILE [DATE]
//                                          the articles of one page, field by field
// With -v first, a scoring run also lists every title not found, every
// kicker taken as a title, and on a page split wrong the parser's titles
// beside the truth's.
//
// The truth file (kept outside the repository with the pages it describes)
// is UTF-8 text, one record a line, fields separated by TABs:
//   page <TAB> path under DIR <TAB> form <TAB> issue date (YYYY-MM-DD or -)
//   art  <TAB> kicker <TAB> title <TAB> event date (YYYY-MM-DD or -) <TAB> reporters (、-separated)
//        [<TAB> district (the canonical name, 管城回族区; - or absent: none; ? not labelled)]
//   paper <TAB> path component <TAB> paper's name <TAB> its city (- : national, no districts)
// Each `art` line belongs to the `page` line above it, in page order; "-"
// marks an empty field, "?" a field not labelled (a truth made by a script
// that knows titles but not event dates or reporters): it is not scored. An article with no printed title
// ("-") is matched by its place on the page. `paper` lines are the configuration a user would write
// (paper.yarb = 延安日报, paper.延安日报.city = 延安) and apply to every page. Lines starting with # are
// comments. Scores are printed per form of the page (the `page` line's), per
// form of each article as the page's own text shows it (forms_of below: its
// heading block, its lead, where its byline stands), and per paper: pages with the right number of articles,
// titles exact, kickers taken as titles, kickers right (of the articles whose title was found),
// event dates right, reporters right (of the articles naming some),
// publication dates right (of the articles whose issue date is known: a page whose path and masthead do not
// give it is then parsed with it, as `index --date` would), districts right (of the articles whose district
// is labelled; with
// --divisions FILE the country's gazetteer, with the city papers of
// papers.tsv beside it, else Zhengzhou's only), and the
// articles of a national paper given a district. The reporters column lists
// everyone the byline credits, 通讯员 included, as the search filter
// reporter:NAME finds them: it is scored against the parser's reporters and
// correspondents together.
#include <fmt/core.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "corpus/decode.h"
#include "corpus/divisions.h"
#include "corpus/papers.h"
#include "corpus/parse.h"

namespace {

namespace fs = std::filesystem;
using kanbao::corpus::Article;
using kanbao::corpus::Date;

std::optional<std::string> slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string> fields(const std::string& line) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t tab = line.find('\t', start);
    std::string f = line.substr(start, tab == std::string::npos ? std::string::npos : tab - start);
    out.push_back(f == "-" ? "" : f);
    if (tab == std::string::npos) return out;
    start = tab + 1;
  }
}

std::optional<Date> parse_date(const std::string& s) {
  int y = 0, m = 0, d = 0;
  if (std::sscanf(s.c_str(), "%d-%d-%d", &y, &m, &d) != 3) return std::nullopt;
  return Date{y, m, d};
}

std::vector<std::string> split_names(const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  const std::string sep = "、";
  while (start < s.size()) {
    const std::size_t p = s.find(sep, start);
    out.push_back(s.substr(start, p == std::string::npos ? std::string::npos : p - start));
    if (p == std::string::npos) break;
    start = p + sep.size();
  }
  return out;
}

struct TruthArticle {
  std::string kicker, title, date;
  std::vector<std::string> reporters;
  std::string district;
  // false: "?" in the truth, not scored
  bool date_labelled = true, reporters_labelled = true, district_labelled = true;
};
struct TruthPage {
  std::string path, form;
  std::optional<Date> issue;
  std::vector<TruthArticle> articles;
};

// The forms of formats.md one article takes, read from the page text
// around its title (the truth's, so that a page the parser splits wrong is
// still classified): the heading block (kicker, title, subtitle: flush-left
// lines set together), the lead's form (本报讯, a 本报…电 dateline, an agency's
// 电, a byline line over the text, none), and where its byline stands.
struct ArticleForms {
  std::string heading, lead, byline;
  std::size_t next_line = 0;  // where the next article's title is looked for
};

bool indented(const std::string& line) {
  return !line.empty() &&
         (line[0] == ' ' || line[0] == '\t' || line.rfind("\u3000", 0) == 0 || line.rfind("\u00a0", 0) == 0);
}

// The line without its indent and trailing space, each run of spaces
// (ASCII, ideographic, no-break) one space, as the truth writes titles.
std::string trimmed(const std::string& line) {
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < line.size();) {
    std::size_t n = 0;  // the bytes of a space here, 0 if none
    if (line.compare(i, 3, "\u3000") == 0) {
      n = 3;
    } else if (line.compare(i, 2, "\u00a0") == 0) {
      n = 2;
    } else if (line[i] == ' ' || line[i] == '\t') {
      n = 1;
    }
    if (n > 0) {
      space = true;
      i += n;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += line[i++];
  }
  return out;
}

// The first `chars` code points of `s`.
std::string head_of(const std::string& s, std::size_t chars) {
  std::size_t i = 0;
  for (std::size_t n = 0; i < s.size() && n < chars; ++n) {
    ++i;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0U) == 0x80U) ++i;
  }
  return s.substr(0, i);
}

bool contains(const std::string& s, std::string_view part) { return s.find(part) != std::string::npos; }
bool begins(const std::string& s, std::string_view part) { return s.rfind(part, 0) == 0; }
bool ends(const std::string& s, std::string_view part) {
  return s.size() >= part.size() && s.compare(s.size() - part.size(), part.size(), part) == 0;
}

// A short line that credits someone (记者 X, 文/图 X, X 摄) rather than reports.
bool credit_line(const std::string& s) {
  return head_of(s, 26).size() == s.size() &&
         (begins(s, "记者") || begins(s, "本报记者") || begins(s, "通讯员") || begins(s, "文/") ||
          begins(s, "文／") || begins(s, "图/") || begins(s, "图／") || begins(s, "□") || ends(s, "摄") ||
          ends(s, "报道"));
}

// A paragraph closed by a credit in brackets: （本报记者 某某）, …。（记者 某某）.
bool trailing_credit(const std::string& s) {
  const std::size_t open = s.rfind("（");
  if (open == std::string::npos || !ends(s, "）")) return false;
  const std::string inner = s.substr(open);
  return open == 0 || contains(inner, "记者") || contains(inner, "通讯员") || contains(inner, "本报");
}

// A short line crediting a photograph: 某某摄, 某某摄（影像中国）, 某某 摄影报道.
bool photo_credit(const std::string& s) {
  const std::size_t at = s.rfind("摄");
  return at != std::string::npos && head_of(s, 40).size() == s.size() && s.size() - at <= 3 * 8;
}

std::string lead_form(const std::string& lead, bool credit_above) {
  const std::string opening = head_of(lead, 30);
  if (contains(head_of(lead, 20), "本报讯")) return "lead 本报讯";
  if (begins(opening, "本报") && contains(opening, "电")) return "lead 本报…电";
  for (std::string_view agency : {"新华社", "中新社", "新华网", "央视", "人民网", "中新网"})
    if (begins(opening, agency) && contains(opening, "电")) return "lead agency 电";
  if (credit_above) return "lead byline line, no dateline";
  return "lead no dateline";
}

ArticleForms forms_of(const std::vector<std::string>& lines, std::size_t from, const std::string& title,
                      bool has_kicker) {
  ArticleForms f;
  f.next_line = from;
  std::size_t at = from;
  // The title's first line: equal to it, or its first part (a title the
  // truth joined from several lines with a space).
  for (; at < lines.size(); ++at) {
    const std::string s = trimmed(lines[at]);
    if (!s.empty() && !indented(lines[at]) && (s == title || begins(title, s + " "))) break;
  }
  if (title.empty()) return {"heading none (photo, brief)", "lead unknown", "byline other", from};
  if (at == lines.size()) return {"heading not found in page", "lead unknown", "byline other", from};
  std::size_t end = at + 1;  // past the title's lines
  for (std::string joined = trimmed(lines[at]); joined != title && end < lines.size(); ++end)
    joined += " " + trimmed(lines[end]);
  // Flush-left lines under the title: its subtitle, or a byline set with
  // the heading (本报记者  某某).
  bool subtitle = false;
  bool credit_above = false;
  std::size_t i = end;
  for (; i < lines.size() && !trimmed(lines[i]).empty() && !indented(lines[i]); ++i) {
    const bool credit = credit_line(trimmed(lines[i]));
    subtitle = subtitle || !credit;
    credit_above = credit_above || credit;
  }
  if (credit_above) f.byline = "byline line";
  f.heading =
      std::string("heading ") + (has_kicker ? "kicker+title" : "title") + (subtitle ? "+subtitle" : "");
  f.next_line = end;
  std::string lead;
  for (; i < lines.size() && indented(lines[i]); ++i) {
    const std::string s = trimmed(lines[i]);
    if (credit_line(s) && lead.empty()) {
      credit_above = true;
      f.byline = "byline line";
      continue;
    }
    if (lead.empty()) lead = s;
    // A byline in the dateline: 电（记者 X）, 讯（X）.
    if (f.byline.empty() && s == lead &&
        (contains(head_of(s, 40), "电（") || contains(head_of(s, 40), "讯（") ||
         contains(head_of(s, 40), "记者")))
      f.byline = "byline in the dateline";
    if (f.byline.empty() && trailing_credit(s)) f.byline = "byline trailing credit";
    if (f.byline.empty() && photo_credit(s)) f.byline = "byline photo credit (摄)";
  }
  if (f.byline.empty()) f.byline = "byline other";
  f.lead = lead.empty() ? "lead no text (photo, caption)" : lead_form(lead, credit_above);
  return f;
}

struct Score {
  int pages = 0, pages_right = 0;
  int articles = 0, titles = 0;
  int kickers = 0, kicker_as_title = 0;
  int titled_kickers = 0, kickers_right = 0;  // of the truth's kickers whose title was found
  int dated = 0, dates = 0;
  int named = 0, reporters = 0;
  int issued = 0, issues = 0;
  int districted = 0, districts = 0, national = 0, national_districts = 0;
};

// The page at dir/relative as `kanbao index` reads it: paper, issue and page
// from the relative path (the truth's), `date` as `index --date` gives it.
kanbao::corpus::Page parse_text(const std::string& text, const std::string& relative,
                                const kanbao::corpus::Papers& papers, const std::optional<Date>& date) {
  kanbao::corpus::PageContext context;
  context.path = relative;
  context.date = date;
  context.papers = &papers;
  return kanbao::corpus::parse_page(text, context);
}

std::optional<kanbao::corpus::Page> parse_whole_page(const fs::path& dir, const std::string& relative,
                                                     const kanbao::corpus::Papers& papers,
                                                     const std::optional<Date>& date) {
  auto bytes = slurp(dir / relative);
  if (!bytes) return std::nullopt;
  auto decoded = kanbao::corpus::decode(*bytes);
  if (!decoded) return std::nullopt;
  return parse_text(decoded->text, relative, papers, date);
}

void print(const std::string& form, const Score& s) {
  auto pct = [](int a, int b) {
    return b == 0 ? std::string("   -  ") : fmt::format("{:5.1f}%", 100.0 * a / b);
  };
  fmt::print(
      "{:<30} pages {:3}  count right {} | articles {:4}  titles {} | kicker as title {} of {:3} | kickers "
      "{} of {:3} | "
      "dates {} of {:3} | reporters {} of {:3} | issue dates {} of {:3} | districts {} of {:3} | national "
      "with "
      "district {} of {:3}\n",
      form, s.pages, pct(s.pages_right, s.pages), s.articles, pct(s.titles, s.articles),
      pct(s.kicker_as_title, s.kickers), s.kickers, pct(s.kickers_right, s.titled_kickers), s.titled_kickers,
      pct(s.dates, s.dated), s.dated, pct(s.reporters, s.named), s.named, pct(s.issues, s.issued), s.issued,
      pct(s.districts, s.districted), s.districted, s.national_districts, s.national);
}

// The path (named on the command line, or listed in the truth) exists, or a message naming it.
bool exists_or_say(const fs::path& path) {
  std::error_code ec;
  if (fs::exists(path, ec)) return true;
  fmt::print(stderr, "kanbao-parse-score: {}: {}\n", path.string(),
             ec ? ec.message() : std::string("no such file or directory"));
  return false;
}

// The page's lines as decoded (empty when it cannot be read: parse_whole_page says so).
std::vector<std::string> page_lines(const fs::path& path) {
  std::vector<std::string> lines;
  auto decoded = kanbao::corpus::decode(slurp(path).value_or(""));
  if (!decoded) return lines;
  std::istringstream in(decoded->text);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    lines.push_back(std::move(line));
  }
  return lines;
}

int score(const fs::path& truth_path, const fs::path& dir,
          const std::shared_ptr<const kanbao::corpus::Divisions>& divisions,
          const std::vector<kanbao::corpus::HomeCity>& homes, bool verbose) {
  std::ifstream in(truth_path);
  if (!in) {
    std::cerr << "cannot read " << truth_path << "\n";
    return 1;
  }
  kanbao::corpus::Papers papers(divisions);
  for (const auto& home : homes) papers.add_home_city(home.paper, home.city);
  std::vector<TruthPage> pages;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    auto f = fields(line);
    if (f[0] == "page" && f.size() >= 3) {
      pages.push_back({f[1], f[2], f.size() > 3 ? parse_date(f[3]) : std::nullopt, {}});
    } else if (f[0] == "art" && f.size() >= 3 && !pages.empty()) {
      TruthArticle a{f[1], f[2], f.size() > 3 ? f[3] : "", {}, f.size() > 5 ? f[5] : ""};
      a.date_labelled = a.date != "?";
      a.reporters_labelled = !(f.size() > 4 && f[4] == "?");
      a.district_labelled = a.district != "?";
      if (a.reporters_labelled && f.size() > 4 && !f[4].empty()) a.reporters = split_names(f[4]);
      pages.back().articles.push_back(std::move(a));
    } else if (f[0] == "paper" && f.size() >= 4) {
      papers.add_alias(f[1], f[2]);
      papers.set_city(f[2], f[3]);  // "" (from "-"): a paper without districts
    }
  }
  std::map<std::string, Score> by_form;
  for (const TruthPage& page : pages) {
    if (!exists_or_say(dir / page.path)) return 1;  // a truth for a page that is not there scores nothing
    auto parsed = parse_whole_page(dir, page.path, papers, std::nullopt);
    const std::optional<Date> found_issue = parsed ? parsed->origin.issue : std::nullopt;
    const bool issue_ok = page.issue && found_issue && found_issue->str() == page.issue->str();
    // A page whose path and masthead do not give its issue is indexed with
    // --date: score the rest as it would then be read.
    if (page.issue && !issue_ok) parsed = parse_whole_page(dir, page.path, papers, page.issue);
    if (verbose && page.issue && !issue_ok)
      fmt::print("  {}: issue date {}, truth {}\n", page.path, found_issue ? found_issue->str() : "none",
                 page.issue->str());
    const std::vector<Article> got = parsed ? parsed->articles : std::vector<Article>{};
    const std::vector<std::string> lines = page_lines(dir / page.path);
    std::size_t cursor = 0;  // the page line the next truth article's title is looked for from
    const bool national = parsed && papers.national(parsed->origin.paper);
    // Per paper too, as the path names it.
    Score& by_paper =
        by_form["paper " + (parsed && !parsed->origin.paper.empty() ? parsed->origin.paper : "unknown")];
    for (Score* s : {&by_form[page.form], &by_form["ALL"], &by_paper}) {
      ++s->pages;
      if (got.size() == page.articles.size()) ++s->pages_right;
    }
    if (verbose && got.size() != page.articles.size()) {
      fmt::print("  {}: {} articles, truth {}\n", page.path, got.size(), page.articles.size());
      // Both title lists side by side say where a page was split wrong.
      for (std::size_t n = 0; n < std::max(got.size(), page.articles.size()); ++n)
        fmt::print("    {:2}  got {:<40}  truth {}\n", n + 1, n < got.size() ? got[n].title : "",
                   n < page.articles.size() ? page.articles[n].title : "");
    }
    for (std::size_t n = 0; n < page.articles.size(); ++n) {
      const TruthArticle& t = page.articles[n];
      const Article* match = nullptr;
      for (const Article& a : got)
        if (a.title == t.title) match = &a;
      // No printed title (a photo caption, a page that lost it): the
      // article in the same place, whatever title the parser made up.
      if (t.title.empty() && n < got.size()) match = &got[n];
      const bool kicker_title =
          !t.kicker.empty() &&
          std::any_of(got.begin(), got.end(), [&](const Article& a) { return a.title == t.kicker; });
      const bool date_ok = match && (match->date ? match->date->str() : "") == t.date;
      // An article the parser missed has no district: right when it should have none.
      const std::string district = match ? match->district : "";
      std::vector<std::string> want = t.reporters, have;
      if (match) {
        have = match->reporters;
        have.insert(have.end(), match->correspondents.begin(), match->correspondents.end());
      }
      std::sort(want.begin(), want.end());
      std::sort(have.begin(), have.end());
      const ArticleForms forms = forms_of(lines, cursor, t.title, !t.kicker.empty());
      cursor = forms.next_line;
      std::vector<Score*> scores = {&by_form[page.form], &by_form["ALL"], &by_paper, &by_form[forms.heading],
                                    &by_form[forms.lead]};
      if (!want.empty())
        scores.push_back(&by_form[forms.byline]);  // where the byline stands: of those naming someone
      for (Score* s : scores) {
        ++s->articles;
        if (match) ++s->titles;
        if (!t.kicker.empty()) ++s->kickers;
        if (kicker_title) ++s->kicker_as_title;
        if (match && !t.kicker.empty()) {
          ++s->titled_kickers;
          if (match->kicker == t.kicker) ++s->kickers_right;
        }
        if (t.date_labelled && !t.date.empty()) {
          ++s->dated;
          if (date_ok) ++s->dates;
        }
        if (!want.empty()) {
          ++s->named;
          if (match && want == have) ++s->reporters;
        }
        if (page.issue) {
          ++s->issued;
          if (issue_ok) ++s->issues;
        }
        if (t.district_labelled) {
          ++s->districted;
          if (district == t.district) ++s->districts;
        }
        if (national) {
          ++s->national;
          if (!district.empty()) ++s->national_districts;
        }
      }
      if (verbose && !match)
        fmt::print("  {}: title not found ({}): {}\n", page.path, forms.heading, t.title);
      if (verbose && match && !t.kicker.empty() && match->kicker != t.kicker)
        fmt::print("  {}: kicker of {}: {}, truth {}\n", page.path, t.title,
                   match->kicker.empty() ? "none" : match->kicker, t.kicker);
      if (verbose && kicker_title)
        fmt::print("  {}: kicker taken as title ({}, {}): {}\n", page.path, forms.heading, forms.lead,
                   t.kicker);
      if (verbose && match && t.date_labelled && !t.date.empty() && !date_ok)
        fmt::print("  {}: date of {}: {}, truth {}\n", page.path, t.title,
                   match->date ? match->date->str() : "none", t.date);
      if (verbose && match && !want.empty() && want != have)
        fmt::print("  {}: reporters of {}: [{}]\n", page.path, t.title, fmt::join(have, "、"));
      if (verbose && t.district_labelled && district != t.district)
        fmt::print("  {}: district of {}: {}, truth {}\n", page.path, t.title,
                   district.empty() ? "none" : district, t.district.empty() ? "none" : t.district);
    }
  }
  for (const auto& [form, s] : by_form)
    if (form != "ALL" && form.rfind("paper ", 0) != 0) print(form, s);
  for (const auto& [form, s] : by_form)
    if (form.rfind("paper ", 0) == 0) print(form, s);
  print("ALL", by_form["ALL"]);
  return 0;
}

// At most `bytes` bytes of `s`, cut before a UTF-8 continuation byte.
std::string_view utf8_prefix(std::string_view s, std::size_t bytes) {
  if (s.size() <= bytes) return s;
  while (bytes > 0 && (static_cast<unsigned char>(s[bytes]) & 0xC0U) == 0x80U) --bytes;
  return s.substr(0, bytes);
}

// The country's gazetteer and, beside it, the city papers (papers.tsv), as
// kanbao installs them.
struct PaperConfig {
  std::shared_ptr<const kanbao::corpus::Divisions> divisions;
  std::vector<kanbao::corpus::HomeCity> homes;
};

bool load_config(const std::string& tsv, PaperConfig& config) {
  auto loaded = kanbao::corpus::Divisions::load(tsv);
  if (!loaded) {
    fmt::print(stderr, "kanbao-parse-score: {}\n", loaded.error().message());
    return false;
  }
  config.divisions = std::make_shared<const kanbao::corpus::Divisions>(std::move(*loaded));
  const fs::path table = fs::path(tsv).parent_path() / "papers.tsv";
  if (std::error_code ec; !fs::exists(table, ec)) return true;
  auto rows = kanbao::corpus::load_home_cities(table.string());
  if (!rows) {
    fmt::print(stderr, "kanbao-parse-score: {}\n", rows.error().message());
    return false;
  }
  config.homes = std::move(*rows);
  return true;
}

int dump(const fs::path& file, const std::string& issue, const PaperConfig& config) {
  kanbao::corpus::Papers papers(config.divisions);  // the path as given names the paper, issue and page
  for (const auto& home : config.homes) papers.add_home_city(home.paper, home.city);
  const auto page = parse_whole_page(fs::path(), file.generic_string(), papers,
                                     issue.empty() ? std::nullopt : parse_date(issue));
  if (!page) {
    std::cerr << "cannot read " << file << "\n";
    return 1;
  }
  for (const auto& w : page->warnings) fmt::print("warning: {}\n", w);
  fmt::print("paper {}  issue {}  page {}  district {}\n", page->origin.paper,
             page->origin.issue ? page->origin.issue->str() : "-", page->origin.page, page->district);
  for (const Article& a : page->articles) {
    fmt::print(
        "#{} lines {}-{}\n  kicker   {}\n  title    {}\n  subtitle {}\n  date     {}\n  byline   {}\n"
        "  reporters [{}]\n  correspondents [{}]\n  district {}\n  paragraphs {}: {}\n",
        a.position, a.first_line, a.last_line, a.kicker, a.title, a.subtitle, a.date ? a.date->str() : "-",
        a.byline, fmt::join(a.reporters, "、"), fmt::join(a.correspondents, "、"), a.district,
        a.paragraphs.size(), a.paragraphs.empty() ? "" : utf8_prefix(a.paragraphs.front(), 90));
  }
  return 0;
}

int count(const fs::path& dir, long long expect, int repeat) {
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  // Each file as `kanbao index DIR` reads it: its path under DIR gives the
  // paper, issue, page and edition (and marks a crawl's one-article file).
  const kanbao::corpus::Papers papers;
  std::vector<std::pair<std::string, std::string>> texts;  // path under dir, text
  texts.reserve(files.size());
  std::size_t bytes = 0;
  for (const auto& f : files) {
    auto decoded = kanbao::corpus::decode(slurp(f).value_or(""));
    texts.emplace_back(fs::relative(f, dir).generic_string(), decoded ? decoded->text : "");
    bytes += texts.back().second.size();
  }
  long long articles = 0, warnings = 0;
  const auto start = std::chrono::steady_clock::now();
  const std::clock_t cpu_start = std::clock();  // CPU time: fair on a shared, loaded machine
  for (int round = 0; round < repeat; ++round) {
    articles = warnings = 0;
    for (const auto& [relative, text] : texts) {
      const kanbao::corpus::Page page = parse_text(text, relative, papers, std::nullopt);
      articles += static_cast<long long>(page.articles.size());
      warnings += static_cast<long long>(page.warnings.size());
    }
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() / repeat;
  const double cpu = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC / repeat;
  const double mb = static_cast<double>(bytes) / 1e6;
  fmt::print(
      "{} files, {} articles, {} warnings; parsed {:.1f} MB in {:.3f} s ({:.1f} MB/s), CPU {:.3f} s ({:.1f} "
      "MB/s)\n",
      files.size(), articles, warnings, mb, seconds, mb / seconds, cpu, mb / cpu);
  if (expect >= 0 && articles != expect) {
    fmt::print(stderr, "expected {} articles\n", expect);
    return 1;
  }
  return 0;
}

// A count (--repeat N, --expect N) as a number, or a message naming it.
std::optional<long long> number_or_say(const std::string& text, const char* what) {
  long long n = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec == std::errc() && end == text.data() + text.size()) return n;
  fmt::print(stderr, "kanbao-parse-score: {} wants a number, not '{}'\n", what, text);
  return std::nullopt;
}

int usage() {
  std::cerr
      << "usage: kanbao-parse-score [-v] [--repeat N] [--truth FILE [--divisions TSV] | --expect N] DIR | "
         "[--divisions TSV] --dump FILE [YYYY-MM-DD]\n";
  return 2;
}

int run(std::vector<std::string> args) {
  bool verbose = false;
  if (!args.empty() && args[0] == "-v") {
    verbose = true;
    args.erase(args.begin());
  }
  if ((args.size() == 3 || args.size() == 5) && args[0] == "--truth") {
    PaperConfig config;
    if (args.size() == 5) {
      if (args[2] != "--divisions") return usage();
      if (!load_config(args[3], config)) return 1;
    }
    return exists_or_say(args[1]) && exists_or_say(args.back())
               ? score(args[1], args.back(), config.divisions, config.homes, verbose)
               : 1;
  }
  int repeat = 1;  // --repeat N: parse N times (for profiling), report the mean
  if (args.size() >= 2 && args[0] == "--repeat") {
    const auto n = number_or_say(args[1], "--repeat");
    if (!n) return 1;
    repeat = static_cast<int>(std::clamp<long long>(*n, 1, 1000000));
    args.erase(args.begin(), args.begin() + 2);
  }
  if (args.size() == 1) return exists_or_say(args[0]) ? count(args[0], -1, repeat) : 1;
  PaperConfig config;  // --divisions TSV --dump FILE: the page as a configured kanbao reads it
  if (args.size() >= 4 && args[0] == "--divisions" && args[2] == "--dump") {
    if (!load_config(args[1], config)) return 1;
    args.erase(args.begin(), args.begin() + 2);
  }
  if ((args.size() == 2 || args.size() == 3) && args[0] == "--dump")
    return exists_or_say(args[1]) ? dump(args[1], args.size() == 3 ? args[2] : "", config) : 1;
  if (args.size() == 3 && args[0] == "--expect") {
    const auto n = number_or_say(args[1], "--expect");
    if (!n) return 1;
    return exists_or_say(args[2]) ? count(args[2], *n, repeat) : 1;
  }
  return usage();
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(std::vector<std::string>(argv + 1, argv + argc));
  } catch (const std::exception& e) {  // a folder unreadable halfway through the walk
    fmt::print(stderr, "kanbao-parse-score: {}\n", e.what());
    return 1;
  }
}
