// SPDX-License-Identifier: MIT
#include "per_query.h"

#include <benchmark/benchmark.h>
#include <fmt/core.h>

#include <algorithm>
#include <chrono>
#include <utility>

namespace kanbao::bench {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

}  // namespace

// Median of five runs of each query in-process, slowest first: where the
// percentiles come from.
void print_per_query(const std::vector<Query>& queries, store::Library& library,
                     const std::function<std::int64_t(const Query&)>& trigram_query) {
  const bool with_trigram = static_cast<bool>(trigram_query);
  auto median_ms = [](auto&& run) {
    std::vector<double> ms;
    for (int i = 0; i < 5; ++i) {
      auto t0 = Clock::now();
      run();
      ms.push_back(seconds_since(t0) * 1000);
    }
    std::sort(ms.begin(), ms.end());
    return ms[2];
  };
  std::vector<std::pair<double, std::string>> lines;
  for (const auto& q : queries) {
    double kanbao_ms = median_ms([&] {
      kanbao::store::SearchRequest r;
      r.query = q.text;
      benchmark::DoNotOptimize(library.search(r));
    });
    std::string trigram =
        with_trigram
            ? fmt::format("{:9.2f} ms", median_ms([&] { benchmark::DoNotOptimize(trigram_query(q)); }))
            : std::string();
    lines.emplace_back(kanbao_ms, fmt::format("{:9.2f} ms {}  {:>7} hits  {:<9}  {}", kanbao_ms, trigram,
                                              q.brute, q.kind, q.text));
  }
  std::sort(lines.rbegin(), lines.rend());
  fmt::print("per query, median of 5 (kanbao{}):\n", with_trigram ? ", trigram" : "");
  for (const auto& l : lines) fmt::print("{}\n", l.second);

  // Beyond the mix: operators, a district scope and pinyin, built from the
  // mix's own queries (kanbao only: the trigram table has no equivalent).
  auto first_of = [&queries](const std::string& kind, std::size_t skip) -> std::string {
    for (const auto& q : queries)
      if (q.kind == kind && skip-- == 0) return q.text;
    return "";
  };
  const std::string a = first_of("2 chars", 0), b = first_of("2 chars", 1), phrase = first_of("3-6 chars", 0);
  auto districts = library.districts();
  const std::string district = districts && !districts->empty() ? districts->front().name : "";
  struct Extra {
    std::string query, scope;
  };
  fmt::print("beyond the mix, median of 5 (kanbao):\n");
  for (const Extra& e :
       {Extra{a + " " + b, ""}, Extra{a + " -" + b, ""}, Extra{a + " OR " + b, ""},
        Extra{first_of("1 common", 0), district}, Extra{phrase, district}, Extra{a, district},
        Extra{"baojiaolou", ""}, Extra{"guancheng", ""}, Extra{"changjiang", ""}, Extra{"zhongyao", ""},
        Extra{"bjl", ""}, Extra{"zym", ""}, Extra{"gcq", ""}}) {
    std::int64_t total = -1;
    double ms = median_ms([&] {
      kanbao::store::SearchRequest r;
      r.query = e.query;
      if (!e.scope.empty()) r.district = e.scope;
      auto page = library.search(r);
      total = page ? page->total : -1;
    });
    fmt::print("{:9.2f} ms  {:>7} hits  {}{}\n", ms, total, e.query,
               e.scope.empty() ? "" : "  (in " + e.scope + ")");
  }
}

}  // namespace kanbao::bench
