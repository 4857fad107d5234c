// SPDX-License-Identifier: MIT
// An official document printed whole under a story (session 27, 人民日报
// 2020-02): its title, long as a body line (the issuer and "关于…的通知"),
// stands flush left over its addressees ("各省、自治区…："), also flush left,
// and its indented text. The title was read as a body line the layout cut
// and the document glued to the story above. A fixture of our own text.
#include <gtest/gtest.h>

#include <string>

#include "page_text.h"

namespace kanbao::corpus {
namespace {

using testing_util::kIndent;
using testing_util::split_page_text;

const std::string kTitle = "临江市防汛抗旱指挥部关于进一步做好汛期城市内涝防范和群众转移安置工作的通知";

TEST(AddressedDocument, TitleOverAddresseesOpensTheDocument) {
  const std::string page = "全市排查易涝点一百余处\n" + kIndent +
                           "本报讯 入汛以来，全市排查易涝点一百余处，已整改过半。\n" + kIndent +
                           "市防汛办表示，将继续督促各区落实整改责任。\n\n" + kTitle + "\n" +
                           "各区县人民政府，市政府各部门、各直属机构：\n" + kIndent +
                           "为切实做好汛期城市内涝防范工作，现就有关事项通知如下。\n" + kIndent +
                           "一、加强易涝点巡查\n" + kIndent + "各区要落实巡查责任，发现险情及时处置。\n" +
                           kIndent + "临江市防汛抗旱指挥部\n" + kIndent + "2025年6月10日\n";
  const auto articles = split_page_text(page);
  ASSERT_EQ(articles.size(), 2u);
  EXPECT_EQ(articles[0].title, "全市排查易涝点一百余处");
  EXPECT_EQ(articles[1].title, kTitle);
  ASSERT_FALSE(articles[1].paragraphs.empty());
  EXPECT_EQ(articles[1].paragraphs.front(), "各区县人民政府，市政府各部门、各直属机构：");
}

// A long flush-left line over a flush-left line that is no list of
// addressees is still the text the layout cut.
TEST(AddressedDocument, LongLineOverTextStaysText) {
  const std::string page = "全市排查易涝点一百余处\n" + kIndent +
                           "本报讯 入汛以来，全市排查易涝点一百余处，已整改过半。\n\n" +
                           "市防汛办表示将继续督促各区落实整改责任并对重点区域开展拉网式排查和整治工作\n" +
                           "确保汛期群众生命财产安全。\n" + kIndent + "记者 王立新\n";
  const auto articles = split_page_text(page);
  ASSERT_EQ(articles.size(), 1u);
  EXPECT_EQ(articles[0].title, "全市排查易涝点一百余处");
}

}  // namespace
}  // namespace kanbao::corpus
