// SPDX-License-Identifier: MIT
// search: the best matches first, with snippets.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "cli/common.h"
#include "cli/formats.h"
#include "cli/json.h"
#include "cli/terminal.h"
#include "store/national_papers.h"
#include "text/strings.h"
#include "text/width.h"

namespace kanbao::cli {

namespace {

// --paper NAME as the query's filter paper:NAME, quoted when the name holds
// a space (which would end the filter). A name with a quote or nothing
// cannot be written as a filter: no paper is so named.
Result<std::string> paper_filter(const std::string& name) {
  if (name.empty() || name.find('"') != std::string::npos) {
    return usage_error(fmt::format("--paper takes a paper's name, not '{}'", text::sanitize(name)));
  }
  if (store::paper_selected(name).empty()) return "paper:" + std::string(store::kUnknownPaperLabel);
  const bool spaced = std::any_of(name.begin(), name.end(),
                                  [](char c) { return std::isspace(static_cast<unsigned char>(c)); }) ||
                      name.find("\xE3\x80\x80") != std::string::npos;  // U+3000 IDEOGRAPHIC SPACE
  return spaced ? "paper:\"" + name + "\"" : "paper:" + name;
}

// The search the command line asks for: its words (and --paper as a
// paper: filter), --limit, --district, snippets fitted to `columns` (0: no
// terminal). An empty query is a usage error (exit 2), as a missing QUERY is.
Result<store::SearchRequest> search_request(const Context& context, int columns) {
  const Invocation& inv = context.invocation;
  store::SearchRequest request;
  request.query = text::join(inv.positionals, " ");
  if (text::trim(request.query).empty())
    return usage_error("the search query is empty; type the words to search for");
  request.limit = 20;
  if (auto limit = inv.value("--limit")) {
    KANBAO_ASSIGN_OR_RETURN(request.limit, parse_count("--limit", *limit));
  }
  if (auto district = inv.value("--district")) request.district = store::district_selected(*district);
  if (auto paper = inv.value("--paper")) {
    KANBAO_ASSIGN_OR_RETURN(const std::string filter, paper_filter(*paper));
    request.query += " " + filter;
  }
  request.snippet_columns = context.config.snippet_columns.value;
  if (columns > 0) {
    // A snippet line is indented 8 columns and may gain an … at either end:
    // it fits the terminal, keeping at least 10 columns of text.
    request.snippet_columns = std::clamp(columns - 10, 10, request.snippet_columns);
  }
  return request;
}

}  // namespace

Outcome run_search(const Context& context) {
  const Invocation& inv = context.invocation;
  KANBAO_ASSIGN_OR_RETURN(const Format format, chosen_format(inv, {Format::kText, Format::kJson,
                                                                   Format::kJsonl, Format::kMarkdown}));
  const Emphasis em = emphasis(context.color);
  const int columns = format == Format::kText ? output_columns() : 0;
  KANBAO_ASSIGN_OR_RETURN(store::SearchRequest request, search_request(context, columns));
  KANBAO_ASSIGN_OR_RETURN(store::Library library, open_for_reading(context));
  // 未知地区 (--district, district:) is the city papers' articles of no
  // district, as list --district 未知地区 and the browser have it.
  KANBAO_ASSIGN_OR_RETURN(request.national_papers,
                          store::held_national_papers(library, *reading_papers(context.config)));
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
      // The query as typed, cut to a line: a pasted page would fill the screen.
      if (page.hits.empty())
        print_error("no article matches '" + text::truncate(text::sanitize(request.query), 60) + "'");
      break;
  }
  return kExitOk;
}

}  // namespace kanbao::cli
