// SPDX-License-Identifier: MIT
// The configuration file reaches the browser: a rebinding and the
// monochrome theme take effect, NO_COLOR drops colour, and the problems of
// bad lines are printed with file:line once the terminal is restored.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "e2e/tmux_session.h"

namespace {

namespace fs = std::filesystem;
using kanbao::test_support::SampleLibrary;
using kanbao::test_support::shell_quote;
using kanbao::test_support::Tmux;

// Whether any SGR sequence in an escaped capture sets a colour (30-38,
// 40-48, 90-107); 39/49 only restore the terminal's own colours.
bool sets_a_colour(const std::string& screen) {
  for (std::size_t at = screen.find("\x1b["); at != std::string::npos; at = screen.find("\x1b[", at + 2)) {
    const std::size_t end = screen.find_first_not_of("0123456789;:", at + 2);
    if (end == std::string::npos || screen[end] != 'm') continue;
    std::string params = screen.substr(at + 2, end - at - 2);
    std::size_t pos = 0;
    while (pos <= params.size()) {
      const std::size_t semi = params.find_first_of(";:", pos);
      const std::string p = params.substr(pos, semi == std::string::npos ? std::string::npos : semi - pos);
      if (!p.empty()) {
        const int n = std::atoi(p.c_str());
        if ((n >= 30 && n <= 38) || (n >= 40 && n <= 48) || (n >= 90 && n <= 107)) return true;
        if (n == 38 || n == 48) return true;
      }
      if (semi == std::string::npos) break;
      pos = semi + 1;
    }
  }
  return false;
}

class ConfigE2E : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(library_.problem(), "");
    fs::create_directories(dir_ + "/config/kanbao");
    config_ = dir_ + "/config/kanbao/config";
  }

  void write_config(const std::string& text) const { std::ofstream(config_) << text; }

  std::string command(const std::string& extra_env = "") const {
    return "env -u NO_COLOR LANG=C.UTF-8 TERM=xterm-256color XDG_STATE_HOME=" + shell_quote(dir_ + "/state") +
           " XDG_CONFIG_HOME=" + shell_quote(dir_ + "/config") + " " + extra_env + " " +
           shell_quote(KANBAO_BINARY) + " --db " + shell_quote(db_);
  }

  SampleLibrary library_{"e2e-config"};
  const std::string& dir_ = library_.dir();
  const std::string& db_ = library_.db();
  std::string config_;
};

TEST_F(ConfigE2E, RebindingMonochromeAndProblemsWithFileAndLine) {
  write_config(
      "# kanbao e2e\n"
      "theme = monochrome\n"
      "key.quit = x\n"
      "reader.width = wide   # line 4: a bad value\n"
      "key.dwn = j\n");
  Tmux tmux;
  tmux.start(160, 30, command());
  std::string screen;
  ASSERT_TRUE(tmux.wait_for("全部", &screen)) << screen;
  // The problems are announced in the status line...
  ASSERT_TRUE(tmux.wait_for("配置文件有 2 个问题，见 kanbao config", &screen)) << screen;
  // ...the monochrome theme draws without colour, the header still reverse.
  screen = tmux.capture(true);
  EXPECT_FALSE(sets_a_colour(screen)) << screen;
  EXPECT_NE(screen.find("7m"), std::string::npos) << screen;

  // Q no longer quits (quit is bound to x alone): the help screen opens
  // after it and lists x for 立即退出 (quit at once).
  tmux.keys("Q");
  tmux.keys("?");
  ASSERT_TRUE(tmux.wait_for("立即退出", &screen)) << screen;
  bool listed = false;
  for (const auto& line : kanbao::test_support::split_lines(screen)) {
    if (line.find("立即退出") != std::string::npos) listed = line.find(" x ") != std::string::npos;
  }
  EXPECT_TRUE(listed) << screen;
  EXPECT_EQ(screen.find("[exited"), std::string::npos) << screen;

  tmux.keys("x");
  ASSERT_TRUE(tmux.wait_for("[exited 0]", &screen)) << screen;
  // After the alternate screen is gone, the problems are on stderr.
  screen = tmux.tmux("capture-pane -p -J -t k");
  EXPECT_NE(screen.find(config_ + ":4: reader.width: 'wide' is not a number between 40 and 400"),
            std::string::npos)
      << screen;
  EXPECT_NE(screen.find(config_ + ":5: unknown action `dwn` (did you mean `down`?)"), std::string::npos)
      << screen;
  EXPECT_EQ(tmux.format("#{alternate_on}"), "0\n");
}

TEST_F(ConfigE2E, NoColorDropsColoursThatTheDefaultThemeUses) {
  write_config("layout = single\n");
  std::string screen;
  {
    Tmux tmux;
    tmux.start(100, 30, command());
    ASSERT_TRUE(tmux.wait_for("全部", &screen)) << screen;
    ASSERT_TRUE(tmux.wait(sets_a_colour, &screen, std::chrono::milliseconds(5000), true)) << screen;
    tmux.keys("q");
    ASSERT_TRUE(tmux.wait_for("[exited 0]", &screen)) << screen;
    EXPECT_EQ(screen.find("个问题"), std::string::npos) << screen;
  }
  // A tmux server of its own: restarting a session on a server that is
  // shutting down races.
  Tmux tmux;
  tmux.start(100, 30, command("NO_COLOR=1"));
  ASSERT_TRUE(tmux.wait_for("全部", &screen)) << screen;
  screen = tmux.capture(true);
  EXPECT_FALSE(sets_a_colour(screen)) << screen;
  tmux.keys("q");
  ASSERT_TRUE(tmux.wait_for("[exited 0]", &screen)) << screen;
}

}  // namespace
