// SPDX-License-Identifier: MIT
// `e` shows the article's source page read-only: an archive reader must
// never let a slip of the keyboard change the archive.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <string>

#include "tui/external.h"
#include "view_harness.h"

namespace kanbao::tui {
namespace {

using testing::FakeContext;

TEST(ReadOnlyViewer, TheViFamilyGetsMinusRAndNanoItsViewMode) {
  for (const char* vi : {"vi", "vim", "nvim", "/usr/bin/vim", "view", "vim -u NONE"}) {
    const Command c = read_only_viewer(vi, "less", 12, "/archive/人民日报/01.txt");
    EXPECT_EQ(c.program, vi);
    EXPECT_EQ(c.args, "-R +12 '/archive/人民日报/01.txt'") << vi;
  }
  EXPECT_EQ(read_only_viewer("nano", "less", 3, "/a b.txt").args, "-v +3 '/a b.txt'");
}

// An editor kanbao knows no read-only switch of: the pager, at the line.
TEST(ReadOnlyViewer, AnyOtherEditorGivesWayToThePager) {
  for (const char* editor : {"emacs", "code --wait", "ed", "vimdiff-like", "micro"}) {
    const Command c = read_only_viewer(editor, "less -R", 0, "/p.txt");
    EXPECT_EQ(c.program, "less -R") << editor;
    EXPECT_EQ(c.args, "+1 '/p.txt'") << editor;
  }
}

// Through the reader: $VISUAL before $EDITOR, as before, now with -R.
TEST(ReadOnlyViewer, TheReadersEKeyOpensThePageReadOnly) {
  ::unsetenv("VISUAL");
  ASSERT_EQ(::setenv("EDITOR", "vim", 1), 0);
  FakeContext ctx;
  auto reader = testing::first_article_reader(ctx);
  reader->on_action(Action::kEditor, ctx);
  ASSERT_EQ(ctx.externals.size(), 1u);
  EXPECT_EQ(ctx.externals[0].rfind("vim -R +", 0), 0u) << ctx.externals[0];
  ASSERT_EQ(::setenv("EDITOR", "emacs", 1), 0);
  ASSERT_EQ(::setenv("PAGER", "less", 1), 0);
  reader->on_action(Action::kEditor, ctx);
  ASSERT_EQ(ctx.externals.size(), 2u);
  EXPECT_EQ(ctx.externals[1].rfind("less +", 0), 0u) << ctx.externals[1];
  ::unsetenv("EDITOR");
  ::unsetenv("PAGER");
}

}  // namespace
}  // namespace kanbao::tui
