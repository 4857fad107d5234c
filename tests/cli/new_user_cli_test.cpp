// SPDX-License-Identifier: MIT
// User report, session 26: the command line on another city's paper
// (都市快报, Hangzhou), on an article continued from page to page, and on a
// library the user may not write.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "run_binary.h"

namespace kanbao {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using namespace test_support;

class CityPapers : public ::testing::Test {
 protected:
  void SetUp() override {
    std::filesystem::create_directories(dir_ / "config/kanbao");
    db_ = dir_ / "library.db";
  }
  // Writes one page under the archive folder.
  void page(const std::string& relative, const std::string& text) {
    const std::string file = dir_ / ("archive/" + relative);
    std::filesystem::create_directories(std::filesystem::path(file).parent_path());
    write_file(file, text);
  }
  Outcome kanbao(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db_});
    return run_kanbao(args, {"XDG_CONFIG_HOME=" + (dir_ / "config")});
  }
  TempDir dir_;
  std::string db_;
};

// `--district 西湖区` of a Hangzhou library without an article of it said
// "unknown district"; a county-level name of the country is a real one.
// A query that finds nothing is echoed cut to a line (a newcomer pasted a
// page of text and got it all back), and filtered for the terminal.
TEST_F(CityPapers, ANoHitQueryIsEchoedCutToALine) {
  page("都市快报/2020/01/08/01.txt", "城市新闻\n\n本报讯 钱塘江边的樱花开了，游人如织。\n");
  ASSERT_EQ(kanbao({"index", dir_ / "archive"}).status, 0);
  std::string query;
  for (int i = 0; i < 2000; ++i) query += "长";
  Outcome run = kanbao({"search", query + "\x1b[31m"});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_THAT(run.err, HasSubstr("kanbao: no article matches '长长"));
  EXPECT_THAT(run.err, HasSubstr("…'\n"));
  EXPECT_LT(run.err.size(), 250u) << run.err.size();
  EXPECT_EQ(run.err.find('\x1b'), std::string::npos);
}

// An empty query is a usage error (exit 2), as README's exit statuses say,
// with what to do; blanks, full-width ones included, are nothing typed.
TEST_F(CityPapers, AnEmptyQueryIsAUsageError) {
  page("都市快报/2020/01/08/01.txt", "城市新闻\n\n本报讯 钱塘江边的樱花开了，游人如织。\n");
  ASSERT_EQ(kanbao({"index", dir_ / "archive"}).status, 0);
  for (const char* query : {"", "   ", "\u3000"}) {
    Outcome run = kanbao({"search", query});
    EXPECT_EQ(run.status, 2) << "'" << query << "': " << run.err;
    EXPECT_EQ(run.err, "kanbao: the search query is empty; type the words to search for\n") << query;
  }
}

// Tester report, session 30: `search OR` said the query was empty. An
// operator with no word on a side joins nothing: a usage error naming the
// query and the operator.
TEST_F(CityPapers, AnOperatorAloneHasNothingToJoin) {
  page("都市快报/2020/01/08/01.txt", "城市新闻\n\n本报讯 钱塘江边的樱花开了，游人如织。\n");
  ASSERT_EQ(kanbao({"index", dir_ / "archive"}).status, 0);
  for (const std::string query : {"OR", "OR OR", "AND"}) {
    const std::string op = query.substr(0, query.find(' '));
    Outcome run = kanbao({"search", query});
    EXPECT_EQ(run.status, 2) << query << ": " << run.err;
    EXPECT_EQ(run.err, "kanbao: \"" + query + "\": " + op +
                           " has nothing to join; put it between two words, as in 长江 " + op + " 黄河\n");
  }
  // Beside a word, a dangling OR is still dropped (typing in the browser).
  EXPECT_EQ(kanbao({"search", "樱花 OR"}).status, 0);
}

// A query of -terms alone listed every other article with 0 hits: it asks
// for no article, a usage error naming the query. Beside a term, a filter
// or --district, a -term still narrows.
TEST_F(CityPapers, AQueryThatOnlyExcludesIsAUsageError) {
  page("都市快报/2020/01/08/01.txt", "城市新闻\n\n本报讯 钱塘江边的樱花开了，游人如织。\n");
  page("都市快报/2020/01/09/01.txt", "江边新闻\n\n本报讯 钱塘江边的桂花开了。\n");
  ASSERT_EQ(kanbao({"index", dir_ / "archive"}).status, 0);
  for (const char* query : {"-樱花", "-樱花 -桂花", "－樱花"}) {
    Outcome run = kanbao({"search", "--", query});
    EXPECT_EQ(run.status, 2) << query << ": " << run.err;
    EXPECT_EQ(run.out, "") << query;
    EXPECT_EQ(run.err, std::string("kanbao: \"") + query +
                           "\" only leaves words out; add a word to search for, as in 长江 -武汉\n");
  }
  for (const char* query : {"钱塘江 -樱花", "date:2020 -樱花"}) {
    Outcome run = kanbao({"search", "--json", "--", query});
    ASSERT_EQ(run.status, 0) << query << ": " << run.err;
    const auto hits = nlohmann::json::parse(run.out);
    ASSERT_EQ(hits.size(), 1u) << query << run.out;
    EXPECT_THAT(hits[0]["title"].get<std::string>(), HasSubstr("江边新闻")) << query;
  }
}

TEST_F(CityPapers, ARealDistrictOfAnotherCityMatchesNothingWithoutError) {
  page("都市快报/2020/01/08/01.txt", "城市新闻\n\n本报讯 钱塘江边的樱花开了，游人如织。\n");
  ASSERT_EQ(kanbao({"index", dir_ / "archive"}).status, 0);
  for (const auto& command :
       std::vector<std::vector<std::string>>{{"list", "--district", "西湖区"},
                                             {"export", "--district", "西湖区"},
                                             {"search", "--district", "西湖区", "樱花"}}) {
    Outcome run = kanbao(command);
    EXPECT_EQ(run.status, 0) << command[0] << ": " << run.err;
    EXPECT_THAT(run.err, Not(HasSubstr("unknown district"))) << command[0];
  }
  Outcome listed = kanbao({"list", "--district", "西湖区"});
  EXPECT_THAT(listed.err, HasSubstr("no article matches"));
  // A name of no division is still an error naming it.
  Outcome wrong = kanbao({"list", "--district", "火星区"});
  EXPECT_EQ(wrong.status, 1);
  EXPECT_THAT(wrong.err, HasSubstr("unknown district \"火星区\""));
}

// Pages 01 and 03 of an issue whose article continues from one to the
// other (下转/上接), indexed.
class ContinuedIssue : public CityPapers {
 protected:
  void SetUp() override {
    CityPapers::SetUp();
    page("郑州日报/2023/06/21/01.txt",
         "老旧小区改造全面提速\n\n"
         "　　本报讯 首批三十个小区昨日开工，改造资金按户拨付，居民可全程参与。\n\n"
         "　　市住房保障局介绍，今年全市计划改造小区一百二十个。（下转第三版）\n");
    page("郑州日报/2023/06/21/03.txt",
         "老旧小区改造全面提速\n\n"
         "　　（上接第一版）加装电梯同步推进，居民全程参与监督，施工结束后统一验收。\n");
    indexed_ = kanbao({"index", dir_ / "archive"});
    ASSERT_EQ(indexed_.status, 0) << indexed_.err;
  }
  Outcome indexed_;
};

// The summary line of `kanbao index` counts the articles `list` shows: a
// continuation joined to its head is not one of its own.
TEST_F(ContinuedIssue, TheSummaryCountsWhatListShows) {
  Outcome listed = kanbao({"list", "--json"});
  ASSERT_EQ(listed.status, 0) << listed.err;
  const std::size_t rows = nlohmann::json::parse(listed.out).size();
  ASSERT_EQ(rows, 1u) << listed.out;
  EXPECT_THAT(
      indexed_.out,
      HasSubstr("indexed 2 files (1 article added, 0 articles removed); 0 files unchanged, 0 files removed"))
      << indexed_.out;
}

// Tester report, session 30: a page indexed again (its text changed) was
// counted as its articles added and
// removed, though they keep their ids: they are updated.
TEST_F(ContinuedIssue, ArticlesReadAgainInPlaceAreUpdated) {
  const std::string head = dir_ / "archive/郑州日报/2023/06/21/01.txt";
  std::ofstream(head, std::ios::app) << "\n";
  Outcome changed = kanbao({"index", dir_ / "archive"});
  ASSERT_EQ(changed.status, 0) << changed.err;
  EXPECT_THAT(changed.out,
              HasSubstr("indexed 1 file (0 articles added, 1 article updated, 0 articles removed); 1 file "
                        "unchanged"))
      << changed.out;
}

// `show --source` of a joined article shows both pages, in order, each under
// a line naming its page and file; --json gives the second as a continuation.
TEST_F(ContinuedIssue, ShowSourceShowsEveryPageOfAJoinedArticle) {
  Outcome listed = kanbao({"list", "--json"});
  ASSERT_EQ(listed.status, 0) << listed.err;
  const auto rows = nlohmann::json::parse(listed.out);
  ASSERT_EQ(rows.size(), 1u);
  const std::string id = std::to_string(rows[0]["id"].get<std::int64_t>());
  Outcome source = kanbao({"show", "--source", id});
  ASSERT_EQ(source.status, 0) << source.err;
  const std::string first = "[page 01: " + (dir_ / "archive/郑州日报/2023/06/21/01.txt") + "]";
  const std::string second = "[page 03: " + (dir_ / "archive/郑州日报/2023/06/21/03.txt") + "]";
  const auto at_first = source.out.find(first), at_second = source.out.find(second);
  ASSERT_NE(at_first, std::string::npos) << source.out;
  ASSERT_NE(at_second, std::string::npos) << source.out;
  EXPECT_LT(at_first, at_second);
  EXPECT_LT(at_first, source.out.find("首批三十个小区"));
  EXPECT_GT(source.out.find("加装电梯同步推进"), at_second);
  EXPECT_THAT(source.out.substr(at_second), HasSubstr("▶"));  // its own lines on page 03 marked
  Outcome json_source = kanbao({"show", "--source", "--json", id});
  ASSERT_EQ(json_source.status, 0) << json_source.err;
  const auto s = nlohmann::json::parse(json_source.out);
  EXPECT_EQ(s["page"], "01");
  ASSERT_EQ(s["continuations"].size(), 1u);
  EXPECT_EQ(s["continuations"][0]["page"], "03");
  EXPECT_THAT(s["continuations"][0]["text"].get<std::string>(), HasSubstr("加装电梯同步推进"));
}

// A joined article names where each of its parts came from, its own lines
// first: the text form's last line (as the reader's 来源) and --json's
// part_sources (a newcomer's test: the source line named page 01 only).
TEST_F(ContinuedIssue, ShowNamesTheLinesOfEveryPart) {
  Outcome listed = kanbao({"list", "--json"});
  ASSERT_EQ(listed.status, 0) << listed.err;
  const auto rows = nlohmann::json::parse(listed.out);
  ASSERT_EQ(rows.size(), 1u);
  const std::string id = std::to_string(rows[0]["id"].get<std::int64_t>());
  const std::string first = dir_ / "archive/郑州日报/2023/06/21/01.txt";
  const std::string second = dir_ / "archive/郑州日报/2023/06/21/03.txt";
  Outcome shown = kanbao({"show", id});
  ASSERT_EQ(shown.status, 0) << shown.err;
  EXPECT_THAT(shown.out, HasSubstr("[" + first + ":1-5, " + second + ":1-3]\n")) << shown.out;
  Outcome json = kanbao({"show", "--json", id});
  ASSERT_EQ(json.status, 0) << json.err;
  const auto article = nlohmann::json::parse(json.out);
  EXPECT_EQ(article["source"], first + ":1-5");
  EXPECT_EQ(article["part_sources"], nlohmann::json::array({second + ":1-3"}));
}

// `kanbao index` into a library this user may not write (run as another
// user: the tests run as root, whom permissions do not stop) names the file
// and says what to do, whether the file or its folder is read-only.
TEST_F(CityPapers, IndexingAReadOnlyLibraryNamesItAndSaysWhatToDo) {
  if (::geteuid() != 0) GTEST_SKIP() << "needs root to run kanbao as another user (setpriv)";
  page("郑州日报/2023/06/21/01.txt", "城市新闻\n\n　　本报讯 钱塘江边的樱花开了，游人如织。\n");
  const std::string lib = dir_ / "shared";
  std::filesystem::create_directories(lib);
  const std::string db = lib + "/kanbao.db";
  ASSERT_EQ(run_kanbao({"--db", db, "index", dir_ / "archive"}).status, 0);
  page("郑州日报/2023/06/22/01.txt", "城市新闻\n\n　　本报讯 西湖边的桂花开了，游人如织。\n");
  namespace fs = std::filesystem;
  const auto readable = fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                        fs::perms::others_read | fs::perms::others_exec;
  for (const std::string& path : {dir_.path(), dir_ / "config", lib, dir_ / "archive"})
    fs::permissions(path, readable);
  for (const auto& entry : fs::recursive_directory_iterator(dir_ / "archive"))
    fs::permissions(entry.path(), readable);
  auto as_nobody = [&] {
    return run_program({"/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", KANBAO_BINARY,
                        "--db", db, "index", dir_ / "archive"},
                       {"XDG_CONFIG_HOME=" + (dir_ / "config"), "HOME=" + dir_.path()});
  };
  const std::string says =
      "the library " + db +
      " is read-only for this user: indexing needs write access to the file and to its folder " + lib;
  // The file read-only (its folder open to all).
  fs::permissions(lib, fs::perms::all);
  fs::permissions(
      db, fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read);
  Outcome file = as_nobody();
  EXPECT_EQ(file.status, 1);
  EXPECT_THAT(file.err, HasSubstr(says)) << file.err;
  EXPECT_THAT(file.err, HasSubstr("copy the file to a folder of yours"));
  // The file writable, its folder not (no journal can be made there).
  fs::permissions(lib, readable);
  fs::permissions(db, fs::perms::all);
  Outcome folder = as_nobody();
  EXPECT_EQ(folder.status, 1);
  EXPECT_THAT(folder.err, HasSubstr(says)) << folder.err;
  // Reading it needs neither: list still works.
  fs::permissions(db, readable);
  Outcome read = run_program({"/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                              KANBAO_BINARY, "--db", db, "list"},
                             {"XDG_CONFIG_HOME=" + (dir_ / "config"), "HOME=" + dir_.path()});
  EXPECT_EQ(read.status, 0) << read.err;
  EXPECT_THAT(read.out, HasSubstr("城市新闻"));
}

}  // namespace
}  // namespace kanbao
