// SPDX-License-Identifier: MIT
// Credits the second held-out real pages showed the parser misreading
// (issue 11, session 11), in fixtures of our own text: a writer's 文 and a
// photographer's 摄 on one line; a web header naming two authors; `?`
// where a lossy conversion lost the spaces of an indent; a photo caption's
// credit in traditional characters; 摄影报道 standing alone; a column tag
// glued before a title that has a —— subtitle under it; a repost's source
// line with its editor.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "corpus/byline.h"
#include "corpus/furniture.h"
#include "corpus/leads.h"
#include "sample_util.h"

namespace kanbao::corpus {
namespace {

using Parsed = testing_util::ParsedFixture;
using testing_util::parse_fixture;
using Names = std::vector<std::string>;

Names reporters_of(const char* line) {
  auto b = parse_byline(line);
  return b ? b->reporters : Names{"(none)"};
}

// "王海燕 文 赵立群 摄" under a photo's caption: the writer, then the
// photographer, both credited.
TEST(CreditForms, WriterThenPhotographer) {
  const Parsed p = parse_fixture("photo_writer_credit.txt");
  ASSERT_EQ(p.articles.size(), 1u);
  EXPECT_EQ(p.articles[0].title, "社区图书角迎来小读者");
  EXPECT_EQ(p.articles[0].reporters, (Names{"王海燕", "赵立群"}));
  EXPECT_TRUE(p.articles[0].photo_credit);
  EXPECT_EQ(reporters_of("记者 王海燕 文 赵立群 摄"), (Names{"王海燕", "赵立群"}));
  // 文 names the writer only after a name: alone, or before one, it is no credit.
  EXPECT_EQ(reporters_of("文 赵立群 摄"), (Names{"(none)"}));
  EXPECT_EQ(reporters_of("王海燕 文"), (Names{"(none)"}));
}

// A site's header line opening the page: 作者 with two names in one field
// (X,Y), 文章来源 and an empty counter beside it. The authors are the byline.
TEST(CreditForms, WebHeaderWithTwoAuthorsInOneField) {
  const Parsed p = parse_fixture("web_header_authors.txt");
  ASSERT_EQ(p.articles.size(), 1u);
  EXPECT_EQ(p.articles[0].reporters, (Names{"周文涛", "林晓燕"}));
  ASSERT_TRUE(p.articles[0].date);
  EXPECT_EQ(p.articles[0].date->str(), "2023-06-20");
  EXPECT_EQ(reporters_of("作者:王刚、李娜  来源:中原日报"), (Names{"王刚", "李娜"}));
  EXPECT_EQ(reporters_of("作者：王刚 新闻来源：中原日报"), (Names{"王刚"}));
  // A field too long for a list of names is no author's: this is no header.
  EXPECT_EQ(reporters_of("作者:王刚说这是好事 来源:中原日报"), (Names{"(none)"}));
}

// "????本报讯 昨日上午，…": the indent's spaces came through as `?`. The
// line is a lead all the same, dated by its 昨日, and the paragraphs keep
// no `?`.
TEST(CreditForms, LostIndentIsNoText) {
  const Parsed p = parse_fixture("lost_spaces.txt");
  ASSERT_EQ(p.articles.size(), 1u);
  const Article& a = p.articles[0];
  EXPECT_EQ(a.title, "旧货市集周末开张");
  ASSERT_TRUE(a.date);
  EXPECT_EQ(a.date->str(), "2023-06-20");
  EXPECT_EQ(a.reporters, Names{"周敏"});
  ASSERT_EQ(a.paragraphs.size(), 2u);
  EXPECT_EQ(a.paragraphs[0].substr(0, 9), "本报讯");
}

// A photo's caption above the story, closed by its credit in traditional
// characters ("… 林志華 攝"): a caption, so the story under it is the same
// article, credited to the photographer and dated by the caption.
TEST(CreditForms, TraditionalCaptionCredit) {
  const Parsed p = parse_fixture("caption_traditional.txt");
  ASSERT_EQ(p.articles.size(), 1u);
  const Article& a = p.articles[0];
  EXPECT_EQ(a.reporters, Names{"林志華"});
  EXPECT_FALSE(a.photo_credit);  // a photo's credit alone: no 文/图
  ASSERT_TRUE(a.date);
  EXPECT_EQ(a.date->str(), "2023-06-19");
  EXPECT_EQ(a.paragraphs.size(), 3u);
  // Names stay as printed, wherever the byline stands.
  const auto lead = match_lead("本報訊（記者 林志華）昨天，社區舉辦義診。");
  ASSERT_TRUE(lead && lead->byline);
  EXPECT_EQ(lead->byline->reporters, Names{"林志華"});
  EXPECT_EQ(reporters_of("記者 林志華 攝"), Names{"林志華"});
}

// A photo story closed by "记者 X 通讯员 Y 摄影报道": 摄影报道 standing
// alone is the credit (not the role 摄影 and 报道).
TEST(CreditForms, PhotoReportCreditAlone) {
  const Parsed p = parse_fixture("repost_editor_note.txt");
  ASSERT_EQ(p.articles.size(), 1u);
  const Article& a = p.articles[0];
  EXPECT_EQ(a.reporters, Names{"周文涛"});
  EXPECT_EQ(a.correspondents, Names{"林晓燕"});
  EXPECT_EQ(a.byline, "记者 周文涛 通讯员 林晓燕 摄影报道");
  EXPECT_TRUE(a.photo_credit);
  EXPECT_EQ(reporters_of("记者 周文涛 摄影报道"), Names{"周文涛"});
  EXPECT_EQ(reporters_of("周文涛 摄影报道"), Names{"周文涛"});
}

// "【乡村振兴 一线见闻】石头沟" over "—— 一个山村的搬迁与新生": the line
// with the dash is the subtitle, so the line above it is the title, its
// column tag the kicker.
TEST(CreditForms, ColumnTagGluedToATitleOverADashedSubtitle) {
  const Parsed p = parse_fixture("column_tag_title.txt");
  ASSERT_EQ(p.articles.size(), 1u);
  const Article& a = p.articles[0];
  EXPECT_EQ(a.kicker, "【乡村振兴 一线见闻】");
  EXPECT_EQ(a.title, "石头沟");
  EXPECT_EQ(a.subtitle.substr(0, a.subtitle.find('\n')), "—— 一个山村的搬迁与新生");
  EXPECT_EQ(a.paragraphs.size(), 2u);
}

// The repost's source line closing the story, its editor noted after it in
// brackets: page furniture, not a paragraph left after the byline.
TEST(CreditForms, SourceLineWithItsEditorIsFurniture) {
  const Parsed p = parse_fixture("repost_editor_note.txt");
  ASSERT_EQ(p.articles.size(), 1u);
  EXPECT_EQ(p.articles[0].paragraphs.size(), 1u);
  EXPECT_EQ(p.articles[0].last_line, 2);
  EXPECT_TRUE(p.warnings.empty());
  ASSERT_EQ(p.furniture.size(), 1u);
  EXPECT_EQ(p.furniture[0].text, "(来源:中原晚报) [编辑: 李娜]");
  EXPECT_FALSE(is_source_line("(来源:中原晚报) [编辑部的话]"));
  EXPECT_FALSE(is_source_line("(来源:中原晚报) [市民说]"));
}

}  // namespace
}  // namespace kanbao::corpus
