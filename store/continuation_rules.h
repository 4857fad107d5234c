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

// paragraph_count as an SQL expression over the column `body` (not "": it
// counts 1 there), the same on SQLite and PostgreSQL: "a.own_paragraphs = "
// + paragraph_count_sql("a.body") tells a reprint's kept copy, whose own
// paragraphs are all of them.
std::string paragraph_count_sql(const std::string& body);

// The first `n` paragraphs of a body ("" for n <= 0; all of them if it has fewer).
std::string first_paragraphs(const std::string& body, int n);

// The body of a head with the tail's paragraphs after its own.
std::string joined_body(const std::string& head, const std::string& tail);

// Reprints: an article printed in full on several pages of one issue (a
// front-page story repeated on its section's page, a long report on each
// page it fills, as some e-paper crawls hold them) is listed once, as the
// copy on the earliest page, with every page number. The other copies are
// joined to it like continued parts, with no text added: the kept copy's
// own_paragraphs is then its whole paragraph count, so that the joins are
// undone, as a continuation's is, when a file changes.
//
// A pair found in one issue: a new article and one already stored, with the
// same title and body on another page (the stored one may be the kept copy
// of earlier copies).
struct Twin {
  std::int64_t fresh = 0, stored = 0;
  std::string fresh_page, stored_page;
};
struct Reprint {
  std::int64_t kept = 0, copy = 0;  // `copy`, and the copies it kept, join `kept`
};
// The joins to make for `twins`: each new article and its stored twins are
// one group, kept on its earliest page (page_before, store/issue_pages.h;
// on one page, the article stored first); every other member joins the kept
// one. An article is in one group at most (the first naming it).
std::vector<Reprint> reprints_of(const std::vector<Twin>& twins);

}  // namespace kanbao::store::continuations
