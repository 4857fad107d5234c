// SPDX-License-Identifier: MIT
// rank_syllable_by_text: a pinyin query with a term that may be one
// syllable (zheng, de, xian), which most of a big library matches.
//
// FTS5 reads such a term as an OR of prefix queries, one per character read
// so (query_translate), and merges their doclists whole for every query,
// whatever its rowid range: at 1,000,000 articles `zheng` took 5.2 s and
// left the process at 55 MB, and the dense walk (rank_dense_by_walk), which
// asks a range query per batch, would merge them again for every batch. The
// broad order's page needs only the newest matching articles, and the C++
// match check (match::evaluate, which verified_page() applies to every
// inexact plan, so it is the definition of a match) answers for one article
// in microseconds. So this strategy walks the date order and asks it of
// each article, and estimates the total from windows of the id space
// checked the same way. At 1,000,000 articles a page of zheng is found in
// the newest ~100 articles.
//
// The tiers (query::Tier) are those rank_pinyin_candidates gives: the
// letters themselves (their FTS5 expression has no character prefix, so it
// is asked of the index, and must be few), then a term's preferred reading
// (`de gongzuo`: 工作; checked with query::preferred_query), then the other
// full readings, then initials only, each split by whether the heading
// alone matches that tier's reading. (Before the preferred tier was walked
// too, `de gongzuo` was left to rank_pinyin_broadly, which lists every
// candidate: 5.7 s at 1,000,000 articles.)
#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

#include "store/dense_sample.h"
#include "store/search/dense_walk.h"
#include "store/search/lookups.h"
#include "store/search/strategies.h"
#include "store/snippet.h"

namespace kanbao::store {

namespace {

// Ids checked per sample window: 20 windows of 24, about 500 articles, read
// in id order (neighbouring rows of one table page). For a query most
// articles match that is within a few per cent; the total is marked as an
// estimate.
constexpr std::int64_t kSampleWidth = 24;

// How many articles of `windows` the query matches, by the C++ check.
Result<std::int64_t> count_by_text(SearchEngine& engine, const query::Query& q,
                                   const std::vector<IdWindow>& windows) {
  std::int64_t found = 0;
  for (const IdWindow& w : windows) {
    for (std::int64_t id = w.first; id <= w.last; ++id) {
      KANBAO_ASSIGN_OR_RETURN(const std::optional<LoadedArticle> article, load_article(engine, id));
      if (article && match::evaluate(q, article->fields).matches) ++found;
    }
  }
  return found;
}

// The heading alone: what title_fts holds of an article.
match::Fields heading_of(const match::Fields& f) { return {f.title, f.subtitle, "", "", f.kicker}; }

// `q` read by full syllables only: its initials dropped (FtsExpression::
// readings).
query::Query without_initials(query::Query q) {
  for (query::Clause& clause : q.clauses)
    for (query::Term& term : clause.any) term.initials.clear();
  return q;
}

// What the walk asks of each article not of the literal tier: which of
// the later tiers it is of (query::pinyin_tier), and whether the heading
// alone matches that tier's reading.
class TextTiers {
 public:
  TextTiers(const query::Query& q, const std::optional<query::Query>& preferred)
      : all_(q),
        initials_(q.has_initials()),
        full_(initials_ ? without_initials(q) : q),
        preferred_(preferred) {}

  // The groups the walk fills, in rank order: the preferred reading's (when
  // a term has one), the other full readings', the initials' (when the
  // query has initials), each the heading hits (score 0) then the rest.
  std::vector<RankGroup> groups() const {
    std::vector<RankGroup> out;
    for (const int tier : {query::kPreferredTier, query::kReadingTier, query::kInitialsTier}) {
      if ((tier == query::kPreferredTier && !preferred_) || (tier == query::kInitialsTier && !initials_))
        continue;
      for (const double score : {0.0, 1.0}) out.push_back({tier, score, {}, {}});
    }
    return out;
  }

  // Whether an article is of `group`.
  bool in_group(const match::Fields& fields, const RankGroup& group) const {
    const std::optional<TierReading> best = best_tier(fields);
    if (!best || best->tier != group.tier) return false;
    const bool heading = match::evaluate(*best->reading, heading_of(fields)).matches;
    return heading == (group.score < 0.5);
  }

 private:
  struct TierReading {
    query::Tier tier;
    const query::Query* reading;  // the tier's own query
  };

  // The best tier the article matches, nullopt when it does not match. A
  // full reading's match is a match of the whole query (its terms read one
  // way fewer, its negations the same), and a preferred reading's a full
  // reading's.
  std::optional<TierReading> best_tier(const match::Fields& fields) const {
    if (match::evaluate(full_, fields).matches) {
      if (preferred_ && match::evaluate(*preferred_, fields).matches)
        return TierReading{query::kPreferredTier, &*preferred_};
      return TierReading{query::kReadingTier, &full_};
    }
    if (initials_ && match::evaluate(all_, fields).matches) return TierReading{query::kInitialsTier, &all_};
    return std::nullopt;
  }

  const query::Query& all_;
  bool initials_;
  query::Query full_;
  const std::optional<query::Query>& preferred_;
};

// The walk of the text groups for one page: its articles walked, shared by
// the groups (kWalkBudget a page).
struct TextWalk {
  SearchContext& ctx;
  const DateWalk dates;
  const TextTiers& tiers;
  const std::vector<std::int64_t>& literal;  // the literal tier's ids, sorted: of no text group
  std::int64_t walked = 0;

  // Adds the rows of `group` from `from` in the date order, until the page
  // is full. false: the page's budget ran out first.
  Result<bool> add_group(const RankGroup& group, const DateWalk::From& from, BroadPage& page) {
    Status status = Status::Ok();
    KANBAO_TRY(dates.walk(from, [&](const std::string& key, std::int64_t id) {
      if (page_full(page, ctx.request.limit) || ++walked > kWalkBudget) return false;
      if (std::binary_search(literal.begin(), literal.end(), id)) return true;
      auto article = load_article(ctx.engine, id);
      if (!article) {
        status = article.error();
        return false;
      }
      if (*article && tiers.in_group((*article)->fields, group))
        page.rows.push_back({group.tier, group.score, key, id});
      return true;  // (an article deleted meanwhile is passed)
    }));
    KANBAO_TRY(status);
    return walked <= kWalkBudget;
  }
};

}  // namespace

Result<std::optional<Ranking>> rank_syllable_by_text(SearchContext& ctx) {
  const query::Query& q = ctx.query;
  if (!walks_pages(ctx) || !q.has_pinyin() || !q.has_one_syllable_term() || ctx.fts.literal.empty())
    return std::optional<Ranking>();
  const std::int64_t dense = dense_threshold(ctx.request);
  const std::size_t few = few_for(dense);
  // The letters themselves are few, or this is no place for them.
  KANBAO_ASSIGN_OR_RETURN(const auto literal, few_matches(ctx.engine, article_test(ctx.fts.literal), few));
  if (!literal) return std::optional<Ranking>();
  const WindowCount count = [&ctx](const std::vector<IdWindow>& windows) {
    return count_by_text(ctx.engine, ctx.query, windows);
  };
  KANBAO_ASSIGN_OR_RETURN(const std::optional<std::int64_t> estimate,
                          estimate_dense(ctx.engine, dense, kSampleWidth, count));
  if (!estimate) return std::optional<Ranking>();
  BroadPage page;
  // The literal tier's two groups (the letters in the heading, then
  // elsewhere: the first two of the pinyin order, as the literal expression
  // is not empty), read whole.
  std::vector<RankGroup> literal_groups = pinyin_tier_groups(q, ctx.fts);
  literal_groups.resize(2);
  KANBAO_ASSIGN_OR_RETURN(const bool literal_walked, walk_groups(ctx, literal_groups, few, page));
  if (!literal_walked) return std::optional<Ranking>();
  const TextTiers tiers(q, ctx.preferred);
  TextWalk walk{ctx, date_walk(ctx.engine), tiers, *literal};  // (few_matches reads ids in order)
  const std::optional<SearchCursor>& after = ctx.request.after;
  const std::vector<RankGroup> text_groups = tiers.groups();
  // The group a page after the cursor resumes in (a cursor of the literal
  // tier: the first).
  const std::size_t start = after && after->tier != query::kLiteralTier ? group_of(text_groups, *after) : 0;
  for (std::size_t g = start; g < text_groups.size() && !page_full(page, ctx.request.limit); ++g) {
    const DateWalk::From from = g == start ? resume_from(text_groups[g], after) : std::nullopt;
    KANBAO_ASSIGN_OR_RETURN(const bool walked, walk.add_group(text_groups[g], from, page));
    if (!walked) return std::optional<Ranking>();
  }
  return std::optional<Ranking>(estimated_ranking(std::move(page), *estimate));
}

}  // namespace kanbao::store
