// SPDX-License-Identifier: MIT
// A page of fixture text parsed as published on 21 June 2023 (昨日 is the
// 20th), for the held-out forms' tests.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "corpus/byline.h"
#include "corpus/split.h"

namespace kanbao::corpus::testing_util {

// `article_file`: read as a crawl's one-article file (20230621-05-03.txt).
inline std::vector<Article> parse_june_21(std::string_view text, bool article_file = false) {
  std::vector<std::string> warnings;
  SplitOptions options;
  options.issue = Date{2023, 6, 21};
  options.article_file = article_file;
  return split_articles(text, warnings, options);
}

// The event date as YYYY-MM-DD, "" when none.
inline std::string date_of(const Article& a) { return a.date ? a.date->str() : ""; }

using Names = std::vector<std::string>;

// The reporters of `line` read as a byline, or "(none)" when it is none.
inline Names reporters_of(const char* line) {
  const auto b = parse_byline(line);
  return b ? b->reporters : Names{"(none)"};
}

// What one article of a fixture page must read as, every field.
struct PageWant {
  std::string kicker, title, subtitle, date;
  Names reporters, correspondents;
  std::size_t paragraphs = 0;
  std::string first_paragraph;
};

// The page's articles are `want`, in page order, field by field.
inline void expect_page_articles(const std::vector<Article>& got, const std::vector<PageWant>& want) {
  ASSERT_EQ(got.size(), want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    SCOPED_TRACE("article " + std::to_string(i));
    const Article& a = got[i];
    const PageWant& w = want[i];
    EXPECT_EQ(a.kicker, w.kicker);
    EXPECT_EQ(a.title, w.title);
    EXPECT_EQ(a.subtitle, w.subtitle);
    EXPECT_EQ(date_of(a), w.date);
    EXPECT_EQ(a.reporters, w.reporters);
    EXPECT_EQ(a.correspondents, w.correspondents);
    EXPECT_EQ(a.paragraphs.size(), w.paragraphs);
    ASSERT_FALSE(a.paragraphs.empty());
    EXPECT_EQ(a.paragraphs.front(), w.first_paragraph);
    EXPECT_EQ(a.position, static_cast<int>(i));
  }
}

// The heading lines one article of a fixture page must read as.
struct HeadingWant {
  std::string kicker, title, subtitle;
};

// The page's articles have `want`'s headings, in page order, and each one
// paragraph: the heading block took no body line, and no heading line
// fell into a body.
inline void expect_headings(const std::vector<Article>& got, const std::vector<HeadingWant>& want) {
  ASSERT_EQ(got.size(), want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    SCOPED_TRACE("article " + std::to_string(i));
    EXPECT_EQ(got[i].kicker, want[i].kicker);
    EXPECT_EQ(got[i].title, want[i].title);
    EXPECT_EQ(got[i].subtitle, want[i].subtitle);
    EXPECT_EQ(got[i].paragraphs.size(), 1U);
  }
}

}  // namespace kanbao::corpus::testing_util
