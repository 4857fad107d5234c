// SPDX-License-Identifier: MIT
// The rules of continued articles (下转第X版 / 上接第X版) that do not depend
// on the backend: which part joins which, and how the head's body holds both
// parts so that the join can be undone. The SQLite library applies them in
// continuations.cpp, the PostgreSQL one in pg/pg_continuations.cpp.
// Internal to store/.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace kanbao::store::continuations {

// The best partner among `candidates` (id, title) for an article titled
// `title`: the same title, one containing the other, or a common beginning
// of four characters, in that order; a single candidate with no such match
// is still taken, since paper, issue and both page codes already agree.
std::optional<std::int64_t> best_match(const std::string& title,
                                       const std::vector<std::pair<std::int64_t, std::string>>& candidates);

// The number of paragraphs of a body (paragraphs are joined by '\n'; "" has none).
int paragraph_count(const std::string& body);

// The first `n` paragraphs of a body ("" for n <= 0; all of them if it has fewer).
std::string first_paragraphs(const std::string& body, int n);

// The body of a head with the tail's paragraphs after its own.
std::string joined_body(const std::string& head, const std::string& tail);

// Reprints: an article printed in full twice in one issue (a front-page
// story repeated on its section's page, as some e-paper crawls hold it) is
// listed once, as the copy on the earlier page, with both page numbers. The
// later copy is joined to it like a continued part, with no text added: the
// kept one's own_paragraphs is then its whole paragraph count, so that the
// join is undone, as a continuation's is, when either file changes.
//
// A pair found in the same issue: a new article and one already stored, with
// the same title and body on another page.
struct Twin {
  std::int64_t fresh = 0, stored = 0;
  std::string fresh_page, stored_page;
};
struct Reprint {
  std::int64_t kept = 0, copy = 0;
};
// The joins to make for `twins`: in each pair the copy on the later page
// (page_before, store/issue_pages.h) joins the earlier one; an article takes
// part in one join at most (the first pair naming it).
std::vector<Reprint> reprints_of(const std::vector<Twin>& twins);

}  // namespace kanbao::store::continuations
