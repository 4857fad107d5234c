// SPDX-License-Identifier: MIT
// Where a page sits in its archive: paper, issue and page from the path in
// every layout of formats.md, masthead lines, the paper table, and the
// districts a paper's city selects (GB/T 2260 divisions).
#include "corpus/archive_path.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "corpus/divisions.h"
#include "corpus/papers.h"
#include "corpus/placement.h"

namespace kanbao::corpus {
namespace {

const std::string kDivisions = std::string(KANBAO_SOURCE_DIR) + "/data/divisions.tsv";

std::shared_ptr<const Divisions> divisions() {
  static const std::shared_ptr<const Divisions> loaded = [] {
    auto d = Divisions::load(kDivisions);
    EXPECT_TRUE(d) << d.error().message();
    return std::make_shared<const Divisions>(d ? std::move(*d) : Divisions());
  }();
  return loaded;
}

PageOrigin origin(const std::string& path, const Papers* papers = nullptr) {
  PageContext context;
  context.path = path;
  context.papers = papers;
  return origin_of(context);
}

// Every field as it is, partial dates too: a year alone is "2023-00-00".
std::string describe(const PageOrigin& o) {
  const std::string issue =
      o.issue ? fmt::format("{:04}-{:02}-{:02}", o.issue->year, o.issue->month, o.issue->day)
              : std::string("-");
  return o.paper + "|" + issue + "|" + o.page + "|" + o.page_name + "|" + std::to_string(o.article_in_file);
}

TEST(ArchivePath, PageCodes) {
  const std::pair<const char*, const char*> cases[] = {
      {"01", "01"},     {"5", "05"},      {"A05", "A05"},     {"B3", "B03"},
      {"b3", "B03"},    {"第五版", "05"}, {"第十二版", "12"}, {"第二十版", "20"},
      {"第05版", "05"}, {"05版", "05"},   {"A5版", "A05"},    {"120", "120"},
  };
  for (const auto& [in, out] : cases) EXPECT_EQ(page_code(in).value_or("?"), out) << in;
  for (const char* bad : {"", "0", "第版", "第五", "AB5", "五星", "2023", "notes", "第十十版"}) {
    EXPECT_FALSE(page_code(bad)) << bad;
  }
}

TEST(ArchivePath, EveryLayoutOfFormatsMd) {
  Papers papers;
  papers.add_alias("zzrb", "郑州日报");
  const std::pair<const char*, const char*> cases[] = {
      {"/srv/郑州日报/2023/06/21/05.txt", "郑州日报|2023-06-21|05||0"},
      {"/srv/zzrb/2023-06-21/A05.txt", "郑州日报|2023-06-21|A05||0"},
      {"/srv/ZZRB/2023_06_21/B3.txt", "郑州日报|2023-06-21|B03||0"},
      {"/srv/20230621/05.txt", "|2023-06-21|05||0"},
      {"/srv/2023年6月/20230621/20230621-05-03.txt", "|2023-06-21|05||3"},
      {"/srv/郑州晚报/2023-06/21/第05版 管城新闻.txt", "郑州晚报|2023-06-21|05|管城新闻|0"},
      {"/srv/人民日报/2024年1月31日/第五版.txt", "人民日报|2024-01-31|05||0"},
      {"/srv/大河报/2023/06/21/05_要闻.txt", "大河报|2023-06-21|05|要闻|0"},
      // An e-paper crawl's article files: page, then the article's number.
      {"/srv/都市快报/2026-04-04/A02-03.txt", "都市快报|2026-04-04|A02||3"},
      {"/srv/zzrb/2023-06-21/05_12.txt", "郑州日报|2023-06-21|05||12"},
      // No page in a name that is a hash, no day in a file named like one.
      {"data/sample/000_097ca8e9fcb91934.txt", "|-|||0"},
      {"/srv/2023/06/05.txt", "|2023-00-00|05||0"},
      // Not a real day: 2023-02-30 is no issue.
      {"/srv/20230230/01.txt", "|2023-00-00|01||0"},
  };
  for (const auto& [path, expected] : cases) EXPECT_EQ(describe(origin(path, &papers)), expected) << path;
}

TEST(ArchivePath, OverridesWin) {
  PageContext context;
  context.path = "/srv/zzrb/2023-06-21/A05.txt";
  context.paper = "郑州日报";
  context.date = Date{2020, 1, 25};
  context.year = 1999;
  EXPECT_EQ(describe(origin_of(context)), "郑州日报|2020-01-25|A05||0");
  context.date.reset();
  EXPECT_EQ(describe(origin_of(context)), "郑州日报|2023-06-21|A05||0");  // --year only serves dateless paths
  context.path = "/srv/pages/A05.txt";
  EXPECT_EQ(describe(origin_of(context)), "郑州日报|1999-00-00|A05||0");
}

TEST(ArchivePath, MastheadLines) {
  auto m = masthead_line("郑州日报 2023年6月21日 星期三 第5版");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->paper, "郑州日报");
  EXPECT_EQ(m->date.str(), "2023-06-21");
  EXPECT_EQ(m->page, "05");
  m = masthead_line("2024年1月31日　星期三");
  ASSERT_TRUE(m);
  EXPECT_EQ(m->paper, "");
  EXPECT_EQ(m->page, "");
  // Sentences, dates in passing, impossible dates: no masthead.
  for (const char* line : {"本报讯 2023年6月20日，记者从市住房保障局获悉。", "2023年6月21日",
                           "根据2023年5月9日会议精神", "郑州日报 2023年2月30日 星期四"}) {
    EXPECT_FALSE(masthead_line(line)) << line;
  }
}

TEST(ArchivePath, MastheadFillsWhatThePathLacks) {
  PageContext context;
  context.path = "/srv/pages/page.txt";
  const std::string text = "郑州日报 2023年6月21日 星期三 第5版\n\n标题\n本报讯 6月20日，正文。\n";
  const Page page = parse_page(text, context);
  EXPECT_EQ(describe(page.origin), "郑州日报|2023-06-21|05||0");
}

TEST(Divisions, LoadsTheBundledGazetteer) {
  const auto d = divisions();
  EXPECT_GT(d->size(), 2800u);
  EXPECT_EQ(d->prefecture("郑州").value_or(""), "郑州市");
  EXPECT_EQ(d->prefecture("北京").value_or(""), "北京市");
  EXPECT_EQ(d->prefecture_in_name("南京日报").value_or(""), "南京市");
  EXPECT_FALSE(d->prefecture_in_name("人民日报"));
  EXPECT_EQ(Divisions::short_name("广西壮族自治区"), "广西");
  EXPECT_EQ(Divisions::short_name("内蒙古自治区"), "内蒙古");
  EXPECT_EQ(d->of_prefecture("郑州市").size(), 15u);
  const auto shared = d->shared_names();
  EXPECT_NE(std::find(shared.begin(), shared.end(), "鼓楼区"), shared.end());
}

TEST(Divisions, MalformedRowsAreReportedWithTheirLine) {
  auto d = Divisions::parse("# comment\n410104\t河南省\t郑州市\t管城回族区\n410105\t河南省\n", "d.tsv");
  ASSERT_FALSE(d);
  EXPECT_NE(d.error().message().find("d.tsv:3"), std::string::npos) << d.error().message();
  EXPECT_FALSE(Divisions::load("/nonexistent/divisions.tsv"));
}

std::string district_of(const std::string& path, const std::string& text, const Papers& papers) {
  PageContext context;
  context.path = path;
  context.papers = &papers;
  return parse_page(text, context).district;
}

TEST(Districts, APapersCitySelectsItsDistrictsWithoutConfiguration) {
  const Papers papers(divisions());
  const std::string nanjing =
      "鼓楼区老城更新启动\n本报讯 记者获悉，鼓楼区首批老旧小区改造今日开工，鼓楼区居民参与。\n";
  EXPECT_EQ(district_of("/srv/南京日报/2023/06/21/05.txt", nanjing, papers), "鼓楼区");
  EXPECT_EQ(papers.city_of("南京日报"), "南京市");
  const std::string xuzhou = "云龙区新建公园\n本报讯 云龙区今年新建口袋公园十座。\n";
  EXPECT_EQ(district_of("/srv/徐州日报/2023/06/21/05.txt", xuzhou, papers), "云龙区");
  // The same Nanjing text in a Zhengzhou paper names no Zhengzhou district.
  EXPECT_EQ(district_of("/srv/郑州日报/2023/06/21/05.txt", nanjing, papers), "");
}

TEST(Districts, NationalPapersHaveNone) {
  const Papers papers(divisions());
  const std::string text =
      "二七区发展纪实\n本报讯 郑州市二七区、管城回族区今年新建学校十所，二七区居民受益。\n";
  for (const char* paper : {"人民日报", "光明日报", "经济日报", "新华社"}) {
    EXPECT_EQ(district_of(std::string("/srv/") + paper + "/2023/06/21/05.txt", text, papers), "") << paper;
    EXPECT_TRUE(papers.national(paper));
  }
  EXPECT_EQ(district_of("/srv/郑州日报/2023/06/21/05.txt", text, papers), "二七区");
  // Archives name national papers' folders by their pinyin initials.
  EXPECT_EQ(district_of("/srv/rmrb/2023-06-21/05.txt", text, papers), "");
  EXPECT_EQ(district_of("/srv/GMRB/2023-06-21/05.txt", text, papers), "");
  EXPECT_EQ(papers.paper_in("rmrb").value_or(""), "人民日报");
  EXPECT_EQ(papers.paper_in("zqb").value_or(""), "中国青年报");
}

TEST(Districts, APassingMentionOfAnotherCitysZoneSaysNothing) {
  const Papers papers(divisions());
  const std::string passing =
      "考察学习\n本报讯 考察团赴西安高新区、北京经开区学习，西安高新区的经验值得借鉴。\n";
  EXPECT_EQ(district_of("/srv/郑州日报/2023/06/21/05.txt", passing, papers), "");
  EXPECT_EQ(district_of("/srv/pages/05.txt", passing, papers), "");  // unknown paper: Zhengzhou's gazetteer
  const std::string own = "高新区项目开工\n本报讯 高新区今年第二批重点项目集中开工。\n";
  EXPECT_EQ(district_of("/srv/郑州日报/2023/06/21/05.txt", own, papers), "高新区");
}

TEST(Districts, AnAmbiguousNameCountsOnlyWithinAKnownCity) {
  Papers papers(divisions());
  const std::string text = "鼓楼区新闻\n本报讯 鼓楼区今年新建学校十所。\n";
  EXPECT_EQ(district_of("/srv/古城晨报/2023/06/21/05.txt", text, papers), "");  // no city known
  papers.set_city("古城晨报", "开封");
  EXPECT_EQ(district_of("/srv/古城晨报/2023/06/21/05.txt", text, papers), "鼓楼区");
  papers.set_city("古城晨报", "");  // configured as a paper without districts
  EXPECT_EQ(district_of("/srv/古城晨报/2023/06/21/05.txt", text, papers), "");
}

TEST(Divisions, AProvincesNameIsNotAPrefecturesThatSharesIt) {
  const auto d = divisions();
  EXPECT_EQ(d->region_in_name("河南日报").value_or(""), "河南省");
  EXPECT_EQ(d->region_in_name("吉林日报").value_or(""), "吉林省");  // not 吉林市
  EXPECT_EQ(d->region_in_name("海南日报").value_or(""), "海南省");  // not 海南藏族自治州
  EXPECT_EQ(d->region_in_name("广西日报").value_or(""), "广西壮族自治区");
  EXPECT_EQ(d->region_in_name("内蒙古日报").value_or(""), "内蒙古自治区");
  EXPECT_EQ(d->region_in_name("北京日报").value_or(""), "北京市");  // a municipality is its city
  EXPECT_EQ(d->region_in_name("重庆晚报").value_or(""), "重庆市");
  EXPECT_EQ(d->region_in_name("吉林市晚报").value_or(""), "吉林市");  // spelled out: the city
  EXPECT_EQ(d->region_in_name("郑州晚报").value_or(""), "郑州市");
  EXPECT_FALSE(d->region_in_name("人民日报"));
  EXPECT_TRUE(d->province_wide("河南省"));
  EXPECT_FALSE(d->province_wide("北京市"));
  EXPECT_FALSE(d->province_wide("郑州市"));
}

// An invented story about `place`, on a page of `paper`: its district.
std::string district_of_story(const std::string& paper, const std::string& place, const Papers& papers) {
  const std::string text =
      place + "新建学校\n本报讯 " + place + "今年新建学校十所，" + place + "居民受益。\n";
  return district_of("/srv/" + paper + "/2023/06/21/05.txt", text, papers);
}

struct StoryCase {
  const char* paper;
  const char* place;     // what the story names
  const char* district;  // what it gets
};

TEST(Districts, AProvincialPaperHasItsProvincesDistricts) {
  Papers papers(divisions());
  EXPECT_EQ(papers.city_of("河南日报"), "河南省");
  EXPECT_EQ(papers.city_of("吉林日报"), "吉林省");
  EXPECT_EQ(papers.city_of("海南日报"), "海南省");
  EXPECT_EQ(papers.city_of("广西日报"), "广西壮族自治区");
  EXPECT_EQ(papers.city_of("北京日报"), "北京市");
  const StoryCase cases[] = {
      // Any prefecture's unit whose name is the province's alone.
      {"河南日报", "洛龙区", "洛龙区"},
      {"河南日报", "金水区", "金水区"},
      // Changchun's 朝阳区 in 吉林日报: 吉林市's districts alone would miss it.
      {"吉林日报", "朝阳区", "朝阳区"},
      {"海南日报", "美兰区", "美兰区"},  // not 海南藏族自治州's
      {"广西日报", "青秀区", "青秀区"},
      {"河南日报", "美兰区", ""},        // another province's unit is nothing there
      {"北京日报", "朝阳区", "朝阳区"},  // a municipality's paper is its city's
      // 鼓楼区 is Nanjing's and Xuzhou's: alone it says nothing in Jiangsu,
      // with its city it is certain; Henan has one (Kaifeng's).
      {"江苏日报", "鼓楼区", ""},
      {"江苏日报", "南京鼓楼区", "南京市鼓楼区"},
      {"江苏日报", "徐州市鼓楼区", "徐州市鼓楼区"},
      {"河南日报", "鼓楼区", "鼓楼区"},
      // Development zones only with their city.
      {"河南日报", "高新区", ""},
      {"河南日报", "洛阳高新区", "洛阳高新区"},
      // Another province's city before a shared name: a passing mention.
      {"河南日报", "西安高新区", ""},
      {"河南日报", "南京鼓楼区", ""},
  };
  for (const auto& c : cases)
    EXPECT_EQ(district_of_story(c.paper, c.place, papers), c.district) << c.paper << c.place;
  // A configured province.
  papers.set_city("中原晨报", "河南");
  EXPECT_EQ(papers.city_of("中原晨报"), "河南省");
  EXPECT_EQ(district_of_story("中原晨报", "洛龙区", papers), "洛龙区");
}

// The bundled table of city papers (data/papers.tsv), as kanbao loads it.
void add_home_cities(Papers& papers) {
  auto rows = load_home_cities(std::string(KANBAO_SOURCE_DIR) + "/data/papers.tsv");
  EXPECT_TRUE(rows) << rows.error().message();
  if (rows)
    for (const auto& row : *rows) papers.add_home_city(row.paper, row.city);
}

TEST(Districts, ACityPaperWhoseNameNamesNoCityHasItsCitysDistricts) {
  Papers papers(divisions());
  add_home_cities(papers);
  const std::string text = "西湖区新建口袋公园\n本报讯 西湖区今年新建口袋公园十座，西湖区居民就近休闲。\n";
  EXPECT_EQ(papers.city_of("都市快报"), "杭州市");
  EXPECT_EQ(papers.city_of("新京报"), "北京市");
  EXPECT_EQ(papers.city_of("大河报"), "郑州市");
  EXPECT_EQ(district_of("/srv/都市快报/2026/04/04/A03.txt", text, papers), "西湖区");
  // The paper a masthead names, in a folder that names none.
  EXPECT_EQ(district_of("/srv/pages/A03.txt", "都市快报 2026年4月4日 星期六 第A3版\n" + text, papers),
            "西湖区");
  // Hangzhou's districts only: Nanjing's 鼓楼区 is nothing there.
  EXPECT_EQ(district_of("/srv/都市快报/2026/04/04/A03.txt", "鼓楼区新闻\n本报讯 鼓楼区今年新建学校十所。\n",
                        papers),
            "");
  // National papers keep none; the configuration overrides the table.
  EXPECT_EQ(papers.city_of("人民日报"), "");
  papers.set_city("都市快报", "宁波");
  EXPECT_EQ(papers.city_of("都市快报"), "宁波市");
  papers.set_city("都市快报", "");
  EXPECT_EQ(district_of("/srv/都市快报/2026/04/04/A03.txt", text, papers), "");
}

TEST(Districts, EveryRowOfThePaperTableNamesAKnownCity) {
  auto rows = load_home_cities(std::string(KANBAO_SOURCE_DIR) + "/data/papers.tsv");
  ASSERT_TRUE(rows) << rows.error().message();
  EXPECT_GE(rows->size(), 30U);
  Papers papers(divisions());
  add_home_cities(papers);
  for (const auto& row : *rows) {
    EXPECT_TRUE(divisions()->prefecture(row.city)) << row.paper << " " << row.city;
    EXPECT_FALSE(papers.national(row.paper)) << row.paper;
    EXPECT_EQ(papers.paper_in(row.paper).value_or(""), row.paper);  // a folder of it names it
  }
}

TEST(Districts, AMalformedPaperTableRowIsReportedWithItsLine) {
  auto rows = parse_home_cities("# comment\n都市快报\t杭州市\n钱江晚报\n", "p.tsv");
  ASSERT_FALSE(rows);
  EXPECT_NE(rows.error().message().find("p.tsv:3"), std::string::npos) << rows.error().message();
  EXPECT_FALSE(load_home_cities("/nonexistent/papers.tsv"));
  auto ok = parse_home_cities("都市快报\t杭州市\r\n", "p.tsv");
  ASSERT_TRUE(ok);
  ASSERT_EQ(ok->size(), 1U);
  EXPECT_EQ((*ok)[0].city, "杭州市");
}

TEST(Districts, EditionsInThePath) {
  const Papers papers(divisions());
  const std::string text = "标题\n本报讯 今年新建学校十所。\n";
  EXPECT_EQ(district_of("/srv/郑州日报/管城版/2023/06/21/05.txt", text, papers), "管城回族区");
  EXPECT_EQ(district_of("/srv/郑州日报/2023/06/21/第05版 金水新闻.txt", text, papers), "金水区");
  EXPECT_EQ(district_of("/srv/郑州日报/2023/06/21/县区新闻.txt", text, papers), "");
}

TEST(Papers, WhichComponentNamesAPaper) {
  Papers papers;
  papers.add_alias("ZZWB", "郑州晚报");
  EXPECT_EQ(papers.paper_in("zzwb").value_or(""), "郑州晚报");
  EXPECT_EQ(papers.paper_in("大河报").value_or(""), "大河报");
  EXPECT_EQ(papers.paper_in("新华社").value_or(""), "新华社");
  for (const char* no : {"报", "简报x", "2023", "管城新闻", "pages", "这是一个很长很长很长的名字的报"}) {
    EXPECT_FALSE(papers.paper_in(no)) << no;
  }
  EXPECT_EQ(papers.paper_of_path("/srv/郑州晚报/zzwb/2023/05.txt"), "郑州晚报");
}

}  // namespace
}  // namespace kanbao::corpus
