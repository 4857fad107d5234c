// SPDX-License-Identifier: MIT
// Where a page sits in its archive and which districts its articles belong
// to: the parts of parsing that depend on the path, the paper and its city
// rather than on the page's own structure. (Owned by the archive work of
// issue 11; parse_page() calls these around split_articles().)
#pragma once

#include <string_view>

#include "corpus/article.h"
#include "corpus/parse.h"

namespace kanbao::corpus {

// The paper, issue date and page of the file at context.path (and any
// --paper/--date/--year override in the context). Never fails: what the path
// does not say stays unknown.
PageOrigin origin_of(const PageContext& context);

// Sets page.district (the edition's) and each article's district (its own:
// the edition's, else the subject of its lead within the paper's city).
void assign_districts(Page& page, std::string_view text, const PageContext& context);

}  // namespace kanbao::corpus
