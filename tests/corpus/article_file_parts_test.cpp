// SPDX-License-Identifier: MIT
// A crawl's article file (`A05-02.txt`: page A05, article 2) is one e-paper
// article. A picture story sets its captions in the text's indent, one of
// them over its part's byline, and a story carried over from another page
// holds its 上接 marker: neither opens a second article. Nor does a
// round-up's sub-head set flush left, as the e-paper sets an article's
// heading: the file is one article. Every text here is made up.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "corpus/parse.h"

namespace kanbao::corpus {
namespace {

Page parse_file(const std::string& path, const std::string& text) {
  PageContext context;
  context.path = path;
  return parse_page(text, context);
}

constexpr const char* kArticleFile = "/srv/某某晚报/2023-04-08/B01-01.txt";

// The header: a kicker broken over two lines, the title under it; then the
// date, a photo's caption with its credit, a second caption over the
// reporter's byline, and the story.
constexpr const char* kPictureStory =
    "外婆们清晨五点坐上进城的早班车\n"
    "\u3000\u3000背着竹篮、戴着草帽，一直干到太阳落山\n"
    "\t\t\t    \t 摘杨梅\n"
    "\t\t\t        \n"
    "2023-04-08\n"
    "\n"
    "\u3000\u3000果园里，摘果的外婆们在树下挑拣杨梅。 本版摄影 记者 林小溪\n"
    "\n"
    "\u3000\u3000“后勤部长”陈阿婆在棚子里给大家煮面条\n"
    "\n"
    "\u3000\u3000记者 周晓岚\n"
    "\n"
    "\u3000\u3000天刚蒙蒙亮，山脚下的果园里已经有了说话声。六十八岁的陈阿婆提着两只铁桶，"
    "沿着田埂往山上的棚子走去。\n"
    "\n"
    "\u3000\u3000今年是她来果园帮忙的第五年。摘果的外婆们中午不下山，一顿热面条全靠她张罗。\n";

TEST(ArticleFileParts, ACaptionInTheTextsIndentOverABylineOpensNoSecondArticle) {
  const Page page = parse_file(kArticleFile, kPictureStory);
  ASSERT_EQ(page.articles.size(), 1U);
  const Article& a = page.articles.front();
  EXPECT_EQ(a.title, "摘杨梅");
  ASSERT_GE(a.paragraphs.size(), 4U);
  bool holds_caption = false;
  bool holds_story = false;
  for (const std::string& p : a.paragraphs) {
    holds_caption = holds_caption || p == "“后勤部长”陈阿婆在棚子里给大家煮面条";
    holds_story = holds_story || p.starts_with("今年是她来果园帮忙的第五年。");
  }
  EXPECT_TRUE(holds_caption);
  EXPECT_TRUE(holds_story);
}

// The continued part of a story: its headline, a photo's caption, the
// 上接 marker, the text.
constexpr const char* kContinuedStory =
    "一碗热面条里的人情味\n"
    "\u3000\u3000是机器替代不了的\n"
    "\t\t\t          \n"
    "2023-04-08\n"
    "\n"
    "\u3000\u3000外婆们坐在树荫下吃午饭\n"
    "\n"
    "\u3000\u3000上接B01版\n"
    "\n"
    "\u3000\u3000吃过午饭，外婆们又背起竹篮上了山。陈阿婆收拾好碗筷，"
    "把剩下的面条留给傍晚下山的人。\n"
    "\n"
    "\u3000\u3000果园的主人说，明年还请她们来。\n";

TEST(ArticleFileParts, AContinuationMarkerInsideTheFileContinuesItsArticle) {
  const Page page = parse_file(kArticleFile, kContinuedStory);
  ASSERT_EQ(page.articles.size(), 1U);
  EXPECT_EQ(page.articles.front().title, "一碗热面条里的人情味 是机器替代不了的");
  EXPECT_EQ(page.articles.front().paragraphs.back(), "果园的主人说，明年还请她们来。");
}

// A round-up of two items in one file, each under a flush-left heading (as
// 新民晚报's files set their sub-heads): the file is still one article, the
// second heading a line of its body, the second byline one of its reporters.
constexpr const char* kTwoItems =
    "社区里的新鲜事\n"
    "\t\t\t        \n"
    "2023-04-08\n"
    "\n"
    "\u3000\u3000记者 周晓岚\n"
    "\n"
    "\u3000\u3000上周末，某某社区的居民在广场上办起了旧物交换集市，"
    "一百多件旧物找到了新主人。\n"
    "\n"
    "\u3000\u3000组织者说，下个月还会再办一次。\n"
    "\n"
    "小区花园换了新模样\n"
    "\n"
    "\u3000\u3000记者 林小溪\n"
    "\n"
    "\u3000\u3000经过一个月的改造，某某小区的花园重新开放，新添了座椅和儿童游乐设施。\n";

TEST(ArticleFileParts, AFlushLeftHeadingInsideTheFileOpensNoSecondArticle) {
  const Page page = parse_file(kArticleFile, kTwoItems);
  ASSERT_EQ(page.articles.size(), 1U);
  const Article& a = page.articles.front();
  EXPECT_EQ(a.title, "社区里的新鲜事");
  // The second item's byline names the round-up's second reporter.
  EXPECT_EQ(a.reporters, (std::vector<std::string>{"周晓岚", "林小溪"}));
  const std::vector<std::string> body{
      "上周末，某某社区的居民在广场上办起了旧物交换集市，一百多件旧物找到了新主人。",
      "组织者说，下个月还会再办一次。", "小区花园换了新模样",
      "经过一个月的改造，某某小区的花园重新开放，新添了座椅和儿童游乐设施。"};
  EXPECT_EQ(a.paragraphs, body);
}

// An advertisement closed by its mark (·广告·) after the file's text (closed
// by its byline, so that the advertisement's heading opens a span) is the
// page's furniture; one between two parts of the text is inside the
// article, which does not end at it.
constexpr const char* kStory =
    "新赛季训练全面展开\n"
    "\t\t\t        \n"
    "2023-04-08\n"
    "\n"
    "\u3000\u3000新赛季临近，市体育中心各训练馆每天开放到晚上十点。\n"
    "\n"
    "\u3000\u3000记者 王立新\n"
    "\n";
constexpr const char* kAdvert =
    "江滨花海邀您来 春日踏青好去处\n"
    "\u3000\u3000花海节开幕，十万株郁金香迎客。\n"
    "\u3000\u3000·广告·\n"
    "\n";
constexpr const char* kMore =
    "青训营也开课了\n"
    "\u3000\u3000青训营今年招收了两百名学员，教练全部持证上岗。\n"
    "\n"
    "\u3000\u3000记者 周晓岚\n";

bool filed(const Page& page, const std::string& line) {
  for (const FurnitureLine& f : page.furniture)
    if (f.text == line) return true;
  return false;
}

TEST(ArticleFileParts, AnAdvertisementAfterTheTextIsFurniture) {
  const Page page = parse_file(kArticleFile, std::string(kStory) + kAdvert);
  ASSERT_EQ(page.articles.size(), 1U);
  EXPECT_EQ(page.articles[0].title, "新赛季训练全面展开");
  EXPECT_EQ(page.articles[0].paragraphs,
            std::vector<std::string>{"新赛季临近，市体育中心各训练馆每天开放到晚上十点。"});
  EXPECT_TRUE(filed(page, "江滨花海邀您来 春日踏青好去处"));
  EXPECT_TRUE(filed(page, "·广告·"));
}

TEST(ArticleFileParts, AnAdvertisementInsideTheTextSplitsNoArticle) {
  const Page page = parse_file(kArticleFile, std::string(kStory) + kAdvert + kMore);
  ASSERT_EQ(page.articles.size(), 1U);
  const Article& a = page.articles[0];
  EXPECT_EQ(a.title, "新赛季训练全面展开");
  EXPECT_EQ(a.reporters, (std::vector<std::string>{"王立新", "周晓岚"}));
  ASSERT_FALSE(a.paragraphs.empty());
  EXPECT_EQ(a.paragraphs.back(), "青训营今年招收了两百名学员，教练全部持证上岗。");
}

}  // namespace
}  // namespace kanbao::corpus
