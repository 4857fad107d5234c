// SPDX-License-Identifier: MIT
// Bylines real pages print in forms the parser first missed (issue 11,
// session 9), in fixtures of our own text: names glued together after the
// role, a □ byline in mid-text over a cross-head, reporters credited inside a
// sentence, a lead with no dateline after an 编者按. Editors are never
// reporters.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "corpus/byline.h"
#include "sample_util.h"

namespace kanbao::corpus {
namespace {

using Parsed = testing_util::ParsedFixture;
using testing_util::parse_fixture;
using Names = std::vector<std::string>;

// "中原新闻网讯（记者周明远赵琳）": a news site's lead, and two names glued
// together that the surnames cut one way only (远 is no surname).
TEST(BylineForms, SiteLeadWithGluedNames) {
  const Parsed p = parse_fixture("byline_glued.txt");
  ASSERT_EQ(p.articles.size(), 1u);
  const Article& a = p.articles[0];
  EXPECT_EQ(a.title, "老城区新添三处口袋公园");
  EXPECT_EQ(a.reporters, (Names{"周明远", "赵琳"}));
  EXPECT_EQ(a.date, (Date{2023, 6, 20}));
  EXPECT_EQ(a.paragraphs.size(), 2u);
}

TEST(BylineForms, GluedNamesCutOnlyWhenOneReadingExists) {
  auto names = [](const char* line) {
    auto b = parse_byline(line);
    return b ? b->reporters : Names{"(none)"};
  };
  EXPECT_EQ(names("记者卢磊邓少华"), (Names{"卢磊", "邓少华"}));
  EXPECT_EQ(names("记者 王志强刘敏"), (Names{"王志强", "刘敏"}));
  EXPECT_EQ(names("记者 王刚李娜"), (Names{"王刚李娜"}));    // four characters: one name, never cut
  EXPECT_EQ(names("记者 张三李四王五"), (Names{"(none)"}));  // three glued names: no guess
  EXPECT_EQ(names("记者 张伟汤明华"), (Names{"(none)"}));  // 张伟|汤明华 and 张伟汤|明华: two readings
}

// A □ byline under a feature's first paragraph, over a cross-head: one
// article, the cross-head stays in its text, "文图" glued after the name is
// the credit, the paper's name before the role is no name.
TEST(BylineForms, MarkedBylineInMidTextOverACrossHead) {
  const Parsed p = parse_fixture("byline_midtext.txt");
  ASSERT_EQ(p.articles.size(), 1u);
  const Article& a = p.articles[0];
  EXPECT_EQ(a.kicker, "【老城记忆】");
  EXPECT_EQ(a.title, "一条老街的百年变迁");
  EXPECT_EQ(a.reporters, Names{"林晓"});
  EXPECT_TRUE(a.photo_credit);
  bool cross_head = false;
  for (const auto& para : a.paragraphs) cross_head = cross_head || para.find("老住户说起当年的热闹") == 0;
  EXPECT_TRUE(cross_head);
}

// "图片由晚报记者王志强翻拍…，文字由晚报记者刘敏采写": reporters; the
// editor who 整理 is not one.
TEST(BylineForms, ReportersCreditedInsideASentence) {
  const Parsed p = parse_fixture("credit_sentence.txt");
  ASSERT_EQ(p.articles.size(), 1u);
  EXPECT_EQ(p.articles[0].reporters, (Names{"王志强", "刘敏"}));
  EXPECT_EQ(find_sentence_credits("记者张翼摄影于广场。"), Names{});  // 张翼|摄影 or 张翼摄|影: no guess
  EXPECT_EQ(find_sentence_credits("他由记者陪同前往。"), Names{});
}

// "本报记者宋立新报道：" opening the paragraph under an 编者按.
TEST(BylineForms, ReportAfterAnEditorsNote) {
  const Parsed p = parse_fixture("editor_note_report.txt");
  ASSERT_EQ(p.articles.size(), 1u);
  EXPECT_EQ(p.articles[0].title, "山村小学有了新校舍");
  EXPECT_EQ(p.articles[0].reporters, Names{"宋立新"});
}

}  // namespace
}  // namespace kanbao::corpus
