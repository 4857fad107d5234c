// SPDX-License-Identifier: MIT
// The browser's event loop driven by a scripted terminal: what the keys do
// on the top screen, where there is no screen to go back to.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <deque>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

#include "tui/app.h"
#include "tui/keymap.h"
#include "view_harness.h"

namespace kanbao::tui {
namespace {

// A terminal that hands out the scripted keys, then Q (quit), keeping each
// screen as drawn before a key was read.
class ScriptedTerminal : public Terminal {
 public:
  explicit ScriptedTerminal(std::vector<int> keys) : keys_(keys.begin(), keys.end()) {}
  int rows() const override { return 24; }
  int cols() const override { return 100; }
  void draw(const Screen& screen) override { last_ = testing::screen_text(screen); }
  InputEvent read(int) override {
    screens.push_back(last_);
    InputEvent ev;
    ev.kind = InputEvent::Kind::kKey;
    if (keys_.empty()) {
      // A browser that will not quit fails the test rather than hang it.
      if (++quits_sent > 10) throw std::runtime_error("the browser did not quit on Q");
      ev.key = 'Q';
      return ev;
    }
    ev.key = keys_.front();
    keys_.pop_front();
    return ev;
  }
  void invalidate() override {}
  Status write_raw(const std::string&) override { return Status::Ok(); }
  void suspend() override {}
  void resume() override {}

  std::vector<std::string> screens;  // before each key read, in order
  int quits_sent = 0;                // how many Q it handed out once the script ran out

 private:
  std::deque<int> keys_;
  std::string last_;
};

// Runs the browser on the library at `db` (the sample library by default).
int run(ScriptedTerminal& terminal, const std::string& db = testing::SampleLibrary::db()) {
  BrowserOptions options;
  options.library_path = db;
  options.state_dir = testing::make_temp_dir("kanbao_tui_state_");
  auto library = store::Library::open(options.library_path, store::OpenMode::kReadOnly);
  EXPECT_TRUE(library) << library.error().message();
  return run_app(options, std::move(*library), terminal);
}

// User report, session 26: Esc Esc, meant as "back, back", quit the
// browser from the top screen. Esc goes back one screen and on the top
// screen only says that q quits.
TEST(TopScreen, EscGoesBackButNeverQuits) {
  ScriptedTerminal terminal({key::kEnter, key::kEscape, key::kEscape, key::kEscape});
  EXPECT_EQ(run(terminal), 0);
  // Every scripted key was read, and then the Q that quit.
  ASSERT_EQ(terminal.quits_sent, 1);
  ASSERT_EQ(terminal.screens.size(), 5u);
  const std::string& top = terminal.screens[0];
  EXPECT_NE(terminal.screens[1], top) << "Enter opened no screen";
  // The first Esc went back to the top screen (the same but the status line).
  auto head = [](const std::string& screen) { return screen.substr(0, screen.find('\n')); };
  EXPECT_EQ(head(terminal.screens[2]), head(top));
  // The next ones stayed there, saying how to quit.
  for (std::size_t i : {3u, 4u}) {
    EXPECT_EQ(head(terminal.screens[i]), head(top));
    EXPECT_NE(terminal.screens[i].find("已在最上层；按 q 退出"), std::string::npos) << terminal.screens[i];
  }
}

// q still quits from the top screen, as the help says.
TEST(TopScreen, QQuitsFromTheTopScreen) {
  ScriptedTerminal terminal({'q'});
  EXPECT_EQ(run(terminal), 0);
  EXPECT_EQ(terminal.quits_sent, 0);
  EXPECT_EQ(terminal.screens.size(), 1u);
}

// Runs fixed SQL on the SQLite library at `db`.
void run_sql(const std::string& db, const char* sql) {
  sqlite3* handle = nullptr;
  ASSERT_EQ(sqlite3_open(db.c_str(), &handle), SQLITE_OK);
  char* error = nullptr;
  const int rc = sqlite3_exec(handle, sql, nullptr, nullptr, &error);
  const std::string message = error ? error : "";
  sqlite3_free(error);
  sqlite3_close(handle);
  ASSERT_EQ(rc, SQLITE_OK) << message;
}

// The first screen says how many of the library's files another kanbao's
// parser read: here two, whose stamps an older parser left (no version of
// this one's), recorded by an index run over another folder.
TEST(TopScreen, SaysHowManyFilesAnotherKanbaosParserRead) {
  const std::string note = "个文件由另一版本的 kanbao 解析";
  {
    ScriptedTerminal terminal({});
    EXPECT_EQ(run(terminal), 0);
    ASSERT_FALSE(terminal.screens.empty());
    EXPECT_EQ(terminal.screens[0].find(note), std::string::npos) << terminal.screens[0];
  }
  const std::string dir = testing::make_temp_dir("kanbao_tui_parsers_");
  const std::string db = testing::index_library(dir, KANBAO_SAMPLE_DIR);
  run_sql(
      db,
      "UPDATE files SET hash = substr(hash, 1, 16) WHERE id IN (SELECT id FROM files ORDER BY id LIMIT 2)");
  std::filesystem::create_directories(dir + "/other");
  testing::index_library(dir, dir + "/other");

  ScriptedTerminal terminal({});
  EXPECT_EQ(run(terminal, db), 0);
  ASSERT_FALSE(terminal.screens.empty());
  EXPECT_NE(terminal.screens[0].find("有 2 " + note + "，kanbao index 会重新读取"), std::string::npos)
      << terminal.screens[0];
}

}  // namespace
}  // namespace kanbao::tui
