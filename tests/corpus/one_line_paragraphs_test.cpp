// SPDX-License-Identifier: MIT
// An article kept on one line, its paragraphs parted by a run of spaces as
// wide as an indent after a sentence's end (新民晚报's crawl, issue 11): each
// paragraph its own, the lead's date and byline read from the first. Spaces
// inside a sentence, or before a note in brackets, part nothing. Text of our
// own.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "corpus/parse.h"
#include "page_text.h"

namespace kanbao::corpus {
namespace {

Page page_of(const std::string& text) {
  return testing_util::page_at("/srv/示例晚报/2026-03-02/05-1.txt", text);
}

TEST(OneLineParagraphs, RunsOfSpacesAfterASentencePartItsParagraphs) {
  const Page page = page_of(
      "社区图书角开张\n"
      "    本报讯（记者 王刚）3月1日，社区图书角开张，居民拿旧书换绿植。    "
      "“我家的书终于有了去处。”    退休教师李阿姨一口气送来二十本书，她问：还收杂志吗？"
      "\t社区说收，  只是要整理好。    （本报通讯员 供图）\n");
  ASSERT_EQ(page.articles.size(), 1U);
  const Article& a = page.articles[0];
  EXPECT_EQ(a.title, "社区图书角开张");
  const std::vector<std::string> want = {
      "本报讯（记者 王刚）3月1日，社区图书角开张，居民拿旧书换绿植。",
      "“我家的书终于有了去处。”",
      "退休教师李阿姨一口气送来二十本书，她问：还收杂志吗？",
      // Two spaces inside the sentence are the layout's; the note stays.
      "社区说收，  只是要整理好。    （本报通讯员 供图）",
  };
  EXPECT_EQ(a.paragraphs, want);
  EXPECT_EQ(a.reporters, std::vector<std::string>{"王刚"});
  ASSERT_TRUE(a.date.has_value());
  EXPECT_EQ(a.date->str(), "2026-03-01");
}

TEST(OneLineParagraphs, ALineOfOneParagraphStaysWhole) {
  const Page page = page_of(
      "社区图书角开张\n"
      "    居民拿旧书换绿植，  图书角一上午换出三十本书。\n");
  ASSERT_EQ(page.articles.size(), 1U);
  EXPECT_EQ(page.articles[0].paragraphs,
            std::vector<std::string>{"居民拿旧书换绿植，  图书角一上午换出三十本书。"});
}

}  // namespace
}  // namespace kanbao::corpus
