// SPDX-License-Identifier: MIT
// A city paper writes its own city's units by their short forms (桐庐 for
// 桐庐县, 管城 for 管城回族区): they give its articles their district, but
// never a national paper's, never another city's, and an ordinary word
// that is also a short form (西湖 the lake, 二七 a number) only where the
// text uses it as a place (西湖街道).
#include <gtest/gtest.h>

#include "bundled_papers.h"
#include "corpus/gazetteer.h"
#include "corpus/papers.h"
#include "corpus/parse.h"
#include "sample_util.h"

namespace kanbao::corpus {
namespace {

using testing_util::fixture_path;
using testing_util::read_file;

const Papers& papers() { return testing_util::bundled_papers(); }

// The district of the page's only article, parsed as the page at `path`.
std::string district(const std::string& path, const std::string& text) {
  PageContext context;
  context.path = path;
  context.papers = &papers();
  const Page page = parse_page(text, context);
  EXPECT_EQ(page.articles.size(), 1U) << path;
  return page.articles.empty() ? "?" : page.articles[0].district;
}

// Each fixture parsed as a page of each paper: the district its only
// article gets.
TEST(ShortPlaceNames, OwnCitysPapersOnly) {
  struct Case {
    const char* fixture;
    const char* path;
    const char* district;
  };
  const Case cases[] = {
      // A Hangzhou paper's article about 桐庐 is 桐庐县's; no national,
      // other city's or provincial paper (too many units) reads 桐庐.
      {"city_short_place_tonglu.txt", "/srv/都市快报/2026/04/04/A05.txt", "桐庐县"},
      {"city_short_place_tonglu.txt", "/srv/杭州日报/2026/04/04/05.txt", "桐庐县"},
      {"city_short_place_tonglu.txt", "/srv/人民日报/2026/04/04/05.txt", ""},
      {"city_short_place_tonglu.txt", "/srv/rmrb/2026-04-04/05.txt", ""},
      {"city_short_place_tonglu.txt", "/srv/郑州日报/2026/04/04/05.txt", ""},
      {"city_short_place_tonglu.txt", "/srv/浙江日报/2026/04/04/05.txt", ""},
      // A Zhengzhou paper's article about 管城 is 管城回族区's; a page of no
      // known paper has Zhengzhou's full names only, as before.
      {"city_short_place_guancheng.txt", "/srv/郑州日报/2023/06/21/05.txt", "管城回族区"},
      {"city_short_place_guancheng.txt", "/srv/大河报/2023/06/21/05.txt", "管城回族区"},
      {"city_short_place_guancheng.txt", "/srv/都市快报/2023/06/21/05.txt", ""},
      {"city_short_place_guancheng.txt", "/srv/pages/05.txt", ""},
      // 西湖 the lake, 西湖龙井 the tea, 中原 the region, 二七 a number, 上城
      // a phrase: ordinary words (and short forms) in a heading and the lead.
      {"city_short_place_words.txt", "/srv/都市快报/2026/04/04/A05.txt", ""},
      {"city_short_place_words.txt", "/srv/郑州日报/2023/06/21/05.txt", ""},
  };
  for (const Case& c : cases)
    EXPECT_EQ(district(c.path, read_file(fixture_path(c.fixture))), c.district) << c.fixture << " " << c.path;
}

// Short forms read in text, one at a time, as a Hangzhou paper reads them.
std::string subject(const Gazetteer& g, const std::string& title, const std::string& lead) {
  Article a;
  a.title = title;
  a.paragraphs = {lead};
  return g.from_articles(std::span<const Article>(&a, 1)).value_or("");
}

TEST(ShortPlaceNames, WhereAShortFormCounts) {
  const Gazetteer* g = papers().gazetteer_for("都市快报");
  ASSERT_NE(g, nullptr);
  // An ordinary word counts before a unit's word, or alone in brackets.
  EXPECT_EQ(subject(*g, "西湖街道新开一家食堂", "本报讯 西湖街道的老人有了新去处。"), "西湖区");
  EXPECT_EQ(subject(*g, "智造谷迎来新企业", "位于高新区（滨江）智造谷。"), "滨江区");
  EXPECT_EQ(subject(*g, "滨江这个喷水池火了", "本报讯 网友发帖称，喷水池很美。"), "");
  // A river, a road, a tea named after the place are not the place.
  EXPECT_EQ(subject(*g, "钱塘江潮水来了", "本报讯 钱塘江边游人如织。"), "");
  EXPECT_EQ(subject(*g, "余杭塘路拓宽", "本报讯 余杭塘路今起封闭施工。"), "");
  EXPECT_EQ(subject(*g, "钱塘龙井上市", "本报讯 钱塘龙井今年开采。"), "");
  // A person's given name after a surname is no place; a place's name before it is.
  EXPECT_EQ(subject(*g, "王建德的书店", "本报讯 王建德开了一家书店。"), "");
  EXPECT_EQ(subject(*g, "浙江淳安的春天", "本报讯 浙江淳安迎来旅游旺季。"), "淳安县");
  // The full name is read as before, and a name the user types is never a short form.
  EXPECT_EQ(subject(*g, "桐庐县新建学校", "本报讯 桐庐县今年新建学校三所。"), "桐庐县");
  EXPECT_FALSE(g->canonical("桐庐"));
  // Ordinary words of other characters (长寿 longevity) as well.
  const Gazetteer* chongqing = papers().gazetteer_for("重庆日报");
  ASSERT_NE(chongqing, nullptr);
  EXPECT_EQ(subject(*chongqing, "百岁老人的长寿秘诀", "本报讯 长寿老人越来越多。"), "");
  EXPECT_EQ(subject(*chongqing, "长寿街道新建食堂", "本报讯 长寿街道的老人有了新去处。"), "长寿区");
}

}  // namespace
}  // namespace kanbao::corpus
