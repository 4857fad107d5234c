// SPDX-License-Identifier: MIT
// ncursesw places characters by kanbao's width: with `ambiguous_width = 2`
// “ ” … — advance its cursor two columns (tui/wcwidth.cpp), so a row that
// kanbao measured to fit the screen does not overflow it.
#include <gtest/gtest.h>

#include <clocale>
#include <cstdio>
#include <cwchar>
#include <string>

#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <curses.h>

#include "text/width.h"

namespace kanbao::tui {
namespace {

// A curses screen on /dev/null (no terminal needed), deleted at the end.
class OffscreenCurses {
 public:
  OffscreenCurses() {
    std::setlocale(LC_ALL, "C.UTF-8");
    out_ = std::fopen("/dev/null", "w");
    in_ = std::fopen("/dev/null", "r");
    if (out_ && in_) screen_ = newterm("xterm-256color", out_, in_);
  }
  ~OffscreenCurses() {
    if (screen_) {
      endwin();
      delscreen(screen_);
    }
    if (out_) std::fclose(out_);
    if (in_) std::fclose(in_);
    text::set_ambiguous_width(1);
  }
  OffscreenCurses(const OffscreenCurses&) = delete;
  OffscreenCurses& operator=(const OffscreenCurses&) = delete;
  bool ok() const { return screen_ != nullptr; }

  // Where the cursor ends after adding `text` at the top left of a window
  // `cols` wide: {row, column}.
  std::pair<int, int> add(const std::wstring& text, int cols) {
    WINDOW* w = newwin(3, cols, 0, 0);
    waddwstr(w, text.c_str());
    const std::pair<int, int> at{getcury(w), getcurx(w)};
    delwin(w);
    return at;
  }

 private:
  std::FILE* out_ = nullptr;
  std::FILE* in_ = nullptr;
  SCREEN* screen_ = nullptr;
};

TEST(Wcwidth, AmbiguousCharactersFollowTheSetting) {
  ASSERT_NE(std::setlocale(LC_CTYPE, "C.UTF-8"), nullptr);  // glibc's widths need a UTF-8 locale
  text::set_ambiguous_width(1);
  EXPECT_EQ(::wcwidth(L'\u201C'), 1);
  EXPECT_EQ(::wcwidth(L'\u4E2D'), 2);
  EXPECT_EQ(::wcwidth(L'a'), 1);
  text::set_ambiguous_width(2);
  for (wchar_t c : {L'\u201C', L'\u201D', L'\u2026', L'\u2014', L'\u00B7', L'\u2460'}) {
    EXPECT_EQ(::wcwidth(c), 2) << static_cast<int>(c);
  }
  // Nothing else changes: ASCII, Han, controls, combining marks.
  EXPECT_EQ(::wcwidth(L'a'), 1);
  EXPECT_EQ(::wcwidth(L'\u4E2D'), 2);
  EXPECT_EQ(::wcwidth(L'\n'), -1);
  EXPECT_EQ(::wcwidth(L'\u0301'), 0);
  text::set_ambiguous_width(1);
}

TEST(Wcwidth, NcurseswAdvancesByIt) {
  OffscreenCurses curses;
  ASSERT_TRUE(curses.ok()) << "newterm(xterm-256color) failed";
  text::set_ambiguous_width(2);
  EXPECT_EQ(curses.add(L"\u201Cx", 40), std::make_pair(0, 3));
  text::set_ambiguous_width(1);
  EXPECT_EQ(curses.add(L"\u201Cx", 40), std::make_pair(0, 2));
}

// A row kanbao measured as 21 columns, full of “”……—, stays on its row of a
// 22-column window, and ends where kanbao said (at width 1 ncursesw would
// have put it at 15, leaving 6 columns the terminal draws past the edge).
TEST(Wcwidth, ARowOfAmbiguousCharactersDoesNotOverflow) {
  OffscreenCurses curses;
  ASSERT_TRUE(curses.ok());
  text::set_ambiguous_width(2);
  const std::string row = "“引号”……——中文x";
  const std::wstring wide = L"\u201C\u5F15\u53F7\u201D\u2026\u2026\u2014\u2014\u4E2D\u6587x";
  ASSERT_EQ(text::display_width(row), 21);
  EXPECT_EQ(curses.add(wide, 22), std::make_pair(0, 21));
}

}  // namespace
}  // namespace kanbao::tui
