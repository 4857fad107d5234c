#include "store/article_order.h"

#include <algorithm>
#include <map>

namespace kanbao::store {

Result<ArticleOrder> ArticleOrder::load(sql::Db& db) {
  auto stmt = db.prepare("SELECT id, ifnull(district_id, 0), ifnull(date_key, '') FROM articles");
  if (!stmt) return Error("search failed: " + stmt.error().message());
  struct Row {
    std::int64_t id, district;
    std::string date;
  };
  std::vector<Row> rows;
  std::int64_t max_id = 0;
  for (;;) {
    auto more = stmt->step();
    if (!more) return Error("search failed: " + more.error().message());
    if (!*more) break;
    rows.push_back({stmt->int64(0), stmt->int64(1), stmt->text(2)});
    max_id = std::max(max_id, rows.back().id);
  }
  ArticleOrder order;
  std::map<std::string, std::uint32_t> dates;
  for (const Row& r : rows) dates.emplace(r.date, 0);
  for (auto& [date, index] : dates) {
    index = static_cast<std::uint32_t>(order.dates_.size());
    order.dates_.push_back(date);
  }
  const auto slots = static_cast<std::size_t>(max_id) + 1;
  order.position_by_id_.assign(slots, kAbsent);
  order.district_by_id_.assign(slots, 0);
  order.date_by_id_.assign(slots, 0);
  for (const Row& r : rows) {
    const auto slot = static_cast<std::size_t>(r.id);
    order.district_by_id_[slot] = r.district;
    order.date_by_id_[slot] = dates[r.date];
    order.ids_.push_back(r.id);
  }
  std::sort(order.ids_.begin(), order.ids_.end(), [&order](std::int64_t a, std::int64_t b) {
    return order.before(order.date_by_id_[static_cast<std::size_t>(a)], a,
                        order.date_by_id_[static_cast<std::size_t>(b)], b);
  });
  for (std::uint32_t p = 0; p < order.size(); ++p)
    order.position_by_id_[static_cast<std::size_t>(order.ids_[p])] = p;
  return order;
}

// Newest date first ("" sorts lowest, so undated articles come last), then
// the higher id.
bool ArticleOrder::before(std::uint32_t date_a, std::int64_t id_a, std::uint32_t date_b, std::int64_t id_b) const {
  if (date_a != date_b) return date_a > date_b;
  return id_a > id_b;
}

std::uint32_t ArticleOrder::position(std::int64_t id) const {
  if (id < 0 || static_cast<std::size_t>(id) >= position_by_id_.size()) return kAbsent;
  return position_by_id_[static_cast<std::size_t>(id)];
}

std::uint32_t ArticleOrder::position_after(const std::string& date_key, std::int64_t id) const {
  if (std::uint32_t p = position(id); p != kAbsent && dates_[date_by_id_[static_cast<std::size_t>(id)]] == date_key)
    return p + 1;
  // The article is gone (or changed date): find where it would be. A date
  // key not in the library sits between its neighbours; ordinal d means
  // "just above dates_[d - 1]", compared as a half step.
  auto d = static_cast<std::uint32_t>(std::lower_bound(dates_.begin(), dates_.end(), date_key) - dates_.begin());
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

const std::string& ArticleOrder::date_key(std::int64_t id) const {
  static const std::string kNone;
  if (position(id) == kAbsent) return kNone;
  return dates_[date_by_id_[static_cast<std::size_t>(id)]];
}

}  // namespace kanbao::store
