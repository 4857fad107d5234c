// SPDX-License-Identifier: MIT
// The keys that act on one article wherever it is selected - the reader, an
// article list, search results, the bookmarks list - so that `m`, `y`, `o`
// and `u` behave the same on every screen that lists them in help.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "base/result.h"
#include "store/reading_state.h"
#include "tui/view.h"

namespace kanbao::tui {

// Handles kBookmark (toggle), kCopy, kPager and kToggleRead for the article
// with row id `id` (nullopt: nothing selected, said in the status line).
// Returns false for any other action. Every outcome, failures included, is
// reported through ctx.message(); a change is reported only once written.
bool act_on_article(Action action, std::optional<std::int64_t> id, Context& ctx);

// Marks `article` read when it is opened in the reader; a failed write is
// shown as an error.
void mark_opened(const store::ArticleRow& article, Context& ctx);

// The first unread article in the order of 全部 (newest first, across all
// districts), other than `skip`; nullopt (with a message) when every article
// is read or the library cannot be read.
std::optional<std::int64_t> first_unread(Context& ctx, std::optional<std::int64_t> skip = std::nullopt);

// The current row id of the article `key` names (its file, position on the
// page and title, which survive re-indexing where a row id may not): `hint`
// when that row still has the key, else the row found again by its title.
// nullopt when the library no longer holds the article; an error when it
// cannot be read.
Result<std::optional<std::int64_t>> find_article(const store::ArticleKey& key, std::int64_t hint,
                                                 Context& ctx);

// Marks every article of `query` (all its pages) read; reports the outcome.
void mark_list_read(const store::ListQuery& query, Context& ctx);
// Marks `rows` read (`A` in a list); reports the outcome.
void mark_rows_read(const std::vector<store::ArticleRow>& rows, Context& ctx);

}  // namespace kanbao::tui
