// SPDX-License-Identifier: MIT
// rank_dense_by_walk: a plain query that most of a big library matches.
//
// Counting the matches of 的 in 1,000,000 articles means reading a doclist
// of a million entries: 50 ms in FTS5 alone, over 150 ms with the ids kept
// for ranking. The broad order (store/broad_ranking.h) does not need them:
// its page is the newest title hits, then the newest other hits, and when
// most articles match, the newest few hundred articles hold the page. So
// this strategy walks the date order from the top (or the cursor) in
// batches, asks the full-text indexes which articles of each batch match
// (one rowid-range query per run of close ids), and estimates the total
// from evenly spread windows of the id space instead of counting it. The
// page is the one the counting strategy would give; only the total differs,
// and it is marked as an estimate (SearchPage::total_is_estimate).
//
// It gives up (the next strategy answers exactly) when the query is not
// dense, or when the walk would be long: title hits too rare for the newest
// articles to hold a page of them, matches crowded in old articles.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_set>

#include "store/search/lookups.h"
#include "store/search/strategies.h"

namespace kanbao::store {

namespace {

constexpr const char* kRangeSql =
    "SELECT rowid FROM article_fts WHERE article_fts MATCH ?1 AND rowid BETWEEN ?2 AND ?3";
constexpr const char* kTitleRangeSql =
    "SELECT rowid FROM title_fts WHERE title_fts MATCH ?1 AND rowid BETWEEN ?2 AND ?3";
constexpr const char* kRangeCountSql =
    "SELECT count(*) FROM article_fts WHERE article_fts MATCH ?1 AND rowid BETWEEN ?2 AND ?3";

// Ids this close together are asked in one range query: reading the
// matches between them costs less than another query.
constexpr std::int64_t kJoinGap = 2048;
// Articles walked per batch, and at most per page before giving up.
constexpr std::size_t kBatch = 256;
constexpr std::int64_t kWalkBudget = 16384;

struct IdSpan {
  std::int64_t first = 0, last = -1;
  std::int64_t size() const { return last - first + 1; }
};

Result<IdSpan> id_span(SearchEngine& engine) {
  KANBAO_ASSIGN_OR_RETURN(
      StatementLease s,
      engine.statement("SELECT (SELECT min(id) FROM articles), (SELECT max(id) FROM articles)"));
  auto row = s->step();
  if (!row) return row.error().in_context({"search failed: ", {}});
  IdSpan span;
  if (*row && !s->is_null(0)) span = {s->int64(0), s->int64(1)};
  return span;
}

Result<std::int64_t> count_in(SearchEngine& engine, const std::string& expression, std::int64_t from,
                              std::int64_t to) {
  KANBAO_ASSIGN_OR_RETURN(StatementLease s, engine.statement(kRangeCountSql));
  s->bind(1, std::string_view(expression)).bind(2, from).bind(3, to);
  auto row = s->step();
  if (!row) return row.error().in_context({"search failed: ", {}});
  return *row ? s->int64(0) : 0;
}

// A well-mixed 64-bit value of `x` (splitmix64's finaliser).
std::uint64_t mixed(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// The matches in `windows` windows of `width` ids, one in each of as many
// equal parts of the span, scaled to the whole span. Each window sits at a
// pseudo-random place in its part, the same for the same span and window
// (so the pages of one query show one total): evenly spaced windows would
// see the same place of every issue when the issues are the same length.
Result<double> sampled_matches(SearchEngine& engine, const std::string& expression, const IdSpan& span,
                               int windows, std::int64_t width) {
  const std::int64_t stride = span.size() / windows;
  std::int64_t found = 0;
  for (int w = 0; w < windows; ++w) {
    const std::uint64_t seed =
        mixed(static_cast<std::uint64_t>(span.last) * 131 + static_cast<std::uint64_t>(w));
    const auto offset = static_cast<std::int64_t>(seed % static_cast<std::uint64_t>(stride - width + 1));
    const std::int64_t from = span.first + w * stride + offset;
    KANBAO_ASSIGN_OR_RETURN(const std::int64_t n, count_in(engine, expression, from, from + width - 1));
    found += n;
  }
  return static_cast<double>(found) * static_cast<double>(span.size()) / static_cast<double>(windows * width);
}

// Rounds an estimate to three significant digits: more would claim a
// precision it does not have.
std::int64_t rounded(double estimate) {
  if (estimate < 1000) return std::llround(estimate);
  const double unit = std::pow(10.0, std::floor(std::log10(estimate)) - 2);
  return std::llround(estimate / unit) * std::llround(unit);
}

// An estimate of the matches of `expression`, or nullopt when it looks
// like fewer than `dense`. A first look at 4 windows, then 16 more: in a
// big library about 10,000 ids in all, so the estimate is within a few per
// cent of the count.
Result<std::optional<std::int64_t>> estimate_dense(SearchEngine& engine, const std::string& expression,
                                                   std::int64_t dense) {
  KANBAO_ASSIGN_OR_RETURN(const IdSpan span, id_span(engine));
  // Fewer ids than `dense` cannot match more; fewer than 64 are not worth
  // sampling (and leave no room between 16 windows).
  if (span.size() <= std::max<std::int64_t>(dense, 64)) return std::optional<std::int64_t>();
  // Windows of up to 512 ids, at most half the part of the span each is in.
  const std::int64_t width = std::clamp<std::int64_t>(span.size() / 32, 1, 512);
  KANBAO_ASSIGN_OR_RETURN(const double glimpse, sampled_matches(engine, expression, span, 4, width));
  if (glimpse < static_cast<double>(dense) / 2) return std::optional<std::int64_t>();
  KANBAO_ASSIGN_OR_RETURN(const double closer, sampled_matches(engine, expression, span, 16, width));
  const double estimate = (glimpse + 4 * closer) / 5;  // 4 + 16 windows, each weighing the same
  if (estimate < static_cast<double>(dense)) return std::optional<std::int64_t>();
  return std::optional<std::int64_t>(rounded(estimate));
}

// The ids of `batch` that match `expression` in the full-text table of
// `sql` (kRangeSql or kTitleRangeSql): one range query per run of ids no
// more than kJoinGap apart.
Result<std::unordered_set<std::int64_t>> matches_among(SearchEngine& engine, const char* sql,
                                                       const std::string& expression,
                                                       std::vector<std::int64_t> batch) {
  std::unordered_set<std::int64_t> found;
  std::sort(batch.begin(), batch.end());
  KANBAO_ASSIGN_OR_RETURN(StatementLease s, engine.statement(sql));
  for (std::size_t i = 0; i < batch.size();) {
    std::size_t end = i + 1;
    while (end < batch.size() && batch[end] - batch[end - 1] <= kJoinGap) ++end;
    s->reset();
    s->bind(1, std::string_view(expression)).bind(2, batch[i]).bind(3, batch[end - 1]);
    for (;;) {
      auto more = s->step();
      if (!more) return more.error().in_context({"search failed: ", {}});
      if (!*more) break;
      const std::int64_t id = s->int64(0);
      if (std::binary_search(batch.begin() + static_cast<std::ptrdiff_t>(i),
                             batch.begin() + static_cast<std::ptrdiff_t>(end), id))
        found.insert(id);
    }
    i = end;
  }
  return found;
}

// The title hits when there are at most `few` of them (read in id order
// from title_fts, stopping past that), else nullopt.
Result<std::optional<std::vector<std::int64_t>>> few_title_hits(SearchEngine& engine,
                                                                const std::string& titles, std::size_t few) {
  using Few = std::optional<std::vector<std::int64_t>>;
  std::vector<std::int64_t> ids;
  if (titles.empty()) return Few(std::move(ids));
  KANBAO_ASSIGN_OR_RETURN(StatementLease s, engine.statement(kMatchingTitleIdsSql));
  s->bind(1, std::string_view(titles));
  for (;;) {
    auto more = s->step();
    if (!more) return more.error().in_context({"search failed: ", {}});
    if (!*more) break;
    if (ids.size() == few) return Few();
    ids.push_back(s->int64(0));
  }
  return Few(std::move(ids));
}

// The title tier from its few hits: dated one by one, newest first, each
// checked against the whole query (a NOT term may exclude it) only while
// the page needs rows.
Status add_few_title_hits(SearchContext& ctx, const std::vector<std::int64_t>& titled, BroadPage& page) {
  const std::optional<SearchCursor>& after = ctx.request.after;
  std::vector<std::pair<std::string, std::int64_t>> rows;
  for (std::int64_t id : titled) {
    KANBAO_ASSIGN_OR_RETURN(std::string key, date_key_of(ctx.engine, id));
    if (!after || later_in_order(key, id, *after)) rows.emplace_back(std::move(key), id);
  }
  std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second > b.second;
  });
  for (auto& [key, id] : rows) {
    if (page_full(page, ctx.request.limit)) break;
    KANBAO_ASSIGN_OR_RETURN(auto match, matches_among(ctx.engine, kRangeSql, ctx.fts.all, {id}));
    if (!match.empty()) page.rows.push_back({0, 0.0, std::move(key), id});
  }
  return Status::Ok();
}

// Walks the date order for the rows of one tier, a batch at a time.
class TierWalk {
 public:
  TierWalk(SearchContext& ctx, BroadPage& page) : ctx_(ctx), page_(page), dates_(date_walk(ctx.engine)) {}

  // Adds the rows of `tier` (0: title hits, 1: the other matches) from
  // walk_start() until the page is full or the articles end. false: the
  // walk budget ran out first.
  Result<bool> add(int tier) {
    tier_ = tier;
    status_ = Status::Ok();
    batch_.clear();
    Status walked =
        dates_.walk(walk_start(ctx_.request.after, tier), [this](const std::string& key, std::int64_t id) {
          batch_.emplace_back(key, id);
          if (batch_.size() < kBatch) return true;
          return take_batch();
        });
    KANBAO_TRY(walked);
    KANBAO_TRY(status_);
    if (!batch_.empty() && !page_full(page_, ctx_.request.limit)) {
      take_batch();
      KANBAO_TRY(status_);
    }
    return walked_ <= kWalkBudget;
  }

 private:
  // Moves the batch's rows of the tier onto the page; false: stop walking.
  // Titles are asked first: title_fts is small, and in the title tier only
  // the title hits need the (costlier) question of the whole query.
  bool take_batch() {
    walked_ += static_cast<std::int64_t>(batch_.size());
    status_ = take_rows();
    batch_.clear();
    return status_.ok() && !page_full(page_, ctx_.request.limit) && walked_ <= kWalkBudget;
  }

  Status take_rows() {
    std::vector<std::int64_t> ids;
    for (const auto& row : batch_) ids.push_back(row.second);
    std::unordered_set<std::int64_t> titled;
    if (!ctx_.fts.titles.empty()) {
      KANBAO_ASSIGN_OR_RETURN(titled, matches_among(ctx_.engine, kTitleRangeSql, ctx_.fts.titles, ids));
    }
    if (tier_ == 0) std::erase_if(ids, [&](std::int64_t id) { return titled.count(id) == 0; });
    KANBAO_ASSIGN_OR_RETURN(const auto matching, matches_among(ctx_.engine, kRangeSql, ctx_.fts.all, ids));
    for (auto& [key, id] : batch_) {
      if (page_full(page_, ctx_.request.limit)) break;
      if (matching.count(id) != 0 && (titled.count(id) != 0) == (tier_ == 0))
        page_.rows.push_back({0, static_cast<double>(tier_), std::move(key), id});
    }
    return Status::Ok();
  }

  SearchContext& ctx_;
  BroadPage& page_;
  DateWalk dates_;
  int tier_ = 0;
  std::vector<std::pair<std::string, std::int64_t>> batch_;
  std::int64_t walked_ = 0;
  Status status_ = Status::Ok();
};

}  // namespace

Result<std::optional<Ranking>> rank_dense_by_walk(SearchContext& ctx) {
  const SearchRequest& request = ctx.request;
  const query::Query& q = ctx.query;
  // Only what rank_by_phrase_scan would rank broadly, unfiltered, a page
  // at a time (--limit 0 asks for every hit, and so for the count).
  if (request.bm25_up_to < 0 || !ctx.plan.exact || ctx.fts.all.empty() || q.has_pinyin() ||
      !q.reporters.empty() || !q.dates.empty() || request.district || !q.districts.empty() ||
      request.limit <= 0)
    return std::optional<Ranking>();
  if (request.count_up_to < 0) return std::optional<Ranking>();
  const std::int64_t dense = std::max(request.count_up_to, request.bm25_up_to);
  KANBAO_ASSIGN_OR_RETURN(const std::optional<std::int64_t> estimate,
                          estimate_dense(ctx.engine, ctx.fts.all, dense));
  if (!estimate) return std::optional<Ranking>();
  BroadPage page;
  TierWalk walk(ctx, page);
  if (tier_after(request.after) <= 0) {
    // Reading the title hits whole costs like counting them: worth it for a
    // small share of what counting the query would read (2,000 by default).
    const auto whole = static_cast<std::size_t>(std::max<std::int64_t>(1, dense / 25));
    KANBAO_ASSIGN_OR_RETURN(auto few, few_title_hits(ctx.engine, ctx.fts.titles, whole));
    if (few) {
      KANBAO_TRY(add_few_title_hits(ctx, *few, page));
    } else {
      KANBAO_ASSIGN_OR_RETURN(const bool walked, walk.add(0));
      if (!walked) return std::optional<Ranking>();
    }
  }
  if (!page_full(page, request.limit)) {
    KANBAO_ASSIGN_OR_RETURN(const bool walked, walk.add(1));
    if (!walked) return std::optional<Ranking>();
  }
  Ranking ranking;
  ranking.rows = std::move(page.rows);
  ranking.total = *estimate;
  ranking.total_is_estimate = true;
  return std::optional<Ranking>(std::move(ranking));
}

}  // namespace kanbao::store
