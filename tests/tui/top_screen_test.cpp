// SPDX-License-Identifier: MIT
// The browser's event loop driven by a scripted terminal: what the keys do
// on the top screen, where there is no screen to go back to.
#include <gtest/gtest.h>

#include <deque>
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

int run(ScriptedTerminal& terminal) {
  BrowserOptions options;
  options.library_path = testing::SampleLibrary::db();
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

}  // namespace
}  // namespace kanbao::tui
