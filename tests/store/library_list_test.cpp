// SPDX-License-Identifier: MIT
// Keyset paging over the listing, in both directions and both orders.
#include <gtest/gtest.h>
#include <unicode/coll.h>
#include <unicode/locid.h>

#include <memory>
#include <set>

#include "library_test_util.h"

namespace kanbao::store {
namespace {

using testing::TempDir;
namespace fs = std::filesystem;

class LibraryList : public ::testing::TestWithParam<ListSort> {
 protected:
  void SetUp() override {
    auto files = testing::copy_samples(dir_.path() / "pages");
    for (const auto& f : files) {
      auto page = testing::parse_file(f);
      by_district_[page.district] += static_cast<std::int64_t>(page.articles.size());
      total_ += static_cast<std::int64_t>(page.articles.size());
    }
    testing::index_ok(lib_, {(dir_.path() / "pages").string()});
  }

  ListQuery query() const {
    ListQuery q;
    q.sort = GetParam();
    return q;
  }

  static std::vector<std::int64_t> ids_of(const std::vector<ArticleRow>& rows) {
    std::vector<std::int64_t> out;
    for (const auto& r : rows) out.push_back(r.id);
    return out;
  }

  // Pages forward with `after` cursors, `size` rows at a time.
  std::vector<std::int64_t> walk_forward(ListQuery q, int size) {
    std::vector<std::int64_t> out;
    q.limit = size;
    for (int guard = 0; guard < 10000; ++guard) {
      auto page = lib_.list(q);
      EXPECT_TRUE(page) << page.error().message();
      if (!page || page->rows.empty()) break;
      EXPECT_EQ(page->rows.size(), page->cursors.size());
      EXPECT_LE(page->rows.size(), static_cast<std::size_t>(size));
      for (const auto& r : page->rows) out.push_back(r.id);
      q.after = page->cursors.back();
    }
    return out;
  }

  // Pages backward from the end with `before` cursors.
  std::vector<std::int64_t> walk_backward(ListQuery q, int size) {
    std::vector<std::int64_t> out;
    q.limit = size;
    q.from_end = true;
    for (int guard = 0; guard < 10000; ++guard) {
      auto page = lib_.list(q);
      EXPECT_TRUE(page) << page.error().message();
      if (!page || page->rows.empty()) break;
      auto ids = ids_of(page->rows);
      out.insert(out.begin(), ids.begin(), ids.end());
      q.before = page->cursors.front();
    }
    return out;
  }

  TempDir dir_;
  Library lib_ = testing::open_rw(dir_ / "kanbao.db");
  UErrorCode status_ = U_ZERO_ERROR;
  std::unique_ptr<icu::Collator> collator_{icu::Collator::createInstance(icu::Locale("zh"), status_)};
  std::map<std::string, std::int64_t> by_district_;
  std::int64_t total_ = 0;
};

TEST_P(LibraryList, OneBigPageIsSorted) {
  auto rows = testing::all_rows(lib_, query());
  ASSERT_EQ(static_cast<std::int64_t>(rows.size()), total_);
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const auto& a = rows[i - 1];
    const auto& b = rows[i];
    if (GetParam() == ListSort::kTitle) {
      // Pinyin order (ICU "zh"), ties by id.
      const auto order = collator_->compareUTF8(a.title, b.title, status_);
      EXPECT_TRUE(order == UCOL_LESS || (order == UCOL_EQUAL && a.id < b.id)) << a.title << " / " << b.title;
    } else if (GetParam() == ListSort::kReporter) {
      // By first reporter in pinyin order; articles without one last.
      if (a.reporters.empty()) {
        EXPECT_TRUE(b.reporters.empty()) << b.title;
      }
      if (!a.reporters.empty() && !b.reporters.empty()) {
        EXPECT_NE(collator_->compareUTF8(a.reporters.front(), b.reporters.front(), status_), UCOL_GREATER)
            << a.reporters.front() << " / " << b.reporters.front();
      }
    } else if (GetParam() == ListSort::kDateOldestFirst) {
      if (a.date.known() && b.date.known()) {
        EXPECT_LE(a.date.str(), b.date.str());
      }
    } else {
      // Newest first; undated articles last; ties by id, newest id first.
      std::string ka = a.date.known() ? a.date.str() : "";
      std::string kb = b.date.known() ? b.date.str() : "";
      if (a.date.known() && b.date.known() && a.date.year != 0 && b.date.year != 0) {
        EXPECT_TRUE(ka > kb || (ka == kb && a.id > b.id)) << ka << " " << kb;
      }
      if (!a.date.known()) {
        EXPECT_FALSE(b.date.known());
      }
    }
  }
}

TEST_P(LibraryList, AfterCursorsVisitEveryRowOnceInOrder) {
  auto all = ids_of(testing::all_rows(lib_, query()));
  for (int size : {1, 2, 3, 7}) {
    EXPECT_EQ(walk_forward(query(), size), all) << "page size " << size;
  }
  std::set<std::int64_t> unique(all.begin(), all.end());
  EXPECT_EQ(unique.size(), all.size());
}

TEST_P(LibraryList, PositionIsTheIndexInTheListing) {
  const auto all = ids_of(testing::all_rows(lib_, query()));
  ASSERT_GT(all.size(), 3u);
  for (std::size_t i : {std::size_t{0}, all.size() / 3, all.size() / 2, all.size() - 1}) {
    auto pos = lib_.position(query(), all[i]);
    ASSERT_TRUE(pos) << pos.error().message();
    ASSERT_TRUE(pos->has_value());
    EXPECT_EQ(**pos, static_cast<std::int64_t>(i));
  }
  ListQuery filtered = query();
  filtered.title_filter = "no title holds this 不存在的标题";
  auto absent = lib_.position(filtered, all[0]);
  ASSERT_TRUE(absent);
  EXPECT_FALSE(absent->has_value());
}

TEST_P(LibraryList, BeforeCursorsAndFromEndAgree) {
  auto all = ids_of(testing::all_rows(lib_, query()));
  for (int size : {1, 2, 5}) {
    EXPECT_EQ(walk_backward(query(), size), all) << "page size " << size;
  }
  // from_end: the last rows, in listing order.
  ListQuery q = query();
  q.from_end = true;
  q.limit = 3;
  auto tail = lib_.list(q);
  ASSERT_TRUE(tail);
  std::vector<std::int64_t> expected(all.end() - 3, all.end());
  EXPECT_EQ(ids_of(tail->rows), expected);

  // before the 5th row's cursor: rows 3 and 4 (limit 2), in order.
  ListQuery whole = query();
  whole.limit = 0;
  auto page = lib_.list(whole);
  ASSERT_TRUE(page);
  ListQuery b = query();
  b.before = page->cursors[4];
  b.limit = 2;
  auto prev = lib_.list(b);
  ASSERT_TRUE(prev);
  EXPECT_EQ(ids_of(prev->rows), (std::vector<std::int64_t>{all[2], all[3]}));
  EXPECT_EQ(prev->cursors[0], page->cursors[2]);
  // Both bounds: strictly between.
  ListQuery between = query();
  between.after = page->cursors[1];
  between.before = page->cursors[5];
  auto mid = lib_.list(between);
  ASSERT_TRUE(mid);
  EXPECT_EQ(ids_of(mid->rows), (std::vector<std::int64_t>{all[2], all[3], all[4]}));
}

TEST_P(LibraryList, DistrictFilterByNameOrAlias) {
  for (const auto& [district, n] : by_district_) {
    if (district.empty()) continue;
    ListQuery q = query();
    q.district = district;
    EXPECT_EQ(*lib_.count(q), n) << district;
    auto rows = testing::all_rows(lib_, q);
    EXPECT_EQ(static_cast<std::int64_t>(rows.size()), n);
    for (const auto& r : rows) EXPECT_EQ(r.district, district);
    // Paging within a district visits the same rows.
    EXPECT_EQ(walk_forward(q, 2), ids_of(rows));
    EXPECT_EQ(walk_backward(q, 2), ids_of(rows));
  }
  ListQuery alias = query();
  alias.district = "管城区";  // alias of 管城回族区
  ListQuery canonical = query();
  canonical.district = "管城回族区";
  EXPECT_EQ(ids_of(testing::all_rows(lib_, alias)), ids_of(testing::all_rows(lib_, canonical)));
  EXPECT_EQ(*lib_.count(alias), by_district_["管城回族区"]);

  // A district the gazetteer knows, without articles here: nothing to list.
  ListQuery empty = query();
  empty.district = "金水区";
  EXPECT_EQ(*lib_.count(empty), 0);
  EXPECT_TRUE(testing::all_rows(lib_, empty).empty());
  // A name nobody knows is a mistake, reported as search reports it.
  ListQuery unknown = query();
  unknown.district = "不存在区";
  for (const auto& failed :
       {lib_.count(unknown).ok() ? std::string() : lib_.count(unknown).error().message(),
        lib_.list(unknown).ok() ? std::string() : lib_.list(unknown).error().message()}) {
    EXPECT_NE(failed.find("unknown district \"不存在区\"; this library's districts:"), std::string::npos)
        << failed;
    // The districts it holds, not those of the gazetteer it has none of.
    EXPECT_NE(failed.find("管城回族区"), std::string::npos) << failed;
    EXPECT_EQ(failed.find("金水区"), std::string::npos) << failed;
  }
}

TEST_P(LibraryList, TitleFilterMatchesTitleOrSubtitle) {
  auto all = testing::all_rows(lib_, query());
  ASSERT_FALSE(all.empty());
  // The first three characters (not bytes) of one title.
  const std::string& title = all[all.size() / 2].title;
  std::size_t end = 0;
  for (int chars = 0; chars < 3 && end < title.size(); ++chars) {
    do ++end;
    while (end < title.size() && (static_cast<unsigned char>(title[end]) & 0xC0) == 0x80);
  }
  std::string needle = title.substr(0, end);
  std::vector<std::int64_t> expected;
  for (const auto& r : all) {
    // The title only (the list shows no subtitles), folded like search.
    if (fold_text(r.title).find(fold_text(needle)) != std::string::npos) expected.push_back(r.id);
  }
  ListQuery q = query();
  q.title_filter = needle;
  EXPECT_EQ(ids_of(testing::all_rows(lib_, q)), expected);
  EXPECT_EQ(*lib_.count(q), static_cast<std::int64_t>(expected.size()));
  EXPECT_EQ(walk_forward(q, 1), expected);

  // Literal, never SQL: % and ' are just characters.
  ListQuery none = query();
  none.title_filter = "%' OR 1=1 --";
  EXPECT_EQ(*lib_.count(none), 0);
  EXPECT_TRUE(testing::all_rows(lib_, none).empty());
}

INSTANTIATE_TEST_SUITE_P(EveryOrder, LibraryList,
                         ::testing::Values(ListSort::kDateNewestFirst, ListSort::kDateOldestFirst,
                                           ListSort::kTitle, ListSort::kReporter),
                         [](const ::testing::TestParamInfo<ListSort>& param_info) {
                           switch (param_info.param) {
                             case ListSort::kTitle:
                               return std::string("Title");
                             case ListSort::kReporter:
                               return std::string("Reporter");
                             case ListSort::kDateOldestFirst:
                               return std::string("OldestFirst");
                             default:
                               return std::string("Date");
                           }
                         });

// `f` in the browser: the title filter folds like search and ignores
// subtitles (a fixture of our own: traditional characters, full-width digits).
TEST(LibraryListFilter, FoldsLikeSearchAndMatchesTitlesOnly) {
  TempDir dir;
  fs::create_directories(dir.path() / "pages");
  testing::write_bytes(dir.path() / "pages" / "page.txt",
                       "金水區舉辦１０場招聘會\n\n本报讯 金水区举办十场招聘会。\n\n"
                       "另一个标题\n副标题里有区字\n\n本报讯 这是正文。\n");
  auto lib = testing::open_rw(dir / "kanbao.db");
  testing::index_ok(lib, {(dir.path() / "pages").string()});
  const auto titles_for = [&](const std::string& filter) {
    ListQuery q;
    q.title_filter = filter;
    std::vector<std::string> out;
    for (const auto& r : testing::all_rows(lib, q)) out.push_back(r.title);
    return out;
  };
  ASSERT_FALSE(titles_for("").empty());
  const auto by_han = titles_for("区");
  ASSERT_EQ(by_han.size(), 1u);
  EXPECT_NE(by_han[0].find("區"), std::string::npos);
  EXPECT_EQ(titles_for("區"), by_han);
  EXPECT_EQ(titles_for("１０"), by_han);
  EXPECT_EQ(titles_for("10"), by_han);
  EXPECT_TRUE(titles_for("副标题").empty());
}

TEST(FoldedMatches, ByteRangesOfTheOriginalText) {
  const std::string title = "金水區舉辦１０場";
  const auto spans = find_folded(title, "区举");
  ASSERT_EQ(spans.size(), 1u);
  EXPECT_EQ(title.substr(spans[0].begin, spans[0].end - spans[0].begin), "區舉");
  const auto digits = find_folded(title, "10");
  ASSERT_EQ(digits.size(), 1u);
  EXPECT_EQ(title.substr(digits[0].begin, digits[0].end - digits[0].begin), "１０");
  EXPECT_TRUE(find_folded(title, "").empty());
  EXPECT_TRUE(find_folded("", "区").empty());
  EXPECT_EQ(fold_text("區１０"), "区10");
}

TEST(LibraryListUnknownDistrict, ArticlesWithoutDistrictAreListedUnderEmptyName) {
  TempDir dir;
  fs::create_directories(dir.path() / "misc");
  testing::write_bytes(dir.path() / "misc" / "page.txt", "一个标题\n\n本报讯 这是一段没有区县名称的正文。\n");
  auto page = testing::parse_file((dir.path() / "misc" / "page.txt").string());
  auto lib = testing::open_rw(dir / "kanbao.db");
  testing::index_ok(lib, {(dir.path() / "misc").string()});
  auto districts = lib.districts();
  ASSERT_TRUE(districts);
  if (page.district.empty()) {
    ASSERT_EQ(districts->size(), 1u);
    EXPECT_EQ((*districts)[0].name, "");
    EXPECT_EQ((*districts)[0].articles, static_cast<std::int64_t>(page.articles.size()));
    ListQuery q;
    q.district = "";
    EXPECT_EQ(*lib.count(q), static_cast<std::int64_t>(page.articles.size()));
    for (const auto& r : testing::all_rows(lib, q)) EXPECT_EQ(r.district, "");
  }
}

TEST(StoredDate, Str) {
  EXPECT_EQ((StoredDate{2023, 6, 20}.str()), "2023-06-20");
  EXPECT_EQ((StoredDate{0, 6, 2}.str()), "--06-02");
  EXPECT_EQ((StoredDate{}.str()), "");
  EXPECT_FALSE(StoredDate{}.known());
}

}  // namespace
}  // namespace kanbao::store
