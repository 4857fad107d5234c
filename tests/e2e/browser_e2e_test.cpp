// SPDX-License-Identifier: MIT
// Drives the real kanbao binary inside tmux: index the sample, browse
// districts -> articles -> reader, search, resize, quit with the terminal
// restored, at several sizes and with LANG/LC_ALL unset.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "e2e/tmux_session.h"
#include "store/library.h"

namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

using kanbao::test_support::header_percent;
using kanbao::test_support::run;
using kanbao::test_support::SampleLibrary;
using kanbao::test_support::shell_quote;
using kanbao::test_support::split_lines;
using kanbao::test_support::Tmux;

// Removes ASCII whitespace and U+3000 (the paragraph indent).
std::string squash(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ' ' || s[i] == '\n' || s[i] == '\t' || s[i] == '\r') continue;
    if (s.compare(i, 3, "\u3000") == 0) {
      i += 2;
      continue;
    }
    out += s[i];
  }
  return out;
}

struct Size {
  int cols, rows;
  bool unset_locale;
};

class BrowserE2E : public ::testing::TestWithParam<Size> {
 protected:
  static void SetUpTestSuite() { library_ = new SampleLibrary("e2e"); }
  static void TearDownTestSuite() { delete library_; }

  void SetUp() override { ASSERT_EQ(library_->problem(), ""); }

  std::string command() const {
    const Size size = GetParam();
    std::string env = size.unset_locale ? "env -u LANG -u LC_ALL -u LC_CTYPE" : "env LANG=C.UTF-8";
    env += " TERM=xterm-256color XDG_STATE_HOME=" + shell_quote(library_->dir() + "/state") +
           " XDG_CONFIG_HOME=" + shell_quote(library_->dir() + "/config");
    return env + " " + shell_quote(KANBAO_BINARY) + " --db " + shell_quote(library_->db());
  }

  static inline SampleLibrary* library_ = nullptr;
};

// The body lines (header and key line dropped) of a capture.
std::vector<std::string> body_lines(const std::string& screen) {
  auto lines = split_lines(screen);
  if (lines.size() >= 2) lines = std::vector<std::string>(lines.begin() + 1, lines.end() - 1);
  return lines;
}

// Whether the reader shows the top of its article: its first text line
// starts with `title_start`. Only the reader's pane counts (the rightmost,
// after the last "│", in the three-pane layout, where the list beside it
// names the article too), and not the header, whose breadcrumb always
// names the article: the reader at any other place would pass for the top.
bool title_on_top(const std::string& screen, const std::string& title_start) {
  for (const auto& line : body_lines(screen)) {
    const auto bar = line.rfind("│");
    const std::string text =
        squash(bar == std::string::npos ? line : line.substr(bar + std::string("│").size()));
    if (!text.empty()) return text.rfind(title_start, 0) == 0;
  }
  return false;
}

TEST_P(BrowserE2E, BrowseSearchResizeQuit) {
  const Size size = GetParam();
  auto library = kanbao::store::Library::open(library_->db(), kanbao::store::OpenMode::kReadOnly);
  ASSERT_TRUE(library.ok());
  auto districts = library->districts();
  ASSERT_TRUE(districts.ok());
  ASSERT_FALSE(districts->empty());

  Tmux tmux;
  tmux.start(size.cols, size.rows, command());
  std::string screen;

  // Districts: every district, and 全部. Waited for all of them: a capture
  // may catch the first screen half drawn, 全部 there and the rows below not yet.
  ASSERT_TRUE(tmux.wait(
      [&](const std::string& s) {
        if (s.find("全部") == std::string::npos) return false;
        return std::all_of(districts->begin(), districts->end(), [&](const auto& d) {
          return d.name.empty() || s.find(d.name) != std::string::npos;
        });
      },
      &screen))
      << screen;
  for (const auto& d : *districts) {
    if (!d.name.empty()) {
      EXPECT_NE(screen.find(d.name), std::string::npos) << d.name << "\n" << screen;
    }
  }

  // Open the first district (row after 全部) and its newest article.
  const auto& district = districts->front();
  kanbao::store::ListQuery q;
  q.district = district.name;
  q.limit = 1;
  auto page = library->list(q);
  ASSERT_TRUE(page.ok());
  ASSERT_FALSE(page->rows.empty());
  auto article = library->article(page->rows.front().id);
  ASSERT_TRUE(article.ok() && article->has_value());
  const auto& a = **article;

  tmux.keys("j Enter");
  ASSERT_TRUE(tmux.wait_for("1/" + std::to_string(district.articles), &screen)) << screen;
  tmux.keys("Enter");
  // The reader's percentage, not any '%': the preview pane of a wide list
  // may show an article with one in its text.
  ASSERT_TRUE(tmux.wait([](const std::string& s) { return !header_percent(s).empty(); }, &screen)) << screen;
  // An earlier size's run left a reading position: g goes back to the top,
  // which only the title as the first line shows (the header names the
  // article at any place).
  tmux.keys("g");
  const std::string title_start = squash(a.title).substr(0, 12);
  ASSERT_TRUE(tmux.wait([&](const std::string& s) { return title_on_top(s, title_start); }, &screen))
      << "g did not go to the title:\n"
      << screen;

  // Page through the article, joining screens on their overlap; every
  // paragraph must appear intact.
  std::vector<std::string> all;
  for (int pages = 0; pages < 200; ++pages) {
    ASSERT_TRUE(tmux.wait([](const std::string& s) { return s.find('%') != std::string::npos; }, &screen));
    auto lines = body_lines(screen);
    std::size_t overlap = 0;
    for (std::size_t k = std::min(all.size(), lines.size()); k > 0; --k) {
      if (std::equal(all.end() - static_cast<long>(k), all.end(), lines.begin())) {
        overlap = k;
        break;
      }
    }
    all.insert(all.end(), lines.begin() + static_cast<long>(overlap), lines.end());
    const auto header = split_lines(screen).front();
    if (header.find("100%") != std::string::npos) break;
    // Space always pages on here (the header did not say 100%); a screen
    // not yet changed would be read twice and the next Space skip a page.
    ASSERT_TRUE(tmux.press(
        "Space", [](const std::string& s) { return !header_percent(s).empty(); }, &screen))
        << "Space did not page on:\n"
        << screen;
  }
  std::string joined;
  for (const auto& l : all) joined += l;
  const std::string squashed = squash(joined);
  EXPECT_NE(squashed.find(squash(a.title)), std::string::npos) << a.title;
  for (const auto& p : a.paragraphs) {
    EXPECT_NE(squashed.find(squash(p)), std::string::npos) << "paragraph not intact:\n"
                                                           << p << "\n--- screen:\n"
                                                           << joined;
  }

  // Resize in the middle of the article: the reader re-lays out at once and
  // keeps the same text near the top.
  // Each key is waited for: the screen before a key also shows a '%', so
  // waiting for one alone could read the page from before the key.
  tmux.keys("g");
  ASSERT_TRUE(tmux.wait([&](const std::string& s) { return title_on_top(s, title_start); }, &screen))
      << "g did not go back to the title:\n"
      << screen;
  const std::string at_top = screen;
  if (split_lines(at_top).front().find("100%") == std::string::npos) {  // more than one page
    tmux.keys("Space");
    ASSERT_TRUE(tmux.wait(
        [&](const std::string& s) { return s != at_top && s.find('%') != std::string::npos; }, &screen))
        << "Space did not page on:\n"
        << screen;
  }
  std::string top_before;
  for (const auto& l : body_lines(screen)) {
    if (!squash(l).empty()) {
      top_before = squash(l).substr(0, 6);  // two Han characters
      break;
    }
  }
  const int new_cols = size.cols > 60 ? size.cols - 30 : size.cols + 20;
  const int new_rows = size.rows > 14 ? size.rows - 4 : size.rows + 4;
  tmux.resize(new_cols, new_rows);
  ASSERT_TRUE(tmux.wait(
      [&](const std::string& s) {
        const auto lines = body_lines(s);
        std::string first_two;
        int taken = 0;
        for (const auto& l : lines) {
          if (squash(l).empty()) continue;
          first_two += squash(l);
          if (++taken == 2) break;
        }
        return static_cast<int>(split_lines(s).size()) == new_rows &&
               first_two.find(top_before) != std::string::npos;
      },
      &screen))
      << "top text " << top_before << " lost after resize:\n"
      << screen;

  // `/` in the reader searches the article (like less); Tab there takes the
  // words to the library (scope: the list's district), Tab again widens to all.
  tmux.keys("/");
  ASSERT_TRUE(tmux.wait_for("本文搜索", &screen)) << screen;
  tmux.keys("C-u");
  tmux.literal("持之以恒");
  tmux.keys("Tab");
  ASSERT_TRUE(tmux.wait_for("/ 持之以恒", &screen)) << screen;
  tmux.keys("Tab");
  // The hits of the whole library ([全部]): the district's hits before Tab
  // show "处" as well.
  ASSERT_TRUE(tmux.wait(
      [](const std::string& s) {
        return s.find("[全部]") != std::string::npos && s.find("处") != std::string::npos;
      },
      &screen))
      << screen;
  tmux.keys("Enter");  // to the result list
  tmux.keys("Enter");  // open the first hit
  // The hit is highlighted in the reader (its header counts the hits): some
  // SGR attribute right before its text. The result list highlights it too.
  ASSERT_TRUE(tmux.wait(
      [](const std::string& s) {
        const auto lines = split_lines(s);
        if (lines.empty() || lines.front().find("命中") == std::string::npos) return false;
        for (std::size_t at = s.find("持之"); at != std::string::npos; at = s.find("持之", at + 1)) {
          if (at > 0 && s[at - 1] == 'm') {
            const auto esc = s.rfind("\x1b[", at);
            const std::string sgr = s.substr(esc, at - esc);
            if (sgr != "\x1b[0m" && sgr != "\x1b[m" && sgr != "\x1b[39m" && sgr != "\x1b[49m") return true;
          }
        }
        return false;
      },
      &screen, 5000ms, true))
      << screen;

  // q back to the top and out; the terminal is restored.
  for (int i = 0; i < 8; ++i) {
    if (tmux.capture().find("[exited") != std::string::npos) break;
    const std::string before = tmux.capture();
    tmux.keys("q");
    tmux.wait([&](const std::string& s) { return s != before; }, nullptr, 2000ms);
  }
  ASSERT_TRUE(tmux.wait_for("[exited 0]", &screen)) << screen;
  EXPECT_EQ(tmux.format("#{alternate_on}"), "0\n");
  EXPECT_EQ(tmux.format("#{cursor_flag}"), "1\n");
}

INSTANTIATE_TEST_SUITE_P(Sizes, BrowserE2E,
                         ::testing::Values(Size{100, 30, false}, Size{40, 12, false}, Size{200, 60, false},
                                           Size{100, 30, true}),
                         [](const ::testing::TestParamInfo<Size>& param) {
                           return std::to_string(param.param.cols) + "x" + std::to_string(param.param.rows) +
                                  (param.param.unset_locale ? "_NoLocale" : "");
                         });

TEST(BrowserE2EStandalone, UnknownTermExitsWithOneLineMessage) {
  const SampleLibrary library("e2e-term");
  ASSERT_EQ(library.problem(), "");
  const std::string& db = library.db();
  Tmux tmux;
  tmux.start(80, 24,
             "env TERM=no-such-terminal-kanbao " + shell_quote(KANBAO_BINARY) + " --db " + shell_quote(db));
  std::string screen;
  EXPECT_TRUE(tmux.wait_for("[exited 1]", &screen)) << screen;
  EXPECT_NE(screen.find("TERM"), std::string::npos) << screen;
  tmux.start(80, 24, "env -u TERM " + shell_quote(KANBAO_BINARY) + " --db " + shell_quote(db));
  EXPECT_TRUE(tmux.wait_for("[exited 1]", &screen)) << screen;
  EXPECT_NE(screen.find("TERM is not set"), std::string::npos) << screen;
}

TEST(BrowserE2EStandalone, TinyWindowsAndSignals) {
  const SampleLibrary library("e2e-tiny");
  ASSERT_EQ(library.problem(), "");
  const std::string& dir = library.dir();
  const std::string& db = library.db();
  Tmux tmux;
  tmux.start(20, 6,
             "env TERM=xterm-256color XDG_STATE_HOME=" + shell_quote(dir) + " " + shell_quote(KANBAO_BINARY) +
                 " --db " + shell_quote(db));
  std::string screen;
  ASSERT_TRUE(tmux.wait_for("全部", &screen)) << screen;
  // The notice fits: shorter words as the window narrows, the sizes kept.
  tmux.resize(30, 5);
  ASSERT_TRUE(tmux.wait_for("窗口太小 30x5，至少 20x6", &screen)) << screen;
  tmux.resize(20, 5);
  ASSERT_TRUE(tmux.wait_for("20x5，至少 20x6", &screen)) << screen;
  tmux.resize(10, 3);
  ASSERT_TRUE(tmux.wait_for("10x3<20x6", &screen)) << screen;
  tmux.resize(1, 1);
  std::this_thread::sleep_for(300ms);
  tmux.resize(60, 20);
  ASSERT_TRUE(tmux.wait_for("全部", &screen)) << screen;
  // SIGTERM: the terminal is restored and the process exits.
  const std::string pid = tmux.format("#{pane_pid}");
  // The browser is the only child of the pane's shell.
  const std::string child = run("ps -o pid= --ppid " + pid.substr(0, pid.find('\n')));
  ASSERT_FALSE(child.empty());
  run("kill -TERM " + child);
  ASSERT_TRUE(tmux.wait_for("[exited 143]", &screen)) << screen;
  EXPECT_EQ(tmux.format("#{alternate_on}"), "0\n");
}

}  // namespace
