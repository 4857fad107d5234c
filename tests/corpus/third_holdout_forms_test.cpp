// SPDX-License-Identifier: MIT
// Forms a third held-out set of real pages showed the parser misreading
// (issue 11, session 12), in text of our own: photos printed above the lead
// of the story they illustrate, a web page's header above a lead with no
// heading, a column's name before a bar on the title's line, the date of
// the paper's earlier report opening a lead, the datelines
// of city news sites (泉州网1月7日讯, 星辰在线…讯) and
// the credits of their bylines (李文/文 赵强/图, 文/摄, …报道组记者).
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "corpus/split.h"
#include "june_page.h"

namespace kanbao::corpus {
namespace {

using testing_util::date_of;
using testing_util::Names;

std::vector<Article> parse(std::string_view text) { return testing_util::parse_june_21(text); }

// The page is one article with this title (unchecked if null), date and reporters.
void expect_one(const std::vector<Article>& a, const char* title, const std::string& date,
                const Names& reporters) {
  ASSERT_EQ(a.size(), 1u);
  if (title != nullptr) {
    EXPECT_EQ(a[0].title, title);
  }
  EXPECT_EQ(date_of(a[0]), date);
  EXPECT_EQ(a[0].reporters, reporters);
}

// A photo marked as a brief ("■…。本报记者 周 强 摄") over the lead of the
// story it shows: one article, dated by the lead, its photographer credited.
TEST(ThirdHoldOutForms, PhotoBriefOverItsStory) {
  const auto a = parse(
      "■市民在新开放的滨河公园散步。本报记者 周 强 摄\n"
      "【本报讯】滨河公园于昨日正式向市民开放，园内新建步道三公里。\n"
      "公园管理处介绍，今年还将增设健身器材二十套。\n");
  expect_one(a, nullptr, "2023-06-20", {"周强"});
  EXPECT_EQ(a[0].paragraphs.size(), 3u);
}

// A heading, two photos with their credits, then the dispatch: one article
// under the heading, the writer and the photographer both credited.
TEST(ThirdHoldOutForms, PhotosBetweenHeadingAndDispatch) {
  const auto a = parse(
      "河畔新城首座体育馆落成\n\n"
      "6月20日，市民在新落成的体育馆内打羽毛球。新华社记者 张敏 摄\n\n"
      "体育馆外景。新华社记者 张敏 摄\n\n"
      "新华社河畔6月20日电（记者 王刚）河畔新城首座体育馆20日落成开放。\n"
      "体育馆可容纳观众三千人。\n");
  expect_one(a, "河畔新城首座体育馆落成", "2023-06-20", {"王刚", "张敏"});
  EXPECT_EQ(a[0].byline, "记者 王刚");
}

// Photo news in a row, each its own article, stays so: only a dateline
// lead with no heading joins the photos above it.
TEST(ThirdHoldOutForms, PhotoNewsInARowStaySeparate) {
  const auto a = parse(
      "昨天，市民在河畔公园赏荷。本报记者 周强 摄\n\n"
      "昨天，环卫工人清扫落叶。本报记者 李娜 摄\n\n"
      "新区图书馆开馆\n"
      "本报讯（记者 王刚）新区图书馆20日开馆。\n");
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[2].title, "新区图书馆开馆");
}

// A web page's header (title, a byline of fields, the title again, a
// caption) above a dateline lead with no heading: one article.
TEST(ThirdHoldOutForms, WebHeaderOverAHeadlessLead) {
  const auto a = parse(
      "新区图书馆开馆 市民可借阅十万册图书\n\n"
      "2023-06-21 10:34:44  来源:河畔新闻网  作者:王小明\n\n"
      "新区图书馆开馆 市民可借阅十万册图书\n\n"
      "市民在图书馆阅读。\n\n"
      "河畔新闻网6月20日讯(河畔晚报记者 王小明 文/摄)新区图书馆20日开馆。\n\n"
      "图书馆设有少儿阅览区。\n");
  expect_one(a, "新区图书馆开馆 市民可借阅十万册图书", "2023-06-20", {"王小明"});
}

// City news sites date their own reports "…网X月X日讯" and "…在线X月X日讯"
// before the byline's bracket; their bylines credit writers and
// photographers with slashes (李文/文 赵强/图, 文/摄) and may name a
// reporting team glued before the role.
TEST(ThirdHoldOutForms, CityNewsSiteDatelinesAndCredits) {
  struct Case {
    const char* lead;
    Names reporters;
  };
  const Case cases[] = {
      {"泉河网6月20日讯 (记者王小明 李文/文 赵强/图)新区图书馆20日开馆。", {"王小明", "李文", "赵强"}},
      {"河畔在线6月20日讯(夏季走基层特别报道组记者  王小明) 新区图书馆开馆。", {"王小明"}},
      {"河畔新闻网6月20日讯(河畔晚报记者 王小明 文/摄)新区图书馆开馆。", {"王小明"}},
  };
  for (const Case& c : cases) {
    const auto a = parse(std::string("新区图书馆开馆\n") + c.lead + "\n");
    ASSERT_EQ(a.size(), 1u) << c.lead;
    EXPECT_EQ(date_of(a[0]), "2023-06-20") << c.lead;
    EXPECT_EQ(a[0].reporters, c.reporters) << c.lead;
  }
  // A sentence naming a site is no dateline.
  const auto a = parse("新区图书馆开馆\n河畔在线记者获悉，新区图书馆20日开馆。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_TRUE(a[0].reporters.empty());
}

// A full-width space a conversion turned into ? after a paper's dateline
// ("都市报讯? 记者…") still leaves a dateline and its byline.
TEST(ThirdHoldOutForms, LostSpaceAfterADateline) {
  expect_one(parse("新区图书馆开馆\n河畔都市报讯? 记者 王小明 报道：6月20日，新区图书馆开馆。\n"),
             "新区图书馆开馆", "2023-06-20", {"王小明"});
}

// An intern (实习生) is credited as a correspondent is: beside the
// reporters, found by reporter:NAME, never dropped.
TEST(ThirdHoldOutForms, InternsAreCreditedAsCorrespondents) {
  const auto a =
      parse("新区图书馆开馆\n本报讯（记者 王小明 实习生 李文 通讯员 赵强）6月20日，新区图书馆开馆。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].reporters, Names{"王小明"});
  EXPECT_EQ(a[0].correspondents, (Names{"李文", "赵强"}));
}

// A breadcrumb marked by >> from the home page above the heading is the
// site's furniture, not a kicker.
TEST(ThirdHoldOutForms, DoubledBreadcrumbIsFurniture) {
  std::vector<std::string> warnings;
  std::vector<FurnitureLine> furniture;
  SplitOptions options;
  options.issue = Date{2023, 6, 21};
  options.furniture = &furniture;
  const auto a =
      split_articles("首页 >> 新闻 >> 本地\n新区图书馆开馆\n本报讯（记者 王小明）6月20日，新区图书馆开馆。\n",
                     warnings, options);
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].kicker, "");
  EXPECT_EQ(a[0].title, "新区图书馆开馆");
  ASSERT_EQ(furniture.size(), 1u);
  EXPECT_EQ(furniture[0].text, "首页 >> 新闻 >> 本地");
}

// A column's name and a bar before the title on its line ("市县融媒走基层 |
// 标题"): the name goes with the kicker, as a bracketed tag's does, and a
// comma in the title does not make the line a cut body line. A menu of
// several bars stays as it is.
TEST(ThirdHoldOutForms, ColumnNameBeforeABar) {
  const auto a = parse(
      "新春走基层 | 老街坊的年夜饭,吃出了新滋味\n"
      "本报讯（记者 王小明）6月20日，老街坊们在社区食堂吃上了年夜饭。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(a[0].kicker, "新春走基层");
  EXPECT_EQ(a[0].title, "老街坊的年夜饭,吃出了新滋味");
  const auto menu =
      parse("首页 | 新闻 | 本地\n新区图书馆开馆\n本报讯（记者 王小明）6月20日，新区图书馆开馆。\n");
  ASSERT_EQ(menu.size(), 1u);
  EXPECT_EQ(menu[0].title, "新区图书馆开馆");
}

// A lead that opens with the date of the paper's own earlier report ("6月
// 18日，本报A05版以《…》为题报道了…") is dated by what happened after it.
TEST(ThirdHoldOutForms, EarlierReportIsNotTheEventDate) {
  const auto a = parse(
      "□晚报记者 王小明 文/图\n"
      "本报讯 6月18日，本报A05版以《路灯不亮 夜路难行》为题，报道了滨河路路灯损坏一事。"
      "20日上午，市民李先生致电记者称，路灯已修好。\n");
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(date_of(a[0]), "2023-06-20");
  // The paper's reporter finding something out is the event itself.
  const auto b = parse("路灯修好了\n6月19日，本报记者从市城管局获悉，滨河路路灯已修好。\n");
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(date_of(b[0]), "2023-06-19");
}

}  // namespace
}  // namespace kanbao::corpus
