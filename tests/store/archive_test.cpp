// SPDX-License-Identifier: MIT
// The archive model in the library: papers, issues (publication dates),
// pages, kickers, page furniture, continued articles (on both backends, the
// same expectations) and the SQLite schema-3 upgrade. Pages are built here
// as corpus::Page values, the way the parser hands them over, so every
// field is under the test's control, and stored with each backend's own
// FileWriter, as Library::index does.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <algorithm>
#include <set>
#include <string>

#include "archive_pages.h"
#include "backends_fixture.h"
#include "library_test_util.h"
#include "overview_checks.h"
#include "schema_downgrade.h"
#include "store/file_reader.h"
#include "store/indexer.h"
#include "store/location.h"
#include "store/pg/pg_schema.h"
#include "store/pg/pg_writer.h"
#include "store/schema.h"
#include "store/search_index.h"

namespace kanbao::store {
namespace {

using testing::TempDir;

Library reader(const std::string& db_path) { return testing::open_ro(db_path); }

std::vector<std::int64_t> search_ids(Library& lib, const std::string& query) {
  return testing::all_hit_ids(lib, query);
}

// A library on either backend (testing::Backends), the same expectations.
class Archive : public testing::Backends {
 protected:
  // A fresh, empty library in `dir` (on PostgreSQL the test's database anew).
  std::string fresh_library(const TempDir& dir) {
    return GetParam() == testing::Kind::kSqlite ? dir / "k.db" : testing_pg::fresh_database();
  }
};

TEST_P(Archive, StoresPaperIssuePageKickerAndBothDates) {
  TempDir& dir = dir_;
  const std::string db = location_;
  corpus::Page page = make_page("郑州日报", {2023, 6, 21}, "05", "管城新闻");
  corpus::Article a =
      make_article("我市出台老旧小区改造十条新规", {"本报讯 6月20日，记者获悉，改造资金按户拨付。"});
  a.kicker = "为老城更新提供有力支撑";
  a.subtitle = "——首批三十个小区年底前完工";
  a.date = corpus::Date{2023, 6, 20};
  a.district = "管城回族区";
  page.articles.push_back(a);
  page.furniture.push_back({1, "郑州日报 2023年6月21日 星期三 第5版"});
  store_page(db, dir / "郑州日报/2023/06/21/05.txt", page);

  auto lib = reader(db);
  auto rows = testing::all_rows(lib);
  ASSERT_EQ(rows.size(), 1u);
  const ArticleRow& r = rows[0];
  EXPECT_EQ(r.paper, "郑州日报");
  EXPECT_EQ(r.page, "05");
  EXPECT_EQ(r.page_name, "管城新闻");
  EXPECT_EQ(r.kicker, "为老城更新提供有力支撑");
  EXPECT_EQ(r.title, "我市出台老旧小区改造十条新规");
  EXPECT_EQ(r.published.str(), "2023-06-21");
  EXPECT_EQ(r.date.str(), "2023-06-20");
  EXPECT_EQ(listing_date(r).str(), "2023-06-21");
  EXPECT_EQ(r.district, "管城回族区");
  auto article = lib.article(r.id);
  ASSERT_TRUE(article && *article);
  EXPECT_EQ((*article)->pages, std::vector<std::string>{"05"});
  EXPECT_EQ((*article)->kicker, "为老城更新提供有力支撑");
  // The kicker is not a title: a search for it alone finds nothing by title.
  EXPECT_EQ(search_ids(lib, "改造十条新规"), std::vector<std::int64_t>{r.id});
}

TEST_P(Archive, ListsSortByPublicationDateWhenKnownElseEventDate) {
  TempDir& dir = dir_;
  const std::string db = location_;
  // Published 2023-06-21 about an event of 2023-06-01; another published
  // 2023-06-10 about 2023-06-09; an undated-issue article of 2023-06-15.
  corpus::Page late = make_page("郑州日报", {2023, 6, 21}, "01");
  late.articles.push_back(make_article("晚出版早发生", {"本报讯 正文甲。"}));
  late.articles.back().date = corpus::Date{2023, 6, 1};
  store_page(db, dir / "a/01.txt", late);
  corpus::Page early = make_page("郑州日报", {2023, 6, 10}, "01");
  early.articles.push_back(make_article("早出版", {"本报讯 正文乙。"}));
  early.articles.back().date = corpus::Date{2023, 6, 9};
  store_page(db, dir / "b/01.txt", early);
  corpus::Page loose;
  loose.articles.push_back(make_article("无出版日期", {"本报讯 正文丙。"}));
  loose.articles.back().date = corpus::Date{2023, 6, 15};
  store_page(db, dir / "c/page.txt", loose);

  auto lib = reader(db);
  std::vector<std::string> titles;
  for (const auto& r : testing::all_rows(lib)) titles.push_back(r.title);
  EXPECT_EQ(titles, (std::vector<std::string>{"晚出版早发生", "无出版日期", "早出版"}));
  // Search ties (filter-only queries) follow the same order.
  SearchRequest r;
  r.query = "date:2023";
  r.limit = 0;
  auto hits = lib.search(r);
  ASSERT_TRUE(hits) << hits.error().message();
  ASSERT_EQ(hits->hits.size(), 3u);
  EXPECT_EQ(hits->hits[0].title, "晚出版早发生");
  EXPECT_EQ(hits->hits[0].published.str(), "2023-06-21");
  EXPECT_EQ(hits->hits[0].paper, "郑州日报");
  EXPECT_EQ(hits->hits[0].page, "01");
}

// Tester: titles in Latin letters (A股, C919, HAHA, LPR) sorted after 座:
// by title they go by their letters among the pinyin, A股 with the a's, and
// keyset pages backward from the end give the same order.
TEST_P(Archive, TitlesInLatinLettersSortAmongThePinyin) {
  TempDir& dir = dir_;
  const std::string db = location_;
  const std::vector<std::string> sorted = {"A股市场回暖",  "阿里巴巴发布财报", "八一广场改造",
                                           "C919客机首飞", "ｄｉｙ手工课",     "HAHA乐队演出",
                                           "LPR下调",      "杂技表演",         "座谈会召开"};
  corpus::Page page = make_page("郑州日报", {2023, 6, 21}, "01");
  for (std::size_t i = sorted.size(); i-- > 0;) {
    page.articles.push_back(make_article(sorted[i], {"本报讯 正文" + std::to_string(i) + "。"}));
  }
  store_page(db, dir / "郑州日报/2023/06/21/01.txt", page);
  auto lib = reader(db);
  ListQuery q;
  q.sort = ListSort::kTitle;
  std::vector<std::string> titles;
  for (const auto& r : testing::all_rows(lib, q)) titles.push_back(r.title);
  EXPECT_EQ(titles, sorted);
  q.limit = 2;
  q.from_end = true;
  std::vector<std::string> backward;
  for (int guard = 0; guard < 20; ++guard) {
    auto got = lib.list(q);
    ASSERT_TRUE(got) << got.error().message();
    std::vector<std::string> these;
    for (const auto& r : got->rows) these.push_back(r.title);
    backward.insert(backward.begin(), these.begin(), these.end());
    if (got->rows.size() < 2) break;
    q.before = got->cursors.front();
  }
  EXPECT_EQ(backward, sorted);
}

TEST_P(Archive, EveryDateFilterUsesThePublicationDateWhenKnownElseTheEventDate) {
  TempDir& dir = dir_;
  const std::string db = location_;
  // Published 2023-06-21 about 06-01; no issue date, about 06-15; no issue
  // date, about 07-02 of an unknown year.
  corpus::Page issue = make_page("郑州日报", {2023, 6, 21}, "01");
  issue.articles.push_back(make_article("晚出版早发生", {"本报讯 正文甲。"}));
  issue.articles.back().date = corpus::Date{2023, 6, 1};
  store_page(db, dir / "a/01.txt", issue);
  corpus::Page loose;
  loose.articles.push_back(make_article("无出版日期", {"本报讯 正文乙。"}));
  loose.articles.back().date = corpus::Date{2023, 6, 15};
  loose.articles.push_back(make_article("无年份", {"本报讯 正文丙。"}, 5));
  loose.articles.back().date = corpus::Date{0, 7, 2};
  store_page(db, dir / "b/page.txt", loose);

  auto lib = reader(db);
  auto titles = [&](const std::string& query) {
    SearchRequest r;
    r.query = query;
    r.limit = 0;
    auto page = lib.search(r);
    EXPECT_TRUE(page) << query << ": " << page.error().message();
    std::set<std::string> out;
    if (page)
      for (const auto& h : page->hits) out.insert(h.title);
    return out;
  };
  using Titles = std::set<std::string>;
  EXPECT_EQ(titles("date:06-21"), Titles{"晚出版早发生"});
  EXPECT_EQ(titles("date:06-01"), Titles{}) << "the event date of a published article";
  EXPECT_EQ(titles("date:2023-06-21"), Titles{"晚出版早发生"});
  EXPECT_EQ(titles("date:2023-06-01"), Titles{});
  EXPECT_EQ(titles("date:06-15"), Titles{"无出版日期"});
  EXPECT_EQ(titles("date:07-02"), Titles{"无年份"});
  EXPECT_EQ(titles("date:06-21 date:06-15"), (Titles{"晚出版早发生", "无出版日期"}));
  EXPECT_EQ(titles("正文甲 date:06-21"), Titles{"晚出版早发生"});
  EXPECT_EQ(titles("正文甲 date:06-01"), Titles{});
}

TEST_P(Archive, PapersIssuesAndPagesInOrder) {
  TempDir& dir = dir_;
  const std::string db = location_;
  // Stored out of order on purpose: B02, 10, 02, 01.
  const std::pair<const char*, const char*> pages[] = {
      {"B02", ""}, {"10", "体育"}, {"02", "要闻"}, {"01", "头版"}};
  for (const auto& [code, name] : pages) {
    corpus::Page p = make_page("郑州晚报", {2020, 1, 25}, code, name);
    p.articles.push_back(make_article(std::string(code) + "版第一篇", {"正文。"}));
    p.articles.push_back(make_article(std::string(code) + "版第二篇", {"正文。"}, 5));
    store_page(db, dir / (std::string("zzwb/2020-01-25/") + code + ".txt"), p);
  }
  for (corpus::Date d : {corpus::Date{2020, 1, 24}, corpus::Date{2020, 1, 27}}) {
    corpus::Page p = make_page("郑州晚报", d, "01");
    p.articles.push_back(make_article("别的一期", {"正文。"}));
    store_page(db, dir / ("zzwb/" + d.str() + "/01.txt"), p);
  }
  corpus::Page other = make_page("人民日报", {2020, 1, 25}, "01");
  other.articles.push_back(make_article("人民日报头条", {"正文。"}));
  store_page(db, dir / "rmrb/2020-01-25/01.txt", other);

  auto lib = reader(db);
  auto papers = lib.papers();
  ASSERT_TRUE(papers) << papers.error().message();
  ASSERT_EQ(papers->size(), 2u);
  EXPECT_EQ((*papers)[0].name, "郑州晚报");
  EXPECT_EQ((*papers)[0].articles, 10);
  EXPECT_EQ((*papers)[0].issues, 3);
  EXPECT_EQ((*papers)[0].first_issue.str(), "2020-01-24");
  EXPECT_EQ((*papers)[0].last_issue.str(), "2020-01-27");
  EXPECT_EQ((*papers)[1].name, "人民日报");
  // Their names alone, as a search asks them (held_national_papers).
  auto names = lib.paper_names();
  ASSERT_TRUE(names) << names.error().message();
  std::sort(names->begin(), names->end());
  EXPECT_EQ(*names, (std::vector<std::string>{"人民日报", "郑州晚报"}));

  auto issue = lib.issue("郑州晚报", StoredDate{2020, 1, 25});
  ASSERT_TRUE(issue && *issue);
  std::vector<std::string> order;
  for (const auto& p : (*issue)->pages) {
    order.push_back(p.page + ":" + p.page_name);
    ASSERT_EQ(p.articles.size(), 2u);
    EXPECT_EQ(p.articles[0].title, p.page + "版第一篇");
    EXPECT_EQ(p.articles[1].title, p.page + "版第二篇");
  }
  EXPECT_EQ(order, (std::vector<std::string>{"01:头版", "02:要闻", "10:体育", "B02:"}));
  // Paper "": the first paper by name with an issue that day.
  auto any = lib.issue("", StoredDate{2020, 1, 25});
  ASSERT_TRUE(any && *any);
  EXPECT_EQ((*any)->paper, "人民日报");
  auto none = lib.issue("郑州晚报", StoredDate{2020, 1, 26});
  ASSERT_TRUE(none);
  EXPECT_FALSE(*none);

  auto prev = lib.adjacent_issue("郑州晚报", StoredDate{2020, 1, 25}, -1);
  auto next = lib.adjacent_issue("郑州晚报", StoredDate{2020, 1, 25}, 1);
  auto end = lib.adjacent_issue("郑州晚报", StoredDate{2020, 1, 27}, 1);
  ASSERT_TRUE(prev && next && end);
  EXPECT_EQ(prev->value_or(StoredDate{}).str(), "2020-01-24");
  EXPECT_EQ(next->value_or(StoredDate{}).str(), "2020-01-27");
  EXPECT_FALSE(*end);

  ListQuery q;
  q.paper = "人民日报";
  auto rows = testing::all_rows(lib, q);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].title, "人民日报头条");
  auto count = lib.count(q);
  ASSERT_TRUE(count);
  EXPECT_EQ(*count, 1);
}

// Page 1 holds the head (下转第三版), page 3 the rest (上接第一版).
corpus::Page head_page() {
  corpus::Page p = make_page("郑州日报", {2023, 6, 21}, "01", "要闻");
  corpus::Article a = make_article("老旧小区改造全面提速", {"本报讯 首批三十个小区开工，资金按户拨付。"});
  a.continued_to = "03";
  p.articles.push_back(a);
  p.articles.push_back(make_article("另一篇头版文章", {"本报讯 与续篇无关。"}, 6));
  return p;
}

corpus::Page tail_page(const std::string& title = "老旧小区改造全面提速") {
  corpus::Page p = make_page("郑州日报", {2023, 6, 21}, "03");
  corpus::Article a = make_article(title, {"居民全程参与监督，电梯加装同步推进。"});
  a.continued_from = "01";
  p.articles.push_back(a);
  p.articles.push_back(make_article("三版的别的文章", {"本报讯 加装电梯另有安排。"}, 9));
  return p;
}

void expect_joined(Library& lib) {
  auto rows = testing::all_rows(lib);
  ASSERT_EQ(rows.size(), 3u);  // the continuation is listed as its head
  auto count = lib.count({});
  ASSERT_TRUE(count);
  EXPECT_EQ(*count, 3);
  const auto ids = search_ids(lib, "资金按户拨付 居民全程参与");  // one word from each part
  ASSERT_EQ(ids.size(), 1u);
  auto article = lib.article(ids[0]);
  ASSERT_TRUE(article && *article);
  EXPECT_EQ((*article)->title, "老旧小区改造全面提速");
  EXPECT_EQ((*article)->pages, (std::vector<std::string>{"01", "03"}));
  EXPECT_EQ((*article)->part_starts, std::vector<int>{1});
  EXPECT_EQ((*article)->paragraphs, (std::vector<std::string>{"本报讯 首批三十个小区开工，资金按户拨付。",
                                                              "居民全程参与监督，电梯加装同步推进。"}));
  // Words of the second part alone find the head, never a second article.
  EXPECT_EQ(search_ids(lib, "电梯加装同步"), ids);
  // The overviews count it once too (on SQLite from article_tally).
  testing::expect_overview_agrees_with_lists(lib);
  if (!on_postgres(lib.path())) testing::expect_tally_matches_articles(lib.path());
  // The paper and its issue count the article once, on its first page.
  auto papers = lib.papers();
  ASSERT_TRUE(papers) << papers.error().message();
  ASSERT_EQ(papers->size(), 1u);
  EXPECT_EQ((*papers)[0].articles, 3);
  auto issue = lib.issue("郑州日报", StoredDate{2023, 6, 21});
  ASSERT_TRUE(issue && *issue);
  std::vector<std::string> listed;
  for (const auto& page : (*issue)->pages)
    for (const auto& row : page.articles) listed.push_back(page.page + ":" + row.title);
  EXPECT_EQ(listed,
            (std::vector<std::string>{"01:老旧小区改造全面提速", "01:另一篇头版文章", "03:三版的别的文章"}));
  // The head's page as stored (its file is gone) holds its own paragraphs only.
  auto source = lib.source(ids[0]);
  ASSERT_TRUE(source && *source);
  EXPECT_FALSE((*source)->current);
  EXPECT_NE((*source)->text.find("资金按户拨付"), std::string::npos) << (*source)->text;
  EXPECT_EQ((*source)->text.find("居民全程参与"), std::string::npos) << (*source)->text;
}

TEST_P(Archive, ContinuedArticlesAreJoinedInEitherOrder) {
  for (bool head_first : {true, false}) {
    TempDir dir;
    const std::string db = fresh_library(dir);
    if (head_first) store_page(db, dir / "01.txt", head_page());
    store_page(db, dir / "03.txt", tail_page());
    if (!head_first) store_page(db, dir / "01.txt", head_page());
    auto lib = reader(db);
    SCOPED_TRACE(head_first ? "head first" : "tail first");
    expect_joined(lib);
  }
}

// The search index built again from the stored text (an upgrade, or another
// build's index: store/index_stamp.h) keeps a continued article one article.
TEST_P(Archive, ContinuedArticlesStayJoinedWhenTheSearchIndexIsRebuilt) {
  TempDir dir;
  const std::string db = fresh_library(dir);
  store_page(db, dir / "01.txt", head_page());
  store_page(db, dir / "03.txt", tail_page());
  if (GetParam() == testing::Kind::kPostgres) {
    testing_pg::run_sql(db, "DELETE FROM kanbao_meta WHERE key = 'search_index'");
  } else {
    auto raw = sql::Db::open(db, SQLITE_OPEN_READWRITE);
    ASSERT_TRUE(raw);
    ASSERT_TRUE(raw->exec("DELETE FROM meta WHERE key = 'search_index'"));
  }
  { auto rebuilt = testing::open_rw(db); }
  auto lib = reader(db);
  expect_joined(lib);
}

// A page that holds only the rest of an article of another page is still a
// page of the issue: listed, with the part as its head, once in the counts.
TEST_P(Archive, AnIssueListsAPageHoldingOnlyAContinuedPart) {
  TempDir& dir = dir_;
  const std::string db = location_;
  store_page(db, dir / "01.txt", head_page());
  corpus::Page rest_alone = tail_page();
  rest_alone.articles.pop_back();
  store_page(db, dir / "03.txt", rest_alone);
  auto lib = reader(db);
  auto issue = lib.issue("郑州日报", StoredDate{2023, 6, 21});
  ASSERT_TRUE(issue && *issue);
  const auto& pages = (*issue)->pages;
  ASSERT_EQ(pages.size(), 2u);
  EXPECT_EQ(pages[0].articles.size(), 2u);
  EXPECT_TRUE(pages[0].joined.empty());
  EXPECT_EQ(pages[1].page, "03");
  EXPECT_TRUE(pages[1].articles.empty());
  ASSERT_EQ(pages[1].joined.size(), 1u);
  const JoinedPart& part = pages[1].joined[0];
  EXPECT_EQ(part.head.id, pages[0].articles[0].id);
  EXPECT_EQ(part.head.title, "老旧小区改造全面提速");
  EXPECT_EQ(part.head.page, "01");
  EXPECT_FALSE(part.reprint);
  EXPECT_EQ(part.after_articles, 0u);
}

TEST_P(Archive, ContinuationsJoinOnlyWithinOneIssueAndByTitle) {
  TempDir& dir = dir_;
  const std::string db = location_;
  store_page(db, dir / "01.txt", head_page());
  corpus::Page other_day = tail_page();
  other_day.origin.issue = corpus::Date{2023, 6, 22};
  store_page(db, dir / "22/03.txt", other_day);
  auto lib = reader(db);
  EXPECT_EQ(testing::all_rows(lib).size(), 4u);
  EXPECT_TRUE(search_ids(lib, "资金按户拨付 居民全程参与").empty());
}

TEST_P(Archive, ReindexingEitherPartSeparatesAndJoinsAgain) {
  TempDir& dir = dir_;
  const std::string db = location_;
  store_page(db, dir / "01.txt", head_page());
  store_page(db, dir / "03.txt", tail_page());
  store_page(db, dir / "03.txt", tail_page());  // the tail's file changed
  {
    auto lib = reader(db);
    expect_joined(lib);
  }
  store_page(db, dir / "01.txt", head_page());  // the head's file changed
  {
    auto lib = reader(db);
    expect_joined(lib);
  }
  remove_file(db, dir / "01.txt");  // the head is gone: the tail stands alone
  {
    auto lib = reader(db);
    auto rows = testing::all_rows(lib);
    ASSERT_EQ(rows.size(), 2u);
    testing::expect_overview_agrees_with_lists(lib);
    if (!on_postgres(lib.path())) testing::expect_tally_matches_articles(lib.path());
    const auto ids = search_ids(lib, "电梯加装同步");
    ASSERT_EQ(ids.size(), 1u);
    auto article = lib.article(ids[0]);
    ASSERT_TRUE(article && *article);
    EXPECT_EQ((*article)->page, "03");
    EXPECT_EQ((*article)->paragraphs, std::vector<std::string>{"居民全程参与监督，电梯加装同步推进。"});
  }
  store_page(db, dir / "01.txt", head_page());
  remove_file(db, dir / "03.txt");  // the tail is gone: the head has its own text again
  auto lib = reader(db);
  EXPECT_TRUE(search_ids(lib, "居民全程参与").empty());
  const auto ids = search_ids(lib, "资金按户拨付");
  ASSERT_EQ(ids.size(), 1u);
  auto article = lib.article(ids[0]);
  ASSERT_TRUE(article && *article);
  EXPECT_EQ((*article)->pages, std::vector<std::string>{"01"});
  EXPECT_EQ((*article)->paragraphs.size(), 1u);
  if (GetParam() == testing::Kind::kSqlite) {
    EXPECT_EQ(testing::integrity_check(db), "ok");
  }
}

TEST_P(Archive, SourceIsTheFileOrThePageAsStored) {
  TempDir& dir = dir_;
  const std::string db = location_;
  const std::string path = dir / "05.txt";
  const std::string text = "郑州日报 2023年6月21日 第5版\n\n标题一\n本报讯 正文一。\n";
  testing::write_bytes(path, text);
  corpus::Page page = make_page("郑州日报", {2023, 6, 21}, "05");
  page.furniture.push_back({1, "郑州日报 2023年6月21日 第5版"});
  corpus::Article a = make_article("标题一", {"本报讯 正文一。"}, 3);
  page.articles.push_back(a);
  store_page(db, path, page, text);
  auto lib = reader(db);
  const auto id = testing::all_rows(lib).at(0).id;
  auto source = lib.source(id);
  ASSERT_TRUE(source && *source) << (source ? "" : source.error().message());
  EXPECT_TRUE((*source)->current);
  EXPECT_EQ((*source)->text, text);
  EXPECT_EQ((*source)->first_line, 3);
  EXPECT_EQ((*source)->last_line, 4);

  testing::write_bytes(path, "something else entirely\n");
  source = lib.source(id);
  ASSERT_TRUE(source && *source);
  EXPECT_FALSE((*source)->current);
  EXPECT_EQ((*source)->text, "郑州日报 2023年6月21日 第5版\n\n标题一\n本报讯 正文一。\n");
  auto missing = lib.source(id + 100);
  ASSERT_TRUE(missing);
  EXPECT_FALSE(*missing);
}

INSTANTIATE_TEST_SUITE_P(Store, Archive, ::testing::Values(testing::Kind::kSqlite, testing::Kind::kPostgres),
                         testing::kind_name);

std::int64_t raw_int(const std::string& path, const char* sql_text) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  sqlite3_stmt* stmt = nullptr;
  std::int64_t v = -1;
  if (sqlite3_prepare_v2(db, sql_text, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW) {
    v = sqlite3_column_int64(stmt, 0);
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return v;
}

TEST(ArchiveSqlite, UpgradesSchema2AndReparsesOnTheNextIndex) {
  TempDir dir;
  const std::string db = dir / "k.db";
  const auto pages = dir.path() / "郑州日报" / "2023" / "06" / "21";
  testing::copy_samples(pages);
  {
    auto lib = testing::open_rw(db);
    testing::index_ok(lib, {(dir.path() / "郑州日报").string()});
  }
  const std::int64_t articles = raw_int(db, "SELECT count(*) FROM articles");
  ASSERT_GT(articles, 0);
  testing::downgrade_to_2(db);
  {
    auto old = Library::open(db, OpenMode::kReadOnly);
    ASSERT_FALSE(old);
    EXPECT_NE(old.error().message().find("older kanbao (schema 2)"), std::string::npos);
  }
  {
    auto lib = testing::open_rw(db);  // the upgrade
    EXPECT_EQ(raw_int(db, "PRAGMA user_version"), schema::kSchemaVersion);
    EXPECT_EQ(raw_int(db, "SELECT count(*) FROM articles"), articles);  // nothing lost
    EXPECT_EQ(raw_int(db, "SELECT count(*) FROM articles WHERE paper != ''"), 0);
    // Marked for parsing again: the next index fills paper, issue and page.
    auto report = testing::index_ok(lib, {(dir.path() / "郑州日报").string()});
    EXPECT_EQ(report.files_unchanged, 0);
    EXPECT_EQ(report.files_indexed, static_cast<int>(testing::sample_files().size()));
  }
  EXPECT_EQ(raw_int(db, "SELECT count(*) FROM articles"), articles);
  EXPECT_EQ(
      raw_int(db,
              "SELECT count(*) FROM articles WHERE paper = '郑州日报' AND pub_year = 2023 AND pub_month = 6 "
              "AND pub_day = 21"),
      articles);
  EXPECT_EQ(testing::integrity_check(db), "ok");
}

TEST(ArchiveSqlite, ANewerSchemaIsRefused) {
  TempDir dir;
  const std::string db = dir / "k.db";
  { auto lib = testing::open_rw(db); }
  {
    auto raw = sql::Db::open(db, SQLITE_OPEN_READWRITE);
    ASSERT_TRUE(raw);
    ASSERT_TRUE(raw->exec(("PRAGMA user_version = " + std::to_string(schema::kSchemaVersion + 1)).c_str()));
  }
  for (OpenMode mode : {OpenMode::kReadOnly, OpenMode::kReadWrite}) {
    auto lib = Library::open(db, mode);
    ASSERT_FALSE(lib);
    EXPECT_NE(lib.error().message().find("newer kanbao (schema " +
                                         std::to_string(schema::kSchemaVersion + 1) + ")"),
              std::string::npos)
        << lib.error().message();
  }
}

}  // namespace
}  // namespace kanbao::store
