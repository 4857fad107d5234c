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
      print(rows_text(page->rows, is_terminal(stdout) ? terminal_columns() : 0));
      break;
  }
  return kExitOk;
}

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
      print(article_text(a, is_terminal(stdout) ? terminal_columns() : 0));
      break;
  }
  return kExitOk;
}

int run_districts(const Context& context) {
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
  if (context.invocation.has("--json")) {
    print(json_items(*rows, Format::kJson));
    return kExitOk;
  }
  Table table({"DISTRICT", "ARTICLES", "FIRST", "LAST"});
  for (const auto& row : *rows) {
    table.add({row.name.empty() ? "(unknown)" : row.name, std::to_string(row.articles), row.first_date.str(),
               row.last_date.str()});
  }
  print(table.render());
  return kExitOk;
}

}  // namespace kanbao::cli
