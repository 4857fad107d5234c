// SPDX-License-Identifier: MIT
// An article's parts as its Markdown writers (`kanbao show --format
// markdown`, `kanbao export`, the reader's `w`) all lay them out.
#pragma once

#include "store/library.h"
#include "text/markdown.h"

namespace kanbao::store {

// `a`'s kicker, title, subtitle (a heading per printed line), paragraphs and
// byline (only when shown apart from the body: byline_shown_apart). The
// caller adds what differs between writers: the meta line, the label of an
// article without body text and the footer.
text::MarkdownArticle markdown_parts(const Article& a);

}  // namespace kanbao::store
