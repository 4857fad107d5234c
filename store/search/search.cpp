// SPDX-License-Identifier: MIT
// Library::search and Library::matches: query -> FTS5 expression -> plan ->
// the first ranking strategy that applies -> verified hits with snippets.
// See store/query.h for the syntax and store/tokenizer.h for why the FTS5
// phrases are exact.
#include <algorithm>
#include <optional>

#include "store/article_rows.h"
#include "store/district_name.h"
#include "store/library.h"
#include "store/library_impl.h"
#include "store/query.h"
#include "store/search/article_matches.h"
#include "store/search/assemble.h"
#include "store/search/engine.h"
#include "store/search/lookups.h"
#include "store/search/plan.h"
#include "store/search/strategies.h"

namespace kanbao::store {

namespace {

SearchEngine& engine_of(Library::Impl& impl) {
  if (!impl.search) impl.search.reset(new SearchEngine(impl.db));
  return *impl.search;
}

// The query as FTS5 expressions; pinyin reads only as the Han characters
// the library holds, and as the index's own pinyin tokens; a term's
// preferred reading from the index's own counts of its bigrams, kept as a
// query too (`preferred`) for the strategies that check articles in C++.
Result<query::FtsExpression> translate(SearchEngine& engine, const query::Query& q,
                                       std::optional<query::Query>& preferred) {
  const std::unordered_set<char32_t>* present = nullptr;
  if (q.has_pinyin()) {
    KANBAO_ASSIGN_OR_RETURN(present, engine.present_han());
  }
  query::FtsExpression fts = query::translate(q, present, {}, query::PinyinIndex::kTokens);
  if (present != nullptr) {
    KANBAO_ASSIGN_OR_RETURN(const IdSpan span, id_span(engine));
    KANBAO_ASSIGN_OR_RETURN(const query::BigramCounts counts,
                            engine.articles_holding(query::preference_bigrams(q, *present),
                                                    span.last - query::kPreferenceSample + 1));
    preferred = query::preferred_query(q, *present, counts);
    if (preferred) fts.preferred = query::translate(*preferred, present, {}, query::PinyinIndex::kTokens).all;
  }
  return fts;
}

// The districts a search names (its scope and district: terms), each one
// the gazetteer knows or the library holds, on either backend.
Status check_districts(Library& library, corpus::Gazetteer& gazetteer, const CountryDistrict& country,
                       const SearchRequest& request, const query::Query& q) {
  if (request.district) KANBAO_TRY(check_district(library, gazetteer, country, *request.district));
  for (const auto& d : q.districts) KANBAO_TRY(check_district(library, gazetteer, country, d));
  return Status::Ok();
}

// The papers a search's paper: filters name, each one the library holds,
// on either backend.
Status check_papers(Library& library, const query::Query& q) {
  for (const auto& p : q.papers) KANBAO_TRY(check_paper(library, p));
  return Status::Ok();
}

}  // namespace

int ArticleMatches::total() const {
  auto count = [](const std::vector<Span>& spans) { return static_cast<int>(spans.size()); };
  int n = count(kicker) + count(title) + count(subtitle) + count(byline);
  for (const auto& p : paragraphs) n += count(p);
  return n;
}

Result<SearchPage> Library::search(const SearchRequest& request) {
  KANBAO_ASSIGN_OR_RETURN(const query::Query q, query::parse(request.query));
  KANBAO_TRY(query::asks_for_articles(q, request.query, request.district.has_value()));
  KANBAO_TRY(check_districts(*this, impl_->gazetteer, impl_->country_district, request, q));
  KANBAO_TRY(check_papers(*this, q));
  if (impl_->backend) return impl_->backend->search(request);
  auto snapshot = sql::ReadTransaction::begin(impl_->db);
  if (!snapshot) return snapshot.error().in_context({"search failed: ", {}});
  SearchEngine& engine = engine_of(*impl_);
  std::optional<query::Query> preferred;
  KANBAO_ASSIGN_OR_RETURN(const query::FtsExpression fts, translate(engine, q, preferred));
  KANBAO_ASSIGN_OR_RETURN(const Plan plan, make_plan(q, fts, request, impl_->gazetteer));
  SearchContext ctx{engine, request, q, preferred, fts, plan, impl_->gazetteer, std::nullopt};
  KANBAO_ASSIGN_OR_RETURN(Ranking ranking, rank(ctx));
  KANBAO_ASSIGN_OR_RETURN(SearchPage page, assemble_page(ctx, std::move(ranking)));
  KANBAO_TRY(read_pages(impl_->db, page.hits));
  return page;
}

Result<ArticleMatches> Library::matches(std::int64_t id, const std::string& query_text) {
  if (impl_->backend) return impl_->backend->matches(id, query_text);
  KANBAO_ASSIGN_OR_RETURN(const query::Query q, query::parse(query_text));
  KANBAO_ASSIGN_OR_RETURN(std::optional<LoadedArticle> loaded, load_article(engine_of(*impl_), id));
  if (!loaded) return Error("there is no article " + std::to_string(id) + " in the library");
  return matches_in(q, loaded->fields);
}

}  // namespace kanbao::store
