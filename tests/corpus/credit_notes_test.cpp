// SPDX-License-Identifier: MIT
// Notes in brackets closing a piece that read like a credit (session 27,
// measured on five months of 人民日报): a column's name alone in brackets
// ("（画间语）") credits nobody, "（文 某整理）" credits the one who wrote
// the text up, not a name made of 文 and theirs, and 执笔, 采写, 编译 credit
// their writers as 整理 does. Fixtures of our own text.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "corpus/byline.h"
#include "page_text.h"

namespace kanbao::corpus {
namespace {

using Names = std::vector<std::string>;
using testing_util::kIndent;
using testing_util::split_page_text;

Names reporters_of(const char* line) {
  auto b = parse_byline(line);
  return b ? b->reporters : Names{"(none)"};
}

// A column's name, or a numbered item's, alone in brackets names nobody;
// bare names in brackets still credit their reporters, pen-names and rare
// surnames among them.
TEST(CreditNotes, ColumnNameInBracketsNamesNobody) {
  EXPECT_EQ(reporters_of("（画间语）"), (Names{"(none)"}));
  EXPECT_EQ(reporters_of("（艺中谈）"), (Names{"(none)"}));
  EXPECT_EQ(reporters_of("（第二号）"), (Names{"(none)"}));
  EXPECT_EQ(reporters_of("（今日谈）"), (Names{"(none)"}));
  EXPECT_EQ(reporters_of("（许明远）"), (Names{"许明远"}));
  EXPECT_EQ(reporters_of("（亢立平）"), (Names{"亢立平"}));  // a rare surname
  EXPECT_EQ(reporters_of("（梅 语）"), (Names{"梅语"}));     // a pen-name, printed spaced
  EXPECT_EQ(reporters_of("（荷\u00a0\u00a0砚）"), (Names{"荷砚"}));
}

// On a page: the column's name closing a short commentary stays its text.
TEST(CreditNotes, ColumnNameClosingAPieceIsText) {
  const std::string page = "新春画展里的山水\n" + kIndent +
                           "年初的几场画展，山水画占了大半，观众在画前久久驻足。\n" + kIndent +
                           "画家们说，山水里有他们对家乡的记忆。\n" + kIndent + "（画间语）\n";
  const auto articles = split_page_text(page);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].title, "新春画展里的山水");
  EXPECT_TRUE(articles[0].reporters.empty());
  ASSERT_FALSE(articles[0].paragraphs.empty());
  EXPECT_EQ(articles[0].paragraphs.back(), "（画间语）");
}

// "（文 某整理）": 文 is the text, written up by the one named after it, a
// pen-name of one character too. A padded name after its role stays one name.
TEST(CreditNotes, TextWrittenUpNamesTheWriter) {
  EXPECT_EQ(reporters_of("（文 语整理）"), (Names{"语"}));
  EXPECT_EQ(reporters_of("（文\u00a0青整理）"), (Names{"青"}));
  EXPECT_EQ(reporters_of("（文 王立新整理）"), (Names{"王立新"}));
  EXPECT_EQ(reporters_of("（文 王立新采访整理）"), (Names{"王立新"}));
  EXPECT_EQ(reporters_of("（王立新整理）"), (Names{"王立新"}));
  EXPECT_EQ(reporters_of("（本报记者 张 文整理）"), (Names{"张文"}));
  EXPECT_EQ(reporters_of("（茂  林整理）"), (Names{"茂林"}));
  EXPECT_EQ(reporters_of("龙  巍摄"), (Names{"龙巍"}));
  // 文 before a name with no credit after it is no byline.
  EXPECT_EQ(reporters_of("文 赵立群 摄"), (Names{"(none)"}));

  const std::string page = "关于社区养老的几点建议\n" + kIndent +
                           "委员们建议，增加社区养老服务点，培养专业护理人员。\n" + kIndent +
                           "（文 语整理）\n";
  const auto articles = split_page_text(page);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].reporters, (Names{"语"}));
}

// The writers of a commentary or a compiled piece, in brackets at its end:
// 执笔 with a colon before their names, 采写 and 编译 (wrote, translated)
// after them, as 整理 stands.
TEST(CreditNotes, WritersCreditedByTheirWork) {
  EXPECT_EQ(reporters_of("（执笔：王立新）"), (Names{"王立新"}));
  EXPECT_EQ(reporters_of("（执笔：李  明  赵立群）"), (Names{"李明", "赵立群"}));
  EXPECT_EQ(reporters_of("（本报记者王立新、李  明采写）"), (Names{"王立新", "李明"}));
  EXPECT_EQ(reporters_of("（本报记者赵立群编译）"), (Names{"赵立群"}));
  EXPECT_EQ(reporters_of("（王立新、赵立群参与采写）"), (Names{"王立新", "赵立群"}));
  auto b = parse_byline("（执笔：王立新）");
  ASSERT_TRUE(b);
  EXPECT_FALSE(b->photo_credit);
  b = parse_byline("（本报记者赵立群编译）");
  ASSERT_TRUE(b);
  EXPECT_FALSE(b->photo_credit);
  // A round-up compiled from the named reporters' files.
  EXPECT_EQ(reporters_of("（综合王立新、赵立群、李明报道）"), (Names{"王立新", "赵立群", "李明"}));
  EXPECT_EQ(reporters_of("综合治理"), (Names{"(none)"}));
  EXPECT_EQ(reporters_of("综合王立新"), (Names{"(none)"}));
  // A sentence about writing is no credit.
  EXPECT_EQ(reporters_of("执笔：他写了三年"), (Names{"(none)"}));
}

}  // namespace
}  // namespace kanbao::corpus
