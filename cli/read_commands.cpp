// SPDX-License-Identifier: MIT
// list, show and districts: reading the library back.
#include <fmt/format.h>

#include <charconv>

#include "cli/common.h"
#include "cli/formats.h"
#include "cli/json.h"
#include "cli/table.h"
#include "cli/terminal.h"
#include "text/width.h"

namespace kanbao::cli {

int run_list(const Context& context) {
  const Invocation& inv = context.invocation;
  auto format = chosen_format(inv, {Format::kText, Format::kJson, Format::kJsonl, Format::kMarkdown});
  if (!format) {
    print_error(format.error().message());
    return kExitUsage;
  }
  store::ListQuery query;
  query.limit = 0;
  if (auto limit = inv.value("--limit")) {
    auto n = parse_count("--limit", *limit);
    if (!n) return kExitUsage;
    query.limit = *n;
  }
  query.district = inv.value("--district");
  query.paper = inv.value("--paper");
  auto library = open_for_reading(context);
  if (!library) {
    print_error(library.error().message());
    return kExitError;
  }
  auto page = library->list(query);
  if (!page) {
    print_error(page.error().message());
    return kExitError;
  }
  switch (*format) {
    case Format::kJson:
    case Format::kJsonl:
      print(json_items(page->rows, *format));
      break;
    case Format::kMarkdown:
      print(rows_markdown(page->rows));
      break;
    case Format::kText:
      print(rows_text(page->rows, output_columns()));
      break;
  }
  return kExitOk;
}

namespace {

// `show --source ID`: the page the article came from, its own lines marked
// with "▶" in text (the terminal gets sanitised text only).
int show_source(store::Library& library, std::int64_t id, Format format) {
  auto source = library.source(id);
  if (!source) {
    print_error(source.error().message());
    return kExitError;
  }
  if (!*source) {
    print_error(fmt::format("no article with ID {} in {} (see 'kanbao list')", id, library.path()));
    return kExitError;
  }
  const store::SourceText& s = **source;
  if (!s.current) {
    print_error(fmt::format("warning: {} changed or vanished since it was indexed; showing the page as stored",
                            s.path));
  }
  if (format == Format::kJson || format == Format::kJsonl) {
    nlohmann::json out{{"id", id},          {"path", s.path},           {"first_line", s.first_line},
                       {"last_line", s.last_line}, {"current", s.current}, {"text", s.text}};
    print(format == Format::kJson ? dump(out) : dump_line(out));
    return kExitOk;
  }
  std::string out = "[" + text::sanitize(s.path) + "]\n";
  int number = 0;
  std::string_view text = s.text;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    ++number;
    const bool own = number >= s.first_line && number <= s.last_line;
    out += fmt::format("{}{:>5}  {}\n", own ? "▶" : " ", number, text::sanitize(std::string(text.substr(0, nl))));
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
  }
  print(out);
  return kExitOk;
}

}  // namespace

int run_show(const Context& context) {
  const Invocation& inv = context.invocation;
  auto format = chosen_format(inv, {Format::kText, Format::kJson, Format::kJsonl, Format::kMarkdown});
  if (!format) {
    print_error(format.error().message());
    return kExitUsage;
  }
  const std::string& id_text = inv.positionals.front();
  std::int64_t id = 0;
  auto [end, ec] = std::from_chars(id_text.data(), id_text.data() + id_text.size(), id);
  if (ec != std::errc() || end != id_text.data() + id_text.size() || id <= 0) {
    print_error(fmt::format("show takes an article ID (a positive number, as 'kanbao list' prints), not '{}'",
                            text::sanitize(id_text)));
    return kExitUsage;
  }
  auto library = open_for_reading(context);
  if (!library) {
    print_error(library.error().message());
    return kExitError;
  }
  if (inv.has("--source")) return show_source(*library, id, *format);
  auto article = library->article(id);
  if (!article) {
    print_error(article.error().message());
    return kExitError;
  }
  if (!*article) {
    print_error(fmt::format("no article with ID {} in {} (see 'kanbao list')", id, library->path()));
    return kExitError;
  }
  const store::Article& a = **article;
  switch (*format) {
    case Format::kJson:
      print(dump(to_json(a)));
      break;
    case Format::kJsonl:
      print(dump_line(to_json(a)));
      break;
    case Format::kMarkdown:
      print(article_markdown(a));
      break;
    case Format::kText:
      print(article_text(a, output_columns()));
      break;
  }
  return kExitOk;
}

int run_papers(const Context& context) {
  auto library = open_for_reading(context);
  if (!library) {
    print_error(library.error().message());
    return kExitError;
  }
  auto rows = library->papers();
  if (!rows) {
    print_error(rows.error().message());
    return kExitError;
  }
  if (context.invocation.has("--json")) {
    print(json_items(*rows, Format::kJson));
    return kExitOk;
  }
  Table table({"PAPER", "ARTICLES", "ISSUES", "FIRST", "LAST"});
  for (const auto& row : *rows) {
    table.add({row.name.empty() ? "(unknown)" : row.name, std::to_string(row.articles), std::to_string(row.issues),
               row.first_issue.str(), row.last_issue.str()});
  }
  print(table.render());
  return kExitOk;
}

int run_districts(const Context& context) {
  auto format = chosen_format(context.invocation, {Format::kText, Format::kJson, Format::kJsonl, Format::kMarkdown});
  if (!format) {
    print_error(format.error().message());
    return kExitUsage;
  }
  auto library = open_for_reading(context);
  if (!library) {
    print_error(library.error().message());
    return kExitError;
  }
  auto rows = library->districts();
  if (!rows) {
    print_error(rows.error().message());
    return kExitError;
  }
  switch (*format) {
    case Format::kJson:
    case Format::kJsonl:
      print(json_items(*rows, *format));
      break;
    case Format::kMarkdown:
      print(districts_markdown(*rows));
      break;
    case Format::kText:
      print(districts_text(*rows));
      break;
  }
  return kExitOk;
}

}  // namespace kanbao::cli
