// SPDX-License-Identifier: MIT
// End-to-end: papers, issues and pages through the command line - index
// --paper/--date, list/search/show --json fields, show --source, papers.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "cli/run_binary.h"

namespace kanbao {
namespace {

using nlohmann::json;
using test_support::Outcome;
using test_support::run_kanbao;
using test_support::TempDir;
using test_support::write_file;
using ::testing::HasSubstr;
using ::testing::Not;

namespace fs = std::filesystem;

// A page written for this test (not newspaper text): two articles, a
// masthead, and a line with an escape sequence that must never reach the terminal.
const char* const kPage =
    "郑州日报 2023年6月21日 星期三 第5版\n"
    "\n"
    "我市新建口袋公园三十座\n"
    "本报讯 6月20日，记者从市园林局获悉，今年新建口袋公园三十座。\x1b[2J\n"
    "记者 王刚\n"
    "\n"
    "老旧小区加装电梯提速\n"
    "本报讯 昨天，第二批加装电梯项目开工。\n"
    "记者 李娜\n";

class ArchiveCli : public ::testing::Test {
 protected:
  void SetUp() override {
    db_ = dir_ / "library.db";
    fs::create_directories(dir_ / "archive/郑州日报/2023/06/21");
    fs::create_directories(dir_ / "loose");
    write_file(dir_ / "archive/郑州日报/2023/06/21/05.txt", kPage);
    for (const auto& entry : fs::directory_iterator(KANBAO_SAMPLE_DIR)) {
      fs::copy_file(entry.path(), fs::path(dir_ / "loose") / entry.path().filename());
      break;  // one sample page is enough
    }
    ASSERT_EQ(kanbao({"index", dir_ / "archive"}).status, 0);
    Outcome loose = kanbao({"index", "--paper", "郑州晚报", "--date", "2020-01-25", dir_ / "loose"});
    ASSERT_EQ(loose.status, 0) << loose.err;
  }
  Outcome kanbao(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db_});
    return run_kanbao(args, {"XDG_CONFIG_HOME=" + (dir_ / "config")});
  }
  json list_json(std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {"list", "--json"};
    args.insert(args.end(), extra.begin(), extra.end());
    Outcome run = kanbao(args);
    EXPECT_EQ(run.status, 0) << run.err;
    return json::parse(run.out);
  }
  TempDir dir_;
  std::string db_;
};

// A README and a truth table beside the pages are no pages: index leaves
// them out, names them, and still succeeds; no article comes from them.
TEST_F(ArchiveCli, IndexLeavesOutNotesAndTablesAndSaysSo) {
  write_file(dir_ / "archive/README.md", "标题\n\n本报讯 会议召开。\n");
  write_file(dir_ / "archive/郑州日报/truth.tsv", "page\t05.txt\tepaper\t2023-06-21\n");
  Outcome run = kanbao({"index", dir_ / "archive"});
  EXPECT_EQ(run.status, 0) << run.err;
  EXPECT_THAT(run.err, HasSubstr("left out 2 files that are no page"));
  EXPECT_THAT(run.err, HasSubstr("README.md"));
  EXPECT_THAT(run.err, HasSubstr("truth.tsv"));
  EXPECT_EQ(list_json({"--paper", "郑州日报"}).size(), 2u);
}

TEST_F(ArchiveCli, ListJsonCarriesPaperPageAndBothDates) {
  json rows = list_json({"--paper", "郑州日报"});
  ASSERT_EQ(rows.size(), 2u);
  for (const auto& row : rows) {
    EXPECT_EQ(row["paper"], "郑州日报");
    EXPECT_EQ(row["page"], "05");
    EXPECT_EQ(row["published"], "2023-06-21");
    EXPECT_EQ(row["date"], "2023-06-21");  // lists sort by the publication date
    EXPECT_TRUE(row.contains("kicker"));
    EXPECT_TRUE(row.contains("event_date"));
  }
  json loose = list_json({"--paper", "郑州晚报"});
  ASSERT_FALSE(loose.empty());
  for (const auto& row : loose) {
    EXPECT_EQ(row["published"], "2020-01-25");  // --date
    EXPECT_EQ(row["paper"], "郑州晚报");        // --paper
  }
  // Newest issue first across papers.
  json all = list_json();
  ASSERT_EQ(all.size(), rows.size() + loose.size());
  EXPECT_EQ(all.front()["paper"], "郑州日报");
  EXPECT_EQ(all.back()["paper"], "郑州晚报");
}

TEST_F(ArchiveCli, TextListAndShowNamePaperPageAndDates) {
  Outcome list = kanbao({"list", "--paper", "郑州日报"});
  ASSERT_EQ(list.status, 0) << list.err;
  EXPECT_THAT(list.out, HasSubstr("PAPER"));
  EXPECT_THAT(list.out, HasSubstr("PAGE"));
  const json rows = list_json({"--paper", "郑州日报"});
  const std::string id = std::to_string(rows[0]["id"].get<std::int64_t>());
  Outcome show = kanbao({"show", id});
  ASSERT_EQ(show.status, 0) << show.err;
  EXPECT_THAT(show.out, HasSubstr("郑州日报 · 第05版"));
  EXPECT_THAT(show.out, HasSubstr("出版 2023-06-21"));
  EXPECT_THAT(show.out, Not(HasSubstr("\x1b")));
  Outcome shown = kanbao({"show", "--json", id});
  ASSERT_EQ(shown.status, 0);
  const json article = json::parse(shown.out);
  EXPECT_EQ(article["pages"], json::array({"05"}));
  EXPECT_EQ(article["paper"], "郑州日报");
}

TEST_F(ArchiveCli, ShowSourcePrintsThePageFilteredAndMarksTheArticle) {
  const json rows = list_json({"--paper", "郑州日报"});
  std::string id;
  for (const auto& row : rows)
    if (row["title"] == "我市新建口袋公园三十座") id = std::to_string(row["id"].get<std::int64_t>());
  ASSERT_FALSE(id.empty()) << rows.dump();
  Outcome source = kanbao({"show", "--source", id});
  ASSERT_EQ(source.status, 0) << source.err;
  EXPECT_THAT(source.out, HasSubstr("05.txt]"));
  EXPECT_THAT(source.out, HasSubstr("郑州日报 2023年6月21日 星期三 第5版"));  // furniture is shown too
  EXPECT_THAT(source.out, HasSubstr("老旧小区加装电梯提速"));                 // and the rest of the page
  EXPECT_THAT(source.out, HasSubstr("▶    3  我市新建口袋公园三十座"));
  EXPECT_THAT(source.out, Not(HasSubstr("\x1b")));
  Outcome json_source = kanbao({"show", "--source", "--json", id});
  ASSERT_EQ(json_source.status, 0);
  const json s = json::parse(json_source.out);
  EXPECT_EQ(s["current"], true);
  EXPECT_EQ(s["first_line"], 3);

  // The file changes: the page as stored, with a warning.
  write_file(dir_ / "archive/郑州日报/2023/06/21/05.txt", "全新内容\n");
  Outcome stale = kanbao({"show", "--source", id});
  ASSERT_EQ(stale.status, 0) << stale.err;
  EXPECT_THAT(stale.err, HasSubstr("changed or vanished since it was indexed"));
  EXPECT_THAT(stale.out, HasSubstr("我市新建口袋公园三十座"));
  EXPECT_EQ(kanbao({"show", "--source", "999999"}).status, 1);
}

TEST_F(ArchiveCli, SearchJsonAndExportCarryTheNewFields) {
  Outcome search = kanbao({"search", "--json", "口袋公园"});
  ASSERT_EQ(search.status, 0) << search.err;
  const json hits = json::parse(search.out);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0]["paper"], "郑州日报");
  EXPECT_EQ(hits[0]["page"], "05");
  EXPECT_EQ(hits[0]["published"], "2023-06-21");
  EXPECT_TRUE(hits[0].contains("kicker"));
  EXPECT_TRUE(hits[0].contains("event_date"));
  Outcome exported = kanbao({"export", "--paper", "郑州日报"});
  ASSERT_EQ(exported.status, 0) << exported.err;
  int lines = 0;
  std::istringstream in(exported.out);
  for (std::string line; std::getline(in, line); ++lines) {
    const json a = json::parse(line);
    EXPECT_EQ(a["paper"], "郑州日报");
    EXPECT_EQ(a["published"], "2023-06-21");
  }
  EXPECT_EQ(lines, 2);
}

// The user's defect: a kicker (引题) was shown but never searched. A phrase
// found only in it finds the article, in the text and the JSON output.
TEST_F(ArchiveCli, SearchFindsAPhraseOfTheKicker) {
  write_file(dir_ / "archive/郑州日报/2023/06/21/06.txt",
             "郑州日报 2023年6月21日 星期三 第6版\n"
             "\n"
             "市园林局发布秋季赏叶线路\n"
             "城区十二条银杏大道本周末进入最佳观赏期\n"
             "本报讯 记者从市园林局获悉，城区银杏本周进入观赏期。\n"
             "记者 王刚\n");
  ASSERT_EQ(kanbao({"index", dir_ / "archive"}).status, 0);
  Outcome search = kanbao({"search", "--json", "秋季赏叶线路"});
  ASSERT_EQ(search.status, 0) << search.err;
  const json hits = json::parse(search.out);
  ASSERT_EQ(hits.size(), 1u) << search.out;
  EXPECT_EQ(hits[0]["kicker"], "市园林局发布秋季赏叶线路");
  EXPECT_EQ(hits[0]["title"], "城区十二条银杏大道本周末进入最佳观赏期");
  Outcome text = kanbao({"search", "赏叶线路"});
  ASSERT_EQ(text.status, 0) << text.err;
  EXPECT_THAT(text.out, HasSubstr("城区十二条银杏大道本周末进入最佳观赏期"));
  EXPECT_THAT(text.out, HasSubstr("赏叶线路"));
}

TEST_F(ArchiveCli, PapersListsCountsAndIssues) {
  Outcome papers = kanbao({"papers", "--json"});
  ASSERT_EQ(papers.status, 0) << papers.err;
  const json rows = json::parse(papers.out);
  ASSERT_EQ(rows.size(), 2u);
  std::map<std::string, json> by_name;
  for (const auto& r : rows) by_name[r["name"].get<std::string>()] = r;
  EXPECT_EQ(by_name["郑州日报"]["articles"], 2);
  EXPECT_EQ(by_name["郑州日报"]["issues"], 1);
  EXPECT_EQ(by_name["郑州日报"]["first_issue"], "2023-06-21");
  EXPECT_EQ(by_name["郑州晚报"]["last_issue"], "2020-01-25");
  Outcome text = kanbao({"papers"});
  EXPECT_THAT(text.out, HasSubstr("ISSUES"));
}

// papers takes --format as districts does (a newcomer's test found it refused).
TEST_F(ArchiveCli, PapersTakesEveryReadingFormat) {
  Outcome jsonl = kanbao({"papers", "--format", "jsonl"});
  ASSERT_EQ(jsonl.status, 0) << jsonl.err;
  std::istringstream lines(jsonl.out);
  std::vector<std::string> names;
  for (std::string line; std::getline(lines, line);) names.push_back(json::parse(line)["name"]);
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"郑州日报", "郑州晚报"})) << jsonl.out;
  EXPECT_EQ(kanbao({"papers", "--format", "json"}).out, kanbao({"papers", "--json"}).out);
  Outcome md = kanbao({"papers", "--format", "markdown"});
  ASSERT_EQ(md.status, 0) << md.err;
  EXPECT_THAT(md.out, HasSubstr("| Paper | Articles | Issues | First | Last |\n"));
  EXPECT_THAT(md.out, HasSubstr("| 郑州日报 | 2 | 1 | 2023-06-21 | 2023-06-21 |\n"));
  Outcome bad = kanbao({"papers", "--format", "csv"});
  EXPECT_EQ(bad.status, 2);
  EXPECT_THAT(bad.err, HasSubstr("--format takes one of text, json, jsonl, markdown"));
}

// Defect 4: --quiet silences the note about files that are no page, on a
// run that indexes and on one with nothing to do; a skipped file is still said.
TEST_F(ArchiveCli, QuietIndexSaysNothingOfFilesThatAreNoPage) {
  write_file(dir_ / "archive/郑州日报/truth.tsv", "page\t05.txt\tepaper\t2023-06-21\n");
  write_file(dir_ / "archive/郑州日报/2023/06/21/06.txt", kPage);
  Outcome indexed = kanbao({"index", "--quiet", dir_ / "archive"});
  EXPECT_EQ(indexed.status, 0) << indexed.err;
  EXPECT_EQ(indexed.err, "");
  EXPECT_EQ(indexed.out, "");
  Outcome idle = kanbao({"index", "--quiet", dir_ / "archive"});
  EXPECT_EQ(idle.status, 0) << idle.err;
  EXPECT_EQ(idle.err, "");
  EXPECT_EQ(idle.out, "");
  Outcome loud = kanbao({"index", dir_ / "archive"});
  EXPECT_THAT(loud.err, HasSubstr("left out 1 file that is no page"));
  EXPECT_THAT(loud.out, HasSubstr("nothing to do"));
}

// Defect 3: a listing that finds nothing says so on stderr as search does
// (exit 0); a paper the library does not hold is an error naming those it does.
TEST_F(ArchiveCli, AnEmptyListingSaysSoAndAnUnknownPaperNamesThePapers) {
  for (const char* wrong : {"rmrb", "郑州"}) {
    for (const char* command : {"list", "export"}) {
      Outcome run = kanbao({command, "--paper", wrong});
      EXPECT_EQ(run.status, 1) << command << " " << wrong;
      EXPECT_EQ(run.out, "") << command;
      EXPECT_THAT(run.err,
                  HasSubstr(std::string("no paper is named \"") + wrong +
                            "\"; this library's papers: 郑州晚报, 郑州日报"))  // as `papers` orders them
          << command;
    }
  }
  Outcome none = kanbao({"list", "--paper", "郑州日报", "--district", "金水区"});
  EXPECT_EQ(none.status, 0) << none.err;
  EXPECT_EQ(none.err, "kanbao: no article matches --paper '郑州日报' --district '金水区'\n");
  Outcome json_none = kanbao({"list", "--json", "--district", "金水区"});
  EXPECT_EQ(json_none.status, 0) << json_none.err;
  EXPECT_EQ(json_none.err, "");
  EXPECT_EQ(json::parse(json_none.out).size(), 0u);
  Outcome some = kanbao({"list", "--paper", "郑州日报"});
  EXPECT_EQ(some.status, 0) << some.err;
  EXPECT_EQ(some.err, "");
}

// search --paper NAME keeps one paper's hits, as paper:NAME in the query
// does; a paper the library does not hold is the error list --paper gives.
TEST_F(ArchiveCli, SearchKeepsOnePapersHits) {
  auto hits = [&](std::vector<std::string> args) {
    args.insert(args.begin(), {"search", "--json", "--limit", "0"});
    Outcome run = kanbao(args);
    EXPECT_EQ(run.status, 0) << run.err;
    return json::parse(run.out.empty() ? "[]" : run.out);
  };
  const json all = hits({"本报讯"});
  std::map<std::string, std::size_t> per_paper;
  for (const auto& hit : all) ++per_paper[hit["paper"].get<std::string>()];
  ASSERT_EQ(per_paper["郑州日报"], 2u);
  ASSERT_GE(per_paper["郑州晚报"], 1u) << "the sample page has no 本报讯";
  for (const char* paper : {"郑州日报", "郑州晚报"}) {
    const json kept = hits({"--paper", paper, "本报讯"});
    EXPECT_EQ(kept.size(), per_paper[paper]) << paper;
    for (const auto& hit : kept) EXPECT_EQ(hit["paper"], paper);
    EXPECT_EQ(hits({"本报讯", std::string("paper:") + paper}), kept) << paper;
  }
  Outcome unknown = kanbao({"search", "--paper", "rmrb", "本报讯"});
  EXPECT_EQ(unknown.status, 1);
  EXPECT_EQ(unknown.out, "");
  EXPECT_THAT(unknown.err,
              HasSubstr("no paper is named \"rmrb\"; this library's papers: 郑州晚报, 郑州日报"));
  Outcome in_query = kanbao({"search", "本报讯", "paper:rmrb"});
  EXPECT_EQ(in_query.status, 1);
  EXPECT_EQ(in_query.err, unknown.err);
  Outcome quoted = kanbao({"search", "--paper", "郑州\"日报", "本报讯"});
  EXPECT_EQ(quoted.status, 2);
  EXPECT_THAT(quoted.err, HasSubstr("--paper takes a paper's name"));
}

// `index --date` takes every form of a day a Chinese user types, as the
// browser's `:` and --from do (base/typed_date.h; a newcomer's test:
// --date 2020/1/25 and --date ２０２０－０１－２５ were refused).
TEST_F(ArchiveCli, IndexDateTakesEveryTypedFormOfADay) {
  int n = 0;
  for (const char* typed : {"2020-1-25", "20200125", "2020/1/25", "2020.1.25", "2020年1月25日",
                            "２０２０－０１－２５", "２０２０年１月２５日"}) {
    const std::string db = dir_ / ("form" + std::to_string(n++) + ".db");
    Outcome index = run_kanbao({"--db", db, "index", "--paper", "郑州晚报", "--date", typed, dir_ / "loose"},
                               {"XDG_CONFIG_HOME=" + (dir_ / "config")});
    ASSERT_EQ(index.status, 0) << typed << ": " << index.err;
    Outcome listed = run_kanbao({"--db", db, "list", "--json"}, {"XDG_CONFIG_HOME=" + (dir_ / "config")});
    ASSERT_EQ(listed.status, 0) << listed.err;
    const json rows = json::parse(listed.out);
    ASSERT_FALSE(rows.empty()) << typed;
    for (const auto& row : rows) EXPECT_EQ(row["date"], "2020-01-25") << typed;
  }
}

TEST_F(ArchiveCli, BadDatesAndPapersAreUsageErrors) {
  for (const char* bad : {"yesterday", "2023-06", "202306", "06-21", "2023-6/1"}) {
    Outcome run = kanbao({"index", "--date", bad, dir_ / "loose"});
    EXPECT_EQ(run.status, 2) << bad;
    EXPECT_THAT(run.err, HasSubstr("--date takes a day as YYYY-MM-DD")) << bad;
  }
  // The right shape, a day the calendar lacks: said so, not the format again.
  for (const auto& [bad, why] : std::vector<std::pair<std::string, std::string>>{
           {"2026-02-30", "2026-02-30 is not a day of the calendar (February 2026 has 28 days)"},
           {"2024-02-30", "2024-02-30 is not a day of the calendar (February 2024 has 29 days)"},
           {"2023-04-31", "2023-04-31 is not a day of the calendar (April 2023 has 30 days)"},
           {"2023-13-01", "2023-13-01 is not a day of the calendar (a year has 12 months)"},
           {"2023年4月31日", "2023年4月31日 is not a day of the calendar (April 2023 has 30 days)"},
           {"20230229", "20230229 is not a day of the calendar (February 2023 has 28 days)"}}) {
    Outcome run = kanbao({"index", "--date", bad, dir_ / "loose"});
    EXPECT_EQ(run.status, 2) << bad;
    EXPECT_THAT(run.err, HasSubstr("kanbao: --date: " + why)) << bad;
  }
  Outcome run = kanbao({"index", "--paper", "", dir_ / "loose"});
  EXPECT_EQ(run.status, 2);
}

// A city paper whose name names no city (都市快报 is Hangzhou's) has its
// city's districts from the bundled table, with no configuration; the
// configuration still overrides it. (Text written for this test.)
TEST_F(ArchiveCli, ACityPapersDistrictsNeedNoConfiguration) {
  fs::create_directories(dir_ / "hz/都市快报/2026-04-04");
  write_file(dir_ / "hz/都市快报/2026-04-04/A05.txt",
             "西湖区新建口袋公园\n本报讯 西湖区今年新建口袋公园十座，西湖区居民就近休闲。\n记者 王刚\n");
  Outcome run = kanbao({"index", dir_ / "hz"});
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_THAT(run.err, Not(HasSubstr("papers.tsv")));  // the bundled table was found
  json hz = list_json({"--paper", "都市快报"});
  ASSERT_EQ(hz.size(), 1u);
  EXPECT_EQ(hz[0]["district"], "西湖区");
  // paper.NAME.city wins over the table: Ningbo has no 西湖区.
  fs::create_directories(dir_ / "config/kanbao");
  write_file(dir_ / "config/kanbao/config", "paper.都市快报.city = 宁波\n");
  ASSERT_EQ(kanbao({"index", "--rebuild", dir_ / "hz"}).status, 0);
  hz = list_json({"--paper", "都市快报"});
  ASSERT_EQ(hz.size(), 1u);
  EXPECT_TRUE(hz[0]["district"].is_null()) << hz.dump();
}

}  // namespace
}  // namespace kanbao
