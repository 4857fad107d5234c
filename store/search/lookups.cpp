// SPDX-License-Identifier: MIT
#include "store/search/lookups.h"

#include <algorithm>
#include <functional>

#include "store/search/plan.h"

namespace kanbao::store {

bool ranks_after(const SearchCursor& row, const SearchCursor& cursor) {
  if (row.tier != cursor.tier) return row.tier > cursor.tier;
  if (row.score != cursor.score) return row.score > cursor.score;
  if (row.date_key != cursor.date_key) return row.date_key < cursor.date_key;
  return row.id < cursor.id;
}

Result<std::optional<LoadedArticle>> load_article(SearchEngine& engine, std::int64_t id) {
  KANBAO_ASSIGN_OR_RETURN(
      StatementLease s,
      engine.statement(
          "SELECT a.title, a.subtitle, a.body, a.byline, ifnull(d.name, ''), a.date_year, "
          "a.date_month, a.date_day, a.pub_year, a.pub_month, a.pub_day, a.paper, a.page, a.kicker "
          "FROM articles a LEFT JOIN districts d ON d.id = a.district_id "
          "WHERE a.id = ?1"));
  s->bind(1, id);
  auto row = s->step();
  if (!row) return row.error().in_context({"search failed: ", {}});
  if (!*row) return std::optional<LoadedArticle>();
  LoadedArticle l;
  l.fields = {s->text(0), s->text(1), s->text(2), s->text(3), s->text(13)};
  l.district = s->text(4);
  l.date = {s->integer(5), s->integer(6), s->integer(7)};
  l.published = {s->integer(8), s->integer(9), s->integer(10)};
  l.paper = s->text(11);
  l.page = s->text(12);
  l.kicker = s->text(13);
  return std::optional<LoadedArticle>(std::move(l));
}

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

Result<std::string> date_key_of(SearchEngine& engine, std::int64_t id) {
  KANBAO_ASSIGN_OR_RETURN(StatementLease s,
                          engine.statement("SELECT ifnull(date_key, '') FROM articles WHERE id = ?1"));
  s->bind(1, id);
  auto found = s->step();
  if (!found) return found.error().in_context({"search failed: ", {}});
  return *found ? s->text(0) : std::string();
}

// The date order read from the index on `articles (date_key, id)`, as far as
// the walk goes.
DateWalk date_walk(SearchEngine& engine) {
  DateWalk dates;
  dates.walk = [&engine](const DateWalk::From& from,
                         const std::function<bool(const std::string&, std::int64_t)>& visit) -> Status {
    KANBAO_ASSIGN_OR_RETURN(
        StatementLease s,
        engine.statement(from ? "SELECT date_key, id FROM articles WHERE (date_key, id) < (?1, ?2) "
                                "ORDER BY date_key DESC, id DESC"
                              : "SELECT date_key, id FROM articles ORDER BY date_key DESC, id DESC"));
    if (from) s->bind(1, std::string_view(from->first)).bind(2, from->second);
    for (;;) {
      auto more = s->step();
      if (!more) return more.error().in_context({"search failed: ", {}});
      if (!*more || !visit(s->text(0), s->int64(1))) break;
    }
    return Status::Ok();
  };
  dates.date_key = [&engine](std::int64_t id) { return date_key_of(engine, id); };
  return dates;
}

Result<std::vector<std::int64_t>> matching_ids(SearchEngine& engine, const std::string& expression,
                                               const char* sql) {
  KANBAO_ASSIGN_OR_RETURN(StatementLease s, engine.statement(sql));
  s->bind(1, std::string_view(expression));
  std::vector<std::int64_t> ids;
  for (;;) {
    auto more = s->step();
    if (!more) return more.error().in_context({"search failed: ", {}});
    if (!*more) break;
    ids.push_back(s->int64(0));
  }
  return ids;
}

namespace {

// The ids of the districts named (canonically or by alias): sorted.
Result<std::vector<std::int64_t>> district_ids(SearchEngine& engine, const corpus::Gazetteer& gazetteer,
                                               const std::vector<std::string>& names) {
  std::vector<std::int64_t> ids;
  for (const auto& n : names) {
    if (n.empty()) {
      ids.push_back(0);  // no district
      continue;
    }
    const std::string name = canonical_district(gazetteer, n);
    KANBAO_ASSIGN_OR_RETURN(StatementLease s, engine.statement("SELECT id FROM districts WHERE name = ?1"));
    s->bind(1, std::string_view(name));
    auto row = s->step();
    if (!row) return row.error().in_context({"search failed: ", {}});
    if (*row) ids.push_back(s->int64(0));
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

}  // namespace

Result<AllowedDistricts> allowed_districts(SearchEngine& engine, const query::Query& q,
                                           const SearchRequest& request, const corpus::Gazetteer& gazetteer) {
  AllowedDistricts allowed;
  if (request.district) {
    KANBAO_ASSIGN_OR_RETURN(auto scope, district_ids(engine, gazetteer, {*request.district}));
    allowed.push_back(std::move(scope));
  }
  if (!q.districts.empty()) {
    KANBAO_ASSIGN_OR_RETURN(auto any, district_ids(engine, gazetteer, q.districts));
    allowed.push_back(std::move(any));
  }
  return allowed;
}

bool in_every(const AllowedDistricts& allowed, std::int64_t district) {
  for (const auto& set : allowed)
    if (!std::binary_search(set.begin(), set.end(), district)) return false;
  return true;
}

std::int64_t district_key(std::int64_t district_id, const std::string& paper, const SearchRequest& request) {
  const auto& national = request.national_papers;
  const bool none_applies = std::find(national.begin(), national.end(), paper) != national.end();
  return district_id == 0 && none_applies ? -1 : district_id;
}

bool paper_allowed(const query::Query& q, const std::string& paper) {
  return q.papers.empty() || std::find(q.papers.begin(), q.papers.end(), paper) != q.papers.end();
}

}  // namespace kanbao::store
