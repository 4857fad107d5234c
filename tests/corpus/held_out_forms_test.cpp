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

#include "corpus/dates.h"
#include "corpus/leads.h"
#include "corpus/split.h"
#include "fixture_expect.h"
#include "sample_util.h"

namespace kanbao::corpus {
namespace {

using Parsed = testing_util::ParsedFixture;
using testing_util::parse_fixture;

std::string date_of(const Article& a) { return a.date ? a.date->str() : ""; }

// The heading block, event date and reporters of one article.
void expect_heads(const Article& a, const std::string& kicker, const std::string& title,
                  const std::string& date, const std::vector<std::string>& reporters) {
  EXPECT_EQ(a.kicker, kicker);
  EXPECT_EQ(a.title, title);
  EXPECT_EQ(a.subtitle, "");
  EXPECT_EQ(date_of(a), date);
  EXPECT_EQ(a.reporters, reporters);
}

// The article's paragraph count and its first paragraphs.
void expect_paragraphs(const Article& a, std::size_t count, const std::vector<std::string>& first) {
  ASSERT_EQ(a.paragraphs.size(), count);
  for (std::size_t i = 0; i < first.size(); ++i) EXPECT_EQ(a.paragraphs[i], first[i]);
}

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
  // A paper names itself by its kind: "…汇报讯 " opens a sentence, not a lead.
  EXPECT_TRUE(match_lead("河畔都市报讯 夜幕降临，跑道上亮起荧光手环。"));
  EXPECT_FALSE(match_lead("听取汇报讯 息化建设进展，要求加快推进。"));
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

// Readers quoted one after another inside a story, or under a cross-head
// of it, are the story's.
TEST(HeldOutForms, ReadersQuotedInAStoryStayInIt) {
  const Parsed p = parse_fixture("vox_pop.txt");
  ASSERT_EQ(p.articles.size(), 1u);
  EXPECT_EQ(p.articles[0].title, "老街改造听民意");
  EXPECT_EQ(p.articles[0].paragraphs.size(), 5u);
  EXPECT_EQ(p.articles[0].last_line, 9);
}

// An e-paper story without a dateline: a kicker of scene opening with its
// time, numbered photo notes (each a paragraph of its own, never a
// subtitle), then the text opening with 昨天晚上 - the event date.
TEST(HeldOutForms, PhotoNotesThenARelativeDate) {
  const Parsed p = parse_fixture("photo_notes_story.txt");
  ASSERT_EQ(p.articles.size(), 1u);
  const Article& a = p.articles[0];
  expect_heads(a, "傍晚，记者在滨河公园看到市民休闲如常", "夜市回来了", "2023-06-20", {"周敏"});
  expect_paragraphs(a, 4, {"①不少市民带着孩子到滨河公园夜市游玩", "②在夜市入口，摊主正在整理货架"});
}

// A street shot's fields: 时间 dates the event, 地点 is a paragraph of its
// own, 拍摄者 credits the photographer; an app's name and slogan above the
// title are furniture.
TEST(HeldOutForms, TimeFieldDatesAStreetShot) {
  const Parsed p = parse_fixture("street_shot_fields.txt");
  ASSERT_GE(p.furniture.size(), 3u);
  EXPECT_EQ(p.furniture[2].text, "看见城市 温暖你我");
  ASSERT_EQ(p.articles.size(), 1u);
  EXPECT_EQ(p.articles[0].first_line, 7);
  expect_heads(p.articles[0], "", "随手拍", "2023-06-19", {"陈晓丽"});
  expect_paragraphs(p.articles[0], 3, {"时间:6月19日下午", "地点:建设路公交站"});
}

// A web page's header line under the title - posting time, 来源 with its
// value, 作者 with two names, an empty click counter - is the byline.
TEST(HeldOutForms, WebHeaderWithCounterIsTheByline) {
  const Parsed p = parse_fixture("web_header_counter.txt");
  ASSERT_EQ(p.articles.size(), 1u);
  expect_heads(p.articles[0], "", "返乡青年办起乡村书屋", "2023-06-20", {"王刚", "李娜"});
  EXPECT_EQ(p.articles[0].byline, "2023-06-21 09:09:45   来源: 中原日报   作者:王刚 李娜   点击:");
  expect_paragraphs(p.articles[0], 2,
                    {"本报讯 昨天上午，返乡青年周敏在村里办起的乡村书屋正式开放，首批藏书两千余册。"});
}

// Reposts: a paper's name before the role in the lead's bracket, a source
// line closing the article (page furniture, so the next heading opens the
// next article and its field byline is not the first's), 据…报道.
TEST(HeldOutForms, RepostSourceLinesCloseTheArticle) {
  const Parsed p = parse_fixture("repost_sources.txt");
  ASSERT_EQ(p.articles.size(), 3u);
  expect_heads(p.articles[0], "", "老城区夜市恢复营业", "2023-06-20", {"王刚"});
  EXPECT_EQ(p.articles[0].correspondents, std::vector<std::string>{"李娜"});
  EXPECT_EQ(p.articles[0].last_line, 5);
  expect_heads(p.articles[1], "", "全市新增三条公交线路", "2023-06-20", {"李雪"});
  EXPECT_EQ(p.articles[1].first_line, 9);
  expect_heads(p.articles[2], "", "高温天气持续 市民注意防暑", "", {});
  ASSERT_FALSE(p.furniture.empty());
  EXPECT_EQ(p.furniture[0].text, "（来源：中原晚报）");
}

// A web page's posting time is no event date.
TEST(HeldOutForms, PostingTimeFieldIsNoEventDate) {
  EXPECT_FALSE(
      undated_story_date({"日期:2023-6-21 10:35:05", "社区举办邻里节，居民踊跃参加。"}, Date{2023, 6, 21}));
  EXPECT_EQ(undated_story_date({"时间：6月20日上午", "社区举办邻里节。"}, Date{2023, 6, 21})->str(),
            "2023-06-20");
}

}  // namespace
}  // namespace kanbao::corpus
