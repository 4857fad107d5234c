// SPDX-License-Identifier: MIT
// An e-paper item whose first line is a photo's mark alone (▲) over the
// item's name, with no heading the parser recognises: the title is the
// name under the mark, not the mark (issue 11). Text of our own.
#include <gtest/gtest.h>

#include "corpus/parse.h"

namespace kanbao::corpus {
namespace {

TEST(PhotoMarkTitle, APhotosMarkAloneIsNoTitle) {
  PageContext context;
  context.path = "/srv/某某晚报/2023-06-21/A01-09.txt";
  const Page page = parse_page(
      "▲\n"
      "临河市区天气预报\n"
      "\n"
      "2023-06-21\n"
      "\n"
      "▲\n"
      "\n"
      "今天多云，东南风3级，最高气温31℃；明天阴有阵雨，气温24~29℃。\n",
      context);
  ASSERT_EQ(page.articles.size(), 1U);
  EXPECT_EQ(page.articles.front().title, "临河市区天气预报");
}

}  // namespace
}  // namespace kanbao::corpus
