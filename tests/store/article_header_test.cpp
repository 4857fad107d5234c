// SPDX-License-Identifier: MIT
// The parts of an article's header line (store::header_parts), which the
// browser's reader and `kanbao show` and `export` both print: in the
// caller's words, by the same rules.
#include <gtest/gtest.h>

#include "store/article_markdown.h"

namespace kanbao::store {
namespace {

// Words of no language, so each part shows which word it took.
HeaderWords test_words() {
  return {.pages = "P[{}]",
          .list_separator = ", ",
          .published = "PUB:",
          .events = "EV:",
          .reporters = "REP:",
          .correspondents = "COR:",
          .photo_credit = "PHOTO",
          .unknown_date = "NODATE",
          .unknown_district = "NODISTRICT"};
}

TEST(HeaderParts, EveryPartInTheCallersWords) {
  Article a;
  a.paper = "人民日报";
  a.pages = {"04", "", "06"};
  a.page_name = "要闻";
  a.published = StoredDate{2020, 1, 8};
  a.district = "海淀区";
  a.date = StoredDate{2020, 1, 7};
  a.reporters = {"冉红政", "王刚"};
  a.correspondents = {"姜璞"};
  a.photo_credit = true;
  const std::vector<std::string> expected = {"人民日报", "P[04, 06] 要闻", "PUB:2020-01-08",
                                             "海淀区",   "EV:2020-01-07",  "REP:冉红政 王刚 COR:姜璞",
                                             "PHOTO"};
  EXPECT_EQ(header_parts(a, test_words()), expected);
}

// Nothing places or dates it: the unknown district and date say so, the
// only parts there are.
TEST(HeaderParts, AnArticleOfNoPaperNorDate) {
  Article a;
  a.page = "02";  // no pages list (an article built by hand): its page
  const std::vector<std::string> expected = {"P[02]", "NODISTRICT", "NODATE"};
  EXPECT_EQ(header_parts(a, test_words()), expected);
  a.page.clear();
  a.correspondents = {"姜璞"};
  const std::vector<std::string> people = {"NODISTRICT", "NODATE", "COR:姜璞"};
  EXPECT_EQ(header_parts(a, test_words()), people);
}

// A paper's issue dates and places its article: no unknown district, and
// the event date only when the lead gives one (without EV: when it is the
// only date).
TEST(HeaderParts, APapersIssuePlacesAndDatesItsArticle) {
  Article a;
  a.paper = "人民日报";
  a.published = StoredDate{2020, 1, 8};
  const std::vector<std::string> expected = {"人民日报", "PUB:2020-01-08"};
  EXPECT_EQ(header_parts(a, test_words()), expected);
  a.published = StoredDate{};
  a.date = StoredDate{2020, 1, 7};
  const std::vector<std::string> event_only = {"人民日报", "2020-01-07"};
  EXPECT_EQ(header_parts(a, test_words()), event_only);
}

}  // namespace
}  // namespace kanbao::store
