// SPDX-License-Identifier: MIT
// The browser under abuse, in tmux: a storm of window resizes and SIGWINCH,
// 1 KB pasted at the search prompt, keys held down, a 1x1 terminal, and
// SIGHUP/SIGTERM/SIGINT (and the terminal going away) at every screen. The
// browser must keep answering keys, draw a sane screen, and always leave the
// terminal restored. Everything polls with timeouts; no fixed waits.
#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
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

constexpr const char* kQuery = "记者";

// Whether the header (the first line) of `screen` has `text`: the
// breadcrumb names the screen on top ("看报 › 地区 › 搜索"), which the
// screen below it does not, while its key line may show the same word
// ("/ 搜索", "? 帮助").
bool header_has(const std::string& screen, const std::string& text) {
  const auto lines = split_lines(screen);
  return !lines.empty() && lines.front().find(text) != std::string::npos;
}

// Whether `pid` is a live process (a zombie waiting to be reaped is not).
bool alive(int pid) {
  const std::string stat =
      kanbao::test_support::run("cat /proc/" + std::to_string(pid) + "/stat 2>/dev/null");
  const auto paren = stat.rfind(')');
  if (paren == std::string::npos || paren + 2 >= stat.size()) return false;
  const char state = stat[paren + 2];
  return state != 'Z' && state != 'X';
}

class BrowserStress : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { library_ = new SampleLibrary("stress"); }
  static void TearDownTestSuite() { delete library_; }

  void SetUp() override {
    ASSERT_EQ(library_->problem(), "");
    // Each test starts without remembered positions or history.
    fs::remove_all(library_->dir() + "/state");
  }

  std::string command(const std::string& extra_env = "") const {
    return "env LANG=C.UTF-8 TERM=xterm-256color XDG_STATE_HOME=" + shell_quote(library_->dir() + "/state") +
           " XDG_CONFIG_HOME=" + shell_quote(library_->dir() + "/config") + " " + extra_env + " " +
           shell_quote(KANBAO_BINARY) + " --db " + shell_quote(library_->db());
  }

  static kanbao::store::Library library() {
    auto lib = kanbao::store::Library::open(library_->db(), kanbao::store::OpenMode::kReadOnly);
    EXPECT_TRUE(lib.ok());
    return std::move(*lib);
  }

  // The district with the most articles and its article count.
  static std::pair<int, std::int64_t> biggest_district() {
    auto lib = library();
    auto districts = lib.districts();
    EXPECT_TRUE(districts.ok() && !districts->empty());
    int best = 0;
    for (std::size_t i = 0; i < districts->size(); ++i) {
      if ((*districts)[i].articles > (*districts)[static_cast<std::size_t>(best)].articles)
        best = static_cast<int>(i);
    }
    return {best, (*districts)[static_cast<std::size_t>(best)].articles};
  }

  // From the districts screen: down `index + 1` rows (past 全部) and Enter.
  static void open_district(const Tmux& tmux, int index) {
    std::string keys;
    for (int i = 0; i <= index; ++i) keys += "j ";
    tmux.keys(keys + "Enter");
  }

  // Starts the browser at 100x30 and opens the district's article list.
  bool start_in_district(Tmux& tmux, int index, std::int64_t articles, std::string* screen) const {
    tmux.start(100, 30, command());
    if (!tmux.wait_for("全部", screen)) return false;
    open_district(tmux, index);
    return tmux.wait_for("1/" + std::to_string(articles), screen);
  }

  // The screen is whole: `rows` lines, a header at the top and a key line at
  // the bottom.
  static bool sane(const std::string& screen, int rows) {
    const auto lines = split_lines(screen);
    return static_cast<int>(lines.size()) == rows &&
           lines.front().find_first_not_of(' ') != std::string::npos &&
           lines.back().find_first_not_of(' ') != std::string::npos;
  }

  // Quits with q from any screen; the browser exits 0 with the terminal restored.
  static void quit_and_check_restored(const Tmux& tmux) {
    std::string screen;
    for (int i = 0; i < 8 && tmux.capture().find("[exited") == std::string::npos; ++i) {
      const std::string before = tmux.capture();
      tmux.keys("q");
      tmux.wait([&](const std::string& s) { return s != before; }, nullptr, 2000ms);
    }
    ASSERT_TRUE(tmux.wait_for("[exited 0]", &screen)) << screen;
    EXPECT_EQ(tmux.format("#{alternate_on}"), "0\n");
    EXPECT_EQ(tmux.format("#{cursor_flag}"), "1\n");
  }

  static inline SampleLibrary* library_ = nullptr;
};

TEST_F(BrowserStress, ResizeStormLeavesASaneScreenThatAnswersKeys) {
  const auto [district, articles] = biggest_district();
  Tmux tmux;
  std::string screen;
  ASSERT_TRUE(start_in_district(tmux, district, articles, &screen)) << screen;
  tmux.keys("Enter");
  ASSERT_TRUE(tmux.wait([](const std::string& s) { return !header_percent(s).empty(); }, &screen)) << screen;
  const int pid = tmux.program_pid();
  ASSERT_GT(pid, 0);

  // Hundreds of real window size changes, tiny to huge, ten per tmux call.
  const int widths[] = {1, 7, 19, 20, 33, 40, 61, 80, 119, 160, 201, 250};
  const int heights[] = {1, 2, 5, 6, 9, 12, 24, 30, 47, 60, 80};
  int n = 0;
  for (int call = 0; call < 30; ++call) {
    std::string batch;
    for (int k = 0; k < 10; ++k, ++n) {
      if (k > 0) batch += " \\; ";
      batch += "resize-window -t k -x " + std::to_string(widths[(n * 7) % 12]) + " -y " +
               std::to_string(heights[(n * 5) % 11]);
    }
    ASSERT_EQ(tmux.tmux(batch), "") << batch;  // tmux accepted every size
  }
  // And a burst of bare SIGWINCH on top.
  run("for i in $(seq 300); do kill -WINCH " + std::to_string(pid) + " 2>/dev/null; done");
  tmux.resize(90, 25);

  // Settles at 90x25 on the reader, with the same screen a single clean
  // resize produces.
  ASSERT_TRUE(tmux.wait([](const std::string& s) { return sane(s, 25) && s.find('%') != std::string::npos; },
                        &screen, 10000ms))
      << split_lines(screen).size() << " lines, pane " << tmux.format("#{pane_width}x#{pane_height}")
      << screen;
  EXPECT_EQ(tmux.program_pid(), pid) << "the browser restarted or died";
  std::this_thread::sleep_for(300ms);  // let any queued resize land before the reference capture
  const std::string after_storm = tmux.capture();
  tmux.resize(60, 20);
  ASSERT_TRUE(tmux.wait([](const std::string& s) { return sane(s, 20); }, &screen)) << screen;
  tmux.resize(90, 25);
  ASSERT_TRUE(tmux.wait([&](const std::string& s) { return s == after_storm; }, &screen))
      << "after the storm:\n"
      << after_storm << "\nafter one resize:\n"
      << screen;

  // Still answers keys: back to the list, where the selection is unchanged.
  tmux.keys("q");
  ASSERT_TRUE(tmux.wait_for("1/" + std::to_string(articles), &screen)) << screen;
  quit_and_check_restored(tmux);
}

TEST_F(BrowserStress, OneKilobytePastedAtTheSearchPromptStaysEditable) {
  Tmux tmux;
  tmux.start(100, 30, command());
  std::string screen;
  ASSERT_TRUE(tmux.wait_for("全部", &screen)) << screen;
  tmux.keys("/");
  ASSERT_TRUE(tmux.wait([](const std::string& s) { return header_has(s, "搜索"); }, &screen)) << screen;

  // ~1 KB: Han, Latin, full-width, emoji (with ZWJ and skin tones),
  // combining marks, bidi overrides, zero-width and C1 controls, FTS syntax.
  const std::string piece =
      "管城回族区 Zhengzhou ＡＢＣ１２３ 🙂👩‍👩‍👧🏽 e\u0301\u0301 "
      "\u202e反转\u202c "
      "\u200b\u200d\ufeff "
      "\u00ad\u0085\u009b31m \"引号\" * ^ : ( ) AND OR NOT NEAR '; DROP TABLE articles; -- ";
  std::string paste;
  while (paste.size() < 1000) paste += piece;
  paste += "zzEND";
  ASSERT_GE(paste.size(), 1000u);
  tmux.literal(paste);
  // The prompt keeps the cursor (the end of the text) in view.
  ASSERT_TRUE(tmux.wait(
      [](const std::string& s) {
        const auto lines = split_lines(s);
        return lines.size() >= 2 && lines[1].find("zzEND") != std::string::npos;
      },
      &screen, 10000ms))
      << screen;
  const int pid = tmux.program_pid();
  ASSERT_GT(pid, 0);

  // Still editable: Backspace removes the last character, then the line is
  // cleared and a real query finds articles.
  tmux.keys("BSpace");
  ASSERT_TRUE(tmux.wait(
      [](const std::string& s) {
        const auto lines = split_lines(s);
        return lines.size() >= 2 && lines[1].find("zzEN") != std::string::npos &&
               lines[1].find("zzEND") == std::string::npos;
      },
      &screen))
      << screen;
  tmux.keys("C-u");
  tmux.literal("持之以恒");
  // The hits of the new words, not anything the pasted query found.
  ASSERT_TRUE(tmux.wait(
      [](const std::string& s) {
        const auto lines = split_lines(s);
        return lines.size() >= 2 && lines[1].find("持之以恒") != std::string::npos &&
               lines[1].find("zzEN") == std::string::npos && s.find("处") != std::string::npos;
      },
      &screen))
      << screen;
  EXPECT_EQ(tmux.program_pid(), pid);
  tmux.keys("Escape");  // leave the prompt, back to the districts
  ASSERT_TRUE(tmux.wait(
      [](const std::string& s) {
        const auto lines = split_lines(s);
        return !lines.empty() && lines.front().find("搜索") == std::string::npos &&
               s.find("全部") != std::string::npos;
      },
      &screen))
      << screen;
  quit_and_check_restored(tmux);
}

TEST_F(BrowserStress, KeysHeldDownAreAllHandled) {
  const auto [district, articles] = biggest_district();
  ASSERT_LT(articles, 300);
  auto lib = library();
  kanbao::store::SearchRequest request;
  request.query = kQuery;
  request.limit = 1000;
  auto hits = lib.search(request);
  ASSERT_TRUE(hits.ok());
  ASSERT_GE(hits->total, 3);
  ASSERT_LT(hits->total, 100);

  Tmux tmux;
  std::string screen;
  ASSERT_TRUE(start_in_district(tmux, district, articles, &screen)) << screen;

  // 300 j at once: the selection ends on the last article.
  std::string held;
  for (int i = 0; i < 300; ++i) held += "j ";
  tmux.keys(held);
  const std::string last = std::to_string(articles) + "/" + std::to_string(articles);
  ASSERT_TRUE(tmux.wait_for(last, &screen, 10000ms)) << screen;

  // 300 Space in the reader: at the end of the article.
  tmux.keys("Enter");
  ASSERT_TRUE(tmux.wait([](const std::string& s) { return !header_percent(s).empty(); }, &screen)) << screen;
  held.clear();
  for (int i = 0; i < 300; ++i) held += "Space ";
  tmux.keys(held);
  ASSERT_TRUE(
      tmux.wait([](const std::string& s) { return split_lines(s).front().find("100%") != std::string::npos; },
                &screen, 10000ms))
      << screen;
  tmux.keys("q");
  ASSERT_TRUE(tmux.wait_for(last, &screen)) << screen;
  tmux.keys("q");
  ASSERT_TRUE(tmux.wait_for("个地区", &screen)) << screen;

  // 300 n in a reader opened on the first search hit: walks every hit of
  // every article and stops at the last one.
  tmux.keys("/");
  ASSERT_TRUE(tmux.wait([](const std::string& s) { return header_has(s, "搜索"); }, &screen)) << screen;
  tmux.literal(kQuery);
  const std::string first = "1/" + std::to_string(hits->total) + " 篇";
  ASSERT_TRUE(tmux.wait_for(first, &screen)) << screen;
  tmux.keys("Enter");  // to the results
  tmux.keys("Enter");  // the reader at the first hit
  ASSERT_TRUE(tmux.wait_for("命中 1/", &screen)) << screen;
  held.clear();
  for (int i = 0; i < 300; ++i) held += "n ";
  tmux.keys(held);
  ASSERT_TRUE(tmux.wait_for("已是最后一处命中", &screen, 10000ms)) << screen;
  tmux.keys("q");
  const std::string at_end = std::to_string(hits->total) + "/" + std::to_string(hits->total) + " 篇";
  ASSERT_TRUE(tmux.wait_for(at_end, &screen)) << screen;
  quit_and_check_restored(tmux);
}

TEST_F(BrowserStress, OneByOneTerminalGrowsBack) {
  Tmux tmux;
  tmux.start(1, 1, command());
  const int pid = [&] {
    for (int i = 0; i < 100; ++i) {
      if (const int p = tmux.program_pid()) return p;
      std::this_thread::sleep_for(50ms);
    }
    return 0;
  }();
  ASSERT_GT(pid, 0);
  std::string screen;
  // Growing one step at a time through every too-small size.
  for (const auto& size :
       std::vector<std::pair<int, int>>{{1, 2}, {2, 1}, {2, 2}, {5, 3}, {19, 5}, {20, 5}, {19, 6}}) {
    const int cols = size.first, rows = size.second;  // (clang 14 lambdas cannot capture structured bindings)
    tmux.resize(cols, rows);
    ASSERT_TRUE(tmux.wait(
        [&](const std::string& s) { return static_cast<int>(split_lines(s).size()) <= rows; }, &screen))
        << cols << "x" << rows << "\n"
        << screen;
  }
  tmux.resize(20, 6);  // the smallest usable size
  ASSERT_TRUE(tmux.wait(
      [](const std::string& s) { return sane(s, 6) && s.find("全部") != std::string::npos; }, &screen))
      << screen;
  EXPECT_EQ(tmux.program_pid(), pid);

  // In the reader, down to 1x1 and back.
  tmux.resize(80, 24);
  ASSERT_TRUE(tmux.wait([](const std::string& s) { return sane(s, 24); }, &screen)) << screen;
  tmux.keys("j Enter");
  ASSERT_TRUE(tmux.wait_for("1/", &screen)) << screen;
  tmux.keys("Enter");
  // The whole reader frame (its key line is the last row drawn), not one
  // caught halfway over the list, as a slow sanitizer build once showed.
  ASSERT_TRUE(tmux.wait(
      [](const std::string& s) {
        return s.find('%') != std::string::npos && s.find("Space 翻页") != std::string::npos;
      },
      &screen))
      << screen;
  const std::string reader = screen;
  tmux.resize(1, 1);
  // The browser's own 1x1 screen ("…", its notice cut to one column), not
  // just tmux's pane at 1x1: should the browser see no size but 80x24 (both
  // resizes done before it looked), it finds the size unchanged and does
  // not draw again.
  ASSERT_TRUE(tmux.wait(
      [](const std::string& s) {
        const auto lines = split_lines(s);
        return lines.size() <= 1 && s.find("…") != std::string::npos;
      },
      &screen))
      << screen;
  EXPECT_EQ(tmux.program_pid(), pid);
  tmux.resize(80, 24);
  ASSERT_TRUE(tmux.wait([&](const std::string& s) { return s == reader; }, &screen)) << "before:\n"
                                                                                     << reader << "\nafter:\n"
                                                                                     << screen;
  quit_and_check_restored(tmux);
}

// ---- Signals at every screen ----

struct SignalCase {
  int signal;
  const char* screen;
};

class BrowserSignals : public BrowserStress, public ::testing::WithParamInterface<SignalCase> {};

// Brings the browser to `screen` and returns the text that proves it is there.
std::string go_to(const Tmux& tmux, const std::string& screen_name) {
  std::string screen;
  if (!tmux.wait_for("全部", &screen)) return "districts never appeared:\n" + screen;
  if (screen_name == "districts") return "";
  if (screen_name == "help") {
    tmux.keys("?");
    return tmux.wait([](const std::string& s) { return header_has(s, "帮助"); }, &screen)
               ? ""
               : "no help:\n" + screen;
  }
  if (screen_name == "search") {
    tmux.keys("/");
    tmux.literal("持之以恒");
    return tmux.wait_for("处", &screen) ? "" : "no search:\n" + screen;
  }
  tmux.keys("j Enter");
  if (!tmux.wait_for("1/", &screen)) return "no articles:\n" + screen;
  if (screen_name == "articles") return "";
  tmux.keys("Enter");
  return tmux.wait([](const std::string& s) { return !header_percent(s).empty(); }, &screen)
             ? ""
             : "no reader:\n" + screen;
}

TEST_P(BrowserSignals, TerminalIsRestoredAndTheProcessExits) {
  const SignalCase c = GetParam();
  Tmux tmux;
  tmux.start(100, 30, command());
  const std::string problem = go_to(tmux, c.screen);
  ASSERT_EQ(problem, "");
  ASSERT_EQ(tmux.format("#{alternate_on}"), "1\n");
  const int pid = tmux.program_pid();
  ASSERT_GT(pid, 0);
  ASSERT_EQ(::kill(pid, c.signal), 0);
  std::string screen;
  ASSERT_TRUE(tmux.wait_for("[exited " + std::to_string(128 + c.signal) + "]", &screen)) << screen;
  EXPECT_EQ(tmux.program_pid(), 0);
  EXPECT_FALSE(alive(pid)) << "process " << pid << " still runs";
  EXPECT_EQ(tmux.format("#{alternate_on}"), "0\n");
  EXPECT_EQ(tmux.format("#{cursor_flag}"), "1\n");
  EXPECT_EQ(tmux.format("#{keypad_cursor_flag}#{mouse_any_flag}"), "00\n");
}

INSTANTIATE_TEST_SUITE_P(EveryScreen, BrowserSignals,
                         ::testing::Values(SignalCase{SIGHUP, "districts"}, SignalCase{SIGHUP, "articles"},
                                           SignalCase{SIGHUP, "reader"}, SignalCase{SIGHUP, "search"},
                                           SignalCase{SIGHUP, "help"}, SignalCase{SIGTERM, "districts"},
                                           SignalCase{SIGTERM, "articles"}, SignalCase{SIGTERM, "reader"},
                                           SignalCase{SIGTERM, "search"}, SignalCase{SIGTERM, "help"},
                                           SignalCase{SIGINT, "districts"}, SignalCase{SIGINT, "articles"},
                                           SignalCase{SIGINT, "reader"}, SignalCase{SIGINT, "search"},
                                           SignalCase{SIGINT, "help"}),
                         [](const ::testing::TestParamInfo<SignalCase>& param) {
                           const int sig = param.param.signal;
                           const char* name = sig == SIGHUP ? "HUP" : sig == SIGTERM ? "TERM" : "INT";
                           return std::string(name) + "_" + param.param.screen;
                         });

// Ctrl-C typed at the keyboard is SIGINT too (the terminal is not in raw mode).
TEST_F(BrowserStress, CtrlCAtTheReaderRestoresTheTerminal) {
  Tmux tmux;
  // Ctrl-C interrupts the whole foreground group: the wrapping shell must
  // survive it to report the browser's exit status.
  tmux.start(100, 30, "trap : INT; " + command());
  ASSERT_EQ(go_to(tmux, "reader"), "");
  tmux.keys("C-c");
  std::string screen;
  ASSERT_TRUE(tmux.wait_for("[exited 130]", &screen)) << screen;
  EXPECT_EQ(tmux.format("#{alternate_on}"), "0\n");
}

// The terminal going away (window closed, ssh dropped): the browser must
// not linger, let alone spin, once its terminal is gone.
TEST_F(BrowserStress, ClosingTheTerminalEndsTheBrowser) {
  Tmux tmux;
  tmux.start(100, 30, command());
  ASSERT_EQ(go_to(tmux, "reader"), "");
  const int pid = tmux.program_pid();
  ASSERT_GT(pid, 0);
  tmux.tmux("kill-session -t k");
  const auto end = std::chrono::steady_clock::now() + 5s;
  while (alive(pid) && std::chrono::steady_clock::now() < end) std::this_thread::sleep_for(50ms);
  const bool lingers = alive(pid);
  if (lingers) ::kill(pid, SIGKILL);
  EXPECT_FALSE(lingers) << "kanbao " << pid << " still ran 5 s after its terminal closed";
}

}  // namespace
