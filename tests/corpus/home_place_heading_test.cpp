// SPDX-License-Identifier: MIT
// A first heading line that opens with a province's name over a catchword
// is a national paper's kicker (where the news comes from, province_kicker_
// test.cpp); a city paper names its own city or province in its titles, so
// there the same shape is its title over its subtitle (issue 11: 新民晚报's
// "上海…" over a line of the day's plan), in text of our own. Each page
// holds three articles (a page of two short ones reads as one article under
// its subheads).
#include <gtest/gtest.h>

#include <span>
#include <string>
#include <vector>

#include "bundled_papers.h"
#include "corpus/parse.h"
#include "corpus/placement.h"
#include "june_page.h"

namespace kanbao::corpus::testing_util {
namespace {

constexpr const char* kPage =
    "上海明天起开展全域环境消杀\n"
    "今天先在五个街道试点\n"
    "　　记者从市爱卫办获悉，全域环境消杀明天起分片开展。\n"
    "\n"
    "浙江临河加强社会治理\n"
    "群众不满意什么就整治什么\n"
    "　　临河市启动“群众最不满意的十件事”专项整治，一件一件抓落实。\n"
    "\n"
    "旧书换新绿\n"
    "　　社区图书角开张，居民拿旧书换绿植。\n";

// The page's articles as the paper at `path` prints them.
std::vector<Article> as_page_of(const std::string& path) {
  PageContext context;
  context.path = path;
  context.papers = &bundled_papers();
  return parse_page(kPage, context).articles;
}

TEST(HomePlaceHeading, ACityPaperTitlesItsOwnCity) {
  const std::vector<Article> a = as_page_of("/srv/新民晚报/2023-06-21/05.txt");
  ASSERT_EQ(a.size(), 3U);
  EXPECT_EQ(a[0].kicker, "");
  EXPECT_EQ(a[0].title, "上海明天起开展全域环境消杀");
  EXPECT_EQ(a[0].subtitle, "今天先在五个街道试点");
  // Another province is still where the news comes from.
  EXPECT_EQ(a[1].kicker, "浙江临河加强社会治理");
  EXPECT_EQ(a[1].title, "群众不满意什么就整治什么");
  EXPECT_EQ(a[2].title, "旧书换新绿");
}

TEST(HomePlaceHeading, ANationalPaperReadsThePlaceAsItsKicker) {
  const std::vector<Article> a = as_page_of("/srv/人民日报/2023-06-21/05.txt");
  ASSERT_EQ(a.size(), 3U);
  EXPECT_EQ(a[0].kicker, "上海明天起开展全域环境消杀");
  EXPECT_EQ(a[0].title, "今天先在五个街道试点");
  EXPECT_EQ(a[0].subtitle, "");
  EXPECT_EQ(a[1].kicker, "浙江临河加强社会治理");
  EXPECT_EQ(a[1].title, "群众不满意什么就整治什么");
}

TEST(HomePlaceHeading, AProvinceIsHomeToItsCitysPaper) {
  // 都市快报 is Hangzhou's: 浙江 is its home as 杭州 is.
  const std::vector<Article> a = as_page_of("/srv/都市快报/2023-06-21/A05.txt");
  ASSERT_EQ(a.size(), 3U);
  EXPECT_EQ(a[0].kicker, "上海明天起开展全域环境消杀");
  EXPECT_EQ(a[1].kicker, "");
  EXPECT_EQ(a[1].title, "浙江临河加强社会治理");
  EXPECT_EQ(a[1].subtitle, "群众不满意什么就整治什么");
}

// The home places of the paper named `paper`, as a vector.
std::vector<std::string> home_of(const std::string& paper) {
  PageContext context;
  context.papers = &bundled_papers();
  PageOrigin origin;
  origin.paper = paper;
  const std::span<const std::string> places = home_places(origin, context);
  return {places.begin(), places.end()};
}

TEST(HomePlaceHeading, HomePlacesComeFromThePapersCity) {
  EXPECT_EQ(home_of("新民晚报"), (std::vector<std::string>{"上海"}));
  EXPECT_EQ(home_of("都市快报"), (std::vector<std::string>{"杭州", "浙江"}));
  EXPECT_EQ(home_of("人民日报"), std::vector<std::string>{});
}

TEST(HomePlaceHeading, SplittingTakesTheHomePlacesItIsGiven) {
  // The same page split with no paper named: a place is a kicker.
  EXPECT_EQ(parse_june_21(kPage)[0].kicker, "上海明天起开展全域环境消杀");
  std::vector<std::string> warnings;
  const std::vector<std::string> home = {"上海"};
  SplitOptions options;
  options.issue = Date{2023, 6, 21};
  options.home_places = home;
  const std::vector<Article> a = split_articles(kPage, warnings, options);
  ASSERT_EQ(a.size(), 3U);
  EXPECT_EQ(a[0].title, "上海明天起开展全域环境消杀");
  EXPECT_EQ(a[0].subtitle, "今天先在五个街道试点");
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
