// SPDX-License-Identifier: MIT
// search: the best matches first, with snippets.
#include "cli/common.h"
#include "cli/formats.h"
#include "cli/json.h"
#include "cli/terminal.h"
#include "text/width.h"

namespace kanbao::cli {

int run_search(const Context& context) {
  const Invocation& inv = context.invocation;
  auto format = chosen_format(inv, {Format::kText, Format::kJson, Format::kJsonl, Format::kMarkdown});
  if (!format) {
    print_error(format.error().message());
    return kExitUsage;
  }
  auto em = emphasis(inv);
  if (!em) {
    print_error(em.error().message());
    return kExitUsage;
  }
  store::SearchRequest request;
  request.query = joined(inv.positionals);
  request.limit = 20;
  if (auto limit = inv.value("--limit")) {
    auto n = parse_count("--limit", *limit);
    if (!n) return kExitUsage;
    request.limit = *n;
  }
  request.district = inv.value("--district");
  request.snippet_columns = context.config.snippet_columns.value;
  auto library = open_for_reading(context);
  if (!library) {
    print_error(library.error().message());
    return kExitError;
  }
  auto page = library->search(request);
  if (!page) {
    print_error(page.error().message());
    return kExitError;
  }
  switch (*format) {
    case Format::kJson:
    case Format::kJsonl:
      print(json_items(page->hits, *format));
      break;
    case Format::kMarkdown:
      print(hits_markdown(*page));
      break;
    case Format::kText:
      print(hits_text(*page, *em, output_columns()));
      if (page->hits.empty()) {
        std::fprintf(stderr, "kanbao: no article matches '%s'\n", text::sanitize(request.query).c_str());
      }
      break;
  }
  return kExitOk;
}

}  // namespace kanbao::cli
