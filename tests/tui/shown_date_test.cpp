// SPDX-License-Identifier: MIT
// The one date the browser shows for an article, and the files it writes
// name it by: the publication date when known, else the event date
// (store::listing_date), for bookmarks and the name `w` proposes.
#include <gtest/gtest.h>

#include <string>

#include "tui/article_export.h"
#include "tui/view.h"
#include "view_harness.h"

namespace kanbao::tui {
namespace {

using testing::FakeContext;
using testing::render;
using testing::screen_text;

TEST(ShownDate, TheProposedFileNameTakesThePublicationDateFirst) {
  store::Article a;
  a.title = "会议";
  a.date = store::StoredDate{2020, 1, 22};
  a.published = store::StoredDate{2020, 1, 23};
  EXPECT_EQ(proposed_file_name(a), "2020-01-23-会议.txt");
  a.date = {};
  a.published = store::StoredDate{2020, 1, 10};
  EXPECT_EQ(proposed_file_name(a), "2020-01-10-会议.txt");
  a.published = {};
  a.date = store::StoredDate{0, 6, 20};
  EXPECT_EQ(proposed_file_name(a), "06-20-会议.txt");
}

TEST(ShownDate, ABookmarkKeepsAndShowsThePublicationDate) {
  FakeContext ctx;
  store::ArticleRow row;
  row.id = 1;
  row.path = "/archive/郑州日报/2020/01/10/01.txt";
  row.title = "会议召开";  // published, with no event date
  row.published = store::StoredDate{2020, 1, 10};
  auto added = ctx.state().toggle_bookmark(row);
  ASSERT_TRUE(added) << added.error().message();
  ASSERT_EQ(ctx.state().bookmarks().size(), 1u);
  EXPECT_EQ(ctx.state().bookmarks()[0].date, "2020-01-10");
  auto view = make_bookmarks_view(ctx);
  const std::string text = screen_text(render(*view, 6, 60));
  EXPECT_NE(text.find("2020-01-10"), std::string::npos) << text;
  EXPECT_EQ(text.find("日期不详"), std::string::npos) << text;
}

}  // namespace
}  // namespace kanbao::tui
