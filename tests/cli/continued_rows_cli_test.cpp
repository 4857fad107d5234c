// SPDX-License-Identifier: MIT
// An article continued from one page of an issue to another (下转/上接) is
// one row of `list` and `search`, and that row names both pages as `show`
// does (01, 04), in text, Markdown and JSON (`page` the first, `pages`
// every one); on both backends (PostgreSQL against $KANBAO_TEST_PG; without
// it that variant skips, saying why). Pages invented here.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "run_binary.h"
#include "store/pg_test_server.h"

namespace kanbao {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using namespace test_support;

enum class Kind { kSqlite, kPostgres };

class ContinuedRowsCli : public ::testing::TestWithParam<Kind> {
 protected:
  void SetUp() override {
    if (GetParam() == Kind::kPostgres && !testing_pg::server_uri()) GTEST_SKIP() << testing_pg::kNoServer;
    db_ = GetParam() == Kind::kSqlite ? dir_ / "library.db" : testing_pg::fresh_database();
    std::filesystem::create_directories(dir_ / "config/kanbao");
    const std::string issue = dir_ / "archive/郑州日报/2024/03/12";
    std::filesystem::create_directories(issue);
    write_file(issue + "/01.txt",
               "黄河滩区新村落成\n\n"
               "　　本报讯 滩区三千户群众搬进新居，村口修起了文化广场。（下转第四版）\n");
    write_file(issue + "/04.txt",
               "黄河滩区新村落成\n\n"
               "　　（上接第一版）新村配套的卫生室和幼儿园下月启用，文化广场也已开放。\n\n"
               "春耕农机检修完毕\n\n"
               "　　本报讯 全市春耕农机检修完毕，文化站送来农技书。\n");
    Outcome indexed = kanbao({"index", dir_ / "archive"});
    ASSERT_EQ(indexed.status, 0) << indexed.err;
  }
  Outcome kanbao(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db_});
    return run_kanbao(args, {"XDG_CONFIG_HOME=" + (dir_ / "config"), "COLUMNS="});
  }
  // The line of `out` holding `part`, or "".
  static std::string line_with(const std::string& out, const std::string& part) {
    const auto at = out.find(part);
    if (at == std::string::npos) return {};
    const auto begin = out.rfind('\n', at);
    const auto end = out.find('\n', at);
    return out.substr(begin == std::string::npos ? 0 : begin + 1,
                      end == std::string::npos ? std::string::npos : end - (begin + 1));
  }
  // `report` and `alone` are the JSON objects of the continued article and
  // of page 04's own.
  static void expect_pages(const nlohmann::json& items, const std::string& context) {
    ASSERT_EQ(items.size(), 2u) << context << items.dump();
    int seen = 0;
    for (const auto& item : items) {
      if (item["title"] == "黄河滩区新村落成") {
        EXPECT_EQ(item["page"], "01") << context;
        EXPECT_EQ(item["pages"], nlohmann::json::array({"01", "04"})) << context;
        ++seen;
      } else {
        EXPECT_EQ(item["page"], "04") << context;
        EXPECT_EQ(item["pages"], nlohmann::json::array({"04"})) << context;
        ++seen;
      }
    }
    EXPECT_EQ(seen, 2) << context;
  }
  TempDir dir_;
  std::string db_;
};

TEST_P(ContinuedRowsCli, ListRowsNameEveryPage) {
  Outcome text = kanbao({"list"});
  ASSERT_EQ(text.status, 0) << text.err;
  EXPECT_THAT(line_with(text.out, "黄河滩区新村落成"), HasSubstr(" 01, 04 ")) << text.out;
  EXPECT_THAT(line_with(text.out, "春耕农机检修完毕"), HasSubstr(" 04 ")) << text.out;
  EXPECT_THAT(line_with(text.out, "春耕农机检修完毕"), Not(HasSubstr("01"))) << text.out;
  Outcome markdown = kanbao({"list", "--format", "markdown"});
  ASSERT_EQ(markdown.status, 0) << markdown.err;
  EXPECT_THAT(line_with(markdown.out, "黄河滩区新村落成"), HasSubstr("| 01, 04 |")) << markdown.out;
  for (const char* format : {"json", "jsonl"}) {
    Outcome json = kanbao({"list", "--format", format});
    ASSERT_EQ(json.status, 0) << json.err;
    nlohmann::json items = nlohmann::json::array();
    if (std::string(format) == "json") {
      items = nlohmann::json::parse(json.out);
    } else {
      for (std::size_t at = 0; at < json.out.size();) {
        const auto end = json.out.find('\n', at);
        items.push_back(nlohmann::json::parse(json.out.substr(at, end - at)));
        at = end + 1;
      }
    }
    expect_pages(items, format);
  }
  // `show` names the same pages.
  const auto rows = nlohmann::json::parse(kanbao({"list", "--json"}).out);
  for (const auto& row : rows) {
    Outcome shown = kanbao({"show", "--json", std::to_string(row["id"].get<std::int64_t>())});
    ASSERT_EQ(shown.status, 0) << shown.err;
    EXPECT_EQ(nlohmann::json::parse(shown.out)["pages"], row["pages"]) << shown.out;
  }
}

TEST_P(ContinuedRowsCli, SearchHitsNameEveryPage) {
  // 文化 is in both parts of the report and in the other article.
  Outcome text = kanbao({"search", "文化"});
  ASSERT_EQ(text.status, 0) << text.err;
  EXPECT_THAT(line_with(text.out, "黄河滩区新村落成"), HasSubstr("郑州日报 01, 04")) << text.out;
  EXPECT_THAT(line_with(text.out, "春耕农机检修完毕"), HasSubstr("郑州日报 04")) << text.out;
  // Markdown names the paper and pages as the text does.
  Outcome markdown = kanbao({"search", "--format", "markdown", "文化"});
  ASSERT_EQ(markdown.status, 0) << markdown.err;
  EXPECT_THAT(line_with(markdown.out, "黄河滩区新村落成"), HasSubstr("(郑州日报 01, 04")) << markdown.out;
  EXPECT_THAT(line_with(markdown.out, "春耕农机检修完毕"), HasSubstr("(郑州日报 04")) << markdown.out;
  Outcome json = kanbao({"search", "--json", "文化"});
  ASSERT_EQ(json.status, 0) << json.err;
  expect_pages(nlohmann::json::parse(json.out), "search --json");
  // Words of the second part alone find the same row.
  Outcome tail = kanbao({"search", "--json", "卫生室"});
  ASSERT_EQ(tail.status, 0) << tail.err;
  const auto hits = nlohmann::json::parse(tail.out);
  ASSERT_EQ(hits.size(), 1u) << tail.out;
  EXPECT_EQ(hits[0]["pages"], nlohmann::json::array({"01", "04"}));
}

INSTANTIATE_TEST_SUITE_P(Cli, ContinuedRowsCli, ::testing::Values(Kind::kSqlite, Kind::kPostgres),
                         [](const ::testing::TestParamInfo<Kind>& param) {
                           return param.param == Kind::kSqlite ? "Sqlite" : "Postgres";
                         });

}  // namespace
}  // namespace kanbao
