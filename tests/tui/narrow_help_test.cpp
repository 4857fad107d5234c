// SPDX-License-Identifier: MIT
// At 40x12 (a phone, a split window) no help text is cut unseen: the help
// screen wraps its lines, and the key hints of the bottom line end with "…"
// when some of them do not fit, so `?` is known to exist.
#include <gtest/gtest.h>

#include <string>

#include "text/width.h"
#include "tui/help_wrap.h"
#include "tui/status_line.h"
#include "view_harness.h"

namespace kanbao::tui {
namespace {

using testing::render;
using testing::screen_text;

constexpr int kRows = 12, kCols = 40;

// The bottom line of a 40x12 screen showing `hints`.
std::string hint_line(const std::vector<Action>& hints, int cols = kCols) {
  Screen screen(kRows, cols);
  const std::string none;
  render_status_line(screen, StatusLine{none, false, "", hints}, Keymap{});
  return screen.row_text(kRows - 1);
}

bool ends_with(const std::string& s, const std::string& tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

std::string trimmed(std::string s) {
  while (!s.empty() && s.back() == ' ') s.pop_back();
  return s;
}

// The reader's and the issue view's hints are wider than 40 columns.
TEST(NarrowHints, HintsThatDoNotFitEndInAnEllipsis) {
  const std::vector<Action> reader = {Action::kPageDown, Action::kNextArticle, Action::kPrevArticle,
                                      Action::kCopy,     Action::kPager,       Action::kBookmark,
                                      Action::kHelp,     Action::kBack};
  const std::string line = trimmed(hint_line(reader));
  EXPECT_TRUE(ends_with(line, "…")) << line;
  EXPECT_LE(text::display_width(line), kCols) << line;
  // Wide enough for all of them: no ellipsis, the last hint shown.
  const std::string wide = trimmed(hint_line(reader, 200));
  EXPECT_FALSE(ends_with(wide, "…")) << wide;
  EXPECT_NE(wide.find("返回"), std::string::npos) << wide;
  // A short list fits at 40 and is not marked.
  const std::string help = trimmed(hint_line({Action::kDown, Action::kBack}));
  EXPECT_EQ(help.find("…"), std::string::npos) << help;
  EXPECT_NE(help.find("返回"), std::string::npos) << help;
}

// The help screen itself wraps at 40x12 rather than cutting: scrolled
// through, it shows the end of every key's description.
TEST(NarrowHelp, ScrolledThroughItShowsEveryDescriptionWhole) {
  testing::FakeContext ctx;
  auto help = make_help_view(ctx.keymap_);
  std::string all;
  for (int top = 0; top < 200; top += kRows - 1) {  // the last row says what is below
    help->go_to(top, ctx);
    const Screen s = render(*help, kRows, kCols);
    for (int r = 0; r < kRows; ++r) {
      const std::string row = trimmed(s.row_text(r));
      EXPECT_LE(text::display_width(row), kCols) << row;
      EXPECT_FALSE(ends_with(row, "…")) << row;  // nothing to cut: it wraps
      all += row + "\n";
    }
  }
  for (int a = 0; a < static_cast<int>(Action::kCount); ++a) {
    const std::string d(Keymap::description(static_cast<Action>(a)));
    const std::string tail = d.substr(d.size() - std::min<std::size_t>(d.size(), 3));  // its last character
    EXPECT_NE(all.find(tail), std::string::npos) << d;
  }
}

// Tester: at 40x12 a description that wraps goes on under the description
// column, not back at the left (`   章末尾：下一篇文章）`).
TEST(NarrowHelp, AWrappedDescriptionGoesOnUnderItsColumn) {
  Keymap keymap;
  const auto lines = keymap.help_lines();
  int wrapped = 0;
  for (int a = 0; a < static_cast<int>(Action::kCount); ++a) {
    const std::string& line = lines[static_cast<std::size_t>(a)];
    const std::string description(Keymap::description(static_cast<Action>(a)));
    ASSERT_GE(line.size(), description.size());
    const int column =
        text::display_width(std::string_view(line).substr(0, line.size() - description.size()));
    const auto shown = wrap_help({line}, kCols - 1);  // the help view's width
    for (std::size_t i = 1; i < shown.size(); ++i, ++wrapped) {
      EXPECT_EQ(shown[i].find_first_not_of(' '), static_cast<std::size_t>(column)) << shown[i];
    }
  }
  EXPECT_GT(wrapped, 0);  // page_down's description, at least, wraps at 40
}

}  // namespace
}  // namespace kanbao::tui
