// SPDX-License-Identifier: MIT
// Library::import_from on the parts of a library the sample pages do not
// have: continued articles (joined across two files), page furniture,
// every article field, ids with gaps (a file stored twice). A library moved
// SQLite -> X -> SQLite (X either backend) reads exactly as it did, ids and
// identity included.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <set>

#include "archive_pages.h"
#include "backends_fixture.h"

namespace kanbao::store {
namespace {

// Every field of every page the library holds, with its search answers.
std::string dump(Library& lib) {
  std::string out = lib.identity().key + "\n";
  for (const auto& row : testing::all_rows(lib)) {
    auto a = lib.article(row.id);
    EXPECT_TRUE(a && *a);
    if (!a || !*a) continue;
    const Article& x = **a;
    out += fmt::format("{} {} {}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}\n", x.id, x.path, x.position,
                       x.source, x.paper, x.page, x.page_name, x.kicker, x.title, x.subtitle, x.byline,
                       x.district, date_label(x.date), date_label(x.published), fmt::join(x.reporters, ","),
                       fmt::join(x.correspondents, ","), fmt::join(x.pages, ","),
                       fmt::join(x.part_starts, ","), x.photo_credit);
    out += fmt::format("  {}\n", fmt::join(x.paragraphs, "\n  "));
    auto source = lib.source(row.id);
    EXPECT_TRUE(source && *source);
    if (source && *source) out += fmt::format("  source: {}\n", (*source)->text);
  }
  for (const char* query : {"资金按户拨付 居民全程参与", "电梯", "口袋公园", "gongyuan"}) {
    SearchRequest r;
    r.query = query;
    r.limit = 0;
    auto page = lib.search(r);
    EXPECT_TRUE(page) << page.error().message();
    if (!page) continue;
    out += fmt::format("{}: {}:", query, page->total);
    for (const auto& hit : page->hits) out += fmt::format(" {}({})", hit.id, hit.snippet);
    out += "\n";
  }
  return out;
}

corpus::Page furnished_page() {
  corpus::Page p = make_page("郑州日报", {2023, 6, 21}, "05", "区县新闻");
  p.furniture.push_back({1, "郑州日报 2023年6月21日 第5版"});
  p.furniture.push_back({12, "责任编辑 张三"});
  corpus::Article a = make_article("我市新建口袋公园三十座", {"本报讯 记者从市园林局获悉。", "第二段。"}, 3);
  a.kicker = "城市更新";
  a.subtitle = "——今年已完工二十座";
  a.byline = "记者 王刚 通讯员 李四 文/图";
  a.reporters = {"王刚"};
  a.correspondents = {"李四"};
  a.photo_credit = true;
  a.date = corpus::Date{2023, 6, 20};
  a.district = "管城回族区";
  p.articles.push_back(a);
  p.articles.push_back(make_article("老旧小区加装电梯提速", {"本报讯 第二批项目开工。"}, 8));
  return p;
}

corpus::Page head_page() {
  corpus::Page p = make_page("郑州日报", {2023, 6, 21}, "01", "要闻");
  corpus::Article a = make_article("老旧小区改造全面提速", {"本报讯 首批三十个小区开工，资金按户拨付。"});
  a.continued_to = "03";
  p.articles.push_back(a);
  return p;
}

corpus::Page tail_page() {
  corpus::Page p = make_page("郑州日报", {2023, 6, 21}, "03");
  corpus::Article a = make_article("老旧小区改造全面提速", {"居民全程参与监督，电梯加装同步推进。"});
  a.continued_from = "01";
  p.articles.push_back(a);
  return p;
}

class Import : public testing::Backends {};

TEST_P(Import, ALibraryMovedThereAndBackReadsTheSame) {
  const std::string a = dir_ / "a.db", back = dir_ / "back.db";
  store_page(a, dir_ / "05.txt", furnished_page());
  store_page(a, dir_ / "05.txt", furnished_page());  // stored again: new ids, a gap
  store_page(a, dir_ / "03.txt", tail_page());       // the tail first, then its head
  store_page(a, dir_ / "01.txt", head_page());
  std::string before;
  {
    auto source = Library::open(a, OpenMode::kReadOnly);
    ASSERT_TRUE(source) << source.error().message();
    before = dump(*source);
    ASSERT_NE(before.find("|01,03|1|"), std::string::npos) << "the continuation is not joined:\n" << before;
    auto there = Library::open(location_, OpenMode::kReadWrite);
    ASSERT_TRUE(there) << there.error().message();
    auto report = there->import_from(*source);
    ASSERT_TRUE(report) << report.error().message();
    EXPECT_EQ(report->files_indexed, 3);
    EXPECT_EQ(report->articles_added, 4);
  }
  auto there = Library::open(location_, OpenMode::kReadOnly);
  ASSERT_TRUE(there) << there.error().message();
  EXPECT_EQ(dump(*there), before);
  auto home = Library::open(back, OpenMode::kReadWrite);
  ASSERT_TRUE(home) << home.error().message();
  auto report = home->import_from(*there);
  ASSERT_TRUE(report) << report.error().message();
  EXPECT_EQ(dump(*home), before);
  // New articles never take an imported id.
  store_page(back, dir_ / "09.txt", head_page());
  auto rows = testing::all_rows(*home);
  std::set<std::int64_t> ids;
  for (const auto& row : rows) ids.insert(row.id);
  EXPECT_EQ(ids.size(), rows.size());
}

// The source's files are read a few at a time: an import over more files
// than one batch moves every one, and run again finds them all there.
TEST_P(Import, MovesEveryFileReadingTheListInBatches) {
  const std::string a = dir_ / "a.db";
  for (int page = 1; page <= 7; ++page) {
    corpus::Page p = make_page("郑州日报", {2023, 6, 21}, fmt::format("{:02}", page));
    p.articles.push_back(make_article(fmt::format("第{}版的消息", page), {"本报讯 口袋公园开放。"}));
    store_page(a, dir_ / fmt::format("{:02}.txt", page), p);
  }
  auto source = Library::open(a, OpenMode::kReadOnly);
  ASSERT_TRUE(source) << source.error().message();
  const std::string before = dump(*source);
  auto there = Library::open(location_, OpenMode::kReadWrite);
  ASSERT_TRUE(there) << there.error().message();
  int progress_calls = 0;
  auto report = there->import_from(
      *source, [&](const IndexProgress&) { ++progress_calls; }, 3);
  ASSERT_TRUE(report) << report.error().message();
  EXPECT_EQ(report->files_seen, 7);
  EXPECT_EQ(report->files_indexed, 7);
  EXPECT_EQ(report->articles_added, 7);
  EXPECT_EQ(progress_calls, 7);
  EXPECT_EQ(dump(*there), before);
  auto again = there->import_from(*source, {}, 3);  // a rerun skips what is there
  ASSERT_TRUE(again) << again.error().message();
  EXPECT_EQ(again->files_unchanged, 7);
  EXPECT_EQ(again->files_indexed, 0);
  EXPECT_EQ(again->files_removed, 0);
  EXPECT_FALSE(there->import_from(*source, {}, 0));  // no batch at all
}

INSTANTIATE_TEST_SUITE_P(Store, Import, ::testing::Values(testing::Kind::kSqlite, testing::Kind::kPostgres),
                         testing::kind_name);

}  // namespace
}  // namespace kanbao::store
