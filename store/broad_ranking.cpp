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

// Where group `g` is read from in the date order: after the cursor when the
// page resumes in it (`start`) and the cursor is of it, else the top.
DateWalk::From group_from(const BroadSource& source, std::size_t g, std::size_t start,
                          const std::optional<SearchCursor>& after) {
  return g == start ? resume_from(source.groups[g], after) : std::nullopt;
}

// The rows of `group` (few ids) after `from`: each one's date looked up,
// newest first, until the page is full.
Status add_group_by_lookup(const DateWalk& dates, const BroadGroup& group, const DateWalk::From& from,
                           int limit, BroadPage& page) {
  std::vector<std::pair<std::string, std::int64_t>> rows;
  for (std::int64_t id : group.ids) {
    KANBAO_ASSIGN_OR_RETURN(auto key, dates.date_key(id));
    if (after_start(key, id, from)) rows.emplace_back(std::move(key), id);
  }
  std::sort(rows.begin(), rows.end(), newest_first);
  for (auto& [key, id] : rows) {
    if (page_full(page, limit)) break;
    page.rows.push_back({group.tier, group.score, std::move(key), id});
  }
  return Status::Ok();
}

// The rows of `group` in the date order from `from`, until the page is full.
Status add_group_by_walk(const DateWalk& dates, const BroadGroup& group, const DateWalk::From& from,
                         int limit, BroadPage& page) {
  const Bitmap members = Bitmap::of(group.ids);
  return dates.walk(from, [&](const std::string& key, std::int64_t id) {
    if (page_full(page, limit)) return false;
    if (members.contains(id)) page.rows.push_back({group.tier, group.score, key, id});
    return true;
  });
}

// Every row of the groups from `start` on: one walk of the whole order,
// each match put into its group's rows, the groups then joined in order.
Status add_every_row(const DateWalk& dates, const BroadSource& source, std::size_t start,
                     const std::optional<SearchCursor>& after, BroadPage& page) {
  const std::size_t count = source.groups.size() - start;
  if (count == 0) return Status::Ok();
  if (count > 255) return Error("search failed: more rank groups than one byte numbers");
  // The group of each id, by id (ids are row ids, dense): 0 for none, else
  // 1 + its index from `start`.
  std::int64_t largest = -1;
  std::size_t rows_wanted = 0;
  for (std::size_t g = start; g < source.groups.size(); ++g) {
    const auto& ids = source.groups[g].ids;
    for (std::int64_t id : ids) largest = std::max(largest, id);  // sorted, but a slip must not overrun
    rows_wanted += ids.size();
  }
  if (largest < 0) return Status::Ok();
  std::vector<std::uint8_t> group_by_id(static_cast<std::size_t>(largest) + 1, 0);
  for (std::size_t g = start; g < source.groups.size(); ++g) {
    for (std::int64_t id : source.groups[g].ids) {
      if (id >= 0) group_by_id[static_cast<std::size_t>(id)] = static_cast<std::uint8_t>(g - start + 1);
    }
  }
  const DateWalk::From from = group_from(source, start, start, after);
  std::vector<std::vector<SearchCursor>> rows(count);
  KANBAO_TRY(dates.walk(std::nullopt, [&](const std::string& key, std::int64_t id) {
    if (id < 0 || id > largest) return true;
    const std::uint8_t in = group_by_id[static_cast<std::size_t>(id)];
    if (in == 0 || (in == 1 && !after_start(key, id, from))) return true;
    const BroadGroup& group = source.groups[start + in - 1];
    rows[in - 1].push_back({group.tier, group.score, key, id});
    return true;
  }));
  page.rows.reserve(page.rows.size() + rows_wanted);
  for (auto& group_rows : rows) {
    page.rows.insert(page.rows.end(), std::make_move_iterator(group_rows.begin()),
                     std::make_move_iterator(group_rows.end()));
  }
  return Status::Ok();
}

// `ids` sorted, each once.
void sort_unique(std::vector<std::int64_t>& ids) {
  if (!std::is_sorted(ids.begin(), ids.end())) std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

}  // namespace

std::vector<BroadGroup> title_groups(std::vector<std::int64_t> matches, std::vector<std::int64_t> in_titles) {
  sort_unique(matches);
  sort_unique(in_titles);
  BroadGroup titled{0, 0.0, {}}, rest{0, 1.0, {}};
  // A title match that is not a match (NOT) is no hit.
  std::set_intersection(matches.begin(), matches.end(), in_titles.begin(), in_titles.end(),
                        std::back_inserter(titled.ids));
  std::set_difference(matches.begin(), matches.end(), in_titles.begin(), in_titles.end(),
                      std::back_inserter(rest.ids));
  return {std::move(titled), std::move(rest)};
}

bool after_start(const std::string& date_key, std::int64_t id, const DateWalk::From& from) {
  return !from || (date_key != from->first ? date_key < from->first : id < from->second);
}

bool newest_first(const std::pair<std::string, std::int64_t>& a,
                  const std::pair<std::string, std::int64_t>& b) {
  return a.first != b.first ? a.first > b.first : a.second > b.second;
}

int tier_after(const std::optional<SearchCursor>& after) { return !after ? -1 : after->score < 0.5 ? 0 : 1; }

bool page_full(const BroadPage& page, int limit) {
  return limit > 0 && static_cast<int>(page.rows.size()) >= limit;
}

DateWalk::From walk_start(const std::optional<SearchCursor>& after, int tier) {
  if (tier != tier_after(after)) return std::nullopt;
  return std::make_pair(after->date_key, after->id);
}

Result<BroadPage> rank_broad_walking(const DateWalk& dates, const BroadSource& source,
                                     const std::optional<SearchCursor>& after, int limit,
                                     std::size_t few_by_lookup) {
  BroadPage page;
  for (const BroadGroup& group : source.groups) page.total += static_cast<std::int64_t>(group.ids.size());
  const std::size_t start = after ? group_of(source.groups, *after) : 0;
  if (limit <= 0) {
    KANBAO_TRY(add_every_row(dates, source, start, after, page));
    return page;
  }
  for (std::size_t g = start; g < source.groups.size() && !page_full(page, limit); ++g) {
    const BroadGroup& group = source.groups[g];
    const DateWalk::From from = group_from(source, g, start, after);
    KANBAO_TRY(group.ids.size() <= few_by_lookup ? add_group_by_lookup(dates, group, from, limit, page)
                                                 : add_group_by_walk(dates, group, from, limit, page));
  }
  return page;
}

BroadPage rank_broad(const ArticleOrder& order, const BroadSource& source,
                     const std::optional<SearchCursor>& after, int limit) {
  BroadPage page;
  const std::size_t start = after ? group_of(source.groups, *after) : 0;
  for (std::size_t g = 0; g < source.groups.size(); ++g) {
    const BroadGroup& group = source.groups[g];
    // Every group is counted; only those the page may still take are listed.
    const bool listed = g >= start && !page_full(page, limit);
    Bitmap members(listed ? order.size() : 0);
    for (std::int64_t id : group.ids) {
      const std::uint32_t p = order.position(id);
      if (p == ArticleOrder::kAbsent || (source.allowed && !source.allowed(id)))
        continue;  // absent: added since the order was read
      ++page.total;
      if (listed) members.insert(p);
    }
    if (!listed) continue;
    const DateWalk::From from = group_from(source, g, start, after);
    for (std::size_t p = members.next(from ? order.position_after(from->first, from->second) : 0);
         p < members.size() && !page_full(page, limit); p = members.next(p + 1)) {
      const std::int64_t id = order.id_at(static_cast<std::uint32_t>(p));
      page.rows.push_back({group.tier, group.score, order.date_key(id), id});
    }
  }
  return page;
}

}  // namespace kanbao::store
