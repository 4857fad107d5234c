// SPDX-License-Identifier: MIT
// Heading forms real pages print that the parser first misread (issue 11,
// session 9), in fixtures of our own text: a title the layout broke over two
// short lines, printed twice by an e-paper.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "corpus/split.h"
#include "page_text.h"
#include "sample_util.h"

namespace kanbao::corpus {
namespace {

using testing_util::split_page_text;

using testing_util::parse_fixture;

// "人民公园" / "遇见她": one title; the e-paper's second printing of it is
// furniture, not the start of the text.
TEST(StructureForms, TitleBrokenOverTwoShortLinesPrintedTwice) {
  const auto p = parse_fixture("two_line_title.txt");
  ASSERT_EQ(p.articles.size(), 1u);
  const Article& a = p.articles[0];
  EXPECT_EQ(a.kicker, "");
  EXPECT_EQ(a.title, "人民公园遇见她");
  EXPECT_EQ(a.subtitle, "");
  EXPECT_EQ(a.reporters, std::vector<std::string>{"刘洋"});
  ASSERT_FALSE(a.paragraphs.empty());
  EXPECT_EQ(a.paragraphs.front().rfind("市民王秀兰", 0), 0u) << a.paragraphs.front();
  EXPECT_EQ(p.furniture.size(), 2u);
}

TEST(StructureForms, TwoShortHeadingLinesAreOneTitle) {
  const auto a = split_page_text("人民公园\n遇见她\n\n本报讯 昨天上午，公园里的腊梅开了。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].title, "人民公园遇见她");
  EXPECT_EQ(a[0].kicker, "");
}

// A kicker and a title, or a title and its subtitle, are not joined: the
// second line is longer than a fragment, or the first is a phrase with
// punctuation.
TEST(StructureForms, KickerAndTitleStayApart) {
  const auto a = split_page_text("聚焦乡村振兴\n石门村的新变化\n\n本报讯 昨天上午，石门村新修的道路通车。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].title, "石门村的新变化");
  const auto b = split_page_text("石门村的新变化\n——道路通车\n\n本报讯 昨天上午，石门村新修的道路通车。\n");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(b[0].title, "石门村的新变化");
}

// A feature opening with a sentence of scene dates its event in the second
// paragraph; a date of history there is no event date.
TEST(StructureForms, DateGivenOnlyInTheSecondParagraph) {
  const auto p = parse_fixture("second_paragraph_date.txt");
  ASSERT_EQ(p.articles.size(), 1u);
  EXPECT_EQ(p.articles[0].title, "采访团的河南印象");
  EXPECT_EQ(p.articles[0].date, (Date{2023, 6, 18}));
  EXPECT_EQ(p.articles[0].reporters, std::vector<std::string>{"孙琪"});

  std::vector<std::string> warnings;
  SplitOptions options;
  options.issue = Date{2023, 6, 21};
  const auto old =
      split_articles("郑州火车站的百年\n\n一座车站，见证一座城市的成长。\n\n1904年3月，郑县火车站诞生。\n",
                     warnings, options);
  ASSERT_EQ(old.size(), 1u);
  EXPECT_FALSE(old[0].date.has_value());
}

}  // namespace
}  // namespace kanbao::corpus
