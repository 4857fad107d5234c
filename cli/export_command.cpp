// SPDX-License-Identifier: MIT
// export: the whole library (or a district) for other tools.
#include "cli/common.h"
#include "cli/formats.h"
#include "cli/json.h"

namespace kanbao::cli {

int run_export(const Context& context) {
  const Invocation& inv = context.invocation;
  auto format = chosen_format(inv, {Format::kJsonl, Format::kMarkdown}, Format::kJsonl);
  if (!format) {
    print_error(format.error().message());
    return kExitUsage;
  }
  auto library = open_for_reading(context);
  if (!library) {
    print_error(library.error().message());
    return kExitError;
  }
  // Page through the library by key, so memory stays flat on any size.
  store::ListQuery query;
  query.district = inv.value("--district");
  query.paper = inv.value("--paper");
  query.limit = 500;
  bool first = true;
  for (;;) {
    auto page = library->list(query);
    if (!page) {
      print_error(page.error().message());
      return kExitError;
    }
    for (const auto& row : page->rows) {
      auto article = library->article(row.id);
      if (!article) {
        print_error(article.error().message());
        return kExitError;
      }
      if (!*article) continue;  // removed by a concurrent index run
      if (*format == Format::kJsonl) {
        print(dump_line(to_json(**article)));
      } else {
        print((first ? "" : "\n---\n\n") + article_markdown(**article));
      }
      first = false;
    }
    if (page->rows.size() < static_cast<std::size_t>(query.limit)) break;
    query.after = page->cursors.back();
  }
  return kExitOk;
}

}  // namespace kanbao::cli
