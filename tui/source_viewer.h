// SPDX-License-Identifier: MIT
// `e` in the reader: the page an article came from, in the user's editor,
// read-only, at the article's first line.
#pragma once

#include <optional>
#include <string>

#include "base/result.h"
#include "store/library.h"
#include "tui/view.h"

namespace kanbao::tui {

// What `e` opens: `path` at `line`, and the private folder to remove
// afterwards when `path` is a decoded copy inside it ("" for the page itself).
struct SourceFile {
  std::string path;
  int line = 1;
  std::string temp_dir;
};

// The page itself when its bytes are the text the library reads (UTF-8,
// unchanged since indexing). Otherwise - a GB18030 or UTF-16 page, a page
// changed or gone since - a copy of that text, decoded to UTF-8, under the
// page's own file name in a new private folder: an editor shows a GB18030
// file as mojibake, and a changed page no longer has the article at its
// line. Fails with a message naming what could not be made.
Result<SourceFile> source_file(const std::string& page_path, const store::SourceText& source);

// Opens the article's page read-only (external.h read_only_viewer) and
// removes a decoded copy afterwards. Any problem is shown as a message.
void view_source(const store::Article& article, Context& ctx);

}  // namespace kanbao::tui
