// SPDX-License-Identifier: MIT
// bench_search's per-query report (KANBAO_BENCH_PER_QUERY): each query's
// median time, and queries beyond the mix.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "search_mix.h"
#include "store/library.h"

namespace kanbao::bench {

// Median of five runs of each query in-process, slowest first: where the
// percentiles come from; with `trigram_query`, the trigram side's beside
// kanbao's. Then operators, a district scope and pinyin beyond the mix.
void print_per_query(const std::vector<Query>& queries, store::Library& library,
                     const std::function<std::int64_t(const Query&)>& trigram_query);

}  // namespace kanbao::bench
