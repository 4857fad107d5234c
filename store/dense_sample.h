// SPDX-License-Identifier: MIT
// The estimate of a dense query's total from windows of the id space, the
// rule both backends follow (SQLite: store/search/dense_ranking.cpp;
// PostgreSQL: store/pg/pg_search_broad.cpp). Pure: each backend counts the
// matches in the windows its own way. Internal to store/.
//
// A first look at 4 windows, then 16 more: in a big library about 10,000
// ids in all, so the estimate is within a few per cent of the count.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace kanbao::store {

// The ids from the library's lowest to its highest.
struct IdSpan {
  std::int64_t first = 0, last = -1;
  std::int64_t size() const { return last - first + 1; }
};

// The ids first..last, both included.
struct IdWindow {
  std::int64_t first = 0, last = 0;
};

// The two sets of windows to count the query's matches in, or nullopt: the
// span is too small to be worth sampling for a query to count as `dense`
// (fewer ids than `dense` cannot match more; fewer than 64 leave no room
// between 16 windows).
struct DenseSample {
  std::vector<IdWindow> glimpse;  // 4 windows
  std::vector<IdWindow> closer;   // 16 windows
  std::int64_t width = 0;         // ids in each window
};
std::optional<DenseSample> dense_sample(const IdSpan& span, std::int64_t dense);

// The estimated total from the matches found in the glimpse's windows and in
// the closer look's, rounded to three significant digits; nullopt when it
// looks like fewer than `dense` (the glimpse alone decides when it finds
// fewer than half of that: SQLite then counts no further).
std::optional<std::int64_t> dense_estimate(const DenseSample& sample, const IdSpan& span,
                                           std::int64_t glimpse_found, std::int64_t closer_found,
                                           std::int64_t dense);

// Whether the glimpse's count alone rules the query out (dense_estimate
// would say nullopt whatever the closer look finds).
bool glimpse_too_few(const DenseSample& sample, const IdSpan& span, std::int64_t glimpse_found,
                     std::int64_t dense);

}  // namespace kanbao::store
