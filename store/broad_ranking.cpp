// SPDX-License-Identifier: MIT
#include "store/broad_ranking.h"

#include <algorithm>
#include <bit>
#include <iterator>

namespace kanbao::store {
namespace {

// A set of small non-negative integers: positions in an ArticleOrder, or
// article ids.
class Bitmap {
 public:
  explicit Bitmap(std::size_t size) : size_(size), words_((size + 63) / 64, 0) {}
  // The ids given (an id below 0 is no article).
  static Bitmap of(const std::vector<std::int64_t>& ids) {
    std::int64_t largest = 0;
    for (std::int64_t id : ids) largest = std::max(largest, id);
    Bitmap set(static_cast<std::size_t>(largest) + 1);
    for (std::int64_t id : ids)
      if (id >= 0) set.insert(static_cast<std::size_t>(id));
    return set;
  }
  void insert(std::size_t v) { words_[v / 64] |= std::uint64_t{1} << (v % 64); }
  bool contains(std::int64_t v) const {
    if (v < 0 || static_cast<std::size_t>(v) >= size_) return false;
    const auto u = static_cast<std::size_t>(v);
    return ((words_[u / 64] >> (u % 64)) & 1) != 0;
  }
  // The first member at or after `from`, or size() if none.
  std::size_t next(std::size_t from) const {
    if (from >= size_) return size_;
    std::size_t w = from / 64;
    std::uint64_t bits = words_[w] & (~std::uint64_t{0} << (from % 64));
    while (bits == 0) {
      if (++w == words_.size()) return size_;
      bits = words_[w];
    }
    return w * 64 + static_cast<std::size_t>(std::countr_zero(bits));
  }
  std::size_t size() const { return size_; }

 private:
  std::size_t size_;
  std::vector<std::uint64_t> words_;
};

// The matches with the query in their title, sorted and unique: a title
// match that is not a match (NOT) is no hit.
std::vector<std::int64_t> titled_matches(const BroadSource& source) {
  std::vector<std::int64_t> titled = source.in_titles;
  std::sort(titled.begin(), titled.end());
  titled.erase(std::unique(titled.begin(), titled.end()), titled.end());
  std::vector<std::int64_t> both;
  std::set_intersection(titled.begin(), titled.end(), source.matches.begin(), source.matches.end(),
                        std::back_inserter(both));
  return both;
}

// The title tier when it is small: each title hit's date looked up and
// sorted newest first, rather than walking the date order for them.
Status add_title_tier_by_lookup(const DateWalk& dates, const std::vector<std::int64_t>& titled,
                                const std::optional<SearchCursor>& after, int limit, BroadPage& page) {
  std::vector<std::pair<std::string, std::int64_t>> rows;
  for (std::int64_t id : titled) {
    KANBAO_ASSIGN_OR_RETURN(auto key, dates.date_key(id));
    if (after && !later_in_order(key, id, *after)) continue;
    rows.emplace_back(std::move(key), id);
  }
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second > b.second;
  });
  for (auto& [key, id] : rows) {
    if (page_full(page, limit)) break;
    page.rows.push_back({0, 0.0, std::move(key), id});
  }
  return Status::Ok();
}

// The rows of `tier` (0: title hits, 1: the other matches) in the date
// order, until the page is full.
Status add_tier_by_walk(const DateWalk& dates, const Bitmap& members, const Bitmap* excluded,
                        const std::optional<SearchCursor>& after, int tier, int limit, BroadPage& page) {
  return dates.walk(walk_start(after, tier), [&](const std::string& key, std::int64_t id) {
    if (page_full(page, limit)) return false;
    if (members.contains(id) && (excluded == nullptr || !excluded->contains(id)))
      page.rows.push_back({0, static_cast<double>(tier), key, id});
    return true;
  });
}

}  // namespace

int tier_after(const std::optional<SearchCursor>& after) { return !after ? -1 : after->score < 0.5 ? 0 : 1; }

bool later_in_order(const std::string& date_key, std::int64_t id, const SearchCursor& cursor) {
  return date_key != cursor.date_key ? date_key < cursor.date_key : id < cursor.id;
}

bool page_full(const BroadPage& page, int limit) {
  return limit > 0 && static_cast<int>(page.rows.size()) >= limit;
}

DateWalk::From walk_start(const std::optional<SearchCursor>& after, int tier) {
  if (tier != tier_after(after)) return std::nullopt;
  return std::make_pair(after->date_key, after->id);
}

Result<BroadPage> rank_broad_walking(const DateWalk& dates, const BroadSource& source,
                                     const std::optional<SearchCursor>& after, int limit,
                                     std::size_t titles_by_lookup) {
  BroadPage page;
  page.total = static_cast<std::int64_t>(source.matches.size());
  // Every match when there is no limit: grown by doubling, the rows of
  // 400,000 pinyin candidates would briefly take twice their 25 MB.
  if (limit <= 0) page.rows.reserve(source.matches.size());
  const std::vector<std::int64_t> titled = titled_matches(source);
  const Bitmap titles = Bitmap::of(titled);
  if (tier_after(after) <= 0) {
    KANBAO_TRY(titled.size() <= titles_by_lookup
                   ? add_title_tier_by_lookup(dates, titled, after, limit, page)
                   : add_tier_by_walk(dates, titles, nullptr, after, 0, limit, page));
  }
  if (page_full(page, limit)) return page;
  KANBAO_TRY(add_tier_by_walk(dates, Bitmap::of(source.matches), &titles, after, 1, limit, page));
  return page;
}

BroadPage rank_broad(const ArticleOrder& order, const BroadSource& source,
                     const std::optional<SearchCursor>& after, int limit) {
  BroadPage page;
  Bitmap members(order.size()), titled(order.size());
  for (std::int64_t id : source.matches) {
    const std::uint32_t p = order.position(id);
    if (p == ArticleOrder::kAbsent || !source.allowed(id))
      continue;  // absent: added since the order was read
    members.insert(p);
    ++page.total;
  }
  for (std::int64_t id : source.in_titles)
    if (std::uint32_t p = order.position(id); p != ArticleOrder::kAbsent) titled.insert(p);

  const int after_tier = tier_after(after);
  const std::uint32_t resume = after ? order.position_after(after->date_key, after->id) : 0;
  for (int tier : {0, 1}) {
    if (tier < after_tier) continue;
    for (std::size_t p = members.next(tier == after_tier ? resume : 0); p < members.size();
         p = members.next(p + 1)) {
      if (limit > 0 && static_cast<int>(page.rows.size()) >= limit) return page;
      if (titled.contains(static_cast<std::int64_t>(p)) != (tier == 0)) continue;
      const std::int64_t id = order.id_at(static_cast<std::uint32_t>(p));
      page.rows.push_back({0, static_cast<double>(tier), order.date_key(id), id});
    }
  }
  return page;
}

}  // namespace kanbao::store
