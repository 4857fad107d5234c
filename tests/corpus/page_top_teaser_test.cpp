// SPDX-License-Identifier: MIT
// A teaser at the page's top (issue 11): a line or two of text - questions,
// a list closed by "……" - set flush left straight over the first article's
// heading block. It is the block's kicker, not an article of its own with
// no text. Invented text in the pages' shape.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "corpus/split.h"
#include "page_text.h"

namespace kanbao::corpus {
namespace {

using testing_util::kIndent;

const std::string kText = kIndent + "记者 林小舟\n" +                                     //
                          kIndent + "每一件小事，都值得被这座城市记住。\n" +              //
                          kIndent + "活动推出后，市民们纷纷讲出身边的故事。\n" +          //
                          kIndent + "征集仍在继续，欢迎你也来讲一讲。\n" +                //
                          "\n" +                                                          //
                          "征集正在进行中 期待你的故事\n" +                               //
                          kIndent + "征集活动将持续到月底，入选的故事将在本报刊登。\n" +  //
                          kIndent + "参与方式：登录本报客户端，在活动页面留言。\n";

// A line of questions over the title and its subtitle: the article's
// kicker; the page holds two articles, no empty one.
TEST(PageTopTeaser, QuestionsOverTitleBlockAreItsKicker) {
  std::vector<std::string> warnings;
  const auto a = split_articles(
      "公交车进小区要等多久？你家附近的药箱在哪里？ "
      "新能源车充电10分钟能跑多远？\n温暖就藏在一件件小事里\n城市温暖细节继续征集中\n" +
          kText,
      warnings, {});
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].kicker, "公交车进小区要等多久？你家附近的药箱在哪里？ 新能源车充电10分钟能跑多远？");
  EXPECT_EQ(a[0].title, "温暖就藏在一件件小事里");
  EXPECT_EQ(a[0].subtitle, "城市温暖细节继续征集中");
  EXPECT_EQ(a[0].byline, "记者 林小舟");
  ASSERT_EQ(a[0].paragraphs.size(), 3u);
  EXPECT_EQ(a[0].paragraphs.front(), "每一件小事，都值得被这座城市记住。");
  EXPECT_EQ(a[1].kicker, "");
  EXPECT_EQ(a[1].title, "征集正在进行中 期待你的故事");
  EXPECT_TRUE(warnings.empty());
}

// A list closed by "……" over a title alone, with no opening under it but
// indented text: kicker and title of the page's first article, not the
// list as its title and the title as its first paragraph.
TEST(PageTopTeaser, ListOverLoneTitleIsItsKicker) {
  std::vector<std::string> warnings;
  const auto a = split_articles("书屋有了人气，服务扩大了范围……\n乡村文化需求，如何更好满足（乡村观察）\n" +
                                    kIndent + "春节这些天，村里的书屋天天有人来看书。\n" + kIndent +
                                    "管理员说，今年新添了两千多册书。\n" + kIndent +
                                    "下一步，书屋还要办读书会。\n\n征集正在进行中 期待你的故事\n" + kIndent +
                                    "征集活动将持续到月底，入选的故事将在本报刊登。\n" + kIndent +
                                    "参与方式：登录本报客户端，在活动页面留言。\n",
                                warnings, {});
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0].kicker, "书屋有了人气，服务扩大了范围……");
  EXPECT_EQ(a[0].title, "乡村文化需求，如何更好满足（乡村观察）");
  EXPECT_EQ(a[0].subtitle, "");
  ASSERT_EQ(a[0].paragraphs.size(), 3u);
  EXPECT_EQ(a[0].paragraphs.front(), "春节这些天，村里的书屋天天有人来看书。");
  EXPECT_TRUE(warnings.empty());
}

// A sentence closed by a full stop over the block stays text of its own.
TEST(PageTopTeaser, SentenceOverBlockIsNoTeaser) {
  std::vector<std::string> warnings;
  const auto a = split_articles(
      "本期共有三篇稿件入选。\n温暖就藏在一件件小事里\n城市温暖细节继续征集中\n" + kText, warnings, {});
  ASSERT_FALSE(a.empty());
  EXPECT_NE(a[0].kicker, "本期共有三篇稿件入选。");
}

}  // namespace
}  // namespace kanbao::corpus
