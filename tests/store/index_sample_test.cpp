// SPDX-License-Identifier: MIT
// Indexing the sample pages: everything the parser finds is stored, and
// comes back out exactly.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "library_test_util.h"

namespace kanbao::store {
namespace {

using testing::TempDir;
namespace fs = std::filesystem;

struct Expected {
  std::string path;
  corpus::Page page;
};

std::vector<Expected> expected_for(const std::vector<std::string>& files) {
  std::vector<Expected> out;
  for (const auto& f : files) out.push_back({f, testing::parse_file(f)});
  return out;
}

TEST(IndexSample, StoresEveryArticleExactly) {
  TempDir dir;
  auto files = testing::copy_samples(dir.path() / "pages");
  auto expected = expected_for(files);
  auto lib = testing::open_rw(dir / "lib/kanbao.db");

  int progress_calls = 0;
  IndexProgress last;
  auto report = lib.index({(dir.path() / "pages").string()}, {}, [&](const IndexProgress& p) {
    ++progress_calls;
    last = p;
  });
  ASSERT_TRUE(report) << report.error().message();
  std::int64_t total = 0;
  for (const auto& e : expected) total += static_cast<std::int64_t>(e.page.articles.size());
  EXPECT_EQ(report->files_seen, 5);
  EXPECT_EQ(report->files_indexed, 5);
  EXPECT_EQ(report->files_unchanged, 0);
  EXPECT_EQ(report->files_removed, 0);
  EXPECT_EQ(report->articles_added, total);
  EXPECT_EQ(report->articles_removed, 0);
  EXPECT_TRUE(report->skipped.empty());
  EXPECT_EQ(progress_calls, 5);
  EXPECT_EQ(last.files_done, 5);
  EXPECT_EQ(last.files_total, 5);
  EXPECT_EQ(last.bytes_done, last.bytes_total);
  EXPECT_EQ(last.articles, total);

  auto count = lib.count({});
  ASSERT_TRUE(count);
  EXPECT_EQ(*count, total);

  // Find each stored article by its source and compare it with the parser's.
  std::map<std::string, std::int64_t> by_source;
  for (const auto& row : testing::all_rows(lib)) by_source[row.source] = row.id;
  ASSERT_EQ(static_cast<std::int64_t>(by_source.size()), total);
  for (const auto& e : expected) {
    for (const auto& a : e.page.articles) {
      std::string source = e.path + ":" + std::to_string(a.first_line) + "-" + std::to_string(a.last_line);
      ASSERT_EQ(by_source.count(source), 1u) << source;
      auto stored = lib.article(by_source[source]);
      ASSERT_TRUE(stored) << stored.error().message();
      ASSERT_TRUE(stored->has_value());
      const Article& s = **stored;
      EXPECT_EQ(s.id, by_source[source]);
      EXPECT_EQ(s.source, source);
      EXPECT_EQ(s.path, e.path);
      EXPECT_EQ(s.district, e.page.district);
      EXPECT_EQ(s.title, a.title);
      EXPECT_EQ(s.subtitle, a.subtitle);
      EXPECT_EQ(s.paragraphs, a.paragraphs);
      EXPECT_EQ(s.byline, a.byline);
      EXPECT_EQ(s.reporters, a.reporters);
      EXPECT_EQ(s.correspondents, a.correspondents);
      EXPECT_EQ(s.photo_credit, a.photo_credit);
      EXPECT_EQ(s.position, a.position);
      EXPECT_EQ(s.first_line, a.first_line);
      EXPECT_EQ(s.last_line, a.last_line);
      StoredDate date;
      if (a.date) date = StoredDate{a.date->year, a.date->month, a.date->day};
      EXPECT_EQ(s.date, date);
      EXPECT_EQ(s.date.str(), a.date ? a.date->str() : "");
    }
  }

  EXPECT_EQ(testing::integrity_check(dir / "lib/kanbao.db"), "ok");
  auto missing = lib.article(1'000'000);
  ASSERT_TRUE(missing);
  EXPECT_FALSE(missing->has_value());
}

TEST(IndexSample, DistrictsMatchTheParser) {
  TempDir dir;
  auto files = testing::copy_samples(dir.path() / "pages");
  std::map<std::string, std::int64_t> expected;
  std::map<std::string, std::set<std::pair<int, int>>> months;
  for (const auto& e : expected_for(files)) {
    expected[e.page.district] += static_cast<std::int64_t>(e.page.articles.size());
    for (const auto& a : e.page.articles) {
      if (a.date) months[e.page.district].insert({a.date->year, a.date->month});
    }
  }
  EXPECT_EQ(expected.count("管城回族区"), 1u);
  EXPECT_EQ(expected.count("高新区"), 1u);
  EXPECT_EQ(expected.count("二七区"), 1u);

  auto lib = testing::open_rw(dir / "kanbao.db");
  testing::index_ok(lib, {(dir.path() / "pages").string()});
  auto districts = lib.districts();
  ASSERT_TRUE(districts) << districts.error().message();
  ASSERT_EQ(districts->size(), expected.size());
  for (std::size_t i = 0; i < districts->size(); ++i) {
    const auto& d = (*districts)[i];
    EXPECT_EQ(d.articles, expected[d.name]) << d.name;
    if (i > 0) {
      const auto& prev = (*districts)[i - 1];
      EXPECT_TRUE(prev.articles > d.articles || (prev.articles == d.articles && prev.name < d.name));
    }
    std::int64_t in_months = 0;
    std::set<std::pair<int, int>> got;
    for (std::size_t m = 0; m < d.months.size(); ++m) {
      in_months += d.months[m].articles;
      got.insert({d.months[m].year, d.months[m].month});
      if (m > 0) {
        EXPECT_LT(std::make_pair(d.months[m - 1].year, d.months[m - 1].month),
                  std::make_pair(d.months[m].year, d.months[m].month));
      }
    }
    EXPECT_LE(in_months, d.articles);
    EXPECT_EQ(got, months[d.name]) << d.name;
    if (!d.months.empty()) {
      EXPECT_TRUE(d.first_date.known());
      EXPECT_TRUE(d.last_date.known());
      EXPECT_LE(d.first_date.str(), d.last_date.str());
    }
  }
}

TEST(IndexSample, PathsAreStoredAbsoluteWhateverTheWorkingDirectory) {
  TempDir dir;
  auto files = testing::copy_samples(dir.path() / "pages");
  auto lib = testing::open_rw(dir / "kanbao.db");
  auto cwd = fs::current_path();
  fs::current_path(dir.path());
  auto first = lib.index({"pages/"}, {});
  fs::current_path(dir.path() / "pages");
  auto second = lib.index({"../pages/./"}, {});
  fs::current_path(cwd);
  ASSERT_TRUE(first) << first.error().message();
  ASSERT_TRUE(second) << second.error().message();
  EXPECT_EQ(first->files_indexed, 5);
  EXPECT_EQ(second->files_unchanged, 5);
  EXPECT_EQ(second->files_indexed, 0);
  EXPECT_EQ(second->files_removed, 0);
  auto one = lib.article(testing::all_rows(lib).front().id);
  ASSERT_TRUE(one && one->has_value());
  EXPECT_EQ((*one)->path.rfind((dir.path() / "pages").string() + "/", 0), 0u) << (*one)->path;
}

}  // namespace
}  // namespace kanbao::store
