// SPDX-License-Identifier: MIT
// Drives the browser inside tmux over an archive of two papers: the papers
// screen comes first, `:DATE` opens an issue with its pages in order, `[` and
// `]` step through the issues, `:ID` opens an article.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "e2e/tmux_session.h"

namespace {

namespace fs = std::filesystem;
using kanbao::test_support::run;
using kanbao::test_support::shell_quote;
using kanbao::test_support::Tmux;

class Archive {
 public:
  Archive() : dir_(fs::temp_directory_path() / ("kanbao_issue_e2e_" + std::to_string(::getpid()))) {
    fs::remove_all(dir_);
    std::vector<fs::path> samples;
    for (const auto& e : fs::directory_iterator(KANBAO_SAMPLE_DIR)) samples.push_back(e.path());
    std::sort(samples.begin(), samples.end());
    const char* const places[] = {"郑州日报/2020/01/24/01.txt", "郑州日报/2020/01/25/01.txt",
                                  "郑州日报/2020/01/25/02.txt", "郑州日报/2020/01/27/01.txt",
                                  "人民日报/2020/01/25/04.txt"};
    for (std::size_t i = 0; i < std::size(places) && i < samples.size(); ++i) {
      const fs::path target = dir_ / "archive" / places[i];
      fs::create_directories(target.parent_path());
      fs::copy_file(samples[i], target);
    }
    run("env XDG_CONFIG_HOME=" + shell_quote((dir_ / "config").string()) + " " + shell_quote(KANBAO_BINARY) +
        " --db " + shell_quote(db()) + " index --quiet " + shell_quote((dir_ / "archive").string()) +
        " 2>&1");
  }
  ~Archive() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  std::string db() const { return (dir_ / "library.db").string(); }
  std::string command() const {
    return "env LANG=C.UTF-8 TERM=xterm-256color XDG_STATE_HOME=" + shell_quote((dir_ / "state").string()) +
           " XDG_CONFIG_HOME=" + shell_quote((dir_ / "config").string()) + " " + shell_quote(KANBAO_BINARY) +
           " --db " + shell_quote(db());
  }

 private:
  fs::path dir_;
};

TEST(IssueE2E, PapersScreenDateJumpAndIssueSteps) {
  Archive archive;
  ASSERT_TRUE(fs::exists(archive.db()));
  Tmux tmux;
  tmux.start(120, 30, archive.command());
  std::string screen;

  // Two papers: the papers screen, each with its count and issues, then the districts.
  ASSERT_TRUE(tmux.wait_for("按地区浏览", &screen)) << screen;
  EXPECT_NE(screen.find("郑州日报"), std::string::npos) << screen;
  EXPECT_NE(screen.find("人民日报"), std::string::npos) << screen;
  EXPECT_NE(screen.find("3 期"), std::string::npos) << screen;
  EXPECT_NE(screen.find("2020-01-24–2020-01-27"), std::string::npos) << screen;

  // :2020-01-25 opens that issue of the selected paper, pages in order.
  tmux.keys(":");
  tmux.literal("2020-01-25");
  tmux.keys("Enter");
  ASSERT_TRUE(tmux.wait_for("郑州日报 2020-01-25", &screen)) << screen;
  const auto p1 = screen.find("01版"), p2 = screen.find("02版");
  ASSERT_NE(p1, std::string::npos) << screen;
  ASSERT_NE(p2, std::string::npos) << screen;
  EXPECT_LT(p1, p2) << screen;
  // The first page's heading is the first row, above the selected first article.
  EXPECT_NE(kanbao::test_support::split_lines(screen).at(1).find("01版"), std::string::npos) << screen;

  // f and s (a list's filter and sort) say they do not apply to an issue.
  tmux.keys("f");
  ASSERT_TRUE(tmux.wait_for("在这里不适用", &screen)) << screen;
  EXPECT_NE(screen.find("f（按标题筛选列表）"), std::string::npos) << screen;

  // ] and [ step through the paper's issues, skipping days without one.
  tmux.keys("]");
  ASSERT_TRUE(tmux.wait_for("郑州日报 2020-01-27", &screen)) << screen;
  tmux.keys("]");
  ASSERT_TRUE(tmux.wait_for("已是最新一期", &screen)) << screen;
  tmux.keys("[");
  ASSERT_TRUE(tmux.wait_for("郑州日报 2020-01-25", &screen)) << screen;
  tmux.keys("[");
  ASSERT_TRUE(tmux.wait_for("郑州日报 2020-01-24", &screen)) << screen;

  // Enter opens the selected article: the reader names paper, page and issue date.
  tmux.keys("Enter");
  ASSERT_TRUE(tmux.wait_for("出版 2020-01-24", &screen)) << screen;
  EXPECT_NE(screen.find("郑州日报 · 第01版"), std::string::npos) << screen;

  // ] and [ in the reader go back to the issue view and show the paper's
  // next / previous issue there, in place of the one it showed.
  tmux.keys("]");
  ASSERT_TRUE(tmux.wait_for("› 郑州日报 2020-01-25", &screen)) << screen;
  EXPECT_EQ(screen.find("出版 2020-01-24"), std::string::npos) << screen;
  EXPECT_EQ(screen.find("2020-01-24 ›"), std::string::npos) << screen;
  tmux.keys("Enter");
  ASSERT_TRUE(tmux.wait_for("出版 2020-01-25", &screen)) << screen;
  tmux.keys("[");
  ASSERT_TRUE(tmux.wait_for("› 郑州日报 2020-01-24", &screen)) << screen;
  EXPECT_EQ(screen.find("2020-01-25"), std::string::npos) << screen;
  tmux.keys("Enter");
  ASSERT_TRUE(tmux.wait_for("出版 2020-01-24", &screen)) << screen;
  tmux.keys("[");
  ASSERT_TRUE(tmux.wait_for("已是最早一期", &screen)) << screen;

  // A date with no issue says so and closes the prompt; a number is an article ID.
  tmux.keys(":");
  tmux.literal("2020-01-26");
  tmux.keys("Enter");
  ASSERT_TRUE(tmux.wait_for("没有 2020-01-26 这一期", &screen)) << screen;
  EXPECT_EQ(screen.find("输入文章编号"), std::string::npos) << screen;
  EXPECT_NE(screen.find("出版 2020-01-24"), std::string::npos) << screen;
  tmux.keys(":");
  tmux.literal("1");
  tmux.keys("Enter");
  // The reader before ':' shows 出版 2020-01-24 too: the article is open
  // when the prompt is gone and the message of the date before with it.
  ASSERT_TRUE(tmux.wait(
      [](const std::string& s) {
        return s.find("出版 2020-01-") != std::string::npos && s.find("输入文章编号") == std::string::npos &&
               s.find("没有 2020-01-26 这一期") == std::string::npos;
      },
      &screen))
      << screen;

  tmux.keys("Q");
  ASSERT_TRUE(tmux.wait_for("[exited 0]", &screen)) << screen;
}

}  // namespace
