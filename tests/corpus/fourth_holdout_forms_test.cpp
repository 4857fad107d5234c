// SPDX-License-Identifier: MIT
// Forms a fourth held-out set of real pages showed the parser misreading
// (issue 11, session 13), in text of our own: e-paper crawls that print
// each article's header (its headings, then the page's date alone on a
// line) above the text, several such articles on one page of briefs.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "corpus/split.h"

namespace kanbao::corpus {
namespace {

// The page's articles as published on 21 June 2023.
std::vector<Article> parse(std::string_view text) {
  std::vector<std::string> warnings;
  SplitOptions options;
  options.issue = Date{2023, 6, 21};
  return split_articles(text, warnings, options);
}

using Names = std::vector<std::string>;

struct Want {
  std::string kicker, title, subtitle, date;
  Names reporters, correspondents;
  std::size_t paragraphs = 0;
  std::string first_paragraph;
};

void expect_articles(const std::vector<Article>& got, const std::vector<Want>& want) {
  ASSERT_EQ(got.size(), want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    SCOPED_TRACE("article " + std::to_string(i));
    const Article& a = got[i];
    const Want& w = want[i];
    EXPECT_EQ(a.kicker, w.kicker);
    EXPECT_EQ(a.title, w.title);
    EXPECT_EQ(a.subtitle, w.subtitle);
    EXPECT_EQ(a.date ? a.date->str() : "", w.date);
    EXPECT_EQ(a.reporters, w.reporters);
    EXPECT_EQ(a.correspondents, w.correspondents);
    EXPECT_EQ(a.paragraphs.size(), w.paragraphs);
    ASSERT_FALSE(a.paragraphs.empty());
    EXPECT_EQ(a.paragraphs.front(), w.first_paragraph);
    EXPECT_EQ(a.position, static_cast<int>(i));
  }
}

// A page of briefs from an e-paper crawl: each brief under its header (its
// title, then the date alone), the brief above ending with a plain
// sentence. A photo's caption and a graphic's credit between a header and
// its lead, or a byline and a first line shaped like a heading, are that
// article's: one article a header.
TEST(FourthHoldOutForms, DatedHeadersSplitAPageOfBriefs) {
  const auto a = parse(
      "市图书馆夜间开放延至十点\n\n2023-06-21\n\n"
      "6月20日，记者从市图书馆获悉，夏季夜间开放时间将延长至晚上十点。\n\n"
      "图书馆同时增设自习座位两百个。\n\n"
      "老城区两条背街小巷完成改造\n\n2023-06-21\n\n"
      "改造后的小巷\n\n制图 周文\n\n"
      "本报讯（记者 王刚 通讯员 陈晓丽）6月19日，老城区两条背街小巷改造完工。\n\n"
      "改造内容包括雨污分流和路面翻新。\n\n"
      "夏季游泳培训班开始报名\n\n2023-06-21\n\n"
      "记者 赵敏\n\n"
      "孩子暑假去哪儿学游泳？\n\n"
      "市体育中心游泳馆暑期培训班今起报名，每期十五节课。\n");
  expect_articles(
      a, {
             {"",
              "市图书馆夜间开放延至十点",
              "",
              "2023-06-20",
              {},
              {},
              2,
              "6月20日，记者从市图书馆获悉，夏季夜间开放时间将延长至晚上十点。"},
             {"", "老城区两条背街小巷完成改造", "", "2023-06-19", {"王刚"}, {"陈晓丽"}, 3, "改造后的小巷"},
             {"", "夏季游泳培训班开始报名", "", "", {"赵敏"}, {}, 2, "孩子暑假去哪儿学游泳？"},
         });
}

// Two heading lines where the first leads into the second with a dash, or
// the second carries its column's name in brackets at its end: kicker and
// title, not title and subtitle. A title with its column's name over a
// subtitle stays the title.
TEST(FourthHoldOutForms, KickerByItsDashOrByTheTitlesColumnNote) {
  const auto a = parse(
      "多部门联合发文——\n"
      "老旧电梯更新有了补贴\n\n"
      "本报北京6月20日电 （记者 李娜）记者从住建部获悉，老旧电梯更新将获补贴。\n\n"
      "河南沿黄九市共建生态廊道\n"
      "守好一河清水（聚焦黄河）\n\n"
      "本报郑州6月20日电 （记者 王刚、张敏）沿黄九市签署生态廊道共建协议。\n\n"
      "乡村夜市热起来（经济新观察）\n"
      "三个县的夜市一年吸引游客百万人次\n\n"
      "本报开封6月19日电 （记者 陈晨）入夏以来，乡村夜市游客明显增多。\n");
  expect_articles(a, {
                         {"多部门联合发文——",
                          "老旧电梯更新有了补贴",
                          "",
                          "2023-06-20",
                          {"李娜"},
                          {},
                          1,
                          "本报北京6月20日电 （记者 李娜）记者从住建部获悉，老旧电梯更新将获补贴。"},
                         {"河南沿黄九市共建生态廊道",
                          "守好一河清水（聚焦黄河）",
                          "",
                          "2023-06-20",
                          {"王刚", "张敏"},
                          {},
                          1,
                          "本报郑州6月20日电 （记者 王刚、张敏）沿黄九市签署生态廊道共建协议。"},
                         {"",
                          "乡村夜市热起来（经济新观察）",
                          "三个县的夜市一年吸引游客百万人次",
                          "2023-06-19",
                          {"陈晨"},
                          {},
                          1,
                          "本报开封6月19日电 （记者 陈晨）入夏以来，乡村夜市游客明显增多。"},
                     });
}

}  // namespace
}  // namespace kanbao::corpus
