// SPDX-License-Identifier: MIT
#include "cli/formats.h"

#include <fmt/format.h>

#include "cli/table.h"
#include "text/width.h"
#include "text/wrap.h"

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

std::string meta_line(const store::Article& a) {
  std::string meta = a.district.empty() ? std::string("?") : a.district;
  if (a.date.known()) meta += " · " + a.date.str();
  if (!a.reporters.empty()) meta += " · 记者 " + joined(a.reporters);
  if (!a.correspondents.empty()) meta += " · 通讯员 " + joined(a.correspondents);
  if (a.photo_credit) meta += " · 文/图";
  return meta;
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

}  // namespace

Result<Format> chosen_format(const Invocation& invocation, const std::vector<Format>& allowed,
                             Format fallback) {
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
  return Error(fmt::format("--format takes one of {}, not '{}'", names,
                           text::sanitize(invocation.value("--format").value_or(format_name(format)))));
}

std::string article_text(const store::Article& a, int wrap_columns) {
  std::string out = text::sanitize(a.title) + "\n";
  if (!a.subtitle.empty()) out += text::sanitize(a.subtitle) + "\n";
  out += text::sanitize(meta_line(a)) + "\n";
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
  if (!a.byline.empty()) out += "\n" + text::sanitize(a.byline) + "\n";
  out += "\n[" + text::sanitize(a.source) + "]\n";
  return out;
}

std::string markdown_escape(const std::string& s) {
  std::string out;
  for (char c : text::sanitize(s)) {
    if (std::string_view("\\`*_[]<>#|").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

std::string article_markdown(const store::Article& a) {
  std::string out = "# " + markdown_escape(a.title) + "\n\n";
  if (!a.subtitle.empty()) out += "## " + markdown_escape(a.subtitle) + "\n\n";
  out += "*" + markdown_escape(meta_line(a)) + "*\n\n";
  for (const auto& paragraph : a.paragraphs) out += markdown_escape(paragraph) + "\n\n";
  if (!a.byline.empty()) out += markdown_escape(a.byline) + "\n\n";
  out += "<!-- kanbao:" + std::to_string(a.id) + " " + text::sanitize(a.source) + " -->\n";
  return out;
}

std::string rows_text(const std::vector<store::ArticleRow>& rows, int max_width) {
  Table table({"ID", "DATE", "DISTRICT", "TITLE", "REPORTERS"});
  for (const auto& row : rows) {
    table.add({std::to_string(row.id), row.date.str(), row.district, row.title, joined(row.reporters)});
  }
  return table.render(max_width, 3);
}

std::string rows_markdown(const std::vector<store::ArticleRow>& rows) {
  std::string out = "| ID | Date | District | Title | Reporters |\n|---:|---|---|---|---|\n";
  for (const auto& row : rows) {
    out += fmt::format("| {} | {} | {} | {} | {} |\n", row.id, row.date.str(), markdown_escape(row.district),
                       markdown_escape(row.title), markdown_escape(joined(row.reporters)));
  }
  return out;
}

std::string hits_text(const store::SearchPage& page, const Emphasis& em) {
  std::string out;
  for (const auto& hit : page.hits) {
    out += fmt::format("{:>6}  {}  {}  {}  ({})\n", hit.id, text::sanitize(hit.title),
                       hit.district.empty() ? "?" : text::sanitize(hit.district),
                       hit.date.known() ? hit.date.str() : "-", hits_word(hit.hit_count));
    out += "        " +
           marked(
               hit.snippet, hit.highlights, [](const std::string& s) { return text::sanitize(s); },
               [&em](const std::string& s) { return em.on + text::sanitize(s) + em.off; }) +
           "\n";
  }
  if (page.total > static_cast<std::int64_t>(page.hits.size()) && !page.hits.empty()) {
    out += fmt::format("({} of {} articles; --limit 0 shows all)\n", page.hits.size(), page.total);
  }
  return out;
}

std::string hits_markdown(const store::SearchPage& page) {
  std::string out;
  int n = 0;
  for (const auto& hit : page.hits) {
    out += fmt::format("{}. **{}** ({}, {}, {}, id {})  \n   ", ++n, markdown_escape(hit.title),
                       markdown_escape(hit.district.empty() ? "?" : hit.district),
                       hit.date.known() ? hit.date.str() : "-", hits_word(hit.hit_count), hit.id);
    out += marked(hit.snippet, hit.highlights, markdown_escape,
                  [](const std::string& s) { return "**" + markdown_escape(s) + "**"; }) +
           "\n";
  }
  return out;
}

}  // namespace kanbao::cli
