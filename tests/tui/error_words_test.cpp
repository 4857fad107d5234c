// SPDX-License-Identifier: MIT
// Errors a reader meets by typing a search are said in the browser's
// language: Chinese in the Chinese browser, the library's English in the
// English one, always with what the reader typed.
#include "tui/error_words.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <string>
#include <vector>

#include "english.h"
#include "store/library.h"
#include "tui/i18n.h"
#include "view_harness.h"

namespace kanbao::tui {
namespace {

struct Typed {
  std::string query;
  std::string chinese;  // a part of the Chinese message
};

Error search_error(const std::string& query) {
  auto lib = store::Library::open(testing::SampleLibrary::db(), store::OpenMode::kReadOnly);
  if (!lib) return lib.error();
  store::SearchRequest request;
  request.query = query;
  auto page = lib->search(request);
  return page ? Error("the search succeeded") : page.error();
}

std::string many_terms() {
  std::string q;
  for (int i = 0; i < 70; ++i) q += "词" + std::to_string(i) + " ";
  return q;
}

const std::vector<Typed>& typed() {
  static const std::vector<Typed> kTyped = {
      {"保交楼 date:abc", "date:abc 不是能识别的日期"},
      {"date:2023-06..2023-01", "date:2023-06..2023-01 的结束早于开始"},
      {"date:06-01..06-30", "date:06-01..06-30 的范围两端都要有年份"},
      {"date:2020-02-30", "date:2020-02-30 不是日历上的一天（2020 年 2 月有 29 天）"},
      {"date:02-30", "date:02-30 不是日历上的一天（2 月最多 29 天）"},
      {"date:2023-13", "date:2023-13 不是日历上的一天（一年只有 12 个月）"},
      {"district:不存在", "没有叫“不存在”的地区；本资料库的地区："},
      {"保交楼 -date:06-20", "-date:06-20：筛选条件不能加减号排除"},
      {"保交楼 district:", "district 后面要跟一个值，例如 district:管城区"},
      {"保交楼 paper:不存在", "没有叫“不存在”的报纸；本资料库的"},
      {"保交楼 paper:", "paper 后面要跟一个值，例如 paper:人民日报"},
      {"，。！", "“，。！”里没有可搜的内容"},
      {many_terms(), "搜索词超过 64 个"},
      {"-保交楼", "“-保交楼”只有要排除的词；请加上要搜的词"},
      {"OR", "“OR”：OR 两边没有可连接的词；请把它放在两个词之间，如 长江 OR 黄河"},
  };
  return kTyped;
}

TEST(ErrorWords, TheChineseBrowserSaysSearchErrorsInChinese) {
  ASSERT_EQ(language(), Language::kChinese);
  for (const Typed& t : typed()) {
    const Error error = search_error(t.query);
    ASSERT_NE(error.words(), nullptr) << t.query << ": " << error.message();
    EXPECT_NE(chinese_error_words(error.words()->format), nullptr) << error.words()->format;
    EXPECT_NE(failed(error).find(t.chinese), std::string::npos) << failed(error);
    EXPECT_EQ(failed(error).rfind("出错：", 0), 0U) << failed(error);
  }
}

TEST(ErrorWords, TheEnglishBrowserKeepsTheLibrarysEnglish) {
  testing::English english;
  ASSERT_EQ(english.error(), "");
  for (const Typed& t : typed()) {
    const Error error = search_error(t.query);
    EXPECT_EQ(error_in_language(error), error.message()) << t.query;
    EXPECT_EQ(error_in_language(error).find(t.chinese), std::string::npos) << t.query;
  }
  EXPECT_NE(error_in_language(search_error("date:abc")).find("is not a date"), std::string::npos);
}

// A PostgreSQL library whose server is down: said in Chinese, with the
// location and libpq's own words kept.
TEST(ErrorWords, AServerThatCannotBeReachedIsSaidInChinese) {
  ASSERT_EQ(language(), Language::kChinese);
  auto lib = store::Library::open("postgresql:///kanbao?host=/nonexistent/kanbao-socket",
                                  store::OpenMode::kReadOnly);
  ASSERT_FALSE(lib);
  ASSERT_NE(lib.error().words(), nullptr) << lib.error().message();
  const std::string shown = failed(lib.error());
  EXPECT_NE(shown.find("连不上资料库 postgresql:///kanbao?host=/nonexistent/kanbao-socket：服务器无法访问"),
            std::string::npos)
      << shown;
  EXPECT_NE(shown.find("[connection to server"), std::string::npos) << shown;
}

// A library damaged under a reader (here: cut to a third while open), as
// SQLite reports it, is said in Chinese with its context; the English
// browser keeps SQLite's words.
TEST(ErrorWords, ADamagedLibraryIsSaidInChinese) {
  ASSERT_EQ(language(), Language::kChinese);
  std::string dir = (std::filesystem::temp_directory_path() / "kanbao_damaged_XXXXXX").string();
  ASSERT_NE(::mkdtemp(dir.data()), nullptr);
  const std::string db = dir + "/library.db";
  {
    auto lib = store::Library::open(db, store::OpenMode::kReadWrite);
    ASSERT_TRUE(lib) << lib.error().message();
    ASSERT_TRUE(lib->index({KANBAO_SAMPLE_DIR}, store::IndexOptions{}));
  }
  auto lib = store::Library::open(db, store::OpenMode::kReadOnly);
  ASSERT_TRUE(lib) << lib.error().message();
  std::filesystem::resize_file(db, std::filesystem::file_size(db) / 3);
  store::SearchRequest request;
  request.query = "保交楼";
  auto page = lib->search(request);
  ASSERT_FALSE(page) << "a search of a library cut to a third succeeded";
  // Said in Chinese: the context always, SQLite's words when they are one
  // of its fixed messages (which one depends on the page the cut hit).
  const std::string shown = failed(page.error());
  EXPECT_EQ(shown.rfind("出错：搜索失败：", 0), 0U) << shown;
  EXPECT_EQ(shown.find("search failed"), std::string::npos) << shown;
  EXPECT_EQ(shown.find("malformed"), std::string::npos) << shown;
  EXPECT_EQ(shown.find("disk I/O error"), std::string::npos) << shown;
  {
    testing::English english;
    EXPECT_EQ(error_in_language(page.error()), page.error().message());
  }
  std::filesystem::remove_all(dir);
}

TEST(ErrorWords, AContextIsSaidInChineseBeforeTheErrorItHolds) {
  const Error locked = Error(ErrorWords{"database is locked", {}}).in_context({"search failed: ", {}});
  EXPECT_EQ(locked.message(), "search failed: database is locked");
  EXPECT_EQ(error_in_language(locked), "搜索失败：资料库正被另一个程序锁住；请稍后再试");
  const Error unknown =
      Error("no such table: x").in_context({"cannot save the reading state in {}: ", {"/s"}});
  EXPECT_EQ(unknown.message(), "cannot save the reading state in /s: no such table: x");
  EXPECT_EQ(error_in_language(unknown), "阅读状态没能保存到 /s：no such table: x");
}

TEST(ErrorWords, AnErrorWithoutWordsIsShownAsItIs) {
  const Error plain("disk I/O error while reading the library");
  EXPECT_EQ(error_in_language(plain), plain.message());
  EXPECT_EQ(chinese_error_words("no such template {}"), nullptr);
}

TEST(ErrorWords, FillPutsTheValuesInOrderAndLeavesSpareFields) {
  const ErrorWords words{"{} then {}", {"一", "二"}};
  EXPECT_EQ(words.fill(), "一 then 二");
  EXPECT_EQ(words.fill("先{}后{}再{}"), "先一后二再{}");
  EXPECT_EQ(Error(words).message(), "一 then 二");
}

// A list in a Chinese message is joined with 、, not the English ", " the
// library joins it with (a newcomer's test: 本资料库的报纸：郑州晚报, 郑州日报).
TEST(ErrorWords, AChineseListIsJoinedWithTheChineseComma) {
  const Error paper(
      ErrorWords{"no paper is named \"{}\"; this library's papers: {}", {"rmrb", "郑州晚报, 郑州日报"}});
  EXPECT_EQ(error_in_language(paper), "没有叫“rmrb”的报纸；本资料库的报纸：郑州晚报、郑州日报");
  const Error district = Error(ErrorWords{"unknown district \"{}\"; this library's districts: {}",
                                          {"x", "管城区, 金水区, 中原区"}})
                             .in_context({"search failed: ", {}});
  EXPECT_EQ(error_in_language(district), "搜索失败：没有叫“x”的地区；本资料库的地区：管城区、金水区、中原区");
  {
    testing::English english;
    ASSERT_EQ(english.error(), "");
    EXPECT_EQ(error_in_language(paper),
              "no paper is named \"rmrb\"; this library's papers: 郑州晚报, 郑州日报");
  }
}

// A translation may number the fields to put them in its own order
// (base/typed_date.h names the month, Chinese gives its number).
TEST(ErrorWords, FillPutsNumberedFieldsWhereTheTranslationWants) {
  const ErrorWords words{"{} then {}", {"一", "二"}};
  EXPECT_EQ(words.fill("先{1}后{0}"), "先二后一");
  EXPECT_EQ(words.fill("{1}{1}{5}{x}{"), "二二{5}{x}{");
}

}  // namespace
}  // namespace kanbao::tui
