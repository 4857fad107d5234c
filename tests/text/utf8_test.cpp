// SPDX-License-Identifier: MIT
// The one UTF-8 codec (text/utf8.h): forwards, backwards, and boundaries,
// on valid text and on every kind of broken byte.
#include "text/utf8.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kanbao::text {
namespace {

std::vector<char32_t> forwards(std::string_view s) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < s.size();) out.push_back(decode(s, i));
  return out;
}

std::vector<char32_t> backwards(std::string_view s) {
  std::vector<char32_t> out;
  for (std::size_t end = s.size(); end > 0;) out.insert(out.begin(), decode_before(s, end));
  return out;
}

TEST(Utf8, BackwardsVisitsWhatForwardsVisits) {
  const std::vector<std::string> texts = {
      "保交楼 ok", "a\xE4\xBF\x9D", "\xE4\xBF",         "\x80\x80\x80\x80", "\xF0\x9F\x98\x80x",
      "\xC0\xAF",  "\xED\xA0\x80",  "\xF4\x90\x80\x80", "\xEF\xBF\xBD",     "x\xE4\xBF\x9D\xBF",
  };
  for (const auto& t : texts) {
    ASSERT_FALSE(forwards(t).empty());
    EXPECT_EQ(backwards(t), forwards(t)) << t;
  }
  EXPECT_EQ(forwards("\xE4\xBF"), (std::vector<char32_t>{kInvalid, kInvalid}));
  EXPECT_EQ(forwards("\xEF\xBF\xBD"), (std::vector<char32_t>{0xFFFD})) << "a real U+FFFD is a character";
}

// decode() and decode_before() read ASCII and 3-byte sequences inline and
// hand the rest to decode_any(): on every 3-byte pattern with a 3-byte lead,
// valid or not, and in every context (alone, before ASCII, after ASCII),
// both must read exactly what the general path reads.
TEST(Utf8, TheInlinePathsReadWhatTheGeneralPathReads) {
  for (unsigned b0 = 0xE0; b0 <= 0xEF; ++b0) {
    for (unsigned b1 = 0; b1 < 256; ++b1) {
      for (unsigned b2 = 0; b2 < 256; ++b2) {
        const std::string bytes{static_cast<char>(b0), static_cast<char>(b1), static_cast<char>(b2)};
        for (const std::string& s : {bytes, bytes + "a", "a" + bytes}) {
          std::size_t fast = 0;
          std::size_t slow = 0;
          ASSERT_EQ(decode(s, fast), decode_any(s, slow)) << b0 << ' ' << b1 << ' ' << b2;
          ASSERT_EQ(fast, slow);
          std::size_t fast_end = s.size();
          std::size_t slow_end = s.size();
          ASSERT_EQ(decode_before(s, fast_end), decode_any_before(s, slow_end))
              << b0 << ' ' << b1 << ' ' << b2;
          ASSERT_EQ(fast_end, slow_end);
        }
      }
    }
  }
}

TEST(Utf8, ABoundaryIsNeverInsideACharacter) {
  const std::string s = "a保交";  // 1 + 3 + 3 bytes
  const std::vector<std::size_t> expected = {0, 1, 1, 1, 4, 4, 4, 7};
  for (std::size_t pos = 0; pos <= s.size(); ++pos)
    EXPECT_EQ(boundary_at_or_before(s, pos), expected[pos]) << pos;
  EXPECT_EQ(boundary_at_or_before("\x80\x80\x80\x80\x80", 5), 5u) << "the end is a boundary";
  EXPECT_EQ(boundary_at_or_before("\x80\x80\x80\x80\x80", 4), 1u) << "at most three steps back";
}

TEST(Utf8, AppendEncodesWhatDecodeReads) {
  for (char32_t c : {U'a', U'\u00E9', U'保', U'\U0001F600'}) {
    std::string s;
    append_utf8(s, c);
    std::size_t i = 0;
    EXPECT_EQ(decode(s, i), c);
    EXPECT_EQ(i, s.size());
  }
}

}  // namespace
}  // namespace kanbao::text
