// SPDX-License-Identifier: MIT
#include "store/search/dense_walk.h"

#include <algorithm>
#include <unordered_set>
#include <utility>

#include "store/search/lookups.h"

namespace kanbao::store {

FtsTest article_test(std::string expression) {
  return {kArticleRangeSql, kMatchingIdsSql, std::move(expression)};
}

FtsTest title_test(std::string expression) {
  return {"SELECT rowid FROM title_fts WHERE title_fts MATCH ?1 AND rowid BETWEEN ?2 AND ?3",
          kMatchingTitleIdsSql, std::move(expression)};
}

bool walks_pages(const SearchContext& ctx) {
  const SearchRequest& request = ctx.request;
  const query::Query& q = ctx.query;
  return request.bm25_up_to >= 0 && request.count_up_to >= 0 && request.limit > 0 && !ctx.fts.all.empty() &&
         q.reporters.empty() && q.dates.empty() && !request.district && q.districts.empty() &&
         q.papers.empty() && ctx.plan.exact;
}

std::int64_t dense_threshold(const SearchRequest& request) {
  return std::max(request.count_up_to, request.bm25_up_to);
}

std::size_t few_for(std::int64_t dense) {
  constexpr std::int64_t kShare = 25;
  return static_cast<std::size_t>(std::max<std::int64_t>(1, dense / kShare));
}

Ranking estimated_ranking(BroadPage page, std::int64_t estimate) {
  Ranking ranking;
  ranking.rows = std::move(page.rows);
  ranking.total = estimate;
  ranking.total_is_estimate = true;
  return ranking;
}

Result<std::optional<std::int64_t>> estimate_dense(SearchEngine& engine, std::int64_t dense,
                                                   std::int64_t width, const WindowCount& count) {
  KANBAO_ASSIGN_OR_RETURN(const IdSpan span, id_span(engine));
  std::optional<DenseSample> sample = dense_sample(span, dense);
  if (!sample) return std::optional<std::int64_t>();
  if (width < sample->width) {
    for (auto* windows : {&sample->glimpse, &sample->closer})
      for (IdWindow& w : *windows) w.last = w.first + width - 1;
    sample->width = width;
  }
  KANBAO_ASSIGN_OR_RETURN(const std::int64_t glimpse, count(sample->glimpse));
  if (glimpse_too_few(*sample, span, glimpse, dense)) return std::optional<std::int64_t>();
  KANBAO_ASSIGN_OR_RETURN(const std::int64_t closer, count(sample->closer));
  return dense_estimate(*sample, span, glimpse, closer, dense);
}

Result<std::optional<std::vector<std::int64_t>>> few_matches(SearchEngine& engine, const FtsTest& test,
                                                             std::size_t few) {
  using Few = std::optional<std::vector<std::int64_t>>;
  KANBAO_ASSIGN_OR_RETURN(StatementLease s, engine.statement(test.all_sql));
  s->bind(1, std::string_view(test.expression));
  std::vector<std::int64_t> ids;
  for (;;) {
    auto more = s->step();
    if (!more) return more.error().in_context({"search failed: ", {}});
    if (!*more) break;
    if (ids.size() == few) return Few();
    ids.push_back(s->int64(0));
  }
  return Few(std::move(ids));
}

namespace {

// Ids this close together are asked in one range query: reading the
// matches between them costs less than another query.
constexpr std::int64_t kJoinGap = 2048;
// Articles walked per batch.
constexpr std::size_t kBatch = 256;
// The candidates beyond those the page lacks in the first batch of a
// group's few (take_few): most pass.
constexpr std::size_t kFewMargin = 4;

using Row = std::pair<std::string, std::int64_t>;  // date key, id

// The ids of `ids` that pass `test`: one range query per run of ids no more
// than kJoinGap apart.
Result<std::unordered_set<std::int64_t>> passing(SearchEngine& engine, const FtsTest& test,
                                                 std::vector<std::int64_t> ids) {
  std::unordered_set<std::int64_t> found;
  std::sort(ids.begin(), ids.end());
  KANBAO_ASSIGN_OR_RETURN(StatementLease s, engine.statement(test.range_sql));
  for (std::size_t i = 0; i < ids.size();) {
    std::size_t end = i + 1;
    while (end < ids.size() && ids[end] - ids[end - 1] <= kJoinGap) ++end;
    s->reset();
    s->bind(1, std::string_view(test.expression)).bind(2, ids[i]).bind(3, ids[end - 1]);
    for (;;) {
      auto more = s->step();
      if (!more) return more.error().in_context({"search failed: ", {}});
      if (!*more) break;
      const std::int64_t id = s->int64(0);
      if (std::binary_search(ids.begin() + static_cast<std::ptrdiff_t>(i),
                             ids.begin() + static_cast<std::ptrdiff_t>(end), id))
        found.insert(id);
    }
    i = end;
  }
  return found;
}

// The ids of `ids` in the group: every `must`, then no `must_not`.
Result<std::unordered_set<std::int64_t>> in_group(SearchEngine& engine, const RankGroup& group,
                                                  std::vector<std::int64_t> ids) {
  for (const FtsTest& test : group.must) {
    KANBAO_ASSIGN_OR_RETURN(const auto kept, passing(engine, test, ids));
    std::erase_if(ids, [&](std::int64_t id) { return kept.count(id) == 0; });
  }
  for (const FtsTest& test : group.must_not) {
    KANBAO_ASSIGN_OR_RETURN(const auto out, passing(engine, test, ids));
    std::erase_if(ids, [&](std::int64_t id) { return out.count(id) != 0; });
  }
  return std::unordered_set<std::int64_t>(ids.begin(), ids.end());
}

class GroupWalk {
 public:
  GroupWalk(SearchContext& ctx, BroadPage& page) : ctx_(ctx), page_(page), dates_(date_walk(ctx.engine)) {}

  // Adds the rows of `group` from `from` until the page is full or the
  // articles end. false: the walk budget ran out first.
  Result<bool> walk(const RankGroup& group, const DateWalk::From& from) {
    group_ = &group;
    status_ = Status::Ok();
    batch_.clear();
    Status walked = dates_.walk(from, [this](const std::string& key, std::int64_t id) {
      batch_.emplace_back(key, id);
      return batch_.size() < kBatch || take_batch();
    });
    KANBAO_TRY(walked);
    KANBAO_TRY(status_);
    if (!batch_.empty() && !full()) {
      take_batch();
      KANBAO_TRY(status_);
    }
    return walked_ <= kWalkBudget;
  }

  // Adds the rows of `group` among `ids` (its few candidates), newest first.
  Status take_few(const RankGroup& group, const std::vector<std::int64_t>& ids, const DateWalk::From& from) {
    group_ = &group;
    batch_.clear();
    for (std::int64_t id : ids) {
      KANBAO_ASSIGN_OR_RETURN(std::string key, date_key_of(ctx_.engine, id));
      if (after_start(key, id, from)) batch_.emplace_back(std::move(key), id);
    }
    std::sort(batch_.begin(), batch_.end(), newest_first);
    // Only the rows the page needs are asked about: the rows it lacks and a
    // few more first, then batches twice as big. Few candidates are spread
    // over the whole id space, so each costs a range query of its own, and
    // one of a pinyin tier's expression costs 0.3 ms at 1,000,000 articles
    // (the title hits of changjiang's 长江 took 256 of them, for a page of 20).
    std::vector<Row> all = std::move(batch_);
    const auto lacking = static_cast<std::size_t>(ctx_.request.limit) - page_.rows.size();
    std::size_t size = std::min(lacking + kFewMargin, kBatch);
    for (std::size_t i = 0; i < all.size() && !full(); i += size, size = std::min(kBatch, 2 * size)) {
      const std::size_t end = std::min(all.size(), i + size);
      batch_.assign(std::make_move_iterator(all.begin() + static_cast<std::ptrdiff_t>(i)),
                    std::make_move_iterator(all.begin() + static_cast<std::ptrdiff_t>(end)));
      KANBAO_TRY(take_rows());
    }
    return Status::Ok();
  }

 private:
  bool full() const { return page_full(page_, ctx_.request.limit); }

  // Moves the batch's rows of the group onto the page; false: stop walking.
  bool take_batch() {
    walked_ += static_cast<std::int64_t>(batch_.size());
    status_ = take_rows();
    batch_.clear();
    return status_.ok() && !full() && walked_ <= kWalkBudget;
  }

  Status take_rows() {
    std::vector<std::int64_t> ids;
    for (const Row& row : batch_) ids.push_back(row.second);
    KANBAO_ASSIGN_OR_RETURN(const auto members, in_group(ctx_.engine, *group_, std::move(ids)));
    for (auto& [key, id] : batch_) {
      if (full()) break;
      if (members.count(id) != 0) page_.rows.push_back({group_->tier, group_->score, std::move(key), id});
    }
    return Status::Ok();
  }

  SearchContext& ctx_;
  BroadPage& page_;
  DateWalk dates_;
  const RankGroup* group_ = nullptr;
  std::vector<Row> batch_;
  std::int64_t walked_ = 0;
  Status status_ = Status::Ok();
};

}  // namespace

Result<bool> walk_groups(SearchContext& ctx, const std::vector<RankGroup>& groups, std::size_t few,
                         BroadPage& page) {
  const std::optional<SearchCursor>& after = ctx.request.after;
  const std::size_t start = after ? group_of(groups, *after) : 0;
  GroupWalk walk(ctx, page);
  for (std::size_t g = start; g < groups.size() && !page_full(page, ctx.request.limit); ++g) {
    const DateWalk::From from = g == start ? resume_from(groups[g], after) : std::nullopt;
    if (!groups[g].must.empty()) {
      KANBAO_ASSIGN_OR_RETURN(auto candidates, few_matches(ctx.engine, groups[g].must.front(), few));
      if (candidates) {
        // They pass the first test: only the others are asked.
        RankGroup rest = groups[g];
        rest.must.erase(rest.must.begin());
        KANBAO_TRY(walk.take_few(rest, *candidates, from));
        continue;
      }
    }
    KANBAO_ASSIGN_OR_RETURN(const bool walked, walk.walk(groups[g], from));
    if (!walked) return false;
  }
  return true;
}

}  // namespace kanbao::store
