// SPDX-License-Identifier: MIT
#include "text/markdown.h"

#include <gtest/gtest.h>

namespace kanbao::text {
namespace {

TEST(MarkdownEscape, SpecialCharactersReadAsThemselves) {
  EXPECT_EQ(markdown_escape("*重要*通知_2023_[图]<注>#1|表`码`\\"),
            "\\*重要\\*通知\\_2023\\_\\[图\\]\\<注\\>\\#1\\|表\\`码\\`\\\\");
  EXPECT_EQ(markdown_escape("长江大桥通车"), "长江大桥通车");
}

// A paragraph that starts like a list item stays a paragraph.
TEST(MarkdownEscape, ALineStartThatWouldOpenAListIsEscaped) {
  EXPECT_EQ(markdown_escape("- 第一条"), "\\- 第一条");
  EXPECT_EQ(markdown_escape("+ 补充"), "\\+ 补充");
  EXPECT_EQ(markdown_escape("2023. 回顾"), "2023\\. 回顾");
  EXPECT_EQ(markdown_escape("1.5亿元"), "1\\.5亿元");
  // Only the start of the text can open a list.
  EXPECT_EQ(markdown_escape("增长1.5%-2%"), "增长1.5%-2%");
  EXPECT_EQ(markdown_escape("2023年"), "2023年");
}

TEST(MarkdownEscape, ControlCharactersAreShownNotPassedOn) {
  const std::string out = markdown_escape("标题\x1b[31m红\n下一行");
  EXPECT_EQ(out.find('\x1b'), std::string::npos) << out;
  EXPECT_EQ(out.find('\n'), std::string::npos) << out;
  EXPECT_NE(out.find("标题"), std::string::npos);
  EXPECT_NE(out.find("下一行"), std::string::npos);
}

TEST(MarkdownArticle, EveryPartInItsPlaceAndEscaped) {
  MarkdownArticle a;
  a.kicker = "引题*";
  a.title = "# 标题";
  a.subtitle = {"副题一", "副题二"};
  a.meta = "管城回族区 · 2023-06-20";
  a.paragraphs = {"第一段。", "- 第二段。"};
  a.byline = "（记者 王_明）";
  a.footer = "<!-- kept as given -->";
  EXPECT_EQ(markdown_article(a),
            "### 引题\\*\n\n# \\# 标题\n\n## 副题一\n\n## 副题二\n\n*管城回族区 · 2023-06-20*\n\n"
            "第一段。\n\n\\- 第二段。\n\n（记者 王\\_明）\n\n<!-- kept as given -->\n");
}

TEST(MarkdownArticle, APhotoItemSaysItHasNoBody) {
  MarkdownArticle a;
  a.title = "春色";
  a.no_body = "图片新闻（档案中无正文）";
  EXPECT_EQ(markdown_article(a), "# 春色\n\n*图片新闻（档案中无正文）*\n");
  a.paragraphs = {"正文。"};
  EXPECT_EQ(markdown_article(a).find("图片新闻"), std::string::npos);
}

}  // namespace
}  // namespace kanbao::text
