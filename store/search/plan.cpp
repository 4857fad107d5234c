// SPDX-License-Identifier: MIT
#include "store/search/plan.h"

#include "store/hit_scan.h"
#include "store/query_date.h"

namespace kanbao::store {

std::string Sql::param(SqlValue v) {
  values.push_back(std::move(v));
  return "?" + std::to_string(values.size());
}

void Sql::bind(sql::Statement& stmt) const {
  for (std::size_t i = 0; i < values.size(); ++i) {
    const int index = static_cast<int>(i + 1);
    if (const auto* n = std::get_if<std::int64_t>(&values[i])) stmt.bind(index, *n);
    if (const auto* d = std::get_if<double>(&values[i])) stmt.bind(index, *d);
    if (const auto* s = std::get_if<std::string>(&values[i])) stmt.bind(index, std::string_view(*s));
  }
}

namespace {

// The articles of no district, less those of the papers no district applies
// to (SearchRequest::national_papers).
std::string no_district(const std::string& a, const SearchRequest& request, Sql& sql) {
  std::string out = "(" + a + "district_id IS NULL";
  if (!request.national_papers.empty()) {
    out += " AND instr(" + sql.param(paper_set(request.national_papers)) +
           ", char(31) || a.paper || char(31)) = 0";
  }
  return out + ")";
}

// The articles of any of `names` (canonically or by alias; "" no district).
std::string of_districts(const std::string& a, const std::vector<std::string>& names,
                         const SearchRequest& request, const corpus::Gazetteer& gazetteer, Sql& sql) {
  std::string any;
  bool unknown = false;
  for (const auto& d : names) {
    if (d.empty()) {
      unknown = true;
      continue;
    }
    any += (any.empty() ? "" : ", ") + sql.param(canonical_district(gazetteer, d));
  }
  std::string named = a + "district_id IN (SELECT id FROM districts WHERE name IN (" + any + "))";
  if (!unknown) return named;
  const std::string none = no_district(a, request, sql);
  return any.empty() ? none : "(" + named + " OR " + none + ")";
}

}  // namespace

Result<std::string> filters(const query::Query& q, const SearchRequest& request,
                            const corpus::Gazetteer& gazetteer, Sql& sql, bool checking_matches) {
  const std::string a = checking_matches ? "+a." : "a.";
  std::string out;
  if (request.district && request.district->empty()) out += " AND " + no_district(a, request, sql);
  if (request.district && !request.district->empty()) {
    const std::string name = canonical_district(gazetteer, *request.district);
    out += " AND " + a + "district_id = (SELECT id FROM districts WHERE name = " + sql.param(name) + ")";
  }
  if (!q.districts.empty()) out += " AND " + of_districts(a, q.districts, request, gazetteer, sql);
  if (!q.papers.empty()) {
    std::string any;
    for (const auto& p : q.papers) any += (any.empty() ? "" : ", ") + sql.param(p);
    out += " AND " + a + "paper IN (" + any + ")";
  }
  for (const auto& r : q.reporters) {
    out +=
        " AND EXISTS (SELECT 1 FROM article_people ap JOIN people p ON p.id = ap.person_id "
        "WHERE ap.article_id = a.id AND p.name = " +
        sql.param(r) + ")";
  }
  if (!q.dates.empty()) {
    std::string any;
    for (const auto& d : q.dates) {
      any += any.empty() ? "" : " OR ";
      // One declaration per parameter: the operands of + are evaluated in
      // no fixed order, and the numbering should follow the text.
      if (d.month != 0) {
        // The date_key, as date:YYYY-MM-DD: the publication date first.
        any.append("(substr(a.date_key, 6, 5) = ").append(sql.param(query::month_day_key(d))).append(")");
      } else {
        const std::string from = sql.param(d.from);
        const std::string to = sql.param(d.to);
        any.append("(")
            .append(a)
            .append("date_key BETWEEN ")
            .append(from)
            .append(" AND ")
            .append(to)
            .append(")");
      }
    }
    out += " AND (" + any + ")";
  }
  return out;
}

namespace {

// The tier of a row (query::Tier): for a pinyin query 0 the letters
// themselves, 1 a preferred reading, 2 another full reading, 3 initials
// only; "0" for a query without pinyin.
std::string tier_expression(const query::Query& q, const query::FtsExpression& fts, Sql& sql) {
  if (!q.has_pinyin()) return "0";
  const std::string in = "article_fts.rowid IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ";
  std::string out =
      "CASE WHEN " + in + sql.param(fts.literal) + ") THEN " + std::to_string(query::kLiteralTier) + " ";
  if (!fts.preferred.empty())
    out += "WHEN " + in + sql.param(fts.preferred) + ") THEN " + std::to_string(query::kPreferredTier) + " ";
  if (q.has_initials()) {
    out += "WHEN " + in + sql.param(fts.readings) + ") THEN " + std::to_string(query::kReadingTier) +
           " ELSE " + std::to_string(query::kInitialsTier) + " END";
  } else {
    out += "ELSE " + std::to_string(query::kReadingTier) + " END";
  }
  return out;
}

// Plan::fast: the first rows by (tier, score, id), from the full-text index
// alone. Only for an exact, unfiltered, limited query.
Sql first_rows_sql(const query::Query& q, const query::FtsExpression& fts, const SearchRequest& request,
                   int limit) {
  Sql fast;
  const std::string match = fast.param(fts.all);
  const std::string tier = tier_expression(q, fts, fast);
  fast.text = "SELECT id, score, tier FROM (SELECT article_fts.rowid AS id, " + bm25_call() + " AS score, " +
              tier + " AS tier FROM article_fts WHERE article_fts MATCH " + match + ")";
  if (request.after) {
    // Coarse: also rows tied with the cursor; the strategy drops those itself.
    const std::string t = fast.param(std::int64_t{request.after->tier}), s = fast.param(request.after->score);
    fast.text += " WHERE (tier > " + t + " OR (tier = " + t + " AND score >= " + s + "))";
  }
  fast.text += " ORDER BY tier, score, id LIMIT " + fast.param(std::int64_t{limit});
  return fast;
}

// The inner SELECT of Plan::ranked and Plan::count for a query with a
// positive term.
Status plan_matching(Plan& p, const query::Query& q, const query::FtsExpression& fts,
                     const SearchRequest& request, const corpus::Gazetteer& gazetteer, std::string& inner) {
  const std::string match = p.ranked.param(fts.all);
  const std::string tier = tier_expression(q, fts, p.ranked);
  KANBAO_ASSIGN_OR_RETURN(const std::string where, filters(q, request, gazetteer, p.ranked, true));
  inner = "SELECT article_fts.rowid AS id, " + bm25_call() + " AS score, ifnull(a.date_key, '') AS dk, " +
          tier +
          " AS tier FROM article_fts JOIN articles a ON a.id = article_fts.rowid WHERE article_fts MATCH " +
          match + where;
  if (where.empty() && request.limit > 0 && p.exact) {
    p.fast_limit = request.limit * 2 + 50;
    p.fast = first_rows_sql(q, fts, request, p.fast_limit);
  }
  const std::string count_match = p.count.param(fts.all);
  KANBAO_ASSIGN_OR_RETURN(const std::string count_where, filters(q, request, gazetteer, p.count, true));
  p.count.text = count_where.empty()
                     ? "SELECT count(*) FROM article_fts WHERE article_fts MATCH " + count_match
                     : "SELECT count(*) FROM article_fts JOIN articles a ON a.id = article_fts.rowid "
                       "WHERE article_fts MATCH " +
                           count_match + count_where;
  return Status::Ok();
}

// Only negated terms and filters: every article in scope, newest first.
Status plan_filtering(Plan& p, const query::Query& q, const query::FtsExpression& fts,
                      const SearchRequest& request, const corpus::Gazetteer& gazetteer, std::string& inner) {
  for (Sql* sql : {&p.ranked, &p.count}) {
    KANBAO_ASSIGN_OR_RETURN(const std::string where, filters(q, request, gazetteer, *sql, false));
    std::string cond = "a.joined_to IS NULL" + where;  // a continuation is found as its head
    if (!fts.negative.empty() && fts.exact) {
      cond += " AND a.id NOT IN (SELECT rowid FROM article_fts WHERE article_fts MATCH " +
              sql->param(fts.negative) + ")";
    }
    if (sql == &p.ranked) {
      inner =
          "SELECT a.id AS id, 0.0 AS score, ifnull(a.date_key, '') AS dk, 0 AS tier FROM articles a WHERE " +
          cond;
    } else {
      sql->text = "SELECT count(*) FROM articles a WHERE " + cond;
    }
  }
  return Status::Ok();
}

}  // namespace

Result<Plan> make_plan(const query::Query& q, const query::FtsExpression& fts, const SearchRequest& request,
                       const corpus::Gazetteer& gazetteer) {
  Plan p;
  p.exact = fts.exact;
  std::string inner;
  KANBAO_TRY(fts.all.empty() ? plan_filtering(p, q, fts, request, gazetteer, inner)
                             : plan_matching(p, q, fts, request, gazetteer, inner));
  p.ranked.text = "SELECT id, score, dk, tier FROM (" + inner + ")";
  if (request.after && p.exact) {
    const SearchCursor& c = *request.after;
    const std::string t = p.ranked.param(std::int64_t{c.tier}), s = p.ranked.param(c.score),
                      d = p.ranked.param(c.date_key), i = p.ranked.param(c.id);
    p.ranked.text += " WHERE (tier > " + t + " OR (tier = " + t + " AND (score > " + s + " OR (score = " + s +
                     " AND (dk < " + d + " OR (dk = " + d + " AND id < " + i + "))))))";
  }
  p.ranked.text += " ORDER BY tier, score, dk DESC, id DESC";
  if (request.limit > 0 && p.exact) p.ranked.text += " LIMIT " + p.ranked.param(std::int64_t{request.limit});
  return p;
}

}  // namespace kanbao::store
