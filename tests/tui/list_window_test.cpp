// SPDX-License-Identifier: MIT
#include "tui/list_window.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace kanbao::tui {
namespace {

// A fake listing of `n` rows with ids 1..n, paged like the store does.
struct FakeListing {
  explicit FakeListing(int rows) : n(rows) {}
  int n;
  int fetches = 0;
  int max_limit = 0;

  Result<store::ListPage> operator()(const PageRequest& r) {
    ++fetches;
    max_limit = std::max(max_limit, r.limit);
    int first = 0, last = 0;  // [first, last) zero-based
    switch (r.kind) {
      case PageRequest::Kind::kFirst:
        first = 0, last = std::min(n, r.limit);
        break;
      case PageRequest::Kind::kLast:
        first = std::max(0, n - r.limit), last = n;
        break;
      case PageRequest::Kind::kAfter: {
        const int after = static_cast<int>(r.cursor->id);  // id = index + 1
        first = after, last = std::min(n, after + r.limit);
        break;
      }
      case PageRequest::Kind::kBefore: {
        const int before = static_cast<int>(r.cursor->id) - 1;
        first = std::max(0, before - r.limit), last = before;
        break;
      }
    }
    store::ListPage page;
    for (int i = first; i < last; ++i) {
      store::ArticleRow row;
      row.id = i + 1;
      row.title = "t" + std::to_string(i);
      page.rows.push_back(row);
      store::ListCursor cursor;
      cursor.key = std::to_string(i);
      cursor.id = i + 1;
      page.cursors.push_back(cursor);
    }
    return page;
  }
};

TEST(ListWindow, PagesForwardWithoutLoadingEverything) {
  FakeListing fake(200000);
  ListWindow w([&](const PageRequest& r) { return fake(r); }, 100, 400);
  ASSERT_TRUE(w.reset(200000));
  EXPECT_EQ(w.row(0)->id, 1);
  for (int i = 0; i < 5000; ++i) ASSERT_TRUE(w.move(1, 20));
  EXPECT_EQ(w.selected(), 5000);
  EXPECT_EQ(w.row(5000)->id, 5001);
  EXPECT_EQ(w.top(), 5000 - 19);
  EXPECT_LE(w.window_size(), 400);
  EXPECT_LE(fake.max_limit, 100);
  for (std::int64_t i = w.top(); i < w.top() + 20; ++i) EXPECT_NE(w.row(i), nullptr);
}

TEST(ListWindow, JumpsToTheEndWithFromEnd) {
  FakeListing fake(200000);
  ListWindow w([&](const PageRequest& r) { return fake(r); }, 100, 400);
  ASSERT_TRUE(w.reset(200000));
  const int before = fake.fetches;
  ASSERT_TRUE(w.select(199999, 20));
  EXPECT_EQ(fake.fetches - before, 1);  // one from_end page, not 2000 pages
  EXPECT_EQ(w.row(199999)->id, 200000);
  EXPECT_EQ(w.top(), 199980);
  // And back up through the listing by keyset "before" pages.
  for (int i = 0; i < 450; ++i) ASSERT_TRUE(w.move(-1, 20));
  EXPECT_EQ(w.row(w.selected())->id, 199999 - 450 + 1);
  EXPECT_LE(w.window_size(), 400);
  ASSERT_TRUE(w.select(0, 20));
  EXPECT_EQ(w.row(0)->id, 1);
}

// Every visible row of a `height`-row view is loaded and is the right row.
void ExpectViewLoaded(const ListWindow& w, int height) {
  for (std::int64_t i = w.top(); i < w.top() + height; ++i) {
    const store::ArticleRow* row = w.row(i);
    ASSERT_NE(row, nullptr) << "row " << i << " not loaded after selecting " << w.selected();
    EXPECT_EQ(row->id, i + 1);
  }
}

// A jump into the middle (1200G, 50%) pages there by keyset from the nearest
// end; it used to stop as soon as the window was full, leaving every row "…".
TEST(ListWindow, JumpsIntoTheMiddleLoadTheRowsThere) {
  FakeListing fake(3000);
  ListWindow w([&](const PageRequest& r) { return fake(r); }, 100, 400);
  ASSERT_TRUE(w.reset(3000));
  for (const std::int64_t target : {1200, 1700, 1500, 600, 2400, 10, 2990, 1200}) {
    ASSERT_TRUE(w.select(target, 20));
    EXPECT_EQ(w.selected(), target);
    ExpectViewLoaded(w, 20);
    EXPECT_LE(w.window_size(), 400);
  }
  // From the top, a jump past the middle pages back from the last page.
  ASSERT_TRUE(w.select(0, 20));
  const int before = fake.fetches;
  ASSERT_TRUE(w.select(2000, 20));
  ExpectViewLoaded(w, 20);
  EXPECT_LE(fake.fetches - before, 11);  // the last page and ten pages back
}

TEST(ListWindow, PageMovesAndClamps) {
  FakeListing fake(45);
  ListWindow w([&](const PageRequest& r) { return fake(r); }, 10, 20);
  ASSERT_TRUE(w.reset(45));
  ASSERT_TRUE(w.move(19, 20));
  EXPECT_EQ(w.row(19)->id, 20);
  ASSERT_TRUE(w.move(1000, 20));
  EXPECT_EQ(w.selected(), 44);
  EXPECT_EQ(w.top(), 25);
  ASSERT_TRUE(w.move(-1000, 20));
  EXPECT_EQ(w.selected(), 0);
  EXPECT_EQ(w.top(), 0);
}

TEST(ListWindow, ShorterThanCountedAndEmpty) {
  FakeListing fake(30);
  ListWindow w([&](const PageRequest& r) { return fake(r); }, 10, 20);
  ASSERT_TRUE(w.reset(50));  // count said 50, only 30 exist (removed meanwhile)
  ASSERT_TRUE(w.select(29, 5));
  ASSERT_TRUE(w.select(40, 5));
  EXPECT_EQ(w.total(), 30);
  EXPECT_EQ(w.selected(), 29);
  ASSERT_TRUE(w.reset(0));
  ASSERT_TRUE(w.move(1, 5));
  EXPECT_EQ(w.selected(), 0);
  EXPECT_EQ(w.row(0), nullptr);
}

TEST(ListWindow, ErrorsPropagate) {
  ListWindow w([](const PageRequest&) -> Result<store::ListPage> { return Error("not implemented yet"); }, 10,
               20);
  const Status st = w.reset(100);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().message(), "not implemented yet");
}

}  // namespace
}  // namespace kanbao::tui
