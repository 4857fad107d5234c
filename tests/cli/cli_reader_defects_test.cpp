// SPDX-License-Identifier: MIT
// Issue 14, defects 13, 14 and 17: the command line as a new user meets it -
// unknown districts, `kanbao config` and colours, --format and help
// everywhere, an empty --db, titles fitted to the width with `…`, and
// unknown dates and districts shown as the browser shows them.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <sstream>

#include "cli/run_binary.h"
#include "text/width.h"

namespace kanbao {
namespace {

using nlohmann::json;
using ::testing::HasSubstr;
using ::testing::Not;
using namespace test_support;

class CliDefects : public ::testing::Test {
 protected:
  void SetUp() override {
    std::filesystem::create_directories(dir_ / "config/kanbao");
    db_ = dir_ / "library.db";
    ASSERT_EQ(run_kanbao({"--db", db_, "index", KANBAO_SAMPLE_DIR}).status, 0);
  }
  Outcome kanbao(std::vector<std::string> args, std::vector<std::string> env = {}) {
    args.insert(args.begin(), {"--db", db_});
    env.push_back("XDG_CONFIG_HOME=" + (dir_ / "config"));
    return run_kanbao(args, env);
  }
  // Indexes one article of 郑州日报: page 05 of 2023-06-21, by 记者 王建国,
  // of 6月20日.
  void index_a_papers_article() {
    std::filesystem::create_directories(dir_ / "paper/郑州日报/2023/06/21");
    write_file(dir_ / "paper/郑州日报/2023/06/21/05.txt",
               "社区书屋开放\n\n本报讯（记者 王建国）6月20日，一间社区书屋向居民开放，"
               "居民可以就近借阅。\n");
    ASSERT_EQ(kanbao({"index", dir_ / "paper"}).status, 0);
  }
  // A national paper's article (冬季蔬菜供应充足) and a city paper's of no
  // district (夜市重新开张), both holding 夜市, indexed.
  void index_national_and_city_pages() {
    const std::string pages = dir_ / "unknown";
    std::filesystem::create_directories(pages + "/人民日报/2020/01/08");
    write_file(pages + "/人民日报/2020/01/08/01.txt",
               "冬季蔬菜供应充足\n\n　　本报北京1月7日电　各地夜市的蔬菜货源充足，价格总体平稳。\n");
    std::filesystem::create_directories(pages + "/郑州日报/2020/01/08");
    write_file(pages + "/郑州日报/2020/01/08/06.txt",
               "夜市重新开张\n\n　　本报讯　一条老街的夜市今天重新开张，摊主们早早摆好了摊位。\n");
    ASSERT_EQ(kanbao({"index", pages}).status, 0);
  }
  TempDir dir_;
  std::string db_;
  // An English and a Chinese locale, LANGUAGE unset.
  const std::vector<std::string> english_ = {"LANGUAGE=", "LC_ALL=", "LC_MESSAGES=", "LANG=en_US.UTF-8"};
  const std::vector<std::string> chinese_ = {"LANGUAGE=", "LC_ALL=", "LC_MESSAGES=", "LANG=zh_CN.UTF-8"};
};

TEST_F(CliDefects, UnknownDistrictIsAnErrorForListExportAndSearch) {
  for (const auto& command :
       std::vector<std::vector<std::string>>{{"list", "--district", "不存在"},
                                             {"export", "--district", "不存在"},
                                             {"search", "--district", "不存在", "工作"}}) {
    Outcome run = kanbao(command);
    EXPECT_EQ(run.status, 1) << command[0];
    EXPECT_EQ(run.out, "") << command[0];
    EXPECT_THAT(run.err, HasSubstr("unknown district \"不存在\"; this library's districts:")) << command[0];
  }
  // A district the gazetteer knows but the library has no article of is not
  // a mistake: nothing to list.
  Outcome known = kanbao({"list", "--district", "金水区"});
  EXPECT_EQ(known.status, 0) << known.err;
  Outcome aliased = kanbao({"list", "--json", "--district", "高新区"});
  ASSERT_EQ(aliased.status, 0) << aliased.err;
  EXPECT_EQ(json::parse(aliased.out).size(), 3u);
}

// A query the user must change - a day the calendar lacks, nothing to
// search for, too many terms - is a usage error (exit 2), as the manual
// says; and a query of filters alone counts no hits to print.
TEST_F(CliDefects, AQueryToChangeIsAUsageErrorAndFiltersCountNoHits) {
  std::string many;
  for (int i = 0; i < 70; ++i) many += "词" + std::to_string(i) + " ";
  for (const auto& query : std::vector<std::string>{"工作 date:2023-02-30", "，。", "-", many}) {
    Outcome o = kanbao({"search", "--", query});
    EXPECT_EQ(o.status, 2) << query << ": " << o.err;
    EXPECT_FALSE(o.err.empty()) << query;
  }
  Outcome filtered = kanbao({"search", "district:二七区"});
  ASSERT_EQ(filtered.status, 0) << filtered.err;
  EXPECT_THAT(filtered.out, HasSubstr("二七区召开"));
  EXPECT_THAT(filtered.out, Not(HasSubstr("hits)")));
  EXPECT_THAT(filtered.out, Not(HasSubstr("hit)")));
  EXPECT_THAT(kanbao({"search", "--format", "markdown", "district:二七区"}).out, Not(HasSubstr("0 hits")));
  EXPECT_THAT(kanbao({"search", "工作"}).out, HasSubstr("hits)"));
}

// The articles of no known paper are selected by the names the browser and
// `kanbao papers` give them (未知报纸, (unknown)), in --paper and paper:,
// as 未知地区 selects those of no district (a newcomer's test).
TEST_F(CliDefects, TheUnknownPaperIsSelectedByItsShownNames) {
  std::filesystem::create_directories(dir_ / "paper/郑州日报/2023/06/21");
  write_file(dir_ / "paper/郑州日报/2023/06/21/05.txt",
             "社区书屋开放\n\n本报讯 一间社区书屋向居民开放，居民可以就近借阅社区工作的书。\n");
  ASSERT_EQ(kanbao({"index", dir_ / "paper"}).status, 0);
  for (const char* name : {"未知报纸", "(unknown)"}) {
    Outcome listed = kanbao({"list", "--json", "--paper", name});
    ASSERT_EQ(listed.status, 0) << name << ": " << listed.err;
    const json rows = json::parse(listed.out);
    EXPECT_EQ(rows.size(), 19U) << name;  // the sample pages name no paper
    for (const auto& row : rows) EXPECT_TRUE(row["paper"].is_null()) << row.dump();
    Outcome found = kanbao({"search", "--json", "--paper", name, "社区"});
    ASSERT_EQ(found.status, 0) << name << ": " << found.err;
    EXPECT_THAT(found.out, Not(HasSubstr("社区书屋开放"))) << name;
    EXPECT_THAT(found.out, HasSubstr("\"hit_count\"")) << found.out;
  }
  Outcome filtered = kanbao({"search", "社区 paper:未知报纸"});
  ASSERT_EQ(filtered.status, 0) << filtered.err;
  EXPECT_THAT(filtered.out, Not(HasSubstr("社区书屋开放")));
  EXPECT_THAT(kanbao({"search", "社区 paper:郑州日报"}).out, HasSubstr("社区书屋开放"));
}

TEST_F(CliDefects, ConfigDoesNotListRejectedKeyLinesAsInEffect) {
  write_file(dir_ / "config/kanbao/config", "key.down = j\nkey.nonsense = x\nkey.up = k Foo\n");
  Outcome run = kanbao({"config"});
  EXPECT_EQ(run.status, 0);
  EXPECT_THAT(run.out, HasSubstr("key.down = j  #"));
  EXPECT_THAT(run.out, Not(HasSubstr("key.nonsense")));
  EXPECT_THAT(run.out, Not(HasSubstr("key.up")));
  EXPECT_THAT(run.err, HasSubstr(":2: unknown action `nonsense`"));
  EXPECT_THAT(run.err, HasSubstr(":3: unknown key `Foo`"));
}

TEST_F(CliDefects, MisspeltBackgroundIsAnUnknownColour) {
  write_file(dir_ / "config/kanbao/config", "color.highlight = black on yelow\ncolor.bar = red on\n");
  Outcome run = kanbao({"config"});
  EXPECT_THAT(run.err, HasSubstr(":1: color.highlight: 'yelow' is not a colour"));
  EXPECT_THAT(run.err, HasSubstr(":2: color.bar: 'on' must be followed by a background colour"));
}

TEST_F(CliDefects, DistrictsTakesFormatLikeEveryCommand) {
  Outcome jsonl = kanbao({"districts", "--format", "jsonl"});
  ASSERT_EQ(jsonl.status, 0) << jsonl.err;
  const auto lines = std::count(jsonl.out.begin(), jsonl.out.end(), '\n');
  EXPECT_EQ(lines, 3);
  EXPECT_EQ(json::parse(jsonl.out.substr(0, jsonl.out.find('\n')))["name"].is_string(), true);
  Outcome md = kanbao({"districts", "--format", "markdown"});
  ASSERT_EQ(md.status, 0) << md.err;
  EXPECT_THAT(md.out, HasSubstr("| 二七区 | 6 |"));
  Outcome text = kanbao({"districts", "--format", "text"});
  EXPECT_THAT(text.out, HasSubstr("DISTRICT"));
  Outcome bad = kanbao({"districts", "--format", "yaml"});
  EXPECT_EQ(bad.status, 2);
  EXPECT_THAT(bad.err, HasSubstr("--format takes one of text, json, jsonl, markdown, not 'yaml'"));
}

TEST_F(CliDefects, HelpNamesMouseAndHelpIsACommand) {
  Outcome help = run_kanbao({"--help"});
  EXPECT_THAT(help.out, HasSubstr("--mouse"));
  Outcome command = run_kanbao({"help"});
  EXPECT_EQ(command.status, 0) << command.err;
  EXPECT_EQ(command.out, help.out);
  Outcome about = run_kanbao({"help", "search"});
  EXPECT_EQ(about.status, 0);
  EXPECT_EQ(about.out, run_kanbao({"search", "--help"}).out);
  Outcome unknown = run_kanbao({"help", "serch"});
  EXPECT_EQ(unknown.status, 2);
  EXPECT_THAT(unknown.err, HasSubstr("no command 'serch'"));
}

TEST_F(CliDefects, EmptyDbIsAClearError) {
  Outcome run = run_kanbao({"--db", "", "list"});
  EXPECT_EQ(run.status, 2);
  EXPECT_THAT(run.err, HasSubstr("option '--db' needs a value FILE, not an empty string"));
  Outcome inline_form = run_kanbao({"--db=", "list"});
  EXPECT_EQ(inline_form.status, 2);
  EXPECT_THAT(inline_form.err, HasSubstr("not an empty string"));
}

TEST_F(CliDefects, PipedListFitsColumnsAndCutsTitlesWithAnEllipsis) {
  Outcome run = kanbao({"list"}, {"COLUMNS=60"});
  ASSERT_EQ(run.status, 0) << run.err;
  int cut = 0;
  std::istringstream lines(run.out);
  for (std::string line; std::getline(lines, line);) {
    EXPECT_LE(text::display_width(line), 60) << line;
    if (line.find("…") != std::string::npos) ++cut;
  }
  EXPECT_GT(cut, 5);
  // Without COLUMNS a pipe gets whole titles, for other tools.
  Outcome whole = kanbao({"list"}, {"COLUMNS="});
  EXPECT_THAT(whole.out, Not(HasSubstr("…")));
  EXPECT_THAT(
      whole.out,
      HasSubstr("管城回族区召开组织工作暨城乡社区发展治理工作重点任务推进会 推动组织工作与中心大局深度融合"));
}

TEST_F(CliDefects, SearchFitsEachHitsFirstLineToTheWidth) {
  Outcome run = kanbao({"search", "--color", "never", "工作"}, {"COLUMNS=80"});
  ASSERT_EQ(run.status, 0) << run.err;
  int firsts = 0, cut = 0;
  std::istringstream lines(run.out);
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("        ", 0) == 0 || line.front() == '(') continue;  // snippet, footer
    ++firsts;
    EXPECT_LE(text::display_width(line), 80) << line;
    EXPECT_THAT(line, ::testing::EndsWith(")")) << line;  // the hit count is never pushed off
    if (line.find("…") != std::string::npos) ++cut;
  }
  EXPECT_GT(firsts, 3);
  EXPECT_GT(cut, 0);
}

// Defect 17: an unknown district is 未知地区 and an unknown date 日期不详 in
// list, search, show and export (text and Markdown), as in the browser; a
// date without a year is MM-DD. JSON keeps them null.
TEST_F(CliDefects, UnknownDatesAndDistrictsReadAsInTheBrowser) {
  // Every sample article has a district: add one of our own that names none.
  std::filesystem::create_directories(dir_ / "extra");
  write_file(
      dir_ / "extra/page.txt",
      "\n\n春风送暖读书会召开 共话阅读新风尚\n\n本报讯 5月3日上午,一场以阅读为主题的读书会在图书馆举行。"
      "与会者畅谈读书体会,交流阅读心得,气氛热烈。\n\n读书会由志愿者组织,吸引了许多读者参加。\n");
  ASSERT_EQ(kanbao({"index", dir_ / "extra"}).status, 0);
  Outcome listed = kanbao({"list", "--json"});
  ASSERT_EQ(listed.status, 0) << listed.err;
  const json rows = json::parse(listed.out);
  const json* no_district = nullptr;
  const json* no_date = nullptr;
  const json* yearless = nullptr;
  for (const auto& row : rows) {
    if (row["district"].is_null() && !no_district) no_district = &row;
    if (row["date"].is_null() && !no_date) no_date = &row;
    if (row["date"].is_string() && row["date"].get<std::string>().rfind("--", 0) == 0 && !yearless)
      yearless = &row;
  }
  // The sample has all three; without them this test would check nothing.
  ASSERT_TRUE(no_district && no_date && yearless);

  Outcome text = kanbao({"list"}, {"COLUMNS="});
  ASSERT_EQ(text.status, 0) << text.err;
  const auto row_of = [&](const json& row) {
    const std::string id = std::to_string(row["id"].get<long>());
    std::istringstream lines(text.out);
    for (std::string line; std::getline(lines, line);) {
      if (line.rfind(id + " ", 0) == 0) return line;
    }
    return std::string();
  };
  EXPECT_THAT(row_of(*no_district), HasSubstr("未知地区"));
  EXPECT_THAT(row_of(*no_date), HasSubstr("日期不详"));
  const std::string md = (*yearless)["date"].get<std::string>().substr(2);
  EXPECT_THAT(row_of(*yearless), HasSubstr(" " + md + " "));
  EXPECT_THAT(text.out, Not(HasSubstr(" --")));

  for (const json* row : {no_district, no_date}) {
    const std::string id = std::to_string((*row)["id"].get<long>());
    const std::string label = row == no_district ? "未知地区" : "日期不详";
    Outcome shown = kanbao({"show", id});
    ASSERT_EQ(shown.status, 0) << shown.err;
    EXPECT_THAT(shown.out, HasSubstr(label)) << id;
    Outcome markdown = kanbao({"show", "--format", "markdown", id});
    EXPECT_THAT(markdown.out, HasSubstr(label)) << id;
    // Its title finds it; its hit line names the district and date the same way.
    const std::string title = (*row)["title"].get<std::string>();
    Outcome found = kanbao({"search", "--color", "never", "--limit", "0", title.substr(0, title.find(' '))},
                           {"COLUMNS="});
    ASSERT_EQ(found.status, 0) << found.err;
    std::istringstream lines(found.out);
    std::string hit_line;
    for (std::string line; std::getline(lines, line);) {
      if (line.find(" " + id + "  ") != std::string::npos || line.rfind(id + "  ", 0) == 0) hit_line = line;
    }
    EXPECT_THAT(hit_line, HasSubstr(label)) << found.out;
  }
  Outcome exported = kanbao({"export", "--format", "markdown"});
  ASSERT_EQ(exported.status, 0) << exported.err;
  EXPECT_THAT(exported.out, HasSubstr("未知地区"));
  EXPECT_THAT(exported.out, HasSubstr("日期不详"));
  Outcome districts = kanbao({"districts"});
  EXPECT_THAT(districts.out, Not(HasSubstr("(unknown)")));
}

// index_a_papers_article's header line in English and in Chinese.
constexpr const char* kEnglishHeader = "page 05 · published 2023-06-21 · event 2023-06-20 · reporters 王建国";
constexpr const char* kChineseHeader = "第05版 · 出版 2023-06-21 · 事件 2023-06-20 · 记者 王建国";

// The header line of `show` and `export` (page, dates, reporters) is in
// the output's language too: the English browser's words.
TEST_F(CliDefects, EnglishOutputSaysTheArticleHeaderInEnglish) {
  index_a_papers_article();
  Outcome found = kanbao({"list", "--json", "--paper", "郑州日报"}, chinese_);
  ASSERT_EQ(found.status, 0) << found.err;
  const json rows = json::parse(found.out);
  ASSERT_EQ(rows.size(), 1U) << found.out;
  const std::string id = std::to_string(rows[0]["id"].get<long>());
  for (const auto& command :
       std::vector<std::vector<std::string>>{{"show", id}, {"show", "--format", "markdown", id}}) {
    const std::string in_english = kanbao(command, english_).out, in_chinese = kanbao(command, chinese_).out;
    EXPECT_THAT(in_english, HasSubstr(kEnglishHeader)) << in_english;
    EXPECT_THAT(in_chinese, HasSubstr(kChineseHeader)) << in_chinese;
  }
}

// The English words come from the browser's catalog: without it the
// command line says so (a warning, exit 0) and prints them in Chinese, as
// the browser then shows them.
TEST_F(CliDefects, EnglishOutputWithoutTheCatalogWarnsAndStaysChinese) {
  index_a_papers_article();
  std::vector<std::string> no_catalog = english_;
  no_catalog.push_back("KANBAO_LOCALEDIR=" + (dir_ / "no-locale"));
  Outcome exported = kanbao({"export", "--format", "markdown"}, no_catalog);
  ASSERT_EQ(exported.status, 0) << exported.err;
  EXPECT_THAT(exported.err, HasSubstr("warning: no English message catalog at " + (dir_ / "no-locale")))
      << exported.err;
  EXPECT_THAT(exported.out, HasSubstr(kChineseHeader)) << exported.out;
  // With the catalog: English, and no warning.
  Outcome in_english = kanbao({"export", "--format", "markdown"}, english_);
  EXPECT_EQ(in_english.err, "");
  EXPECT_THAT(in_english.out, HasSubstr(kEnglishHeader)) << in_english.out;
}

// User test, session 29: the English command line printed 日期不详 and
// 未知地区. Text and Markdown output say them as the browser would: in
// English with an English locale (or `language = en`), in Chinese
// otherwise; JSON is the same in both. `--district` takes the English
// name `districts` then prints.
TEST_F(CliDefects, EnglishOutputSaysUnknownDatesAndDistrictsInEnglish) {
  std::filesystem::create_directories(dir_ / "extra");
  write_file(dir_ / "extra/page.txt",
             "\n\n社区书屋开放 居民就近借书\n\n本报讯 一间社区书屋向居民开放,"
             "书架上摆满了新书,居民可以就近借阅。\n");
  ASSERT_EQ(kanbao({"index", dir_ / "extra"}).status, 0);
  const std::vector<std::string>& english = english_;
  const std::vector<std::string>& chinese = chinese_;
  Outcome listed = kanbao({"list", "--json"}, chinese);
  ASSERT_EQ(listed.status, 0) << listed.err;
  std::string no_district, no_date;
  for (const auto& row : json::parse(listed.out)) {
    if (row["district"].is_null() && no_district.empty()) no_district = std::to_string(row["id"].get<long>());
    if (row["date"].is_null() && no_date.empty()) no_date = std::to_string(row["id"].get<long>());
  }
  ASSERT_FALSE(no_district.empty() || no_date.empty()) << listed.out;
  const std::vector<std::vector<std::string>> commands = {{"list"},
                                                          {"list", "--format", "markdown"},
                                                          {"districts"},
                                                          {"districts", "--format", "markdown"},
                                                          {"show", no_district},
                                                          {"show", no_date},
                                                          {"show", "--format", "markdown", no_district},
                                                          {"export", "--format", "markdown"},
                                                          {"search", "社区书屋"},
                                                          {"search", "--format", "markdown", "社区书屋"}};
  for (const auto& command : commands) {
    const std::string shown = command[0] + " " + command.back();
    Outcome in_english = kanbao(command, english), in_chinese = kanbao(command, chinese);
    ASSERT_EQ(in_english.status, 0) << shown << in_english.err;
    EXPECT_THAT(in_english.out, Not(HasSubstr("日期不详"))) << shown;
    EXPECT_THAT(in_english.out, Not(HasSubstr("未知地区"))) << shown;
    EXPECT_THAT(in_chinese.out, Not(HasSubstr("date unknown"))) << shown;
    EXPECT_THAT(in_chinese.out, Not(HasSubstr("district unknown"))) << shown;
  }
  Outcome list_en = kanbao({"list"}, english), list_zh = kanbao({"list"}, chinese);
  EXPECT_THAT(list_en.out, HasSubstr("date unknown"));
  EXPECT_THAT(list_en.out, HasSubstr("district unknown"));
  EXPECT_THAT(list_zh.out, HasSubstr("日期不详"));
  EXPECT_THAT(list_zh.out, HasSubstr("未知地区"));
  EXPECT_THAT(kanbao({"show", no_date}, english).out, HasSubstr("date unknown"));
  EXPECT_THAT(kanbao({"show", no_district}, english).out, HasSubstr("district unknown"));
  EXPECT_THAT(kanbao({"districts"}, english).out, HasSubstr("district unknown"));
  EXPECT_THAT(kanbao({"search", "社区书屋"}, english).out, HasSubstr("district unknown"));
  // The configuration's `language = en` says the same in a Chinese locale.
  write_file(dir_ / "config/kanbao/config", "language = en\n");
  EXPECT_THAT(kanbao({"list"}, chinese).out, HasSubstr("district unknown"));
  std::filesystem::remove(dir_ / "config/kanbao/config");
  // JSON keeps its machine values.
  for (const char* command : {"list", "districts", "search"}) {
    std::vector<std::string> args = {command, "--json"};
    if (std::string(command) == "search") args.push_back("社区书屋");
    EXPECT_EQ(kanbao(args, english).out, kanbao(args, chinese).out) << command;
  }
  // The name `districts` prints selects the articles of no district.
  Outcome by_english = kanbao({"list", "--json", "--district", "district unknown"}, english);
  ASSERT_EQ(by_english.status, 0) << by_english.err;
  EXPECT_EQ(by_english.out, kanbao({"list", "--json", "--district", "未知地区"}, english).out);
  EXPECT_THAT(by_english.out, HasSubstr("社区书屋开放"));
}

// The articles `districts --json` counts under 未知地区 (name null).
std::int64_t unknown_district_articles(const std::string& out) {
  for (const auto& row : json::parse(out))
    if (row["name"].is_null()) return row["articles"].get<std::int64_t>();
  return 0;
}

// A national paper's articles have no district by design: `districts`
// counts them in none, not under 未知地区.
TEST_F(CliDefects, DistrictsCountsNoNationalArticleAsOfAnUnknownDistrict) {
  Outcome before = kanbao({"districts", "--json"});
  ASSERT_EQ(before.status, 0) << before.err;
  const std::int64_t unknown = unknown_district_articles(before.out);
  const std::string pages = dir_ / "national";
  std::filesystem::create_directories(pages + "/人民日报/2020/01/08");
  write_file(pages + "/人民日报/2020/01/08/01.txt",
             "冬季蔬菜供应充足\n\n　　本报北京1月7日电　各地蔬菜批发市场货源充足，价格总体平稳。\n\n"
             "新建的图书馆开馆迎客\n\n　　本报上海1月7日电　新建的图书馆昨天开馆，读者排队入馆借阅。\n");
  ASSERT_EQ(kanbao({"index", pages}).status, 0);
  Outcome after = kanbao({"districts", "--json"});
  ASSERT_EQ(after.status, 0) << after.err;
  EXPECT_EQ(unknown_district_articles(after.out), unknown) << after.out;
  Outcome all = kanbao({"list", "--json", "--limit", "0"});
  ASSERT_EQ(all.status, 0) << all.err;
  EXPECT_THAT(all.out, HasSubstr("冬季蔬菜供应充足"));  // indexed, counted in no district
}

// User test, session 25: `districts` prints 未知地区, and `list --district
// 未知地区` refused it as an unknown district. It now lists the articles
// `districts` counts there: a city paper's of no district, not a national
// paper's.
TEST_F(CliDefects, ListTakesTheUnknownDistrictAsDistrictsPrintsIt) {
  index_national_and_city_pages();
  Outcome districts = kanbao({"districts", "--json"});
  ASSERT_EQ(districts.status, 0) << districts.err;
  const std::int64_t unknown = unknown_district_articles(districts.out);
  ASSERT_GE(unknown, 1) << districts.out;
  Outcome listed = kanbao({"list", "--json", "--limit", "0", "--district", "未知地区"});
  ASSERT_EQ(listed.status, 0) << listed.err;
  const json rows = json::parse(listed.out);
  EXPECT_EQ(static_cast<std::int64_t>(rows.size()), unknown) << listed.out;
  EXPECT_THAT(listed.out, HasSubstr("夜市重新开张"));
  EXPECT_THAT(listed.out, Not(HasSubstr("冬季蔬菜供应充足")));
  Outcome exported = kanbao({"export", "--district", "未知地区"});
  ASSERT_EQ(exported.status, 0) << exported.err;
  EXPECT_THAT(exported.out, HasSubstr("夜市重新开张"));
  EXPECT_THAT(exported.out, Not(HasSubstr("冬季蔬菜供应充足")));
}

// User test, session 30: search --district 未知地区, district:未知地区 and
// district:"district unknown" were unknown districts, though list and
// export took 未知地区. They find what list --district 未知地区 lists: a
// city paper's articles of no district, not a national paper's.
TEST_F(CliDefects, SearchTakesTheUnknownDistrictAsListDoes) {
  index_national_and_city_pages();
  for (const std::vector<std::string>& command :
       std::vector<std::vector<std::string>>{{"search", "--json", "--district", "未知地区", "夜市"},
                                             {"search", "--json", "--district", "district unknown", "夜市"},
                                             {"search", "--json", "district:未知地区 夜市"},
                                             {"search", "--json", "district:\"district unknown\" 夜市"}}) {
    Outcome found = kanbao(command);
    ASSERT_EQ(found.status, 0) << command.back() << ": " << found.err;
    EXPECT_THAT(found.out, HasSubstr("夜市重新开张")) << command.back();
    EXPECT_THAT(found.out, Not(HasSubstr("冬季蔬菜供应充足"))) << command.back();
  }
  // Without it both are found: the filter, not the words, left one out.
  Outcome everywhere = kanbao({"search", "--json", "夜市"});
  EXPECT_THAT(everywhere.out, HasSubstr("冬季蔬菜供应充足"));
}

// User test, session 30: a district's short name as the papers write it
// (管城 for the sample's 管城回族区) was an unknown district.
TEST_F(CliDefects, AShortDistrictNameSelectsItsDistrict) {
  Outcome full = kanbao({"list", "--json", "--district", "管城回族区"});
  ASSERT_EQ(full.status, 0) << full.err;
  ASSERT_FALSE(json::parse(full.out).empty()) << "the sample has no article of 管城回族区";
  Outcome shortened = kanbao({"list", "--json", "--district", "管城"});
  ASSERT_EQ(shortened.status, 0) << shortened.err;
  EXPECT_EQ(shortened.out, full.out);
  const std::string title = json::parse(full.out)[0]["title"].get<std::string>();
  Outcome found = kanbao({"search", "--json", "district:管城"});
  ASSERT_EQ(found.status, 0) << found.err;
  EXPECT_THAT(found.out, HasSubstr(title));
  Outcome scoped = kanbao({"search", "--json", "--district", "管城", "district:管城回族区"});
  ASSERT_EQ(scoped.status, 0) << scoped.err;
  EXPECT_THAT(scoped.out, HasSubstr(title));
}

// User test, session 30: `districts` on a library of national papers
// printed its header alone, and never the 全部 row the browser's districts
// screen opens with. Text and Markdown now show that screen's rows: 全部
// (every article), then the districts and 未知地区 (a city paper's articles
// of no district); JSON lists the districts alone, as before.
TEST_F(CliDefects, DistrictsPrintsTheRowsOfTheDistrictsScreen) {
  const std::vector<std::string> chinese = {"LANGUAGE=", "LC_ALL=", "LC_MESSAGES=", "LANG=zh_CN.UTF-8"};
  const std::vector<std::string> english = {"LANGUAGE=", "LC_ALL=", "LC_MESSAGES=", "LANG=en_US.UTF-8"};
  const std::string pages = dir_ / "national";
  std::filesystem::create_directories(pages + "/人民日报/2020/01/08");
  write_file(pages + "/人民日报/2020/01/08/01.txt",
             "冬季蔬菜供应充足\n\n　　本报北京1月7日电　各地蔬菜批发市场货源充足，价格总体平稳。\n\n"
             "新建的图书馆开馆迎客\n\n　　本报上海1月7日电　新建的图书馆昨天开馆，读者排队入馆借阅。\n");
  const std::string national_db = dir_ / "national.db";
  ASSERT_EQ(run_kanbao({"--db", national_db, "index", pages}).status, 0);
  Outcome national = run_kanbao({"--db", national_db, "districts"}, chinese);
  ASSERT_EQ(national.status, 0) << national.err;
  EXPECT_THAT(national.out, HasSubstr("\n全部  "));
  EXPECT_THAT(national.out, HasSubstr(" 2 "));
  EXPECT_THAT(national.out, HasSubstr("2020-01-08"));
  EXPECT_THAT(national.out, Not(HasSubstr("未知地区")));
  Outcome as_json = run_kanbao({"--db", national_db, "districts", "--json"});
  EXPECT_EQ(as_json.out, "[]\n");

  // The sample beside them: 全部 counts all; every sample article has a
  // district and the national ones are none of 未知地区's, so it has no row.
  ASSERT_EQ(kanbao({"index", pages}).status, 0);
  Outcome listed = kanbao({"list", "--json", "--limit", "0"});
  const std::size_t articles = json::parse(listed.out).size();
  Outcome rows = kanbao({"districts"}, chinese);
  ASSERT_EQ(rows.status, 0) << rows.err;
  const std::size_t second_line = rows.out.find('\n') + 1;
  EXPECT_EQ(rows.out.substr(second_line, std::string("全部").size()), "全部") << rows.out;
  EXPECT_THAT(rows.out.substr(second_line, rows.out.find('\n', second_line) - second_line),
              HasSubstr(" " + std::to_string(articles) + " "))
      << rows.out;
  EXPECT_THAT(rows.out, Not(HasSubstr("未知地区")));
  EXPECT_THAT(kanbao({"districts", "--format", "markdown"}, chinese).out, HasSubstr("\n| 全部 | "));
  EXPECT_THAT(kanbao({"districts"}, english).out, HasSubstr("\nAll  "));
}

// User test, session 30: `papers` called the articles of no paper
// (unknown) in Chinese output, beside 未知地区 and 日期不详; it says 未知报纸
// there, as the browser's papers screen, and keeps (unknown) in English.
TEST_F(CliDefects, PapersNamesTheUnknownPaperInTheOutputsLanguage) {
  const std::vector<std::string> chinese = {"LANGUAGE=", "LC_ALL=", "LC_MESSAGES=", "LANG=zh_CN.UTF-8"};
  const std::vector<std::string> english = {"LANGUAGE=", "LC_ALL=", "LC_MESSAGES=", "LANG=en_US.UTF-8"};
  Outcome in_chinese = kanbao({"papers"}, chinese);
  ASSERT_EQ(in_chinese.status, 0) << in_chinese.err;
  EXPECT_THAT(in_chinese.out, HasSubstr("未知报纸"));
  EXPECT_THAT(in_chinese.out, Not(HasSubstr("(unknown)")));
  EXPECT_THAT(kanbao({"papers", "--format", "markdown"}, chinese).out, HasSubstr("| 未知报纸 |"));
  Outcome in_english = kanbao({"papers"}, english);
  EXPECT_THAT(in_english.out, HasSubstr("(unknown)"));
  EXPECT_THAT(in_english.out, Not(HasSubstr("未知报纸")));
}

// A photo item (a heading at a page's end whose picture the text archive
// does not hold) says so in `show`'s text and Markdown; JSON keeps its
// body empty. An article with a body says nothing of the kind.
TEST_F(CliDefects, ShowSaysAPhotoItemHasNoTextInTheArchive) {
  const std::string pages = dir_ / "photo";
  std::filesystem::create_directories(pages + "/郑州日报/2020/01/08");
  write_file(pages + "/郑州日报/2020/01/08/05.txt",
             "春天来了\n　　公园里的花都开了，市民纷纷前来赏花。\n　　孩子们在草地上奔跑。\n\n湖畔春色\n\n"
             "新建学校投入使用\n　　本报讯　新建学校今天投入使用，可容纳学生两千人。\n");
  ASSERT_EQ(kanbao({"index", pages}).status, 0);
  Outcome listed = kanbao({"list", "--json"});
  ASSERT_EQ(listed.status, 0) << listed.err;
  std::string photo, story;
  for (const auto& row : json::parse(listed.out)) {
    if (row["title"] == "湖畔春色") photo = std::to_string(row["id"].get<std::int64_t>());
    if (row["title"] == "春天来了") story = std::to_string(row["id"].get<std::int64_t>());
  }
  ASSERT_NE(photo, "") << listed.out;
  ASSERT_NE(story, "") << listed.out;
  const std::string note = "图片新闻（档案中无正文）";
  Outcome text = kanbao({"show", photo});
  ASSERT_EQ(text.status, 0) << text.err;
  EXPECT_THAT(text.out, HasSubstr("湖畔春色"));
  EXPECT_THAT(text.out, HasSubstr("\n\n" + note + "\n"));
  Outcome markdown = kanbao({"show", "--format", "markdown", photo});
  EXPECT_THAT(markdown.out, HasSubstr("*" + note + "*"));
  Outcome as_json = kanbao({"show", "--json", photo});
  ASSERT_EQ(as_json.status, 0) << as_json.err;
  EXPECT_EQ(json::parse(as_json.out)["body"], "");
  EXPECT_THAT(as_json.out, Not(HasSubstr("图片新闻")));
  Outcome with_body = kanbao({"show", story});
  EXPECT_THAT(with_body.out, HasSubstr("公园里的花都开了"));
  EXPECT_THAT(with_body.out, Not(HasSubstr(note)));
}

}  // namespace
// A byline the lead holds ("（记者张明、李华）" after the dateline) is shown
// once, in the lead: `show` adds no credit line of its own after the body.
// One that stands on its own line of the page is still shown there.
TEST_F(CliDefects, ShowPrintsNoBylineTheLeadAlreadyHolds) {
  const std::string pages = dir_ / "bylines";
  std::filesystem::create_directories(pages + "/人民日报/2020/01/08");
  write_file(
      pages + "/人民日报/2020/01/08/04.txt",
      "河道清淤工程开工\n\n　　新华社北京1月7日电　（记者张明、李华）河道清淤工程今天开工，年底完工。\n"
      "　　工程全长十二公里。\n\n"
      "新建的图书馆开馆迎客\n\n　　本报上海1月7日电　新建的图书馆昨天开馆，读者排队入馆借阅。\n"
      "　　图书馆藏书二十万册。\n　　本报记者　王刚\n");
  ASSERT_EQ(kanbao({"index", pages}).status, 0);
  Outcome listed = kanbao({"list", "--json", "--paper", "人民日报"});
  ASSERT_EQ(listed.status, 0) << listed.err;
  std::string in_lead, apart;
  for (const auto& row : json::parse(listed.out)) {
    if (row["title"] == "河道清淤工程开工") in_lead = std::to_string(row["id"].get<std::int64_t>());
    if (row["title"] == "新建的图书馆开馆迎客") apart = std::to_string(row["id"].get<std::int64_t>());
  }
  ASSERT_NE(in_lead, "") << listed.out;
  ASSERT_NE(apart, "") << listed.out;
  Outcome lead = kanbao({"show", in_lead});
  ASSERT_EQ(lead.status, 0) << lead.err;
  EXPECT_THAT(lead.out, HasSubstr("（记者张明、李华）"));
  EXPECT_THAT(lead.out, HasSubstr("记者 张明 李华"));  // the meta line names them
  EXPECT_THAT(lead.out, Not(HasSubstr("\n记者张明、李华\n")));
  Outcome own = kanbao({"show", apart});
  ASSERT_EQ(own.status, 0) << own.err;
  EXPECT_THAT(own.out, HasSubstr("\n本报记者　王刚\n"));
}

}  // namespace kanbao
