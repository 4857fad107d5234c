// SPDX-License-Identifier: MIT
// A phrase of Han characters ranked broadly on PostgreSQL (past bm25_up_to
// matches): the server finds it in the stored text of most candidates, and
// the C++ check decides the others - a traditional form that folds into it,
// its tokens apart - so the hits and the total are SQLite's. The same for
// phrases of three characters or more found by their Han trigrams (schema
// 7), ranked broadly and by bm25.
#include <gtest/gtest.h>

#include <set>

#include "archive_pages.h"
#include "backends_fixture.h"

namespace kanbao::store {
namespace {

using testing::request_for;
using testing::TempDir;

corpus::Page phrase_page() {
  corpus::Page p = make_page("郑州日报", {2024, 5, 6}, "02", "经济");
  p.articles.push_back(make_article("推动高质量发展", {"本报讯 全区召开动员会。"}));                  // title
  p.articles.push_back(make_article("园区建设提速", {"本报讯 坚持高质量发展，项目按期开工。"}));      // body
  p.articles.push_back(make_article("产业升级见成效", {"本报讯 企业走高質量之路，產品質量提升。"}));  // folds
  p.articles.push_back(make_article("提高质效", {"本报讯 提高质效的同时，质量同样要抓。"}));  // tokens apart
  p.articles.push_back(make_article("管城区高质量推进", {"本报讯 管城区召开推进会。"}));      // with 管城
  p.articles.push_back(make_article("新闻简讯", {"本报讯 今日天气晴。"}));                    // nothing
  return p;
}

std::set<std::int64_t> hit_ids(const SearchPage& page) {
  std::set<std::int64_t> out;
  for (const auto& h : page.hits) out.insert(h.id);
  return out;
}

class PhraseSearch : public testing_pg::PostgresTest {
 protected:
  // `page` stored in a SQLite library and in PostgreSQL: every query of
  // `queries` finds on PostgreSQL, ranked broadly and by bm25, the page
  // SQLite finds (its total, if not -1, as given).
  void expect_as_on_sqlite(const corpus::Page& page,
                           const std::vector<std::pair<const char*, std::int64_t>>& queries) {
    const std::string sqlite = dir_ / "lib.db";
    for (const std::string& location : {sqlite, uri_}) store_page(location, dir_ / "02.txt", page);
    auto pg = Library::open(uri_, OpenMode::kReadOnly);
    auto lite = Library::open(sqlite, OpenMode::kReadOnly);
    ASSERT_TRUE(pg && lite);
    for (const auto& [query, total] : queries) {
      for (std::int64_t bm25_up_to : {std::int64_t{0}, SearchRequest{}.bm25_up_to}) {
        SCOPED_TRACE(std::string(query) + " bm25_up_to " + std::to_string(bm25_up_to));
        SearchRequest request = request_for(query, 0);
        request.bm25_up_to = bm25_up_to;
        auto a = pg->search(request), b = lite->search(request);
        ASSERT_TRUE(a) << a.error().message();
        ASSERT_TRUE(b) << b.error().message();
        if (total >= 0) {
          EXPECT_EQ(b->total, total);
        }
        EXPECT_EQ(a->total, b->total);
        EXPECT_EQ(hit_ids(*a), hit_ids(*b));
        ASSERT_EQ(a->hits.size(), b->hits.size());
        for (std::size_t i = 0; i < a->hits.size(); ++i) {
          EXPECT_EQ(a->hits[i].id, b->hits[i].id) << "#" << i;
          EXPECT_EQ(a->hits[i].snippet, b->hits[i].snippet) << "#" << i;
        }
      }
    }
  }

  TempDir dir_;
};

TEST_F(PhraseSearch, RankedBroadlyFindsWhatSqliteFinds) {
  expect_as_on_sqlite(phrase_page(), {{"高质量", 4},
                                      {"高质量发展", 2},
                                      {"高质量 -管城", 3},
                                      {"高质量 OR 简讯", 5},
                                      {"高质量 质效", 0},
                                      {"质量 -高质量", -1},
                                      {"district:金水区 高质量", 0}});
}

// Trigrams apart, across a break (which separates) or punctuation (which
// folding drops), in traditional forms, in a title: a phrase is found
// exactly where SQLite finds it.
corpus::Page trigram_page() {
  corpus::Page p = make_page("郑州日报", {2024, 5, 7}, "03", "综合");
  p.articles.push_back(make_article("组织工作会议召开", {"本报讯 会议部署全年任务。"}));      // title
  p.articles.push_back(make_article("座谈会", {"本报讯 纺织工作者与组织工人座谈。"}));        // apart
  p.articles.push_back(make_article("部署", {"本报讯 全面加強組織工作，城中村改造提速。"}));  // folds
  p.articles.push_back(
      make_article("简讯", {"本报讯 抓好组织，工作落实。", "组织", "工作有序。"}));  // joined, cut
  p.articles.push_back(make_article("城中村改造启动", {"本报讯 城中村改造，组织工作两手抓。"}));  // both
  p.articles.push_back(make_article("村改造", {"本报讯 城中村与村改造并举，中村改换新貌。"}));    // apart
  return p;
}

TEST_F(PhraseSearch, TrigramsFindWhatSqliteFinds) {
  expect_as_on_sqlite(trigram_page(), {{"组织工作", 4},
                                       {"组织工", 5},
                                       {"织工作", 5},
                                       {"城中村改造", 2},
                                       {"村改造", 3},
                                       {"中村改", 3},
                                       {"组织工作 -城中村", 2},
                                       {"组织工作 OR 村改造", 5},
                                       {"組織工作 城中村改造", 2},
                                       {"纺织工作者", 1}});
}

}  // namespace
}  // namespace kanbao::store
