// SPDX-License-Identifier: MIT
#include "cli/formats.h"

#include <fmt/format.h>

#include <algorithm>
#include <optional>

#include "cli/table.h"
#include "store/article_markdown.h"
#include "text/markdown.h"
#include "text/strings.h"
#include "text/width.h"
#include "text/wrap.h"
#include "tui/article_words.h"

namespace kanbao::cli {

namespace {

const char* format_name(Format f) {
  switch (f) {
    case Format::kText:
      return "text";
    case Format::kJson:
      return "json";
    case Format::kJsonl:
      return "jsonl";
    case Format::kMarkdown:
      return "markdown";
  }
  return "text";
}

// Splits a snippet at its highlight byte ranges, applying `mark` to each match
// and `plain` to the text between.
template <class Plain, class Mark>
std::string marked(const std::string& snippet, const std::vector<store::Span>& spans, Plain plain,
                   Mark mark) {
  std::string out;
  std::size_t at = 0;
  for (const auto& span : spans) {
    if (span.begin < at || span.end > snippet.size() || span.begin > span.end) continue;
    out += plain(snippet.substr(at, span.begin - at));
    out += mark(snippet.substr(span.begin, span.end - span.begin));
    at = span.end;
  }
  return out + plain(snippet.substr(std::min(at, snippet.size())));
}

std::string hits_word(int n) { return fmt::format("{} hit{}", n, n == 1 ? "" : "s"); }

// "  (3 hits)" after a hit's date; nothing for a query of filters and
// -terms alone (date:2020-01 -长江), whose hits count no match.
std::string hits_note(int n) { return n > 0 ? "  (" + hits_word(n) + ")" : std::string(); }

}  // namespace

Result<Format> chosen_format(const Invocation& invocation, const std::vector<Format>& allowed,
                             Format fallback) {
  // --json is --format json: beside another format it asks for two outputs.
  const std::optional<std::string> named = invocation.value("--format");
  if (invocation.has("--json") && named && *named != format_name(Format::kJson)) {
    return usage_error(fmt::format("--json and --format {} ask for different output; give one of them",
                                   text::sanitize(*named)));
  }
  Format format = invocation.has("--json") ? Format::kJson : fallback;
  bool known = true;
  if (auto name = invocation.value("--format")) {
    known = false;
    for (Format f : {Format::kText, Format::kJson, Format::kJsonl, Format::kMarkdown}) {
      if (*name == format_name(f)) {
        format = f;
        known = true;
      }
    }
  }
  for (Format f : allowed) {
    if (known && f == format) return f;
  }
  std::string names;
  for (Format f : allowed) names += std::string(names.empty() ? "" : ", ") + format_name(f);
  return usage_error(fmt::format("--format takes one of {}, not '{}'", names,
                                 text::sanitize(invocation.value("--format").value_or(format_name(format)))));
}

std::string article_text(const store::Article& a, int wrap_columns) {
  std::string out;
  if (!a.kicker.empty()) out += text::sanitize(a.kicker) + "\n";
  out += text::sanitize(a.title) + "\n";
  // A subtitle of several printed lines: each on a line of its own (sanitize
  // would show their line breaks as ␊).
  for (std::string_view line : text::split_lines(a.subtitle)) out += text::sanitize(std::string(line)) + "\n";
  out += text::sanitize(tui::meta_line(a)) + "\n";
  // A photo item (a heading over a picture the archive does not hold):
  // say so, as the browser's reader does, rather than print no body.
  if (a.paragraphs.empty()) out += "\n" + tui::no_body_text() + "\n";
  text::Wrapper wrapper;
  const std::string indent = "\u3000\u3000";  // two full-width spaces, as printed
  for (const auto& paragraph : a.paragraphs) {
    std::string clean = text::sanitize(paragraph);
    out += "\n";
    if (wrap_columns <= 0) {
      out += clean + "\n";
      continue;
    }
    bool first = true;
    for (const auto& line : wrapper.wrap(clean, wrap_columns, text::display_width(indent))) {
      out += (first ? indent : std::string()) + clean.substr(line.begin, line.end - line.begin) + "\n";
      first = false;
    }
  }
  if (store::byline_shown_apart(a)) out += "\n" + text::sanitize(a.byline) + "\n";
  out += "\n[" + text::sanitize(store::sources_label(a)) + "]\n";
  return out;
}

std::string article_markdown(const store::Article& a) {
  text::MarkdownArticle md = store::markdown_parts(a);
  md.meta = tui::meta_line(a);
  md.no_body = tui::no_body_text();
  md.footer = "<!-- kanbao:" + std::to_string(a.id) + " " + text::sanitize(a.source) + " -->";
  return text::markdown_article(md);
}

namespace {

// Whether any row names a paper or a page: only then do lists get those columns.
bool any_archive(const std::vector<store::ArticleRow>& rows) {
  for (const auto& row : rows)
    if (!row.paper.empty() || !row.page.empty()) return true;
  return false;
}

}  // namespace

namespace {

// At most this many columns of reporters in a fitted list: one article
// can name thirty, and the widest cell sets the column for every row.
constexpr int kReportersColumns = 10;

// The reporters as a fitted list shows them: the names that fit in
// kReportersColumns, then 等 when some are left out ("梅世雄 等", as the
// browser's list says); a first name too long alone is cut with ….
std::string reporters_cell(const std::vector<std::string>& reporters, int max_width) {
  if (max_width <= 0) return text::join(reporters, " ");
  const std::string more = " 等";
  std::string cell;
  for (std::size_t i = 0; i < reporters.size(); ++i) {
    const std::string name = text::sanitize(reporters[i]);
    std::string next = cell;
    if (!next.empty()) next += " ";
    next += name;
    const bool last = i + 1 == reporters.size();
    const int room = kReportersColumns - (last ? 0 : text::display_width(more));
    if (text::display_width(next) > room) {
      if (cell.empty()) return text::truncate(name, kReportersColumns);
      return cell + more;
    }
    cell = next;
  }
  return cell;
}

}  // namespace

std::string rows_text(const std::vector<store::ArticleRow>& rows, const corpus::Papers& papers,
                      int max_width) {
  const bool archive = any_archive(rows);
  std::vector<std::string> header = {"ID", "DATE"};
  if (archive) header.insert(header.end(), {"PAPER", "PAGE"});
  header.insert(header.end(), {"DISTRICT", "TITLE", "REPORTERS"});
  Table table(header);
  for (const auto& row : rows) {
    std::vector<std::string> cells = {std::to_string(row.id), tui::date_label(store::listing_date(row))};
    if (archive) cells.insert(cells.end(), {row.paper, store::pages_label(store::row_pages(row))});
    cells.insert(cells.end(), {tui::district_label(row.district, row.paper, papers), row.title,
                               reporters_cell(row.reporters, max_width)});
    table.add(cells);
  }
  // On a narrow terminal the reporters go first, then the district, the
  // page and the paper, before the title is cut below ten characters; the
  // id (for show) and the date stay.
  Fitting fitting{max_width, archive ? 5U : 3U, {}};
  fitting.droppable = archive ? std::vector<std::size_t>{6, 4, 3, 2} : std::vector<std::size_t>{4, 2};
  return table.render(fitting);
}

std::string rows_markdown(const std::vector<store::ArticleRow>& rows, const corpus::Papers& papers) {
  // Paper and page only when some row has one, as in the text table.
  const bool archive = any_archive(rows);
  std::string out = archive ? "| ID | Date | Paper | Page | District | Title | Reporters |\n"
                              "|---:|---|---|---|---|---|---|\n"
                            : "| ID | Date | District | Title | Reporters |\n|---:|---|---|---|---|\n";
  for (const auto& row : rows) {
    out += fmt::format("| {} | {} |", row.id, tui::date_label(store::listing_date(row)));
    if (archive) {
      out += fmt::format(" {} | {} |", text::markdown_escape(row.paper),
                         text::markdown_escape(store::pages_label(store::row_pages(row))));
    }
    out += fmt::format(
        " {} | {} | {} |\n", text::markdown_escape(tui::district_label(row.district, row.paper, papers)),
        text::markdown_escape(row.title), text::markdown_escape(text::join(row.reporters, " ")));
  }
  return out;
}

std::string districts_text(const std::vector<store::DistrictRow>& rows) {
  Table table({"DISTRICT", "ARTICLES", "FIRST", "LAST"});
  for (const auto& row : rows) {
    table.add({tui::district_label(row.name), std::to_string(row.articles), tui::date_label(row.first_date),
               tui::date_label(row.last_date)});
  }
  return table.render();
}

namespace {

std::string paper_name(const store::PaperRow& row) {
  return row.name.empty() ? tui::unknown_paper_label() : row.name;
}

}  // namespace

std::string papers_text(const std::vector<store::PaperRow>& rows, int max_width) {
  Table table({"PAPER", "ARTICLES", "ISSUES", "FIRST", "LAST"});
  for (const auto& row : rows) {
    table.add({paper_name(row), std::to_string(row.articles), std::to_string(row.issues),
               row.first_issue.str(), row.last_issue.str()});
  }
  return table.render(Fitting{max_width, 0, {2, 3}});
}

std::string papers_markdown(const std::vector<store::PaperRow>& rows) {
  std::string out = "| Paper | Articles | Issues | First | Last |\n|---|---:|---:|---|---|\n";
  for (const auto& row : rows) {
    out += fmt::format("| {} | {} | {} | {} | {} |\n", text::markdown_escape(paper_name(row)), row.articles,
                       row.issues, row.first_issue.str(), row.last_issue.str());
  }
  return out;
}

std::string districts_markdown(const std::vector<store::DistrictRow>& rows) {
  std::string out = "| District | Articles | First | Last |\n|---|---:|---|---|\n";
  for (const auto& row : rows) {
    out += fmt::format("| {} | {} | {} | {} |\n", text::markdown_escape(tui::district_label(row.name)),
                       row.articles, tui::date_label(row.first_date), tui::date_label(row.last_date));
  }
  return out;
}

namespace {

// Where a hit was printed, as the text and Markdown formats name it: its
// paper, its page(s) and its district (a national paper's hit has none),
// as corpus text (not yet sanitised or escaped).
std::string hit_place(const store::SearchHit& hit, const corpus::Papers& papers) {
  std::string where = tui::district_label(hit.district, hit.paper, papers);
  if (hit.paper.empty()) return where;
  std::string place = hit.paper;
  if (!hit.page.empty()) place += " " + store::pages_label(store::row_pages(hit));
  if (!where.empty()) place += ' ' + where;
  return place;
}

}  // namespace

std::string hits_text(const store::SearchPage& page, const corpus::Papers& papers, const Emphasis& em,
                      int max_width) {
  std::string out;
  for (const auto& hit : page.hits) {
    const std::string head = fmt::format("{:>6}  ", hit.id);
    const store::StoredDate& date = store::listing_date(hit);
    std::string where = text::sanitize(hit_place(hit, papers));
    std::string title = text::sanitize(hit.title);
    std::string when = "  " + tui::date_label(date) + hits_note(hit.hit_count);
    if (max_width > 0) {
      // The place, then the hit count give way before the title is cut
      // below ten characters; the title then, never below 8 columns (then
      // the terminal wraps).
      const int readable = std::min(text::display_width(title), Fitting::kReadable);
      const int head_width = text::display_width(head);
      if (head_width + text::display_width(when) + readable > max_width) when = "  " + tui::date_label(date);
      const int fixed = head_width + text::display_width(when);
      const int where_room = max_width - fixed - readable - 2;
      if (text::display_width(where) > where_room)
        where = where_room >= 4 ? text::truncate(where, where_room) : "";
      const int room = max_width - fixed - (where.empty() ? 0 : text::display_width(where) + 2);
      title = text::truncate(title, std::max(room, Fitting::kFloor));
    }
    out += head;
    out += title;
    if (!where.empty()) out += "  " + where;
    out += when;
    out += '\n';
    out += "        " +
           marked(
               hit.snippet, hit.highlights, [](const std::string& s) { return text::sanitize(s); },
               [&em](const std::string& s) { return em.on + text::sanitize(s) + em.off; }) +
           "\n";
  }
  if (page.total > static_cast<std::int64_t>(page.hits.size()) && !page.hits.empty()) {
    // An estimate (see the manual: pinyin, and very common terms) says so.
    out += fmt::format("({} of {}{} articles; --limit 0 shows all)\n", page.hits.size(),
                       page.total_is_estimate ? "about " : "", page.total);
  }
  return out;
}

std::string hits_markdown(const store::SearchPage& page, const corpus::Papers& papers) {
  std::string out;
  int n = 0;
  for (const auto& hit : page.hits) {
    const std::string where = hit_place(hit, papers);
    const std::string hits = hit.hit_count > 0 ? hits_word(hit.hit_count) + ", " : std::string();
    out += fmt::format("{}. **{}** ({}{}, {}id {})  \n   ", ++n, text::markdown_escape(hit.title),
                       where.empty() ? "" : text::markdown_escape(where) + ", ",
                       tui::date_label(store::listing_date(hit)), hits, hit.id);
    out += marked(hit.snippet, hit.highlights, text::markdown_escape,
                  [](const std::string& s) { return "**" + text::markdown_escape(s) + "**"; }) +
           "\n";
  }
  return out;
}

}  // namespace kanbao::cli
