// SPDX-License-Identifier: MIT
// A heading block of four lines set apart over its byline (session 27,
// 都市快报 2026-03): the paper cuts a long title and its subtitle into two
// lines each. The walk up from the byline takes three heading lines at the
// most, found no block and opened nothing, so the story was glued to the one
// above. A fixture of our own text.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "page_text.h"

namespace kanbao::corpus {
namespace {

using testing_util::kIndent;
using testing_util::split_page_text;

TEST(TallHeadingBlock, FourLinesOverABylineOpenTheirStory) {
  const std::string page =
      std::string("江滨樱花提前盛开\n") + "赏花高峰在下周末\n" + kIndent + "记者 王立新\n" + kIndent +
      "连日回暖，江滨公园的樱花比往年早开了一周。\n" + kIndent + "公园管理处提醒市民错峰出行。\n\n" +
      "两名股民内幕交易\n" + "被罚三百多万\n" + "透露消息的高管\n" + "为何没受罚？\n" + kIndent +
      "见习记者 李  明\n" + kIndent + "一场资产重组，几通电话，最终换来三百多万元罚单。\n" + kIndent +
      "监管部门日前公布了行政处罚决定书。\n";
  const auto articles = split_page_text(page);
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0].title, "江滨樱花提前盛开");
  EXPECT_EQ(articles[0].reporters, (std::vector<std::string>{"王立新"}));
  EXPECT_EQ(articles[0].paragraphs.size(), 2u);
  EXPECT_EQ(articles[1].reporters, (std::vector<std::string>{"李明"}));
  ASSERT_FALSE(articles[1].paragraphs.empty());
  EXPECT_EQ(articles[1].paragraphs.back(), "监管部门日前公布了行政处罚决定书。");
}

}  // namespace
}  // namespace kanbao::corpus
