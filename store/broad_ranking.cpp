#include "store/broad_ranking.h"

#include <bit>

namespace kanbao::store {
namespace {

// A set of positions in an ArticleOrder.
class PositionSet {
 public:
  explicit PositionSet(std::uint32_t size) : size_(size), words_((size + 63) / 64, 0) {}
  void insert(std::uint32_t p) { words_[p / 64] |= std::uint64_t{1} << (p % 64); }
  bool contains(std::uint32_t p) const { return ((words_[p / 64] >> (p % 64)) & 1) != 0; }
  // The first member at or after `from`, or size() if none.
  std::uint32_t next(std::uint32_t from) const {
    if (from >= size_) return size_;
    std::size_t w = from / 64;
    std::uint64_t bits = words_[w] & (~std::uint64_t{0} << (from % 64));
    while (bits == 0) {
      if (++w == words_.size()) return size_;
      bits = words_[w];
    }
    return static_cast<std::uint32_t>(w * 64 + static_cast<std::size_t>(std::countr_zero(bits)));
  }
  std::uint32_t size() const { return size_; }

 private:
  std::uint32_t size_;
  std::vector<std::uint64_t> words_;
};

}  // namespace

BroadPage rank_broad(const ArticleOrder& order, const BroadSource& source, const std::optional<SearchCursor>& after,
                     int limit) {
  BroadPage page;
  PositionSet members(order.size()), titled(order.size());
  for (std::int64_t id : source.matches) {
    const std::uint32_t p = order.position(id);
    if (p == ArticleOrder::kAbsent || !source.allowed(id)) continue;  // absent: added since the order was read
    members.insert(p);
    ++page.total;
  }
  for (std::int64_t id : source.in_titles)
    if (std::uint32_t p = order.position(id); p != ArticleOrder::kAbsent) titled.insert(p);

  // A cursor's tier is its score (0 or 1); a bm25 cursor (negative, from
  // before the library grew past bm25_up_to) continues in the title tier.
  const int after_tier = !after ? -1 : after->score < 0.5 ? 0 : 1;
  const std::uint32_t resume = after ? order.position_after(after->date_key, after->id) : 0;
  for (int tier : {0, 1}) {
    if (tier < after_tier) continue;
    for (std::uint32_t p = members.next(tier == after_tier ? resume : 0); p < members.size(); p = members.next(p + 1)) {
      if (limit > 0 && static_cast<int>(page.rows.size()) >= limit) return page;
      if (titled.contains(p) != (tier == 0)) continue;
      const std::int64_t id = order.id_at(p);
      page.rows.push_back({0, static_cast<double>(tier), order.date_key(id), id});
    }
  }
  return page;
}

}  // namespace kanbao::store
