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

}  // namespace
}  // namespace kanbao::corpus
