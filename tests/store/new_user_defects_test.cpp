// SPDX-License-Identifier: MIT
// User report, session 26: a new user's libraries of a city paper (都市快报,
// Hangzhou; 郑州日报) - districts of other cities, AND, continued articles
// - on both backends.
#include <gtest/gtest.h>

#include "backends_fixture.h"
#include "corpus/divisions.h"

namespace kanbao::store {
namespace {

using testing::Backends;
using testing::Kind;
using testing::request_for;
namespace fs = std::filesystem;

// A few of the country's county-level divisions, as data/divisions.tsv has them.
constexpr const char* kDivisions =
    "330106\t浙江省\t杭州市\t西湖区\n"
    "330102\t浙江省\t杭州市\t上城区\n"
    "410105\t河南省\t郑州市\t金水区\n";

// A library of one page of a Hangzhou paper whose article names no district
// of the country's, opened with the country's divisions (as the program opens it).
class CountryDistricts : public Backends {
 protected:
  void SetUp() override {
    Backends::SetUp();
    if (IsSkipped()) return;
    const fs::path file = dir_.path() / "city/都市快报/2020/01/08/01.txt";
    fs::create_directories(file.parent_path());
    testing::write_bytes(file, "江城新闻\n\n本报讯 武汉的樱花开了，游人如织。\n");
    auto lib = open_rw();
    testing::index_ok(lib, {(dir_.path() / "city").string()});
  }

  Library open_with(LibrarySetup setup) {
    auto lib = Library::open(location_, OpenMode::kReadOnly, std::move(setup));
    EXPECT_TRUE(lib) << lib.error().message();
    return std::move(*lib);
  }

  LibrarySetup with_divisions() {
    auto divisions = std::make_shared<corpus::Divisions>(*corpus::Divisions::parse(kDivisions, "test"));
    LibrarySetup setup;
    setup.country_district = [divisions](const std::string& name) -> Result<bool> {
      return divisions->county_level(name);
    };
    return setup;
  }

  // The error of listing, counting and searching `district` ("" when each succeeded
  // with nothing found), the same for the three or a message saying they differ.
  static std::string error_for(Library& lib, const std::string& district) {
    ListQuery q;
    q.district = district;
    auto listed = lib.list(q);
    auto counted = lib.count(q);
    SearchRequest request = request_for("樱花", 10);
    request.district = district;
    auto found = lib.search(request);
    if (listed && counted && found) {
      EXPECT_TRUE(listed->rows.empty());
      EXPECT_EQ(*counted, 0);
      EXPECT_EQ(found->total, 0);
      return "";
    }
    if (listed || counted || found) return "list, count and search disagree";
    EXPECT_EQ(listed.error().message(), found.error().message());
    return listed.error().message();
  }
};

// User report, session 26: `list --district 西湖区` of a Hangzhou library
// without an article of it said "unknown district", while a Zhengzhou
// district without articles was accepted. A county-level name of the
// country is a real district: nothing matches, no error.
TEST_P(CountryDistricts, ARealDistrictOfAnotherCityIsNoMistake) {
  auto lib = open_with(with_divisions());
  EXPECT_EQ(error_for(lib, "西湖区"), "");
  EXPECT_EQ(error_for(lib, "上城区"), "");
  // In the query too, as the browser's search takes it.
  auto in_query = lib.search(request_for("樱花 district:西湖区", 10));
  ASSERT_TRUE(in_query) << in_query.error().message();
  EXPECT_EQ(in_query->total, 0);
  // A short form the gazetteer canonicalises still is one.
  EXPECT_EQ(error_for(lib, "管城区"), "");
}

// A name neither of the country nor of the library is still an error
// naming it; a short form of the country's name (西湖) is no division.
TEST_P(CountryDistricts, ANameOfNoDivisionIsStillAnError) {
  auto lib = open_with(with_divisions());
  EXPECT_EQ(error_for(lib, "火星区"),
            "unknown district \"火星区\"; this library holds no article of a known district");
  EXPECT_EQ(error_for(lib, "西湖"),
            "unknown district \"西湖\"; this library holds no article of a known district");
}

// Without the divisions (a library opened by a tool) the name is unknown,
// as before; when they cannot be read, that is the error, not "unknown".
TEST_P(CountryDistricts, WithoutTheDivisionsTheNameIsUnknownOrTheCauseSaid) {
  auto without = open_with(LibrarySetup{});
  EXPECT_EQ(error_for(without, "西湖区"),
            "unknown district \"西湖区\"; this library holds no article of a known district");
  LibrarySetup broken;
  broken.country_district = [](const std::string&) -> Result<bool> { return Error("divisions unreadable"); };
  auto lib = open_with(std::move(broken));
  EXPECT_EQ(error_for(lib, "西湖区"), "divisions unreadable");
}

INSTANTIATE_TEST_SUITE_P(Store, CountryDistricts, ::testing::Values(Kind::kSqlite, Kind::kPostgres),
                         testing::kind_name);

// Writes `text` as page `page` of 郑州日报 on 2023-06-21 under `archive`; its path.
std::string write_page(const fs::path& archive, const std::string& page, const std::string& text) {
  const fs::path file = archive / "郑州日报/2023/06/21" / (page + ".txt");
  fs::create_directories(file.parent_path());
  testing::write_bytes(file, text);
  return file.string();
}

// A library of two pages of one issue whose first article continues from
// page 01 (下转第三版) onto page 03 (上接第一版), joined into one article.
class ContinuedArticle : public Backends {
 protected:
  void SetUp() override {
    Backends::SetUp();
    if (IsSkipped()) return;
    const fs::path archive = dir_.path() / "continued";
    head_ = write_page(archive, "01",
                       "老旧小区改造全面提速\n\n"
                       "　　本报讯 首批三十个小区昨日开工，改造资金按户拨付，居民可全程参与。\n\n"
                       "　　市住房保障局介绍，今年全市计划改造小区一百二十个。（下转第三版）\n");
    tail_ = write_page(archive, "03",
                       "老旧小区改造全面提速\n\n"
                       "　　（上接第一版）加装电梯同步推进，居民全程参与监督，施工结束后统一验收。\n");
    for (const auto& f : {head_, tail_}) parsed_ += testing::parse_file(f).articles.size();
    auto lib = open_rw();
    report_ = testing::index_ok(lib, {archive.string()});
  }

  std::string head_, tail_;
  std::size_t parsed_ = 0;
  IndexReport report_;
};

// User report, session 26: the summary of `kanbao index` counted the
// continuation joined to its head as an article of its own, one more than
// `list` shows. It counts the articles a user can list.
TEST_P(ContinuedArticle, TheIndexSummaryCountsTheArticlesListed) {
  auto lib = open_rw();
  auto listed = lib.count({});
  ASSERT_TRUE(listed) << listed.error().message();
  ASSERT_LT(*listed, static_cast<std::int64_t>(parsed_))
      << "the parts were not joined: the test tests nothing";
  EXPECT_EQ(report_.articles_added, *listed);
  EXPECT_EQ(report_.files_indexed, 2);
  // The tail indexed first, then the head: still the articles listed.
  auto again = open_rw();
  IndexOptions rebuild;
  rebuild.rebuild = true;
  const IndexReport rebuilt = testing::index_ok(again, {tail_, head_}, rebuild);
  auto relisted = again.count({});
  ASSERT_TRUE(relisted) << relisted.error().message();
  // Read again in place, the articles keep their ids: updated, not added.
  EXPECT_EQ(rebuilt.articles_updated, *relisted);
  EXPECT_EQ(rebuilt.articles_added, 0);
  EXPECT_EQ(rebuilt.articles_removed, 0);
}

// User report, session 26: `show --source` of a joined article showed its
// first page only. sources() gives every page it came from, in order, each
// with its page code and its own lines.
TEST_P(ContinuedArticle, TheSourcesOfAJoinedArticleAreEachOfItsPages) {
  auto lib = open_rw();
  auto rows = testing::all_rows(lib, ListQuery{});
  std::int64_t id = 0;
  for (const auto& row : rows)
    if (row.title == "老旧小区改造全面提速") id = row.id;
  ASSERT_NE(id, 0);
  auto article = lib.article(id);
  ASSERT_TRUE(article && *article);
  ASSERT_EQ((*article)->pages, (std::vector<std::string>{"01", "03"}));
  ASSERT_EQ((*article)->part_ids.size(), 1u);
  for (const std::int64_t asked : {id, (*article)->part_ids[0]}) {  // the head or its part: one article
    auto sources = lib.sources(asked);
    ASSERT_TRUE(sources) << sources.error().message();
    ASSERT_EQ(sources->size(), 2u);
    EXPECT_EQ((*sources)[0].page, "01");
    EXPECT_EQ((*sources)[0].path, head_);
    EXPECT_NE((*sources)[0].text.find("首批三十个小区"), std::string::npos);
    EXPECT_EQ((*sources)[1].page, "03");
    EXPECT_EQ((*sources)[1].path, tail_);
    EXPECT_NE((*sources)[1].text.find("加装电梯同步推进"), std::string::npos);
    EXPECT_GE((*sources)[1].first_line, 1);
    EXPECT_TRUE((*sources)[1].current);
  }
  auto none = lib.sources(999999);
  ASSERT_TRUE(none);
  EXPECT_TRUE(none->empty());
}

INSTANTIATE_TEST_SUITE_P(Store, ContinuedArticle, ::testing::Values(Kind::kSqlite, Kind::kPostgres),
                         testing::kind_name);

// User report, session 26: `search 长江 AND 黄河` searched for the word
// "and" too, finding nothing. AND is the conjunction, on both backends.
TEST_P(Backends, AndBetweenTwoTermsFindsWhatBothTermsFind) {
  const fs::path archive = dir_.path() / "rivers";
  fs::create_directories(archive);
  testing::write_bytes(archive / "rivers.txt",
                       "大河之歌\n\n　　本报讯 长江与黄河流域的生态保护一同推进，沿岸城市签订协议。\n");
  auto lib = open_rw();
  testing::index_ok(lib, {archive.string()});
  auto both = lib.search(request_for("长江 黄河", 10));
  ASSERT_TRUE(both) << both.error().message();
  ASSERT_EQ(both->total, 1);
  auto with_and = lib.search(request_for("长江 AND 黄河", 10));
  ASSERT_TRUE(with_and) << with_and.error().message();
  EXPECT_EQ(with_and->total, 1);
  auto full_width = lib.search(request_for("长江 ＡＮＤ 黄河", 10));
  ASSERT_TRUE(full_width) << full_width.error().message();
  EXPECT_EQ(full_width->total, 1);
}

}  // namespace
}  // namespace kanbao::store
