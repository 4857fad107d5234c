// SPDX-License-Identifier: MIT
// The search plan (store/search/plan.h): the SQL text a query becomes and the
// values bound to it. User text must only ever appear among the values.
#include <gtest/gtest.h>

#include <string>
#include <variant>

#include "corpus/gazetteer.h"
#include "store/query.h"
#include "store/search/plan.h"

namespace kanbao::store {
namespace {

struct Planned {
  query::Query q;
  query::FtsExpression fts;
  Plan plan;
};

Planned plan_of(const std::string& text, const SearchRequest& request = {}) {
  auto q = query::parse(text);
  EXPECT_TRUE(q.ok()) << text;
  Planned p{*q, query::translate(*q, nullptr), {}};
  auto plan = make_plan(p.q, p.fts, request, corpus::Gazetteer::zhengzhou());
  EXPECT_TRUE(plan.ok()) << (plan.ok() ? "" : plan.error().message());
  if (plan.ok()) p.plan = std::move(*plan);
  return p;
}

std::string text_of(const SqlValue& v) {
  return std::holds_alternative<std::string>(v) ? std::get<std::string>(v) : "";
}

TEST(SearchPlan, APlainQueryMatchesByABoundExpressionAndHasAFirstRowsPlan) {
  SearchRequest request;
  request.limit = 20;
  Planned p = plan_of("保交楼", request);
  ASSERT_FALSE(p.fts.all.empty());
  EXPECT_TRUE(p.plan.exact);
  ASSERT_FALSE(p.plan.ranked.values.empty());
  EXPECT_EQ(text_of(p.plan.ranked.values[0]), p.fts.all);
  EXPECT_NE(p.plan.ranked.text.find("WHERE article_fts MATCH ?1"), std::string::npos) << p.plan.ranked.text;
  EXPECT_NE(p.plan.ranked.text.find("ORDER BY tier, score, dk DESC, id DESC LIMIT ?2"), std::string::npos)
      << p.plan.ranked.text;
  ASSERT_EQ(p.plan.ranked.values.size(), 2u);
  EXPECT_EQ(std::get<std::int64_t>(p.plan.ranked.values[1]), 20);
  // The unfiltered count needs no join; the first-rows plan asks for twice
  // the page and then some.
  EXPECT_EQ(p.plan.count.text, "SELECT count(*) FROM article_fts WHERE article_fts MATCH ?1");
  ASSERT_TRUE(p.plan.fast.has_value());
  EXPECT_EQ(p.plan.fast_limit, 20 * 2 + 50);
  EXPECT_EQ(std::get<std::int64_t>(p.plan.fast->values.back()), p.plan.fast_limit);
}

TEST(SearchPlan, FiltersAreBoundValuesAndHideTheDistrictIndex) {
  Planned p = plan_of("保交楼 district:jinshui reporter:张三 date:2023-05");
  const std::string& sql = p.plan.ranked.text;
  EXPECT_EQ(sql.find("张三"), std::string::npos) << "user text spliced into SQL: " << sql;
  EXPECT_EQ(sql.find("jinshui"), std::string::npos) << sql;
  // The unary + keeps SQLite from driving the query by the district index.
  EXPECT_NE(sql.find("+a.district_id IN (SELECT id FROM districts WHERE name IN (?2))"), std::string::npos)
      << sql;
  EXPECT_NE(sql.find("p.name = ?3"), std::string::npos) << sql;
  EXPECT_NE(sql.find("(+a.date_key BETWEEN ?4 AND ?5)"), std::string::npos) << sql;
  ASSERT_GE(p.plan.ranked.values.size(), 5u);
  EXPECT_EQ(text_of(p.plan.ranked.values[1]), "金水区");  // the alias, made canonical
  EXPECT_EQ(text_of(p.plan.ranked.values[2]), "张三");
  EXPECT_EQ(text_of(p.plan.ranked.values[3]).substr(0, 7), "2023-05");
  EXPECT_FALSE(p.plan.fast.has_value()) << "a filtered query has no first-rows plan";
  EXPECT_NE(p.plan.count.text.find("JOIN articles a"), std::string::npos) << p.plan.count.text;
}

TEST(SearchPlan, OnlyFiltersListTheScopeNewestFirstAndExcludeNegatedTerms) {
  SearchRequest request;
  request.district = "管城回族区";
  Planned p = plan_of("date:05-12 -暴雨", request);
  ASSERT_TRUE(p.fts.all.empty());
  const std::string& sql = p.plan.ranked.text;
  EXPECT_NE(sql.find("FROM articles a WHERE a.joined_to IS NULL AND a.district_id = (SELECT id FROM "
                     "districts WHERE name = ?1)"),
            std::string::npos)
      << sql;
  // MM-DD is the end of the date_key, the publication date when known.
  EXPECT_NE(sql.find("(substr(a.date_key, 6, 5) = ?2)"), std::string::npos) << sql;
  EXPECT_NE(sql.find("a.id NOT IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ?3)"),
            std::string::npos)
      << sql;
  ASSERT_EQ(p.plan.ranked.values.size(), 4u);  // and the limit
  EXPECT_EQ(text_of(p.plan.ranked.values[1]), "05-12");
  EXPECT_EQ(text_of(p.plan.ranked.values[2]), p.fts.negative);
  EXPECT_EQ(p.plan.count.text.rfind("SELECT count(*) FROM articles a WHERE a.joined_to IS NULL AND", 0), 0u)
      << p.plan.count.text;
  EXPECT_EQ(p.plan.count.values.size(), 3u);
}

TEST(SearchPlan, ACursorContinuesAfterItsTierScoreDateAndId) {
  SearchRequest request;
  request.after = SearchCursor{1, -2.5, "2023-05-01", 42};
  request.limit = 10;
  Planned p = plan_of("保交楼", request);
  const std::string& sql = p.plan.ranked.text;
  EXPECT_NE(
      sql.find("WHERE (tier > ?2 OR (tier = ?2 AND (score > ?3 OR (score = ?3 AND (dk < ?4 OR (dk = ?4 AND "
               "id < ?5))))))"),
      std::string::npos)
      << sql;
  ASSERT_EQ(p.plan.ranked.values.size(), 6u);
  EXPECT_EQ(std::get<std::int64_t>(p.plan.ranked.values[1]), 1);
  EXPECT_EQ(std::get<double>(p.plan.ranked.values[2]), -2.5);
  EXPECT_EQ(text_of(p.plan.ranked.values[3]), "2023-05-01");
  EXPECT_EQ(std::get<std::int64_t>(p.plan.ranked.values[4]), 42);
  ASSERT_TRUE(p.plan.fast.has_value());
  EXPECT_NE(p.plan.fast->text.find("WHERE (tier > ?2 OR (tier = ?2 AND score >= ?3))"), std::string::npos)
      << p.plan.fast->text;
}

// Library::search checks district names against the gazetteer and the
// library (backends_test); the plan resolves them: an alias to its
// canonical name, a name only the library holds as it is.
TEST(SearchPlan, DistrictNamesAreResolvedNotChecked) {
  auto q = query::parse("保交楼 district:jinshui district:某新区");
  ASSERT_TRUE(q.ok());
  auto plan = make_plan(*q, query::translate(*q, nullptr), SearchRequest{}, corpus::Gazetteer::zhengzhou());
  ASSERT_TRUE(plan.ok()) << plan.error().message();
  ASSERT_GE(plan->ranked.values.size(), 3u);
  EXPECT_EQ(text_of(plan->ranked.values[1]), "金水区");
  EXPECT_EQ(text_of(plan->ranked.values[2]), "某新区");
}

}  // namespace
}  // namespace kanbao::store
