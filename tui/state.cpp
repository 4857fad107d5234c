// SPDX-License-Identifier: MIT
#include "tui/state.h"

#include "tui/i18n.h"

namespace kanbao::tui {
namespace {
const std::vector<Bookmark> kNoBookmarks;
const std::vector<std::string> kNoHistory;
}  // namespace

void State::open(const std::string& dir, const store::LibraryIdentity& library) {
  db_.reset();
  if (dir.empty()) return;
  auto opened = store::ReadingState::open(dir, library);
  if (!opened) {
    open_error_ = opened.error().message();
    return;
  }
  db_ = std::move(*opened);
  open_error_.clear();
  ++generation_;
}

Status State::unavailable() const { return Error(_("阅读状态不可用：") + open_error_); }

Status State::changed(Status s) {
  ++generation_;  // even a failed write may have changed the copy (a reload)
  return s;
}

Result<bool> State::refresh() {
  if (!db_) return false;
  auto changed_elsewhere = db_->refresh();
  if (changed_elsewhere && *changed_elsewhere) ++generation_;
  return changed_elsewhere;
}

bool State::is_read(const store::ArticleRow& row) const {
  return db_ && db_->is_read(store::article_key(row));
}

Status State::set_read(const store::ArticleRow& row, bool read) {
  if (!db_) return unavailable();
  if (db_->is_read(store::article_key(row)) == read) return Status::Ok();
  return changed(db_->set_read(store::article_key(row), tally_district(row), read));
}

Status State::mark_all_read(const std::vector<store::ArticleRow>& rows) {
  if (!db_) return unavailable();
  std::vector<std::pair<store::ArticleKey, std::string>> articles;
  articles.reserve(rows.size());
  for (const auto& row : rows) articles.emplace_back(store::article_key(row), tally_district(row));
  return changed(db_->mark_all_read(articles));
}

std::string State::tally_district(const store::ArticleRow& row) const {
  if (row.district.empty() && papers_ != nullptr && !row.paper.empty() && papers_->national(row.paper))
    return kNoDistrictApplies;
  return row.district;
}

std::int64_t State::read_count(const std::string& district) const {
  if (!db_) return 0;
  const auto counts = db_->read_counts();
  const auto it = counts.find(district);
  return it == counts.end() ? 0 : it->second;
}

std::int64_t State::read_count_total() const {
  std::int64_t n = 0;
  if (db_) {
    for (const auto& [district, count] : db_->read_counts()) n += count;
  }
  return n;
}

ReadingPosition State::position(const store::ArticleRow& article) const {
  if (!db_) return {};
  return db_->position(store::article_key(article)).value_or(ReadingPosition{});
}

Status State::set_position(const store::ArticleRow& article, ReadingPosition pos) {
  if (!db_) return unavailable();
  return db_->set_position(store::article_key(article), pos);  // positions change no view
}

bool State::is_bookmarked(const store::ArticleRow& row) const {
  return db_ && db_->is_bookmarked(store::article_key(row));
}

Result<bool> State::toggle_bookmark(const store::ArticleRow& row) {
  if (!db_) return unavailable().error();
  const auto key = store::article_key(row);
  if (db_->is_bookmarked(key)) {
    KANBAO_TRY(changed(db_->remove_bookmark(key)));
    return false;
  }
  KANBAO_TRY(changed(db_->add_bookmark(Bookmark{key, row.id, row.district, store::listing_date(row).str()})));
  return true;
}

Status State::remove_bookmark(const store::ArticleKey& key) {
  if (!db_) return unavailable();
  return changed(db_->remove_bookmark(key));
}

const std::vector<Bookmark>& State::bookmarks() const { return db_ ? db_->bookmarks() : kNoBookmarks; }

const std::vector<std::string>& State::history() const { return db_ ? db_->history() : kNoHistory; }

Status State::add_history(const std::string& query) {
  if (!db_) return unavailable();
  return changed(db_->add_history(query));
}

}  // namespace kanbao::tui
