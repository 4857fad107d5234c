// SPDX-License-Identifier: MIT
// What the browser remembers between runs (read marks, reading positions,
// bookmarks, search history): a view of store::ReadingState, the per-user
// state database, for the views.
//
// Every change is written at once, one row at a time, and returns its
// Status: a view shows a failed write as an error, never as done. When the
// state database cannot be opened the browser still runs; every change then
// fails with the reason.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "base/result.h"
#include "corpus/papers.h"
#include "store/library.h"
#include "store/reading_state.h"

namespace kanbao::tui {

using store::Bookmark;
using store::ReadingPosition;

class State {
 public:
  // Opens <dir>/state.db for `library`. An empty dir: no state at all
  // (tests); changes then fail.
  void open(const std::string& dir, const store::LibraryIdentity& library);
  // The papers that tell a national paper's article (no district applies)
  // from a city paper's without one; kept, not owned. Without them every
  // article without a district is of an unknown one.
  void use_papers(const corpus::Papers* papers) { papers_ = papers; }
  // Why the state is unavailable, "" when it is open.
  const std::string& open_error() const { return open_error_; }

  // Picks up changes other sessions committed. Returns whether anything
  // changed (views then redraw from the new state).
  Result<bool> refresh();
  // Grows by one whenever the state changes, here or in another session.
  std::uint64_t generation() const { return generation_; }

  bool is_read(const store::ArticleRow& row) const;
  Status set_read(const store::ArticleRow& row, bool read);
  Status mark_all_read(const std::vector<store::ArticleRow>& rows);
  // Articles of `district` ("" = unknown: a city paper's article without
  // one) marked read. National papers' articles count under no district.
  std::int64_t read_count(const std::string& district) const;
  // Over all districts, national papers' articles included.
  std::int64_t read_count_total() const;

  ReadingPosition position(const store::ArticleRow& article) const;
  Status set_position(const store::ArticleRow& article, ReadingPosition pos);

  bool is_bookmarked(const store::ArticleRow& row) const;
  // Returns whether the article is bookmarked afterwards.
  Result<bool> toggle_bookmark(const store::ArticleRow& row);
  Status remove_bookmark(const store::ArticleKey& key);
  const std::vector<Bookmark>& bookmarks() const;

  const std::vector<std::string>& history() const;
  Status add_history(const std::string& query);

 private:
  Status unavailable() const;
  // The district a read mark is counted under: the row's, or for a national
  // paper's article kNoDistrictApplies.
  std::string tally_district(const store::ArticleRow& row) const;
  Status changed(Status s);

  // No district is named "-": the tally of national papers' articles.
  static constexpr const char* kNoDistrictApplies = "-";

  std::optional<store::ReadingState> db_;
  const corpus::Papers* papers_ = nullptr;
  std::string open_error_ = "no state folder";
  std::uint64_t generation_ = 0;
};

}  // namespace kanbao::tui
