// SPDX-License-Identifier: MIT
// export: the whole library (or a district) for other tools.
#include "cli/common.h"
#include "cli/formats.h"
#include "cli/json.h"
#include "cli/listing.h"

namespace kanbao::cli {

namespace {

// Writes one article of an export in `format`; `first`: none was before it.
void write_article(const store::Article& article, Format format, bool first) {
  switch (format) {
    case Format::kJson: {
      std::string line = dump_line(to_json(article));
      line.pop_back();  // its newline: the comma comes first
      print((first ? "[\n" : ",\n") + line);
      break;
    }
    case Format::kMarkdown:
      print((first ? "" : "\n---\n\n") + article_markdown(article));
      break;
    default:  // kJsonl, the only other format export takes
      print(dump_line(to_json(article)));
      break;
  }
}

}  // namespace

Outcome run_export(const Context& context) {
  const Invocation& inv = context.invocation;
  KANBAO_ASSIGN_OR_RETURN(
      const Format format,
      chosen_format(inv, {Format::kJsonl, Format::kJson, Format::kMarkdown}, Format::kJsonl));
  // The same filters as list, checked before the library is opened.
  KANBAO_ASSIGN_OR_RETURN(store::ListQuery query, listing_query(inv));
  KANBAO_ASSIGN_OR_RETURN(store::Library library, open_for_listing(context, query));
  // Page through the library by key, so memory stays flat on any size.
  query.limit = 500;
  bool first = true;
  // JSON is one array, an article a line, streamed as JSON Lines is: opened
  // with its first article (so an error before any, a mistyped paper, prints
  // nothing) and closed at the end.
  for (;;) {
    KANBAO_ASSIGN_OR_RETURN(const store::ListPage page, library.list(query));
    for (const auto& row : page.rows) {
      KANBAO_ASSIGN_OR_RETURN(const std::optional<store::Article> article, library.article(row.id));
      if (!article) continue;  // removed by a concurrent index run
      write_article(*article, format, first);
      first = false;
    }
    // Nothing at all: a mistyped paper is an error, as for `list`.
    if (first && page.rows.empty()) KANBAO_TRY(check_paper(library, query.paper));
    if (page.rows.size() < static_cast<std::size_t>(query.limit)) break;
    query.after = page.cursors.back();
  }
  if (format == Format::kJson) print(first ? "[]\n" : "\n]\n");
  // An empty JSON Lines or Markdown file is a valid one, and so is JSON's
  // empty array; but an empty file alone cannot tell a filter that matched
  // nothing from a failed run.
  if (first) note_nothing_listed(inv);
  return kExitOk;
}

}  // namespace kanbao::cli
