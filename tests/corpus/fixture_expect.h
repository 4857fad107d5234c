// SPDX-License-Identifier: MIT
// Every field of every article a fixture page gives, checked at once.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "sample_util.h"

namespace kanbao::corpus::testing_util {

struct Want {
  std::string kicker, title, subtitle, date, byline;
  std::vector<std::string> reporters, correspondents;
  bool photo_credit = false;
  std::size_t paragraphs = 0;
  std::string first_paragraph;
  std::string continued_to, continued_from;
  int first_line = 0, last_line = 0;
};

inline void expect_articles(const ParsedFixture& got, const std::vector<Want>& want) {
  ASSERT_EQ(got.articles.size(), want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    SCOPED_TRACE("article " + std::to_string(i));
    const Article& a = got.articles[i];
    const Want& w = want[i];
    EXPECT_EQ(a.kicker, w.kicker);
    EXPECT_EQ(a.title, w.title);
    EXPECT_EQ(a.subtitle, w.subtitle);
    EXPECT_EQ(a.date ? a.date->str() : "", w.date);
    EXPECT_EQ(a.byline, w.byline);
    EXPECT_EQ(a.reporters, w.reporters);
    EXPECT_EQ(a.correspondents, w.correspondents);
    EXPECT_EQ(a.photo_credit, w.photo_credit);
    EXPECT_EQ(a.paragraphs.size(), w.paragraphs);
    ASSERT_FALSE(a.paragraphs.empty());
    EXPECT_EQ(a.paragraphs.front(), w.first_paragraph);
    EXPECT_EQ(a.continued_to, w.continued_to);
    EXPECT_EQ(a.continued_from, w.continued_from);
    EXPECT_EQ(a.first_line, w.first_line);
    EXPECT_EQ(a.last_line, w.last_line);
    EXPECT_EQ(a.position, static_cast<int>(i));
  }
}

}  // namespace kanbao::corpus::testing_util
