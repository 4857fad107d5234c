// SPDX-License-Identifier: MIT
// search: the best matches first, with snippets.
#include <algorithm>

#include "cli/common.h"
#include "cli/formats.h"
#include "cli/json.h"
#include "cli/terminal.h"
#include "text/strings.h"
#include "text/width.h"

namespace kanbao::cli {

Outcome run_search(const Context& context) {
  const Invocation& inv = context.invocation;
  KANBAO_ASSIGN_OR_RETURN(const Format format, chosen_format(inv, {Format::kText, Format::kJson,
                                                                   Format::kJsonl, Format::kMarkdown}));
  KANBAO_ASSIGN_OR_RETURN(const Emphasis em, emphasis(inv));
  store::SearchRequest request;
  request.query = text::join(inv.positionals, " ");
  request.limit = 20;
  if (auto limit = inv.value("--limit")) {
    KANBAO_ASSIGN_OR_RETURN(request.limit, parse_count("--limit", *limit));
  }
  request.district = inv.value("--district");
  request.snippet_columns = context.config.snippet_columns.value;
  const int columns = format == Format::kText ? output_columns() : 0;
  if (columns > 0) {
    // A snippet line is indented 8 columns and may gain an … at either end:
    // it fits the terminal, keeping at least 10 columns of text.
    request.snippet_columns = std::clamp(columns - 10, 10, request.snippet_columns);
  }
  KANBAO_ASSIGN_OR_RETURN(store::Library library, open_for_reading(context));
  KANBAO_ASSIGN_OR_RETURN(const store::SearchPage page, library.search(request));
  switch (format) {
    case Format::kJson:
    case Format::kJsonl:
      print(json_items(page.hits, format));
      break;
    case Format::kMarkdown:
      print(hits_markdown(page, *reading_papers(context.config)));
      break;
    case Format::kText:
      print(hits_text(page, *reading_papers(context.config), em, columns));
      // A note, not an error: finding nothing is an answer (exit 0).
      if (page.hits.empty()) print_error("no article matches '" + request.query + "'");
      break;
  }
  return kExitOk;
}

}  // namespace kanbao::cli
