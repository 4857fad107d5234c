// SPDX-License-Identifier: MIT
// The library's behaviour on both backends: every test here runs on SQLite
// and on PostgreSQL (the latter against $KANBAO_TEST_PG, which scripts/check
// provides; without it the PostgreSQL variants skip, saying why). Then the
// PostgreSQL backend against SQLite on the same pages: the same rows, the
// same search pages, scores included.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>
#include <set>

#include "backends_fixture.h"
#include "store/location.h"
#include "store/pg/pg_schema.h"
#include "store/pg/pg_tokens.h"
#include "store/query.h"

namespace kanbao::store {
namespace {

using testing::Backends;
using testing::Kind;
using testing::request_for;
using testing::TempDir;
namespace fs = std::filesystem;

std::int64_t parsed_total(const std::vector<std::string>& files) {
  std::int64_t total = 0;
  for (const auto& f : files) total += static_cast<std::int64_t>(testing::parse_file(f).articles.size());
  return total;
}

TEST_P(Backends, StoresEveryArticleOfTheSample) {
  auto lib = open_rw();
  IndexReport report = testing::index_ok(lib, {pages_});
  const std::int64_t total = parsed_total(files_);
  EXPECT_EQ(report.files_seen, 5);
  EXPECT_EQ(report.files_indexed, 5);
  EXPECT_EQ(report.articles_added, total);
  EXPECT_EQ(*lib.count({}), total);
  // Each parsed article comes back whole.
  for (const auto& f : files_) {
    for (const auto& parsed : testing::parse_file(f).articles) {
      ListQuery q;
      q.title_filter = parsed.title;
      bool found = false;
      for (const auto& row : testing::all_rows(lib, q)) {
        if (row.path != f || row.position != parsed.position) continue;
        auto a = lib.article(row.id);
        ASSERT_TRUE(a && *a);
        EXPECT_EQ((*a)->title, parsed.title);
        EXPECT_EQ((*a)->paragraphs, parsed.paragraphs);
        EXPECT_EQ((*a)->reporters, parsed.reporters);
        EXPECT_EQ((*a)->byline, parsed.byline);
        found = true;
      }
      EXPECT_TRUE(found) << f << ": " << parsed.title;
    }
  }
}

// The gazetteer given when the library is opened is what district names
// resolve with: an alias (as the configuration adds) finds its district's
// articles; opened without it, the alias is an unknown district.
TEST_P(Backends, ResolvesDistrictsWithTheGazetteerGivenAtOpen) {
  std::string district;
  {
    auto lib = open_rw();
    testing::index_ok(lib, {pages_});
    auto rows = lib.districts();
    ASSERT_TRUE(rows) << rows.error().message();
    for (const auto& row : *rows) {
      if (!row.name.empty() && row.articles > 0) district = row.name;
    }
  }
  ASSERT_FALSE(district.empty()) << "the sample names no district";
  LibrarySetup setup;
  setup.gazetteer.add("测试别名区", district);
  auto with = Library::open(location_, OpenMode::kReadOnly, setup);
  ASSERT_TRUE(with) << with.error().message();
  ListQuery by_alias, by_name;
  by_alias.district = "测试别名区";
  by_name.district = district;
  auto expected = with->count(by_name);
  ASSERT_TRUE(expected) << expected.error().message();
  EXPECT_GT(*expected, 0);
  auto found = with->count(by_alias);
  ASSERT_TRUE(found) << found.error().message();
  EXPECT_EQ(*found, *expected);
  auto without = Library::open(location_, OpenMode::kReadOnly);
  ASSERT_TRUE(without) << without.error().message();
  auto unknown = without->count(by_alias);
  EXPECT_TRUE(!unknown || *unknown == 0);
}

TEST_P(Backends, IndexesIncrementally) {
  auto lib = open_rw();
  testing::index_ok(lib, {pages_});
  const std::int64_t total = *lib.count({});
  IndexReport again = testing::index_ok(lib, {pages_});
  EXPECT_EQ(again.files_unchanged, 5);
  EXPECT_EQ(again.files_indexed, 0);
  // The same bytes with a new mtime: unchanged by its hash.
  fs::last_write_time(files_[0], fs::last_write_time(files_[0]) + std::chrono::seconds(5));
  again = testing::index_ok(lib, {pages_});
  EXPECT_EQ(again.files_unchanged, 5);
  // A changed file is parsed again, its articles read again in place:
  // updated (they keep their ids), neither added nor removed.
  testing::write_bytes(files_[1], testing::read_bytes(files_[1]) + "\n");
  again = testing::index_ok(lib, {pages_});
  EXPECT_EQ(again.files_indexed, 1);
  EXPECT_EQ(again.articles_added, 0);
  EXPECT_EQ(again.articles_removed, 0);
  EXPECT_EQ(again.articles_updated,
            static_cast<std::int64_t>(testing::parse_file(files_[1]).articles.size()));
  EXPECT_EQ(*lib.count({}), total);
  // A vanished file goes, with its articles.
  const std::int64_t in_file = static_cast<std::int64_t>(testing::parse_file(files_[2]).articles.size());
  fs::remove(files_[2]);
  again = testing::index_ok(lib, {pages_});
  EXPECT_EQ(again.files_removed, 1);
  EXPECT_EQ(again.articles_removed, in_file);
  EXPECT_EQ(*lib.count({}), total - in_file);
}

// The id of every article, by its file and position.
std::map<std::pair<std::string, int>, std::int64_t> ids_by_place(Library& lib) {
  std::map<std::pair<std::string, int>, std::int64_t> ids;
  for (const auto& row : testing::all_rows(lib)) ids[{row.path, row.position}] = row.id;
  return ids;
}

// `index --rebuild` and a re-read of a changed page gave every article a new
// id: `kanbao show ID`, exported ids and an open browser's articles named
// nothing, or (after a later re-read) another article. Same file and
// position, same id.
TEST_P(Backends, ReReadingAPageKeepsItsArticlesIds) {
  auto lib = open_rw();
  testing::index_ok(lib, {pages_});
  const auto before = ids_by_place(lib);
  ASSERT_GT(before.size(), 10u);
  IndexOptions rebuild;
  rebuild.rebuild = true;
  IndexReport report = testing::index_ok(lib, {pages_}, rebuild);
  EXPECT_EQ(report.files_indexed, 5);
  EXPECT_EQ(ids_by_place(lib), before);
  testing::write_bytes(files_[1], testing::read_bytes(files_[1]) + "\n");
  report = testing::index_ok(lib, {pages_});
  EXPECT_EQ(report.files_indexed, 1);
  EXPECT_EQ(ids_by_place(lib), before);
  // A page that is gone and comes back is new: new ids, never an old one
  // another article might still be known by.
  const std::string moved = (dir_.path() / "away.txt").string();
  fs::rename(files_[2], moved);
  testing::index_ok(lib, {pages_});
  fs::rename(moved, files_[2]);
  testing::index_ok(lib, {pages_});
  const auto after = ids_by_place(lib);
  std::int64_t top = 0;
  for (const auto& [place, id] : before) top = std::max(top, id);
  for (const auto& [place, id] : after) {
    if (place.first == files_[2]) {
      EXPECT_GT(id, top) << place.first << " " << place.second;
    } else {
      EXPECT_EQ(id, before.at(place)) << place.first << " " << place.second;
    }
  }
}

TEST_P(Backends, ListsPageByKeysetBothWays) {
  auto lib = open_rw();
  testing::index_ok(lib, {pages_});
  for (ListSort sort :
       {ListSort::kDateNewestFirst, ListSort::kDateOldestFirst, ListSort::kTitle, ListSort::kReporter}) {
    ListQuery q;
    q.sort = sort;
    const auto all = testing::all_rows(lib, q);
    std::vector<std::int64_t> forward;
    q.limit = 4;
    for (int guard = 0; guard < 100; ++guard) {
      auto page = lib.list(q);
      ASSERT_TRUE(page) << page.error().message();
      for (const auto& r : page->rows) forward.push_back(r.id);
      if (page->rows.size() < 4) break;
      q.after = page->cursors.back();
    }
    std::vector<std::int64_t> expected;
    for (const auto& r : all) expected.push_back(r.id);
    EXPECT_EQ(forward, expected);
    // From the end backwards, each page before the previous one's first row.
    q.after.reset();
    q.from_end = true;
    std::vector<std::int64_t> backward;
    for (int guard = 0; guard < 100; ++guard) {
      auto page = lib.list(q);
      ASSERT_TRUE(page) << page.error().message();
      std::vector<std::int64_t> ids;
      for (const auto& r : page->rows) ids.push_back(r.id);
      backward.insert(backward.begin(), ids.begin(), ids.end());
      if (page->rows.size() < 4) break;
      q.before = page->cursors.front();
    }
    EXPECT_EQ(backward, expected);
    ListQuery whole;
    whole.sort = sort;
    auto where = lib.position(whole, expected.back());
    ASSERT_TRUE(where && *where);
    EXPECT_EQ(**where, static_cast<std::int64_t>(expected.size()) - 1);
  }
}

// Writes a page of two articles, `first` and `second` their titles.
std::string write_two_article_page(const fs::path& file, const std::string& first,
                                   const std::string& second) {
  fs::create_directories(file.parent_path());
  testing::write_bytes(file.string(),
                       first + "\n\n　　本报讯 市里昨日召开会议，部署今年的各项工作，要求各区抓好落实。\n\n" +
                           second + "\n\n　　本报讯 新建的社区食堂昨日开张，老人们在家门口吃上了热饭。\n");
  return file.string();
}

// Tester report, session 30: `list --from D --to D` listed an issue
// backwards, page 08 down to 01 and each page bottom-up (ids descending).
// The articles of one date follow the issue: page order, then their order
// on the page, newest date first or last; paging both ways and position()
// agree with it.
TEST_P(Backends, TheArticlesOfADateAreListedInPageOrder) {
  const fs::path issue = dir_.path() / "issue/郑州日报/2023/06";
  const std::string older = write_two_article_page(issue / "20/01.txt", "夏粮收购开始", "城区道路改造");
  const std::string page1 = write_two_article_page(issue / "21/01.txt", "全市会议部署工作", "社区食堂开张");
  const std::string page2 = write_two_article_page(issue / "21/02.txt", "夜市重新开放", "公园新添座椅");
  for (const auto& f : {older, page1, page2}) ASSERT_EQ(testing::parse_file(f).articles.size(), 2u) << f;
  auto lib = open_rw();
  // Page 02 first: its articles get the smaller ids.
  testing::index_ok(lib, {page2});
  testing::index_ok(lib, {page1});
  testing::index_ok(lib, {older});
  const std::vector<std::string> issue_order{"全市会议部署工作", "社区食堂开张", "夜市重新开放",
                                             "公园新添座椅"};
  const std::vector<std::string> older_order{"夏粮收购开始", "城区道路改造"};
  std::vector<std::string> newest = issue_order;
  newest.insert(newest.end(), older_order.begin(), older_order.end());
  std::vector<std::string> oldest = older_order;
  oldest.insert(oldest.end(), issue_order.begin(), issue_order.end());
  for (ListSort sort : {ListSort::kDateNewestFirst, ListSort::kDateOldestFirst}) {
    const auto& expected = sort == ListSort::kDateNewestFirst ? newest : oldest;
    ListQuery q;
    q.sort = sort;
    std::vector<std::string> titles;
    std::vector<std::int64_t> ids;
    for (const auto& row : testing::all_rows(lib, q)) {
      titles.push_back(row.title);
      ids.push_back(row.id);
    }
    EXPECT_EQ(titles, expected);
    // One row a page, forward and backward, and each row's position.
    q.limit = 1;
    std::vector<std::int64_t> forward, backward;
    for (std::size_t i = 0; i <= expected.size(); ++i) {
      auto page = lib.list(q);
      ASSERT_TRUE(page) << page.error().message();
      if (page->rows.empty()) break;
      forward.push_back(page->rows[0].id);
      q.after = page->cursors.back();
    }
    EXPECT_EQ(forward, ids);
    q.after.reset();
    q.from_end = true;
    for (std::size_t i = 0; i <= expected.size(); ++i) {
      auto page = lib.list(q);
      ASSERT_TRUE(page) << page.error().message();
      if (page->rows.empty()) break;
      backward.insert(backward.begin(), page->rows[0].id);
      q.before = page->cursors.front();
    }
    EXPECT_EQ(backward, ids);
    ListQuery whole;
    whole.sort = sort;
    for (std::size_t i = 0; i < ids.size(); ++i) {
      auto where = lib.position(whole, ids[i]);
      ASSERT_TRUE(where && *where);
      EXPECT_EQ(**where, static_cast<std::int64_t>(i)) << expected[i];
    }
  }
}

TEST_P(Backends, SearchPagesByKeysetWithExactTotals) {
  auto lib = open_rw();
  testing::index_ok(lib, {pages_});
  for (const char* query :
       {"发", "发展", "工作 群众", "发展 OR 改造", "发展 -管城", "district:二七区 -发展", "zuzhi"}) {
    SearchRequest all = request_for(query, 0);
    auto page = lib.search(all);
    ASSERT_TRUE(page) << query << ": " << page.error().message();
    EXPECT_EQ(page->total, static_cast<std::int64_t>(page->hits.size())) << query;
    std::vector<std::int64_t> ids;
    for (const auto& h : page->hits) ids.push_back(h.id);
    EXPECT_EQ(testing::paged_hit_ids(lib, request_for(query, 20), 2, page->total), ids) << query;
  }
}

// -terms alone listed every other article, each with 0 hits: they ask for
// no article, a usage error on both backends. Beside a filter or within a
// district they narrow it.
TEST_P(Backends, AQueryOfNegatedTermsAloneIsAUsageError) {
  auto lib = open_rw();
  testing::index_ok(lib, {pages_});
  for (const char* query : {"-发展", "-发展 -管城", "－发展"}) {
    auto page = lib.search(request_for(query, 0));
    ASSERT_FALSE(page) << query;
    EXPECT_EQ(page.error().kind(), ErrorKind::kUsage) << query;
    EXPECT_EQ(
        page.error().message(),
        std::string("\"") + query + "\" only leaves words out; add a word to search for, as in 长江 -武汉");
  }
  SearchRequest scoped = request_for("-发展", 0);
  scoped.district = "二七区";
  auto in_district = lib.search(scoped);
  ASSERT_TRUE(in_district) << in_district.error().message();
  EXPECT_GT(in_district->total, 0);
  auto filtered = lib.search(request_for("district:二七区 -发展", 0));
  ASSERT_TRUE(filtered) << filtered.error().message();
  EXPECT_GT(filtered->total, 0);
}

TEST_P(Backends, ReadOnlyLibraryRefusesToIndex) {
  {
    auto lib = open_rw();
    testing::index_ok(lib, {pages_});
  }
  auto lib = Library::open(location_, OpenMode::kReadOnly);
  ASSERT_TRUE(lib) << lib.error().message();
  auto report = lib->index({pages_}, {});
  ASSERT_FALSE(report);
  EXPECT_NE(report.error().message().find("read-only"), std::string::npos) << report.error().message();
}

// The titles of every hit of `query` (all of them on one page), checking
// that the total counts exactly those articles.
using Titles = std::set<std::string>;
Titles hit_titles(Library& lib, const char* query) {
  auto page = lib.search(request_for(query, 0));
  EXPECT_TRUE(page) << query << ": " << (page ? "" : page.error().message());
  Titles out;
  if (page) {
    for (const auto& hit : page->hits) out.insert(hit.title);
    EXPECT_EQ(page->total, static_cast<std::int64_t>(out.size())) << query;
  }
  return out;
}

// Defect 2: "GDP" quoted finds the letters only, never 个大棚 by its
// initials (g d p), and "changjiang" quoted never 长江; unquoted, both.
TEST_P(Backends, AQuotedTermMatchesItsLettersOnly) {
  const fs::path pages = dir_.path() / "quoted";
  fs::create_directories(pages);
  testing::write_bytes(pages / "greenhouse.txt",
                       "新建大棚\n\n本报讯 村里新建了一个大棚，长江边的菜农来参观。\n");
  testing::write_bytes(pages / "economy.txt", "经济数据\n\n本报讯 全年GDP增长，changjiang公司上市。\n");
  auto lib = open_rw();
  testing::index_ok(lib, {pages.string()});
  const auto titles = [&lib](const char* query) { return hit_titles(lib, query); };
  EXPECT_EQ(titles("GDP"), (Titles{"新建大棚", "经济数据"}));
  EXPECT_EQ(titles("changjiang"), (Titles{"新建大棚", "经济数据"}));
  EXPECT_EQ(titles("\"GDP\""), Titles{"经济数据"});
  EXPECT_EQ(titles("\"ＧＤＰ\""), Titles{"经济数据"});
  EXPECT_EQ(titles("\"changjiang\""), Titles{"经济数据"});
  EXPECT_EQ(titles("\"GDP\" 增长"), Titles{"经济数据"});
  EXPECT_EQ(titles("\"gdp\" OR 参观"), (Titles{"新建大棚", "经济数据"}));
}

// Nothing matches across the end of a sentence: 场强 does not find
// 市场。强调, nor does its reading changjiang (场 chǎng, 强 jiàng), while
// the same two characters within a sentence are found both ways, and a term
// that holds the mark finds the sentences it joins.
TEST_P(Backends, NoTermMatchesAcrossTheEndOfASentence) {
  const fs::path pages = dir_.path() / "sentences";
  fs::create_directories(pages);
  testing::write_bytes(pages / "market.txt",
                       "集市开张\n\n本报讯 周末去了新开的市场。强调一点，摊位都是免费的！\n");
  testing::write_bytes(pages / "field.txt", "信号测试\n\n本报讯 这里的磁场强度比别处高一些。\n");
  auto lib = open_rw();
  testing::index_ok(lib, {pages.string()});
  const auto titles = [&lib](const char* query) { return hit_titles(lib, query); };
  EXPECT_EQ(titles("场强"), Titles{"信号测试"});
  EXPECT_EQ(titles("changjiang"), Titles{"信号测试"});
  EXPECT_EQ(titles("市场。强调"), Titles{"集市开张"});
  EXPECT_EQ(titles("市场！强调"), Titles{"集市开张"});
  EXPECT_EQ(titles("市场强调"), Titles{});
  EXPECT_EQ(titles("免费的"), Titles{"集市开张"});
}

// A reading or a run of initials stops at a pause (，、：): changjiang finds
// 长江, not 特长，将 nor 特长、将; cj the same. The characters themselves still
// run on across it (特长将 finds 特长，将), as across any punctuation, and a
// reading across a quotation mark or a space is still found (长”江).
TEST_P(Backends, NoReadingRunsAcrossAPause) {
  const fs::path pages = dir_.path() / "pauses";
  fs::create_directories(pages);
  testing::write_bytes(pages / "river.txt", "沿江风光\n\n本报讯 长江两岸绿意盎然。\n");
  testing::write_bytes(pages / "skill.txt", "技能比赛\n\n本报讯 发挥特长，将比赛推向高潮。\n");
  testing::write_bytes(pages / "list.txt", "兴趣小组\n\n本报讯 小组按特长、将才分班；队员：江海。\n");
  testing::write_bytes(pages / "quoted.txt", "标语一则\n\n本报讯 墙上写着“长”江两个字。\n");
  auto lib = open_rw();
  testing::index_ok(lib, {pages.string()});
  const auto titles = [&lib](const char* query) { return hit_titles(lib, query); };
  EXPECT_EQ(titles("changjiang"), (Titles{"沿江风光", "标语一则"}));
  EXPECT_EQ(titles("chang'jiang"), (Titles{"沿江风光", "标语一则"}));
  EXPECT_EQ(titles("duiyuanjianghai"), Titles{});
  EXPECT_EQ(titles("duiyuan"), Titles{"兴趣小组"});
  EXPECT_EQ(titles("tcj"), Titles{});
  EXPECT_EQ(titles("特长将"), (Titles{"技能比赛", "兴趣小组"}));
  EXPECT_EQ(titles("特长，将"), (Titles{"技能比赛", "兴趣小组"}));
}

// A reporter typed as the byline prints it, padded (贺  勇), finds the
// article the parser credited to 贺勇, on both backends.
TEST_P(Backends, AReporterPaddedAsPrintedFindsTheUnpaddedName) {
  const fs::path pages = dir_.path() / "padded";
  fs::create_directories(pages);
  testing::write_bytes(pages / "shop.txt",
                       "老街的早点铺\n\n本报记者  贺  勇\n\n"
                       "　　清晨六点，老街的蒸笼已经冒出热气。店主说，这家店开了三十年。\n");
  auto lib = open_rw();
  testing::index_ok(lib, {pages.string()});
  auto all = lib.list(ListQuery{});
  ASSERT_TRUE(all) << all.error().message();
  ASSERT_EQ(all->rows.size(), 1u);
  ASSERT_EQ(all->rows[0].reporters, std::vector<std::string>{"贺勇"}) << "the byline would test nothing";
  for (const char* query : {"reporter:贺勇", "reporter:\"贺 勇\"", "reporter:贺 勇", "reporter:\"贺　勇\"",
                            "reporter:贺\u00A0勇", "蒸笼 reporter:贺 勇"}) {
    auto page = lib.search(request_for(query, 0));
    ASSERT_TRUE(page) << query << ": " << page.error().message();
    EXPECT_EQ(page->total, 1) << query;
  }
}

// Defect 6: a district neither the gazetteer knows nor the library holds
// is an error naming the districts the library holds - none, for a library
// of another city - never the gazetteer's list, in search and list alike.
TEST_P(Backends, AnUnknownDistrictNamesTheDistrictsTheLibraryHolds) {
  const fs::path pages = dir_.path() / "elsewhere";
  fs::create_directories(pages);
  testing::write_bytes(pages / "city.txt", "江城新闻\n\n本报讯 武汉的樱花开了，游人如织。\n");
  auto lib = open_rw();
  testing::index_ok(lib, {pages.string()});
  auto search_error = [&](const std::string& query) {
    auto page = lib.search(request_for(query.c_str(), 0));
    return page ? std::string("(no error)") : page.error().message();
  };
  ListQuery listed;
  listed.district = "上城区";
  auto list = lib.list(listed);
  for (const std::string& message :
       {search_error("武汉 district:上城区"), list ? std::string("(no error)") : list.error().message()}) {
    EXPECT_EQ(message, "unknown district \"上城区\"; this library holds no article of a known district");
  }
  // A district the gazetteer knows is no mistake: nothing is found.
  auto known = lib.search(request_for("武汉 district:管城区", 0));
  ASSERT_TRUE(known) << known.error().message();
  EXPECT_EQ(known->total, 0);

  // With the sample's districts held, the error names them and no other.
  testing::index_ok(lib, {pages_});
  auto held = lib.districts();
  ASSERT_TRUE(held) << held.error().message();
  const std::string message = search_error("工作 district:上城区");
  EXPECT_EQ(message.rfind("unknown district \"上城区\"; this library's districts: ", 0), 0u) << message;
  std::set<std::string> names;
  for (const auto& row : *held) {
    if (row.name.empty()) continue;
    names.insert(row.name);
    EXPECT_NE(message.find(row.name), std::string::npos) << row.name << ": " << message;
  }
  ASSERT_FALSE(names.empty()) << "the sample names no district";
  for (const auto& name : corpus::Gazetteer::zhengzhou().canonical_names()) {
    if (!names.count(name)) {
      EXPECT_EQ(message.find(name), std::string::npos) << name << ": " << message;
    }
  }
}

// An invented page of `paper` on 2020-01-08 holding `text`. (Two short
// articles without datelines read as one feature with a cross-head, so a
// national page's stories here carry theirs.)
void write_invented_page(const fs::path& archive, const std::string& paper, const std::string& page,
                         const std::string& text) {
  const fs::path file = archive / paper / "2020/01/08" / (page + ".txt");
  fs::create_directories(file.parent_path());
  std::ofstream(file) << text;
}

// A national paper's page of two articles (冬季蔬菜供应充足, 新建的图书馆开馆迎客)
// and two of a city paper's, one of 二七区 (二七区新建学校) and one of no
// district (冬日暖阳), in `archive`, indexed into `lib`.
void index_national_and_city_pages(Library& lib, const fs::path& archive) {
  write_invented_page(
      archive, "人民日报", "01",
      "冬季蔬菜供应充足\n\n　　本报北京1月7日电　各地蔬菜批发市场货源充足，价格总体平稳。\n\n"
      "新建的图书馆开馆迎客\n\n　　本报上海1月7日电　新建的图书馆昨天开馆，读者排队入馆借阅。\n");
  write_invented_page(archive, "郑州日报", "01",
                      "二七区新建学校\n\n　　二七区今年新建学校十所，二七区居民受益。\n");
  write_invented_page(archive, "郑州日报", "02", "冬日暖阳\n\n　　市民在公园里晒太阳，孩子们放起了风筝。\n");
  testing::index_ok(lib, {archive.string()});
}

// No district applies to a national paper's article: given the papers, the
// overview counts it apart, not as of an unknown district, which only a
// city paper's article without one is.
TEST_P(Backends, ANationalPapersArticlesAreNotOfAnUnknownDistrict) {
  Library lib = open_rw();
  index_national_and_city_pages(lib, dir_.path() / "papers");
  const auto row = [](const std::vector<DistrictRow>& rows, const std::string& name, bool national) {
    for (const auto& r : rows)
      if (r.name == name && r.no_district_applies == national) return r;
    DistrictRow none;
    none.name = "(none)";
    return none;
  };
  const corpus::Papers papers;
  auto rows = lib.districts(&papers);
  ASSERT_TRUE(rows) << rows.error().message();
  EXPECT_EQ(row(*rows, "二七区", false).articles, 1);
  EXPECT_EQ(row(*rows, "", false).articles, 1);  // 郑州日报's page 02 alone
  const DistrictRow national = row(*rows, "", true);
  EXPECT_EQ(national.articles, 2);
  ASSERT_EQ(national.months.size(), 1u);
  EXPECT_EQ(national.months[0].articles, 2);
  EXPECT_EQ(national.first_date.str(), "2020-01-08");
  EXPECT_TRUE(rows->back().no_district_applies);  // last
  // 未知地区's list leaves the national papers out, as its count does.
  ListQuery unknown;
  unknown.district = "";
  unknown.without_papers = {"人民日报"};
  auto count = lib.count(unknown);
  ASSERT_TRUE(count) << count.error().message();
  EXPECT_EQ(*count, 1);
  auto listed = lib.list(unknown);
  ASSERT_TRUE(listed) << listed.error().message();
  ASSERT_EQ(listed->rows.size(), 1u);
  EXPECT_EQ(listed->rows[0].title, "冬日暖阳");
  auto at = lib.position(unknown, listed->rows[0].id);
  ASSERT_TRUE(at) << at.error().message();
  EXPECT_EQ(at->value_or(-1), 0);
  unknown.title_filter = "冬";  // counted from the articles, not the tally
  auto filtered = lib.count(unknown);
  ASSERT_TRUE(filtered) << filtered.error().message();
  EXPECT_EQ(*filtered, 1);
  // Without the papers, every article without a district is unknown.
  auto all = lib.districts();
  ASSERT_TRUE(all) << all.error().message();
  EXPECT_EQ(row(*all, "", false).articles, 3);
  EXPECT_EQ(row(*all, "", true).name, "(none)");
}

// The titles of a search's hits, in order.
std::vector<std::string> hit_titles(Library& lib, const SearchRequest& request) {
  auto page = lib.search(request);
  if (!page) return {"(error) " + page.error().message()};
  std::vector<std::string> titles;
  for (const auto& hit : page->hits) titles.push_back(hit.title);
  return titles;
}

// User test, session 30: a search within 未知地区 (the browser's scope "",
// search --district 未知地区, district:未知地区) said there is no district
// named "". It finds the city papers' articles of no district; given the
// national papers, theirs are none of 未知地区's, as in its listing. Every
// way of ranking agrees: bm25, broad, and a filter alone.
TEST_P(Backends, SearchesTheArticlesOfNoDistrict) {
  Library lib = open_rw();
  index_national_and_city_pages(lib, dir_.path() / "papers");
  const std::vector<std::string> city = {"冬日暖阳"};
  for (const std::int64_t bm25_up_to : {std::int64_t{3000}, std::int64_t{0}}) {
    SearchRequest scoped = request_for("冬", 0);
    scoped.bm25_up_to = bm25_up_to;
    scoped.district = "";
    scoped.national_papers = {"人民日报"};
    EXPECT_EQ(hit_titles(lib, scoped), city) << bm25_up_to;
    scoped.national_papers.clear();  // without them, every article of no district
    auto all = hit_titles(lib, scoped);
    std::sort(all.begin(), all.end());
    EXPECT_EQ(all, (std::vector<std::string>{"冬季蔬菜供应充足", "冬日暖阳"})) << bm25_up_to;
    for (const char* query :
         {"冬 district:未知地区", "冬 district:\"district unknown\"", "district:未知地区"}) {
      SearchRequest filtered = request_for(query, 0);
      filtered.bm25_up_to = bm25_up_to;
      filtered.national_papers = {"人民日报"};
      EXPECT_EQ(hit_titles(lib, filtered), city) << query << ", " << bm25_up_to;
    }
    // Beside a district: either one's articles.
    SearchRequest either = request_for("district:未知地区 district:二七区", 0);
    either.bm25_up_to = bm25_up_to;
    either.national_papers = {"人民日报"};
    auto both = hit_titles(lib, either);
    std::sort(both.begin(), both.end());
    EXPECT_EQ(both, (std::vector<std::string>{"二七区新建学校", "冬日暖阳"})) << bm25_up_to;
  }
}

// User test, session 30: a district's short name, as the papers write it
// (管城 for 管城回族区), was an unknown district. It names the one district
// of the library it shortens, in search and list alike; one that shortens
// two of them is an error naming both.
TEST_P(Backends, AShortNameNamesTheOneDistrictItShortens) {
  const fs::path pages = dir_.path() / "short";
  fs::create_directories(pages);
  testing::write_bytes(pages / "a.txt",
                       "管城回族区新建学校\n\n　　管城回族区今年新建学校十所，管城回族区居民受益。\n");
  testing::write_bytes(pages / "b.txt", "桐庐县修路\n\n　　桐庐县今年修路十条，桐庐县居民受益。\n");
  testing::write_bytes(pages / "c.txt", "桐庐区修桥\n\n　　桐庐区今年修桥十座，桐庐区居民受益。\n");
  LibrarySetup setup;
  setup.gazetteer.add("桐庐县", "桐庐县");
  setup.gazetteer.add("桐庐区", "桐庐区");
  {
    auto lib = Library::open(location_, OpenMode::kReadWrite, setup);
    ASSERT_TRUE(lib) << lib.error().message();
    testing::index_ok(*lib, {pages.string()});
  }
  auto lib = Library::open(location_, OpenMode::kReadOnly, setup);
  ASSERT_TRUE(lib) << lib.error().message();
  EXPECT_EQ(hit_titles(*lib, request_for("学校 district:管城", 0)),
            std::vector<std::string>{"管城回族区新建学校"});
  ListQuery listed;
  listed.district = "管城";
  auto list = lib->list(listed);
  ASSERT_TRUE(list) << list.error().message();
  ASSERT_EQ(list->rows.size(), 1u);
  EXPECT_EQ(list->rows[0].title, "管城回族区新建学校");
  SearchRequest scoped = request_for("学校", 0);
  scoped.district = "管城";
  EXPECT_EQ(hit_titles(*lib, scoped), std::vector<std::string>{"管城回族区新建学校"});
  const auto ambiguous = hit_titles(*lib, request_for("修 district:桐庐", 0));
  ASSERT_EQ(ambiguous.size(), 1u);
  EXPECT_EQ(ambiguous[0].rfind("(error) district \"桐庐\" is ambiguous: it may be ", 0), 0u) << ambiguous[0];
  EXPECT_NE(ambiguous[0].find("桐庐县"), std::string::npos) << ambiguous[0];
  EXPECT_NE(ambiguous[0].find("桐庐区"), std::string::npos) << ambiguous[0];
}

// `list --from --to`: a range of listing dates (as date:A..B compares them),
// each end inclusive, listed, counted and positioned alike on both backends;
// an article of an unknown year is in no range, however open.
TEST_P(Backends, ListsTheArticlesOfARangeOfDates) {
  auto lib = open_rw();
  IndexOptions options;
  options.year = 2023;
  testing::index_ok(lib, {pages_}, options);
  const std::vector<ArticleRow> all = testing::all_rows(lib);
  auto in = [](const ArticleRow& row, const std::string& from, const std::string& to) {
    const StoredDate& date = listing_date(row);
    return date.year != 0 && date.known() && date.str() >= from && date.str() <= to;
  };
  std::set<std::string> days;
  for (const auto& row : all)
    if (in(row, "0001", "9999")) days.insert(listing_date(row).str());
  ASSERT_GE(days.size(), 3u) << "the sample's dates";
  // The range of the second and third of its days.
  const std::string from = *std::next(days.begin()), to = *std::next(days.begin(), 2);
  ListQuery q;
  q.dates = DateRange{*range_start(from), *range_end(to)};
  std::vector<std::int64_t> expected, listed;
  for (const auto& row : all)
    if (in(row, from, to)) expected.push_back(row.id);
  for (const auto& row : testing::all_rows(lib, q)) listed.push_back(row.id);
  ASSERT_FALSE(expected.empty());
  EXPECT_EQ(listed, expected);
  EXPECT_EQ(*lib.count(q), static_cast<std::int64_t>(expected.size()));
  auto at = lib.position(q, expected.back());
  ASSERT_TRUE(at) << at.error().message();
  EXPECT_EQ(at->value_or(-1), static_cast<std::int64_t>(expected.size()) - 1);
  // Open at the start: every dated article up to `to`, no unknown year.
  q.dates = DateRange{};
  q.dates->to = *range_end(to);
  std::size_t up_to = 0;
  for (const auto& row : all) up_to += in(row, "0001", to) ? 1 : 0;
  EXPECT_EQ(testing::all_rows(lib, q).size(), up_to);
  // A month is its first day to its last.
  const std::string month = from.substr(0, 7);
  q.dates = DateRange{*range_start(month), *range_end(month)};
  std::size_t in_month = 0;
  for (const auto& row : all) in_month += in(row, month + "-01", month + "-31") ? 1 : 0;
  EXPECT_EQ(testing::all_rows(lib, q).size(), in_month);
}

// A paper's list positions its articles: the paper and the article sought
// are two values of the statement, not one.
TEST_P(Backends, PositionsAnArticleInAPapersList) {
  const fs::path archive = dir_.path() / "papers";
  write_invented_page(archive, "郑州日报", "01",
                      "二七区新建学校\n\n　　本报讯　二七区今年新建学校十所，居民受益。\n\n"
                      "管城区修缮老街\n\n　　本报讯　管城区老街修缮完工，街巷干净整洁。\n");
  write_invented_page(archive, "郑州晚报", "01", "冬日暖阳\n\n　　本报讯　市民在公园里晒太阳。\n");
  Library lib = open_rw();
  testing::index_ok(lib, {archive.string()});
  ListQuery q;
  q.paper = "郑州日报";
  const std::vector<ArticleRow> rows = testing::all_rows(lib, q);
  ASSERT_EQ(rows.size(), 2u);
  for (std::size_t n = 0; n < rows.size(); ++n) {
    auto at = lib.position(q, rows[n].id);
    ASSERT_TRUE(at) << at.error().message();
    EXPECT_EQ(at->value_or(-1), static_cast<std::int64_t>(n)) << rows[n].title;
  }
  ListQuery evening;
  evening.paper = "郑州晚报";
  const std::vector<ArticleRow> other = testing::all_rows(lib, evening);
  ASSERT_EQ(other.size(), 1u);
  auto absent = lib.position(q, other[0].id);
  ASSERT_TRUE(absent) << absent.error().message();
  EXPECT_FALSE(absent->has_value());
}

// paper:NAME keeps the articles of that paper: the same word in two
// papers is found, counted and paged per paper on every ranking path
// (bm25, the phrase scan, broad, pinyin read broadly) and on both backends;
// a paper the library does not hold is an error naming those it does.
TEST_P(Backends, APaperFilterKeepsThatPapersArticles) {
  const fs::path archive = dir_.path() / "papers";
  write_invented_page(archive, "人民日报", "01",
                      "杭州亚运会筹备就绪\n\n　　本报杭州1月7日电　杭州亚运会各场馆已完工。\n\n"
                      "杭州湾大桥车流平稳\n\n　　本报宁波1月7日电　杭州湾大桥节日车流平稳。\n");
  write_invented_page(archive, "都市快报", "01",
                      "杭州地铁新线开通\n\n　　本报讯　杭州地铁新线今天开通，市民试乘。\n\n"
                      "西湖边游人如织\n\n　　本报讯　周末杭州西湖边游人如织。\n");
  write_invented_page(archive, "都市快报", "02",
                      "杭州公交调整线路\n\n　　本报讯　杭州公交下周调整三条线路。\n\n"
                      "城西新建公园\n\n　　本报讯　城西新建公园开放，杭州市民踏青。\n\n"
                      "菜价平稳\n\n　　本报讯　冬季菜价平稳，货源充足。\n");
  Library lib = open_rw();
  testing::index_ok(lib, {archive.string()});
  const std::map<std::string, std::int64_t> expected = {{"人民日报", 2}, {"都市快报", 4}};
  for (const char* words : {"杭州", "hangzhou", "杭州 -西湖"}) {
    for (std::int64_t bm25_up_to : {SearchRequest{}.bm25_up_to, std::int64_t{0}, std::int64_t{-1}}) {
      for (const auto& [paper, count] : expected) {
        const std::string query = std::string(words) + " paper:" + paper;
        SCOPED_TRACE(query + " bm25_up_to " + std::to_string(bm25_up_to));
        SearchRequest all = request_for(query.c_str(), 0);
        all.bm25_up_to = bm25_up_to;
        auto page = lib.search(all);
        ASSERT_TRUE(page) << page.error().message();
        const std::int64_t want = count - (std::string(words) == "杭州 -西湖" && paper == "都市快报" ? 1 : 0);
        EXPECT_EQ(page->total, want);
        ASSERT_EQ(static_cast<std::int64_t>(page->hits.size()), want);
        std::vector<std::int64_t> ids;
        for (const auto& h : page->hits) {
          EXPECT_EQ(h.paper, paper) << h.title;
          ids.push_back(h.id);
        }
        SearchRequest paged = all;
        EXPECT_EQ(testing::paged_hit_ids(lib, paged, 3, want), ids);
      }
    }
  }
  // Either of two papers; the filter alone lists a paper's articles.
  auto both = lib.search(request_for("杭州 paper:人民日报 paper:都市快报", 0));
  ASSERT_TRUE(both) << both.error().message();
  EXPECT_EQ(both->total, 6);
  auto alone = lib.search(request_for("paper:都市快报", 0));
  ASSERT_TRUE(alone) << alone.error().message();
  EXPECT_EQ(alone->total, 5);
  auto unknown = lib.search(request_for("杭州 paper:新民晚报", 0));
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().message(),
            "no paper is named \"新民晚报\"; this library's papers: 都市快报, 人民日报");
}

INSTANTIATE_TEST_SUITE_P(Store, Backends, ::testing::Values(Kind::kSqlite, Kind::kPostgres),
                         testing::kind_name);

// ---- PostgreSQL only ----

class Postgres : public testing_pg::PostgresTest {
 protected:
  TempDir dir_;
};

TEST(LibraryLocation, ChoosesTheBackendByScheme) {
  EXPECT_EQ(*backend_of("/srv/papers/library.db"), Backend::kSqlite);
  EXPECT_EQ(*backend_of("library.db"), Backend::kSqlite);
  EXPECT_EQ(*backend_of("C:/odd/but/a/path"), Backend::kSqlite);
  EXPECT_EQ(*backend_of("postgresql://kanbao@/kanbao?host=/run/pg"), Backend::kPostgres);
  EXPECT_EQ(*backend_of("postgres://db.example/kanbao"), Backend::kPostgres);
  EXPECT_EQ(*backend_of("PostgreSQL://db.example/kanbao"), Backend::kPostgres);
  for (const char* other : {"mysql://db/kanbao", "sqlite:///tmp/x.db", "http://example.com/lib"}) {
    auto b = backend_of(other);
    ASSERT_FALSE(b) << other;
    EXPECT_NE(b.error().message().find(other), std::string::npos) << b.error().message();
  }
}

TEST(LibraryLocation, HidesPasswordsInMessages) {
  EXPECT_EQ(shown_location("postgresql://reader:s3cret@db/kanbao"), "postgresql://reader:***@db/kanbao");
  EXPECT_EQ(shown_location("postgresql://db/kanbao?password=s3cret&sslmode=require"),
            "postgresql://db/kanbao?password=***&sslmode=require");
  EXPECT_EQ(shown_location("postgresql://reader@db/kanbao"), "postgresql://reader@db/kanbao");
  EXPECT_EQ(shown_location("/srv/a:b@c/library.db"), "/srv/a:b@c/library.db");
  auto b = backend_of("mysql://root:hunter2@db/x");
  ASSERT_FALSE(b);
  EXPECT_EQ(b.error().message().find("hunter2"), std::string::npos) << b.error().message();
}

TEST_F(Postgres, MissingLibraryIsAnErrorWhenReading) {
  auto lib = Library::open(uri_, OpenMode::kReadOnly);
  ASSERT_FALSE(lib);
  EXPECT_NE(lib.error().message().find("no kanbao library"), std::string::npos) << lib.error().message();
}

TEST_F(Postgres, MissingDatabaseNamesTheLocation) {
  const std::string uri = testing_pg::with_database(uri_, "kanbao_no_such_database");
  auto lib = Library::open(uri, OpenMode::kReadWrite);
  ASSERT_FALSE(lib);
  EXPECT_NE(lib.error().message().find("database does not exist"), std::string::npos)
      << lib.error().message();
  EXPECT_NE(lib.error().message().find("kanbao_no_such_database"), std::string::npos);
}

TEST_F(Postgres, ServerDownIsAClearError) {
  auto lib = Library::open("postgresql:///kanbao?host=" + dir_.path().string(), OpenMode::kReadOnly);
  ASSERT_FALSE(lib);
  EXPECT_NE(lib.error().message().find("not reachable"), std::string::npos) << lib.error().message();
}

TEST_F(Postgres, NewerSchemaIsRefused) {
  { testing::open_rw(uri_); }
  testing_pg::run_sql(uri_, "UPDATE kanbao_meta SET value = '99' WHERE key = 'schema_version'");
  for (OpenMode mode : {OpenMode::kReadOnly, OpenMode::kReadWrite}) {
    auto lib = Library::open(uri_, mode);
    ASSERT_FALSE(lib);
    EXPECT_NE(lib.error().message().find("newer"), std::string::npos) << lib.error().message();
  }
}

// A library of schema `version`, older than this kanbao's: a reader is
// told to upgrade it, and a read-write open (an indexer's) migrates it to
// this version. Returns that open library.
Library expect_migrated_by_an_indexer(const std::string& uri, int version) {
  auto old = Library::open(uri, OpenMode::kReadOnly);
  EXPECT_FALSE(old);
  if (!old) {
    EXPECT_NE(old.error().message().find("older kanbao (schema " + std::to_string(version) + ")"),
              std::string::npos)
        << old.error().message();
  }
  auto lib = testing::open_rw(uri);
  EXPECT_EQ(testing_pg::query_rows(uri, "SELECT value FROM kanbao_meta WHERE key = 'schema_version'"),
            std::vector<std::string>{std::to_string(pg::kSchemaVersion)});
  return lib;
}

// A version-1 library (before continuations): a reader is told to upgrade
// it, an indexer migrates it keeping every article and marks every file for
// parsing again, so that the next index run fills in the new columns.
TEST_F(Postgres, OlderSchemaIsMigratedByTheNextIndexer) {
  const std::string pages = (dir_.path() / "pages").string();
  const auto files = testing::copy_samples(pages);
  std::int64_t articles = 0;
  {
    auto lib = testing::open_rw(uri_);
    testing::index_ok(lib, {pages});
    articles = *lib.count({});
  }
  testing_pg::run_sql(uri_,
                      std::string(testing_pg::kTokensAsText) +
                          "ALTER TABLE articles DROP COLUMN continued_to, DROP COLUMN continued_from,"
                          " DROP COLUMN joined_to, DROP COLUMN own_paragraphs; DROP TABLE library_tokens;"
                          " DROP TABLE library_counts; DROP FUNCTION kanbao_count_articles() CASCADE;"
                          " ALTER TABLE articles DROP COLUMN title_tokens;"
                          " UPDATE kanbao_meta SET value = '1' WHERE key = 'schema_version'");
  const auto rows = testing_pg::query_rows(uri_, "SELECT count(*) FROM articles");
  auto lib = expect_migrated_by_an_indexer(uri_, 1);
  EXPECT_EQ(testing_pg::query_rows(uri_, "SELECT count(*) FROM articles"), rows);  // nothing lost
  auto report = testing::index_ok(lib, {pages});
  EXPECT_EQ(report.files_unchanged, 0);
  EXPECT_EQ(report.files_indexed, static_cast<int>(files.size()));
  EXPECT_EQ(*lib.count({}), articles);
}

// A version-5 library gets the tokens of its titles when migrated, from the
// stored text (nothing is parsed again), and a broad search finds its
// title tier from them as before.
TEST_F(Postgres, Version5LibraryGetsItsTitleTokens) {
  const std::string pages = (dir_.path() / "pages").string();
  const auto files = testing::copy_samples(pages);
  SearchRequest broad = request_for("发展", 0);
  broad.bm25_up_to = 0;
  std::vector<std::int64_t> before;
  {
    auto lib = testing::open_rw(uri_);
    testing::index_ok(lib, {pages});
    auto page = lib.search(broad);
    ASSERT_TRUE(page) << page.error().message();
    for (const auto& hit : page->hits) before.push_back(hit.id);
  }
  const std::string titled = "SELECT count(*) > 0 FROM articles WHERE title_tokens @> '{" +
                             std::to_string(pg::token_id("发展")) + "}'";
  EXPECT_EQ(testing_pg::query_rows(uri_, titled), std::vector<std::string>{"t"});
  testing_pg::run_sql(uri_,
                      "ALTER TABLE articles DROP COLUMN title_tokens;"
                      " UPDATE kanbao_meta SET value = '5' WHERE key = 'schema_version'");
  auto lib = expect_migrated_by_an_indexer(uri_, 5);
  EXPECT_EQ(testing_pg::query_rows(uri_, titled), std::vector<std::string>{"t"});
  auto page = lib.search(broad);
  ASSERT_TRUE(page) << page.error().message();
  std::vector<std::int64_t> after;
  for (const auto& hit : page->hits) after.push_back(hit.id);
  EXPECT_EQ(after, before);
  const auto report = testing::index_ok(lib, {pages});
  EXPECT_EQ(report.files_indexed, 0);
  EXPECT_EQ(report.files_unchanged, static_cast<int>(files.size()));
}

// A version-6 library gets the Han trigrams of its articles when migrated,
// from the stored text (nothing is parsed again), and a three-character
// term, one trigram since version 7, finds and ranks what it found before
// on both paths (ranked broadly, and by bm25).
TEST_F(Postgres, Version6LibraryGetsItsTrigrams) {
  const std::string pages = (dir_.path() / "pages").string();
  const auto files = testing::copy_samples(pages);
  auto hits_of = [](Library& lib, std::int64_t bm25_up_to) {
    SearchRequest request = request_for("高质量", 0);
    request.bm25_up_to = bm25_up_to;
    auto page = lib.search(request);
    EXPECT_TRUE(page) << page.error().message();
    std::vector<std::int64_t> out;
    if (page) {
      for (const auto& hit : page->hits) out.push_back(hit.id);
    }
    return out;
  };
  std::vector<std::int64_t> broad, scored;
  {
    auto lib = testing::open_rw(uri_);
    testing::index_ok(lib, {pages});
    broad = hits_of(lib, 0);
    scored = hits_of(lib, SearchRequest{}.bm25_up_to);
  }
  ASSERT_GE(broad.size(), 5u);
  const std::string trigrams =
      "SELECT count(*) > 0 FROM articles WHERE tokens @> '{" + std::to_string(pg::token_id("#高质量")) + "}'";
  EXPECT_EQ(testing_pg::query_rows(uri_, trigrams), std::vector<std::string>{"t"});
  // No trigram in the vocabulary pinyin expands into.
  EXPECT_EQ(testing_pg::query_rows(uri_, "SELECT count(*) FROM library_tokens WHERE t LIKE '#%'"),
            std::vector<std::string>{"0"});
  const std::string trigram =
      "t >> " + std::to_string(pg::kKindShift) + " = " + std::to_string(pg::kTrigramKind);
  testing_pg::run_sql(
      uri_, "UPDATE articles SET tokens = ARRAY(SELECT t FROM unnest(tokens) t WHERE NOT " + trigram +
                "), title_tokens = ARRAY(SELECT t FROM unnest(title_tokens) t WHERE NOT " + trigram +
                "); UPDATE kanbao_meta SET value = '6' WHERE key = 'schema_version'");
  EXPECT_EQ(testing_pg::query_rows(uri_, trigrams), std::vector<std::string>{"f"});
  auto lib = expect_migrated_by_an_indexer(uri_, 6);
  EXPECT_EQ(testing_pg::query_rows(uri_, trigrams), std::vector<std::string>{"t"});
  EXPECT_EQ(hits_of(lib, 0), broad);
  EXPECT_EQ(hits_of(lib, SearchRequest{}.bm25_up_to), scored);
  const auto report = testing::index_ok(lib, {pages});
  EXPECT_EQ(report.files_indexed, 0);
  EXPECT_EQ(report.files_unchanged, static_cast<int>(files.size()));
}

// The types of the token columns and what the token heads' function takes.
std::vector<std::string> token_types(const std::string& uri) {
  return testing_pg::query_rows(
      uri,
      "SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'articles'::regclass"
      " AND attname IN ('tokens', 'title_tokens') UNION ALL"
      " SELECT pg_get_function_arguments('kanbao_token_heads'::regproc)");
}

// A version-8 library held its tokens as text, with a heads function and
// index of text; migrated, its token columns hold ids (rebuilt from the
// stored text), and every kind of search that probes them finds what it
// found before: one token ranked broadly (the title tier), a trigram, a
// phrase, a negation, and pinyin (bigrams looked up in the vocabulary,
// initials answered by the token heads).
TEST_F(Postgres, Version8LibraryGetsTokenIds) {
  const std::string pages = (dir_.path() / "pages").string();
  const auto files = testing::copy_samples(pages);
  const std::vector<std::string> queries{"发展", "高质量", "高质量发展", "发展 -管城", "fazhan", "gzl"};
  auto hits_of = [&queries](Library& lib) {
    std::vector<std::vector<std::int64_t>> out;
    for (const std::string& text : queries) {
      for (const std::int64_t bm25_up_to : {std::int64_t{0}, SearchRequest{}.bm25_up_to}) {
        SearchRequest request = request_for(text.c_str(), 0);
        request.bm25_up_to = bm25_up_to;
        auto page = lib.search(request);
        EXPECT_TRUE(page) << text << ": " << page.error().message();
        out.emplace_back();
        if (page) {
          for (const auto& hit : page->hits) out.back().push_back(hit.id);
        }
      }
    }
    return out;
  };
  std::vector<std::vector<std::int64_t>> before;
  {
    auto lib = testing::open_rw(uri_);
    testing::index_ok(lib, {pages});
    before = hits_of(lib);
  }
  const std::vector<std::string> ids{"bigint[]", "bigint[]", "bigint[]"};
  EXPECT_EQ(token_types(uri_), ids);
  std::size_t found = 0;
  for (const auto& hits : before) found += hits.empty() ? 0 : 1;
  EXPECT_EQ(found, before.size());  // every query finds something to compare
  testing_pg::run_sql(
      uri_, std::string(testing_pg::kTokensAsText) +
                "CREATE FUNCTION kanbao_token_heads(text[]) RETURNS text[] LANGUAGE sql IMMUTABLE"
                " AS $$ SELECT ARRAY(SELECT DISTINCT left(t, 1) FROM unnest($1) AS u(t)) $$;"
                " CREATE INDEX articles_token_heads ON articles USING gin (kanbao_token_heads(tokens));"
                " UPDATE kanbao_meta SET value = '8' WHERE key = 'schema_version'");
  EXPECT_EQ(token_types(uri_), (std::vector<std::string>{"text[]", "text[]", "text[]"}));
  auto lib = expect_migrated_by_an_indexer(uri_, 8);
  EXPECT_EQ(token_types(uri_), ids);
  EXPECT_EQ(testing_pg::query_rows(uri_,
                                   "SELECT count(*) FROM pg_indexes WHERE tablename = 'articles' AND"
                                   " indexname IN ('articles_tokens', 'articles_title_tokens',"
                                   " 'articles_token_heads')"),
            std::vector<std::string>{"3"});  // built again, after the rebuild
  EXPECT_EQ(hits_of(lib), before);
  const auto report = testing::index_ok(lib, {pages});
  EXPECT_EQ(report.files_indexed, 0);
  EXPECT_EQ(report.files_unchanged, static_cast<int>(files.size()));
}

TEST_F(Postgres, KeepsItsIdentity) {
  std::string first;
  {
    auto lib = testing::open_rw(uri_);
    first = lib.identity().key;
    EXPECT_EQ(first.rfind("uuid:", 0), 0u) << first;
  }
  auto again = Library::open(uri_, OpenMode::kReadOnly);
  ASSERT_TRUE(again) << again.error().message();
  EXPECT_EQ(again->identity().key, first);
}

TEST_F(Postgres, TwoIndexersAtOnceStoreEachArticleOnce) {
  const std::string pages = (dir_.path() / "pages").string();
  const auto files = testing::copy_samples(pages);
  for (const auto& r : testing::index_twice_at_once(uri_, pages)) EXPECT_TRUE(r) << r.error().message();
  auto lib = testing::open_rw(uri_);
  EXPECT_EQ(*lib.count({}), parsed_total(files));
  std::set<std::pair<std::string, int>> seen;
  for (const auto& row : testing::all_rows(lib))
    EXPECT_TRUE(seen.emplace(row.path, row.position).second) << row.source;
}

void expect_same_hits(const SearchPage& a, const SearchPage& b) {
  EXPECT_EQ(a.total, b.total);
  ASSERT_EQ(a.hits.size(), b.hits.size());
  for (std::size_t i = 0; i < a.hits.size(); ++i) {
    EXPECT_EQ(a.hits[i].id, b.hits[i].id) << "#" << i;
    EXPECT_EQ(a.hits[i].snippet, b.hits[i].snippet) << "#" << i;
    EXPECT_EQ(a.hits[i].highlights, b.hits[i].highlights) << "#" << i;
    EXPECT_EQ(a.hits[i].hit_count, b.hits[i].hit_count) << "#" << i;
    EXPECT_DOUBLE_EQ(a.hits[i].score, b.hits[i].score) << "#" << i;
  }
}

// `query` on both libraries: the same hits and total, in any order.
void expect_same_matches(Library& pg, Library& sqlite, const char* query, std::int64_t bm25_up_to) {
  SearchRequest request = request_for(query, 0);
  request.bm25_up_to = bm25_up_to;
  auto a = pg.search(request), b = sqlite.search(request);
  ASSERT_TRUE(a && b);
  EXPECT_EQ(a->total, b->total);
  EXPECT_EQ(a->total_is_estimate, b->total_is_estimate);
  std::set<std::int64_t> ids_a, ids_b;
  for (const auto& h : a->hits) ids_a.insert(h.id);
  for (const auto& h : b->hits) ids_b.insert(h.id);
  EXPECT_EQ(ids_a, ids_b);
}

// `query` on both libraries: the same page of every hit, the same pages of
// three walked by keyset, the same matches in the first hit.
void expect_same_search(Library& pg, Library& sqlite, const char* query, std::int64_t bm25_up_to) {
  SearchRequest request = request_for(query, 0);
  request.bm25_up_to = bm25_up_to;
  auto a = pg.search(request), b = sqlite.search(request);
  ASSERT_TRUE(a && b);
  expect_same_hits(*a, *b);
  request.limit = 3;
  for (int pages = 0; pages < 3; ++pages) {
    auto pa = pg.search(request), pb = sqlite.search(request);
    ASSERT_TRUE(pa && pb);
    expect_same_hits(*pa, *pb);
    if (pb->hits.size() < 3) break;
    request.after = pb->hits.back().cursor;
  }
  if (!b->hits.empty()) {
    auto ma = pg.matches(b->hits[0].id, query), mb = sqlite.matches(b->hits[0].id, query);
    ASSERT_TRUE(ma && mb);
    EXPECT_EQ(ma->paragraphs, mb->paragraphs);
  }
}

// The same pages on both backends read back the same.
TEST_F(Postgres, AnswersExactlyAsSqlite) {
  const std::string pages = (dir_.path() / "pages").string();
  testing::copy_samples(pages);
  auto pg = testing::open_rw(uri_);
  auto sqlite = testing::open_rw(dir_ / "lib.db");
  testing::index_ok(pg, {pages});
  testing::index_ok(sqlite, {pages});

  auto rows_pg = testing::all_rows(pg), rows_sqlite = testing::all_rows(sqlite);
  ASSERT_EQ(rows_pg.size(), rows_sqlite.size());
  for (std::size_t i = 0; i < rows_pg.size(); ++i) {
    EXPECT_EQ(rows_pg[i].id, rows_sqlite[i].id);
    EXPECT_EQ(rows_pg[i].title, rows_sqlite[i].title);
    EXPECT_EQ(rows_pg[i].source, rows_sqlite[i].source);
    EXPECT_EQ(rows_pg[i].reporters, rows_sqlite[i].reporters);
    auto a = pg.article(rows_pg[i].id), b = sqlite.article(rows_sqlite[i].id);
    ASSERT_TRUE(a && b && *a && *b);
    EXPECT_EQ((*a)->paragraphs, (*b)->paragraphs);
    EXPECT_EQ((*a)->byline, (*b)->byline);
    EXPECT_EQ((*a)->pages, (*b)->pages);
    auto sa = pg.source(rows_pg[i].id), sb = sqlite.source(rows_sqlite[i].id);
    ASSERT_TRUE(sa && sb && *sa && *sb);
    EXPECT_EQ((*sa)->text, (*sb)->text);
  }
  auto dp = pg.districts(), ds = sqlite.districts();
  ASSERT_TRUE(dp && ds);
  ASSERT_EQ(dp->size(), ds->size());
  for (std::size_t i = 0; i < dp->size(); ++i) {
    EXPECT_EQ((*dp)[i].name, (*ds)[i].name);
    EXPECT_EQ((*dp)[i].articles, (*ds)[i].articles);
    EXPECT_EQ((*dp)[i].first_date, (*ds)[i].first_date);
    EXPECT_EQ((*dp)[i].months.size(), (*ds)[i].months.size());
  }
  auto pp = pg.papers(), ps = sqlite.papers();
  ASSERT_TRUE(pp && ps);
  ASSERT_EQ(pp->size(), ps->size());
  for (std::size_t i = 0; i < pp->size(); ++i) {
    EXPECT_EQ((*pp)[i].name, (*ps)[i].name);
    EXPECT_EQ((*pp)[i].articles, (*ps)[i].articles);
    EXPECT_EQ((*pp)[i].issues, (*ps)[i].issues);
  }
  // Queries of every shape, pinyin too: the same hits, snippets and scores.
  for (const char* query : {"发",
                            "的",
                            "发展",
                            "高质量发展",
                            "組織",
                            "发展 -管城",
                            "发展 OR 改造",
                            "工作 OR 发展 -管城",
                            "的 -管城 -社区",
                            "district:高新区 工作",
                            "district:高新区 发展 -管城",
                            "reporter:孙庆辉",
                            "date:11-10",
                            "群众 date:2023",
                            "本报讯",
                            "district:二七区 -发展",
                            "凝心聚力担使命 踔厉奋发谱新篇",
                            "ganyu",
                            "zuzhi",
                            "gxq",
                            "fazhan",
                            "changjiang",
                            "baojiaolou",
                            "zheng",
                            "gaozhiliang",
                            "guan",
                            "zhengzhoushi",
                            "gongzuo fazhan",
                            "fazhan -管城",
                            "fazhan OR gaige",
                            "hnrb",
                            "district:高新区 fazhan",
                            "的 -发展",
                            "的 工作",
                            "工作 OR 的",
                            "district:高新区 的"}) {
    // Ranked by bm25, and broadly (as with thousands of matches: the
    // common-term path, and for pinyin the literal tier then newest), whole
    // and in pages of three; and at a bound some pinyin queries' candidates
    // pass and others do not. A pinyin query's candidates are not the
    // same near the bound: SQLite's pinyin tokens give exactly its
    // matches, PostgreSQL's bigrams a superset, so one may rank broadly
    // where the other scores; both find the same articles and count them.
    const auto parsed = query::parse(query);
    const bool pinyin = parsed && parsed->has_pinyin();
    for (std::int64_t bm25_up_to : {SearchRequest{}.bm25_up_to, std::int64_t{0}, std::int64_t{12}}) {
      SCOPED_TRACE(std::string(query) + " bm25_up_to " + std::to_string(bm25_up_to));
      if (pinyin && bm25_up_to == 12) {
        expect_same_matches(pg, sqlite, query, bm25_up_to);
      } else {
        expect_same_search(pg, sqlite, query, bm25_up_to);
      }
    }
  }
}

// Past count_up_to matches (here a handful), a plain query's total is
// estimated from windows of the ids by the same rule on both backends, and
// the page is the same: the newest title hits, then the newest others.
TEST_F(Postgres, EstimatesADenseQueryAsSqlite) {
  std::vector<std::string> folders;
  for (int copy = 0; copy < 8; ++copy) {  // 152 articles, most holding 的
    folders.push_back((dir_.path() / "pages" / ("copy" + std::to_string(copy))).string());
    testing::copy_samples(folders.back());
  }
  auto pg = testing::open_rw(uri_);
  auto sqlite = testing::open_rw(dir_ / "lib.db");
  testing::index_ok(pg, folders);
  testing::index_ok(sqlite, folders);
  for (const char* query : {"的", "发展", "的 -管城", "工作 OR 的", "的 工作"}) {
    SCOPED_TRACE(query);
    SearchRequest request = request_for(query, 0);
    request.bm25_up_to = 0;
    request.count_up_to = 10;
    request.limit = 7;
    for (int turn = 0; turn < 4; ++turn) {
      auto a = pg.search(request), b = sqlite.search(request);
      ASSERT_TRUE(a && b);
      EXPECT_EQ(a->total_is_estimate, b->total_is_estimate);
      expect_same_hits(*a, *b);
      if (b->hits.empty()) break;
      request.after = b->hits.back().cursor;
    }
  }
  // 的 is dense there: an estimate, near the count.
  SearchRequest request = request_for("的", 20);
  request.bm25_up_to = 0;
  request.count_up_to = 10;
  auto estimated = pg.search(request), sqlite_estimated = sqlite.search(request);
  request.limit = 0;
  auto counted = pg.search(request);
  ASSERT_TRUE(estimated && sqlite_estimated && counted);
  EXPECT_TRUE(estimated->total_is_estimate);
  EXPECT_EQ(estimated->total, sqlite_estimated->total);
  EXPECT_FALSE(counted->total_is_estimate);
  EXPECT_NEAR(static_cast<double>(estimated->total), static_cast<double>(counted->total),
              0.2 * static_cast<double>(counted->total));
}

}  // namespace
}  // namespace kanbao::store
