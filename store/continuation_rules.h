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

}  // namespace kanbao::store::continuations
