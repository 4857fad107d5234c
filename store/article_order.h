// SPDX-License-Identifier: MIT
// The library's articles in date order, held in memory. Internal to store/.
//
// Broad searches (store/broad_ranking.h) rank tens of thousands of hits by
// date; asking SQLite for each hit's date would cost a B-tree lookup per hit.
// One scan of the articles_date index (covering: date, id) loads the whole
// order instead: about 16 bytes per article.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "base/result.h"
#include "store/sqlite.h"

namespace kanbao::store {

class ArticleOrder {
 public:
  static constexpr std::uint32_t kAbsent = UINT32_MAX;

  // Reads every article's id, date key, district and paper.
  static Result<ArticleOrder> load(sql::Db& db);
  bool has_districts() const { return !district_by_id_.empty() || ids_.empty(); }

  // Articles, ordered newest first: date key descending (undated last), then
  // id descending - the order of lists and of ties in search results.
  std::uint32_t size() const { return static_cast<std::uint32_t>(ids_.size()); }
  std::int64_t id_at(std::uint32_t position) const { return ids_[position]; }
  // Position of article `id`, or kAbsent if it was not in the library.
  std::uint32_t position(std::int64_t id) const;
  // The first position after where (date_key, id) is or would be.
  std::uint32_t position_after(const std::string& date_key, std::int64_t id) const;

  std::int64_t district(std::int64_t id) const;     // 0 when none or unknown
  const std::string& paper(std::int64_t id) const;  // "" when unknown
  const std::string& date_key(std::int64_t id) const;

 private:
  Status load_papers(sql::Db& db, std::size_t slots);
  bool before(std::uint32_t date, std::int64_t id_a, std::uint32_t date_b, std::int64_t id_b) const;

  std::vector<std::int64_t> ids_;              // by position
  std::vector<std::uint32_t> position_by_id_;  // by id
  std::vector<std::int64_t> district_by_id_;   // by id
  std::vector<std::uint32_t> paper_by_id_;     // by id: index into papers_
  std::vector<std::string> papers_;            // distinct papers; papers_[0] is ""
  std::vector<std::uint32_t> date_by_id_;      // by id: index into dates_
  std::vector<std::string> dates_;             // distinct date keys, ascending
};

}  // namespace kanbao::store
