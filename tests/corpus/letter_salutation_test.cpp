// SPDX-License-Identifier: MIT
// A letter printed under its column's opening note: the salutation stands
// flush left straight over the letter's indented text, set apart from the
// note by a blank line. It is the letter's first line, not the heading of
// another article (issue 11). (A kicker closed by its colon over a title,
// "某部、某局要求：", still heads its article: joined_bodies_kicker_test.)
// Text of our own.
#include <gtest/gtest.h>

#include <string>

#include "corpus/parse.h"

namespace kanbao::corpus {
namespace {

Page parse_file(const std::string& text) {
  PageContext context;
  context.path = "/srv/某某日报/2023-06-21/20230621-03-04.txt";
  return parse_page(text, context);
}

TEST(LetterSalutation, ASalutationOverTheLettersTextOpensNoArticle) {
  const Page page = parse_file(
      "\n"
      "愿家乡的山水越来越美（写给家乡的信）\n"
      "\n"
      "\u3000\u3000开栏的话\n"
      "\u3000\u3000端午将至，在外工作的游子们提笔给家乡写信，讲述自己的牵挂。本版今起刊发其中的几封。\n"
      "\u3000\u3000\n"
      "亲爱的家乡：\n"
      "\u3000\u3000端午将至，我又想起了村口那棵老槐树。离家十年，您的模样常在我梦里。\n"
      "\u3000\u3000去年回乡，看到新修的公路通到了家门口，我由衷地为您高兴。\n");
  ASSERT_EQ(page.articles.size(), 1U);
  const Article& a = page.articles.front();
  EXPECT_EQ(a.title, "愿家乡的山水越来越美（写给家乡的信）");
  bool holds_salutation = false;
  for (const std::string& p : a.paragraphs) holds_salutation = holds_salutation || p == "亲爱的家乡：";
  EXPECT_TRUE(holds_salutation);
}

}  // namespace
}  // namespace kanbao::corpus
