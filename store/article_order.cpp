// SPDX-License-Identifier: MIT
#include "store/article_order.h"

#include <algorithm>
#include <functional>
#include <map>
#include <string_view>

namespace kanbao::store {

Result<ArticleOrder> ArticleOrder::load(sql::Db& db) {
  // The articles_date index holds the order itself; consecutive rows nearly
  // always share a date key.
  auto stmt = db.prepare(
      "SELECT id, ifnull(date_key, '') FROM articles INDEXED BY articles_date ORDER BY date_key DESC, id "
      "DESC");
  if (!stmt) return stmt.error().in_context({"search failed: ", {}});
  ArticleOrder order;
  std::vector<std::uint32_t> date_of_position;  // descending: dates_ is built newest first, reversed below
  std::int64_t max_id = 0;
  for (;;) {
    auto more = stmt->step();
    if (!more) return more.error().in_context({"search failed: ", {}});
    if (!*more) break;
    std::string_view key = stmt->text_view(1);
    if (order.dates_.empty() || key != order.dates_.back()) order.dates_.emplace_back(key);
    order.ids_.push_back(stmt->int64(0));
    date_of_position.push_back(static_cast<std::uint32_t>(order.dates_.size() - 1));
    max_id = std::max(max_id, order.ids_.back());
  }
  // SQLite sorts text by bytes, as std::string does; make dates_ ascending.
  std::reverse(order.dates_.begin(), order.dates_.end());
  const auto last = static_cast<std::uint32_t>(order.dates_.size()) - 1;
  const auto slots = static_cast<std::size_t>(max_id) + 1;
  order.position_by_id_.assign(slots, kAbsent);
  order.date_by_id_.assign(slots, 0);
  for (std::uint32_t p = 0; p < order.size(); ++p) {
    const auto slot = static_cast<std::size_t>(order.ids_[p]);
    order.position_by_id_[slot] = p;
    order.date_by_id_[slot] = last - date_of_position[p];
  }
  order.district_by_id_.assign(slots, 0);
  auto districts = db.prepare(
      "SELECT id, district_id FROM articles INDEXED BY articles_district_date "
      "WHERE district_id IS NOT NULL");
  if (!districts) return districts.error().in_context({"search failed: ", {}});
  for (;;) {
    auto more = districts->step();
    if (!more) return more.error().in_context({"search failed: ", {}});
    if (!*more) break;
    const std::int64_t id = districts->int64(0);
    if (id >= 0 && static_cast<std::size_t>(id) < slots)
      order.district_by_id_[static_cast<std::size_t>(id)] = districts->int64(1);
  }
  KANBAO_TRY(order.load_papers(db, slots));
  return order;
}

// The papers by id, from the covering index on (paper, date_key, id): a
// paper's articles are consecutive, so each name is looked up once a run.
Status ArticleOrder::load_papers(sql::Db& db, std::size_t slots) {
  papers_.assign(1, "");
  paper_by_id_.assign(slots, 0);
  auto papers = db.prepare("SELECT id, paper FROM articles INDEXED BY articles_paper_date WHERE paper != ''");
  if (!papers) return papers.error().in_context({"search failed: ", {}});
  for (;;) {
    auto more = papers->step();
    if (!more) return more.error().in_context({"search failed: ", {}});
    if (!*more) break;
    const std::string_view name = papers->text_view(1);
    if (name != papers_.back()) papers_.emplace_back(name);
    const std::int64_t id = papers->int64(0);
    if (id >= 0 && static_cast<std::size_t>(id) < slots)
      paper_by_id_[static_cast<std::size_t>(id)] = static_cast<std::uint32_t>(papers_.size() - 1);
  }
  return Status::Ok();
}

// Newest date first ("" sorts lowest, so undated articles come last), then
// the higher id.
bool ArticleOrder::before(std::uint32_t date_a, std::int64_t id_a, std::uint32_t date_b,
                          std::int64_t id_b) const {
  if (date_a != date_b) return date_a > date_b;
  return id_a > id_b;
}

std::uint32_t ArticleOrder::position(std::int64_t id) const {
  if (id < 0 || static_cast<std::size_t>(id) >= position_by_id_.size()) return kAbsent;
  return position_by_id_[static_cast<std::size_t>(id)];
}

std::uint32_t ArticleOrder::position_after(const std::string& date_key, std::int64_t id) const {
  if (std::uint32_t p = position(id);
      p != kAbsent && dates_[date_by_id_[static_cast<std::size_t>(id)]] == date_key)
    return p + 1;
  // The article is gone (or changed date): find where it would be. A date
  // key not in the library sits between its neighbours; ordinal d means
  // "just above dates_[d - 1]", compared as a half step.
  auto d =
      static_cast<std::uint32_t>(std::lower_bound(dates_.begin(), dates_.end(), date_key) - dates_.begin());
  const bool known = d < dates_.size() && dates_[d] == date_key;
  auto it = std::partition_point(ids_.begin(), ids_.end(), [&](std::int64_t other) {
    const std::uint32_t od = date_by_id_[static_cast<std::size_t>(other)];
    if (!known) return od >= d;  // newer than a date between dates_[d-1] and dates_[d]
    return before(od, other, d, id) || (od == d && other == id);
  });
  return static_cast<std::uint32_t>(it - ids_.begin());
}

std::int64_t ArticleOrder::district(std::int64_t id) const {
  if (id < 0 || static_cast<std::size_t>(id) >= district_by_id_.size()) return 0;
  return district_by_id_[static_cast<std::size_t>(id)];
}

const std::string& ArticleOrder::paper(std::int64_t id) const {
  static const std::string kNone;
  if (id < 0 || static_cast<std::size_t>(id) >= paper_by_id_.size()) return kNone;
  return papers_[paper_by_id_[static_cast<std::size_t>(id)]];
}

const std::string& ArticleOrder::date_key(std::int64_t id) const {
  static const std::string kNone;
  if (position(id) == kAbsent) return kNone;
  return dates_[date_by_id_[static_cast<std::size_t>(id)]];
}

}  // namespace kanbao::store
