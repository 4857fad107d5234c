// SPDX-License-Identifier: MIT
// Lines that are never headings by their shape (issue 11, session 21), in
// text of our own, as a metro paper's pages set them: a photo's mark alone
// ("▲", no word in it), and a sentence closed by its source's note in
// brackets ("…。（临河市气象台提供）").
#include <gtest/gtest.h>

#include "june_page.h"

namespace kanbao::corpus::testing_util {
namespace {

constexpr std::string_view kForecast =
    "　　今天白天多云，夜里多云到阴，东风3级，最高气温21℃；明天白天多云到阴，夜里转阴有阵雨，气温16~"
    "24℃。（临河市"
    "气象台提供）";

TEST(WordlessLines, APhotosMarkAloneIsNoHeading) {
  const auto a = parse_june_21("临河市区天气预报\n　　▲\n" + std::string(kForecast) + "\n");
  ASSERT_EQ(a.size(), 1U);
  EXPECT_EQ(a[0].kicker, "");
  EXPECT_EQ(a[0].title, "临河市区天气预报");
  EXPECT_EQ(a[0].subtitle, "");
  // (On a page of two paragraphs the mark runs on into the text below it.)
  ASSERT_EQ(a[0].paragraphs.size(), 1U);
  EXPECT_EQ(a[0].paragraphs.front(), "▲" + std::string(kForecast.substr(std::string_view("　　").size())));
}

TEST(WordlessLines, ASentenceClosedByItsSourcesNoteIsNoHeading) {
  const auto a = parse_june_21(
      "临河首条历史文化街区重新开街\n"
      "　　本报讯  临河首条历史文化街区经过一年改造，昨天重新开街。\n"
      "　　开街当天，街区里的老字号店铺前排起了长队。\n"
      "\n"
      "临河市区天气预报\n" +
      std::string(kForecast) + "\n");
  ASSERT_EQ(a.size(), 2U);
  EXPECT_EQ(a[0].title, "临河首条历史文化街区重新开街");
  EXPECT_EQ(a[1].kicker, "");
  EXPECT_EQ(a[1].title, "临河市区天气预报");
  EXPECT_EQ(a[1].subtitle, "");
  ASSERT_EQ(a[1].paragraphs.size(), 1U);
  EXPECT_EQ(a[1].paragraphs.front(), kForecast.substr(std::string_view("　　").size()));
}

// The note set apart by spaces, as 都市快报's front page prints it: the
// forecast is still the text under its head, not a title (session 30).
TEST(WordlessLines, ANoteSetApartBySpacesStillClosesASentence) {
  const std::string spaced =
      "　　今天多云，东风3级，最高气温24℃；明天多云，气温15~26℃。    （临河市气象台提供）";
  const auto a = parse_june_21("临河市区天气预报\n" + spaced + "\n");
  ASSERT_EQ(a.size(), 1U);
  EXPECT_EQ(a[0].kicker, "");
  EXPECT_EQ(a[0].title, "临河市区天气预报");
  ASSERT_EQ(a[0].paragraphs.size(), 1U);
  EXPECT_TRUE(a[0].paragraphs.front().starts_with("今天多云"));
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
