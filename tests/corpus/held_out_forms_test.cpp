// SPDX-License-Identifier: MIT
// Forms the held-out real pages showed the parser misreading (issue 11,
// session 10), in fixtures of our own text: datelines of news sites and of
// papers other than the agencies (新华网…电, 据…网消息, 西江都市报讯), pages
// in traditional characters, a brief closed by its bracketed credit,
// readers' items under stacked headings, 时间/日期 fields, relative dates
// in stories without a dateline, cross-heads.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "corpus/split.h"
#include "fixture_expect.h"
#include "sample_util.h"

namespace kanbao::corpus {
namespace {

using Parsed = testing_util::ParsedFixture;
using testing_util::parse_fixture;

std::string date_of(const Article& a) { return a.date ? a.date->str() : ""; }

// A city paper naming itself with its full name (河畔都市报讯), a news site's
// dispatch (新华网郑州6月20日电), a repost citing a site (据…网消息), and a
// byline glued to 本报讯: each opens its own article, dated by its dateline.
TEST(HeldOutForms, DatelinesOfSitesAndOtherPapers) {
  const Parsed p = parse_fixture("repost_leads.txt");
  ASSERT_EQ(p.articles.size(), 4u);
  EXPECT_EQ(p.articles[0].title, "市民夜跑团壮大到三百人");
  EXPECT_EQ(p.articles[0].reporters, std::vector<std::string>{"周敏"});
  EXPECT_EQ(date_of(p.articles[0]), "");
  EXPECT_EQ(p.articles[0].last_line, 3);
  EXPECT_EQ(p.articles[1].title, "全省启动夏季防汛演练");
  EXPECT_EQ(date_of(p.articles[1]), "2023-06-20");
  EXPECT_EQ(p.articles[2].title, "东山区首座口袋公园开放");
  EXPECT_EQ(date_of(p.articles[2]), "2023-06-18");
  EXPECT_EQ(p.articles[2].paragraphs.front(),
            "据东山区政府网消息 6月18日，东山区首座口袋公园在文化路建成开放，园内种植乡土树种四十余株。");
  EXPECT_EQ(p.articles[3].title, "老城区新增两处便民菜站");
  EXPECT_EQ(p.articles[3].correspondents, std::vector<std::string>{"孙立新"});
  EXPECT_TRUE(p.articles[3].reporters.empty());
}

// A page in traditional characters: 本報訊, 晚報訊, 記者 read as their
// simplified forms; names and text stay as printed. The first brief, closed
// by its bracketed credit, ends before the second one's heading.
TEST(HeldOutForms, TraditionalCharacters) {
  const Parsed p = parse_fixture("traditional_leads.txt");
  ASSERT_EQ(p.articles.size(), 2u);
  EXPECT_EQ(p.articles[0].title, "社區鄰里節開幕");
  EXPECT_EQ(date_of(p.articles[0]), "2023-06-20");
  EXPECT_EQ(p.articles[0].reporters, std::vector<std::string>{"李曉紅"});
  EXPECT_EQ(p.articles[0].last_line, 3);
  EXPECT_EQ(p.articles[1].title, "舊書市集週末開張");
  EXPECT_EQ(date_of(p.articles[1]), "2023-06-19");
  EXPECT_EQ(p.articles[1].reporters, std::vector<std::string>{"陳平"});
  EXPECT_EQ(p.articles[1].byline, "記者 陳　平");
  EXPECT_EQ(p.articles[1].first_line, 5);
}

// A readers' column: each reader's item is an article - under its own
// heading, with the heading glued before the speaker, or (the first, whose
// heading the page lost) alone - dated by its relative date; the column's
// 整理 credit closes the last item.
TEST(HeldOutForms, ReadersItemsUnderStackedHeadings) {
  const Parsed p = parse_fixture("reader_items.txt");
  ASSERT_EQ(p.articles.size(), 4u);
  EXPECT_EQ(date_of(p.articles[0]), "2023-06-20");
  EXPECT_EQ(p.articles[0].last_line, 1);
  EXPECT_EQ(p.articles[1].title, "路灯坏了半个月");
  EXPECT_EQ(date_of(p.articles[1]), "2023-06-19");
  EXPECT_EQ(p.articles[1].first_line, 2);
  EXPECT_EQ(p.articles[2].title, "好心司机送老人回家");
  EXPECT_EQ(date_of(p.articles[2]), "2023-06-16");  // 上周五 of Wednesday 21 June
  EXPECT_EQ(p.articles[3].title, "希望早日修好健身器材");
  EXPECT_EQ(date_of(p.articles[3]), "");
  EXPECT_EQ(p.articles[3].reporters, std::vector<std::string>{"李雪"});
  // Only the item without any heading warns.
  ASSERT_EQ(p.warnings.size(), 1u);
  EXPECT_EQ(p.warnings[0], "line 1: article without a heading; title taken from its lead");
}

// Readers quoted one after another inside a story are the story's.
TEST(HeldOutForms, ReadersQuotedInAStoryStayInIt) {
  const Parsed p = parse_fixture("vox_pop.txt");
  ASSERT_EQ(p.articles.size(), 1u);
  EXPECT_EQ(p.articles[0].title, "老街改造听民意");
  EXPECT_EQ(p.articles[0].paragraphs.size(), 4u);
  EXPECT_EQ(p.articles[0].last_line, 6);
}

}  // namespace
}  // namespace kanbao::corpus
