// SPDX-License-Identifier: MIT
#include "store/search/article_matches.h"

#include <algorithm>

namespace kanbao::store {

ArticleMatches matches_in(const query::Query& q, const match::Fields& f) {
  match::Evaluation e = match::evaluate(q, f);
  ArticleMatches m;
  m.kicker = std::move(e.kicker);
  m.title = std::move(e.title);
  m.subtitle = std::move(e.subtitle);
  m.byline = std::move(e.byline);
  // Body spans never cross a "\n" (a break in the folded text): split them
  // by paragraph, as offsets into each paragraph.
  if (!f.body.empty()) {
    std::size_t start = 0;
    auto span = e.body.begin();
    for (;;) {
      std::size_t end = f.body.find('\n', start);
      if (end == std::string::npos) end = f.body.size();
      std::vector<Span> in_paragraph;
      for (; span != e.body.end() && span->begin < end; ++span)
        in_paragraph.push_back({span->begin - start, std::min(span->end, end) - start});
      m.paragraphs.push_back(std::move(in_paragraph));
      if (end == f.body.size()) break;
      start = end + 1;
    }
  }
  return m;
}

}  // namespace kanbao::store
