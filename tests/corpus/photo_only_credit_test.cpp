// SPDX-License-Identifier: MIT
// A photo's credit alone ("朱孝荣摄（人民视觉）", "摄影 王刚", "王刚/摄"): the
// photographer is one of the article's reporters, the agency in brackets is
// no name, and no text is credited, so the article's photo_credit (which
// readers show as 文/图) stays false. 文/图 and its kin keep it.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "corpus/byline.h"
#include "sample_util.h"

namespace kanbao::corpus::testing_util {
namespace {

using Names = std::vector<std::string>;

TEST(PhotoOnlyCredit, UnderAPhotoWithItsAgencyInBrackets) {
  const ParsedFixture p = parse_fixture("photo_agency_credit.txt");
  // On a line of its own (full-width or ASCII brackets), or closing the
  // caption's line.
  ASSERT_EQ(p.articles.size(), 4U);
  const Names photographers[] = {{"朱孝荣"}, {"陈晓丽"}, {"王刚"}, {"朱孝荣"}};
  const char* bylines[] = {"朱孝荣摄", "陈晓丽摄", "王　刚摄", "朱孝荣摄"};
  for (std::size_t i = 0; i < 4; ++i) {
    const Article& a = p.articles[i];
    EXPECT_EQ(a.reporters, photographers[i]) << a.title;
    EXPECT_EQ(a.byline, bylines[i]) << a.title;
    EXPECT_FALSE(a.photo_credit) << a.title;
    ASSERT_EQ(a.paragraphs.size(), 1U) << a.title;  // the credit is no paragraph of the caption
  }
  EXPECT_EQ(p.articles[3].title, "古桥夜色");
  EXPECT_EQ(p.articles[3].paragraphs[0], "夜幕降临，古桥上亮起彩灯。");
}

struct Credit {
  std::string reporters;  // joined by spaces; "(none)" when no byline
  bool photo = false;
  bool text = false;
};

Credit credit_of(const char* line) {
  const std::optional<Byline> b = parse_byline(line);
  if (!b) return {"(none)"};
  std::string names;
  for (const auto& n : b->reporters) names += (names.empty() ? "" : " ") + n;
  return {names, b->photo_credit, b->text_credit};
}

TEST(PhotoOnlyCredit, EveryFormOfAPhotographersCredit) {
  const std::pair<const char*, Credit> cases[] = {
      {"摄影 朱孝荣", {"朱孝荣", false, false}},
      {"朱孝荣 摄", {"朱孝荣", true, false}},
      {"朱孝荣摄", {"朱孝荣", true, false}},
      {"朱孝荣/摄", {"朱孝荣", true, false}},
      {"本报记者 朱孝荣 摄", {"朱孝荣", true, false}},
      {"新华社记者 朱孝荣摄", {"朱孝荣", true, false}},
      {"图/朱孝荣", {"朱孝荣", true, false}},
      // Text and photos credited: 文/图 as before.
      {"记者 朱孝荣 文/图", {"朱孝荣", true, true}},
      {"文/王刚 图/朱孝荣", {"王刚 朱孝荣", true, true}},
      {"记者 王刚 文 朱孝荣 摄", {"王刚 朱孝荣", true, true}},
      {"记者 朱孝荣 摄影报道", {"朱孝荣", true, true}},
  };
  for (const auto& [line, want] : cases) {
    const Credit got = credit_of(line);
    EXPECT_EQ(got.reporters, want.reporters) << line;
    EXPECT_EQ(got.photo, want.photo) << line;
    EXPECT_EQ(got.text, want.text) << line;
  }
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
