// SPDX-License-Identifier: MIT
// Error messages that quote the query stay valid UTF-8 however long the query.
#include <gtest/gtest.h>
#include <unicode/ustring.h>

#include <string>

#include "store/query.h"

namespace kanbao::store {
namespace {

// Strict UTF-8, as ICU checks it.
bool valid_utf8(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  int32_t length = 0;
  u_strFromUTF8(nullptr, 0, &length, s.data(), static_cast<int32_t>(s.size()), &status);
  return status == U_BUFFER_OVERFLOW_ERROR || status == U_STRING_NOT_TERMINATED_WARNING || U_SUCCESS(status);
}

// A long query of punctuation only quotes at most 200 bytes of it, cut at a
// character boundary (it once cut a three-byte "。" in half).
TEST(QueryMessage, LongPunctuationQueryIsQuotedWholeCharactersOnly) {
  for (const std::string unit : {"。", "，", "—", "、"}) {
    std::string text;
    while (text.size() < 600) text += unit;
    for (std::size_t offset = 0; offset < 4; ++offset) {
      const std::string q = std::string(offset, '.') + text;
      auto parsed = query::parse(q);
      ASSERT_FALSE(parsed.ok()) << q;
      const std::string message = parsed.error().message();
      EXPECT_TRUE(valid_utf8(message)) << "offset " << offset << ": " << message;
      EXPECT_NE(message.find("nothing to search for"), std::string::npos) << message;
      EXPECT_LT(message.size(), 300u);
    }
  }
}

// Tester report, session 30: `OR` alone was "the search query is empty".
// An operator with no word on a side joins nothing: a usage error naming
// the query and the operator; beside a word it is still dropped (a query
// being typed).
TEST(QueryMessage, AnOperatorAloneHasNothingToJoin) {
  for (const std::string q : {"OR", "OR OR", "ＯＲ", "AND"}) {
    auto parsed = query::parse(q);
    ASSERT_FALSE(parsed.ok()) << q;
    EXPECT_EQ(parsed.error().kind(), ErrorKind::kUsage) << q;
    const std::string op = q.substr(0, q.find(' '));
    std::string expected = "\"" + q;
    expected += "\": " + op;
    expected += " has nothing to join; put it between two words, as in 长江 " + op;
    expected += " 黄河";
    EXPECT_EQ(parsed.error().message(), expected);
  }
  EXPECT_TRUE(query::parse("长江 OR").ok());
  EXPECT_TRUE(query::parse("OR 长江").ok());
}

}  // namespace
}  // namespace kanbao::store
