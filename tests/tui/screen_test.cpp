// SPDX-License-Identifier: MIT
#include "tui/screen.h"

#include <gtest/gtest.h>

#include "text/width.h"
#include "tui/keymap.h"
#include "tui/prompt.h"
#include "tui/terminal.h"

namespace kanbao::tui {
namespace {

TEST(Screen, PutsWideCharactersInTwoCells) {
  Screen s(2, 10);
  EXPECT_EQ(s.put(0, 0, "看报ab"), 6);
  EXPECT_EQ(s.at(0, 0).glyph, "看");
  EXPECT_EQ(s.at(0, 0).width, 2);
  EXPECT_EQ(s.at(0, 1).width, 0);
  EXPECT_EQ(s.at(0, 4).glyph, "a");
  EXPECT_EQ(s.row_text(0), "看报ab    ");
}

TEST(Screen, ClipsWithoutSplittingWideCharacters) {
  Screen s(1, 5);
  EXPECT_EQ(s.put(0, 0, "看报看"), 5);  // the third does not fit: the cut is marked
  EXPECT_EQ(s.row_text(0), "看报…");
  EXPECT_EQ(s.put(0, 0, "abc看", Style::kNormal, 4), 4);
  EXPECT_EQ(s.at(0, 3).glyph, "…");
}

// Right-aligned text cut before a wide character keeps its right edge: the
// free column is at its left (a newcomer's three-pane list had rows whose
// cut reporter ended a column short of the others).
TEST(Screen, RightAlignedTextKeepsItsRightEdgeWhenCut) {
  Screen s(3, 12);
  EXPECT_EQ(s.put_right(0, 12, 6, "都市快报 滨江区"), 7);
  EXPECT_EQ(s.row_text(0), "       都市…");
  EXPECT_EQ(s.put_right(1, 11, 8, "王青"), 7);
  EXPECT_EQ(s.row_text(1), "       王青 ");
  EXPECT_EQ(s.put_right(2, 12, 0, "王青"), 12);
  EXPECT_EQ(s.row_text(2), "            ");
}

TEST(Screen, OverwritingHalfAWideCharacterBlanksTheOtherHalf) {
  Screen s(1, 6);
  s.put(0, 0, "看报");
  s.put(0, 1, "x");
  EXPECT_EQ(s.row_text(0), " x报  ");
  s.put(0, 3, "y");
  EXPECT_EQ(s.row_text(0), " x y  ");
}

TEST(Screen, SanitizesEverything) {
  Screen s(1, 20);
  s.put(0, 0,
        "a\x1b]0;x\x07"
        "b");
  const std::string row = s.row_text(0);
  for (char c : row) EXPECT_FALSE(static_cast<unsigned char>(c) < 0x20);
  EXPECT_EQ(row.rfind("a␛]0;x␇b", 0), 0u);
}

TEST(Screen, CombiningMarksJoinTheirBase) {
  Screen s(1, 4);
  EXPECT_EQ(s.put(0, 0, "e\xCC\x81x"), 2);
  EXPECT_EQ(s.at(0, 0).glyph, "e\xCC\x81");
}

TEST(Screen, TinyAndOutOfRange) {
  Screen s(1, 1);
  EXPECT_EQ(s.put(0, 0, "看"), 1);
  EXPECT_EQ(s.row_text(0), "…");
  s.put(5, 0, "x");
  s.put(0, -3, "abcd");
  EXPECT_EQ(s.row_text(0), "d");
  Screen empty(0, 0);
  empty.put(0, 0, "x");
  empty.fill(0, 0, 3, Style::kNormal);
}

TEST(Screen, StylesAndFill) {
  Screen s(1, 6);
  s.fill(0, 0, 6, Style::kSelected);
  s.put(0, 1, "看", Style::kHighlight);
  EXPECT_EQ(s.at(0, 0).style, Style::kSelected);
  EXPECT_EQ(s.at(0, 1).style, Style::kHighlight);
  s.restyle(0, 0, 6, Style::kDim);
  EXPECT_EQ(s.at(0, 1).style, Style::kDim);
}

TEST(Prompt, EditsWholeCharacters) {
  Prompt p;
  for (char32_t c : std::u32string(U"持之以恒"))
    EXPECT_EQ(p.handle(static_cast<int>(c)), Prompt::Result::kEdited);
  EXPECT_EQ(p.text(), "持之以恒");
  EXPECT_EQ(p.cursor_column(), 8);
  p.handle(key::kBackspace);
  EXPECT_EQ(p.text(), "持之以");
  p.handle(key::kHome);
  p.handle(key::kRight);
  p.handle('x');
  EXPECT_EQ(p.text(), "持x之以");
  p.handle(key::kEnd);
  p.handle(' ');
  p.handle('a');
  p.handle('b');
  p.handle(key::ctrl('w'));
  EXPECT_EQ(p.text(), "持x之以 ");
  p.handle(key::ctrl('w'));
  EXPECT_EQ(p.text(), "");
  p.set_text("abc");
  p.handle(key::kLeft);
  p.handle(key::ctrl('u'));
  EXPECT_EQ(p.text(), "c");
  EXPECT_EQ(p.handle(key::kEnter), Prompt::Result::kAccept);
  EXPECT_EQ(p.handle(key::kEscape), Prompt::Result::kCancel);
  EXPECT_EQ(p.handle('\x1b'), Prompt::Result::kNone);  // raw ESC never inserted
}

TEST(Prompt, History) {
  Prompt p;
  p.set_history({"一", "二"});
  p.handle('x');
  p.handle(key::kUp);
  EXPECT_EQ(p.text(), "二");
  p.handle(key::kUp);
  EXPECT_EQ(p.text(), "一");
  EXPECT_EQ(p.handle(key::kUp), Prompt::Result::kNone);
  p.handle(key::kDown);
  p.handle(key::kDown);
  EXPECT_EQ(p.text(), "x");
  p.remember("一");
  EXPECT_EQ(p.history(), (std::vector<std::string>{"二", "一"}));
}

// The last query offered when a prompt opens again: typing replaces it (the
// newcomer's "/guojia" then "/xx" searched "guojiaxx"), a moving or editing
// key keeps it for editing, Enter takes it as it is.
TEST(Prompt, OfferedTextIsReplacedByTyping) {
  Prompt p;
  p.offer("guojia");
  EXPECT_TRUE(p.offered());
  p.handle('x');
  p.handle('x');
  EXPECT_EQ(p.text(), "xx");
  EXPECT_FALSE(p.offered());

  p.offer("guojia");
  p.handle(key::kLeft);
  EXPECT_FALSE(p.offered());
  p.handle('n');
  EXPECT_EQ(p.text(), "guojina");

  p.offer("国家");
  p.handle(key::kBackspace);
  EXPECT_EQ(p.text(), "国");

  p.offer("国家");
  EXPECT_EQ(p.handle(key::kEnter), Prompt::Result::kAccept);
  EXPECT_EQ(p.text(), "国家");

  p.offer("");  // nothing to replace
  EXPECT_FALSE(p.offered());
  p.set_text("国家");
  EXPECT_FALSE(p.offered());
  p.handle('x');
  EXPECT_EQ(p.text(), "国家x");
}

TEST(Prompt, VisibleKeepsCursorInView) {
  Prompt p;
  p.set_text("一二三四五六七八九十");
  int col = 0;
  const std::string v = p.visible(8, col);
  EXPECT_EQ(text::display_width(v), 8);
  EXPECT_LT(col, 8);
}

TEST(Base64, Rfc4648Vectors) {
  EXPECT_EQ(base64(""), "");
  EXPECT_EQ(base64("f"), "Zg==");
  EXPECT_EQ(base64("fo"), "Zm8=");
  EXPECT_EQ(base64("foo"), "Zm9v");
  EXPECT_EQ(base64("foobar"), "Zm9vYmFy");
  EXPECT_EQ(base64("看"), "55yL");
}

}  // namespace
}  // namespace kanbao::tui
