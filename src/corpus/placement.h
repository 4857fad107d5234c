// SPDX-License-Identifier: MIT
// Where a page sits in its archive and which districts its articles belong
// to: the parts of parsing that depend on the path, the paper and its city
// rather than on the page's own structure. (Owned by the archive work of
// issue 11; parse_page() calls these around split_articles().)
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "corpus/article.h"
#include "corpus/parse.h"

namespace kanbao::corpus {

// The paper, issue date and page of the file at context.path (archive_path.h)
// and the --paper/--date/--year overrides in the context: --paper and
// --date win over the path; --year serves only a path that names no date
// (the issue is then {year, 0, 0}). Never fails: what the path does not say
// stays unknown.
PageOrigin origin_of(const PageContext& context);

// The short names of the page's paper's own city and province (上海 for
// 新民晚报, 杭州 and 浙江 for 都市快报), from the paper the path (or --paper)
// names; empty for a national paper or one whose city is unknown. Splitting
// reads a heading that opens with one as the paper at home, not as a place
// it reports from (headings.h).
// The names live as long as the context's papers (or gazetteer) do.
std::span<const std::string> home_places(const PageOrigin& origin, const PageContext& context);

// Finishes placing a split page: fills what the path left unknown of
// page.origin from a masthead line (`郑州日报 2023年6月21日 星期三 第5版`)
// among the page's first lines or its furniture, then sets page.district
// and each article's district: the edition's when the path names one (every
// article's), else the page's from its text and each article's from its own
// (an article naming none takes the page's only on a page that is all one
// district's). A national paper's articles, and those of a paper whose city is unknown,
// get none; shared names (高新区, 鼓楼区) written after another place's name
// (西安高新区) never count.
void assign_districts(Page& page, std::string_view text, const PageContext& context);

}  // namespace kanbao::corpus
