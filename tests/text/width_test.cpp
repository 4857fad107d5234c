// SPDX-License-Identifier: MIT
#include "text/width.h"

#include <gtest/gtest.h>

#include <clocale>
#include <cwchar>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "text/utf8.h"

namespace kanbao::text {
namespace {

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    if (decode(s, i) == kInvalid) return false;
  }
  return true;
}

class WidthVsWcwidth : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_NE(std::setlocale(LC_CTYPE, "C.UTF-8"), nullptr) << "C.UTF-8 locale missing";
  }
  void TearDown() override { std::setlocale(LC_CTYPE, "C"); }

  // Compares every printable code point of `s` with wcwidth().
  void check(std::string_view s, const std::string& where) {
    std::size_t i = 0;
    while (i < s.size()) {
      const char32_t c = decode(s, i);
      if (c == kInvalid || c < 0x20 || (c >= 0x7F && c < 0xA0)) continue;
      const int expected = ::wcwidth(static_cast<wchar_t>(c));
      if (expected < 0) continue;  // not printable for libc; sanitized elsewhere
      EXPECT_EQ(display_width(c), expected) << where << ": U+" << std::hex << static_cast<unsigned>(c);
    }
  }
};

TEST_F(WidthVsWcwidth, AgreesOverSampleText) {
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(KANBAO_SAMPLE_DIR)) {
    if (!entry.is_regular_file()) continue;
    check(read_file(entry.path()), entry.path().filename().string());
    ++files;
  }
  EXPECT_GT(files, 0);
}

TEST_F(WidthVsWcwidth, AgreesOnPunctuationAndFullWidthForms) {
  check("“”‘’·—…–　，。、；：？！「」『』（）《》〈〉【】〔〕﹏～＋－０９ＡＺａｚ￥", "punctuation");
  check("87.9万 2023年 ABC abc é ü ñ", "mixed");
}

TEST_F(WidthVsWcwidth, AgreesOverAllCodePoints) {
  // Every assigned, printable code point: one display-width function that
  // disagrees with ncursesw's placement would corrupt the screen.
  int mismatches = 0;
  for (char32_t c = 0xA0; c < 0x110000; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    if (c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
        (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029)
      continue;  // shown as placeholders by design
    const int expected = ::wcwidth(static_cast<wchar_t>(c));
    if (expected < 0) continue;
    if (display_width(c) != expected && ++mismatches < 20) {
      ADD_FAILURE() << "U+" << std::hex << static_cast<unsigned>(c) << " ours " << display_width(c)
                    << " wcwidth " << expected;
    }
  }
  EXPECT_EQ(mismatches, 0);
}

TEST(DisplayWidth, Strings) {
  EXPECT_EQ(display_width(""), 0);
  EXPECT_EQ(display_width("abc"), 3);
  EXPECT_EQ(display_width("看报"), 4);
  EXPECT_EQ(display_width("“看”"), 4);
  EXPECT_EQ(display_width("　　"), 4);
  EXPECT_EQ(display_width("e\xCC\x81"), 1);  // e + combining acute
  EXPECT_EQ(display_width("\xFF\xFE"), 2);   // invalid bytes: one column each
  EXPECT_EQ(display_width("\x1b"), 1);       // placeholder width
}

TEST(Sanitize, ReplacesControlsWithPlaceholders) {
  EXPECT_EQ(sanitize("a\x1b[2Jb"), "a␛[2Jb");
  EXPECT_EQ(sanitize("\x1b]0;pwned\x07"), "␛]0;pwned␇");
  EXPECT_EQ(sanitize("x\by"), "x␈y");
  EXPECT_EQ(sanitize("a\tb"), "a b");
  EXPECT_EQ(sanitize("a\rb\n"), "a␍b␊");
  EXPECT_EQ(sanitize("\x7f"), "␡");
  EXPECT_EQ(sanitize("\xC2\x9B"
                     "31m"),
            "\xEF\xBF\xBD"
            "31m");  // C1 CSI
  EXPECT_EQ(sanitize("\xE2\x80\xAE"
                     "abc"),
            "\xEF\xBF\xBD"
            "abc");  // RLO
  EXPECT_EQ(sanitize("看报 “新闻”"), "看报 “新闻”");
}

TEST(Sanitize, InvalidUtf8BecomesReplacementPerByte) {
  EXPECT_EQ(sanitize("a\xFF"
                     "b"),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(sanitize("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");                  // overlong '/'
  EXPECT_EQ(sanitize("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
  EXPECT_EQ(sanitize("\xE7\x9C"), "\xEF\xBF\xBD\xEF\xBF\xBD");                  // truncated 看
}

TEST(Sanitize, OutputIsValidAndControlFreeForEveryByte) {
  std::string all;
  for (int b = 0; b < 256; ++b) all += static_cast<char>(b);
  all += "\x1b]52;c;ZXZpbA==\x07\x9b\x9d";
  const std::string out = sanitize(all);
  EXPECT_TRUE(valid_utf8(out));
  for (const char ch : out) {
    const auto b = static_cast<unsigned char>(ch);
    EXPECT_FALSE(b < 0x20 || b == 0x7F) << "byte " << static_cast<int>(b);
  }
  std::size_t i = 0;
  while (i < out.size()) {
    const char32_t c = decode(out, i);
    EXPECT_FALSE(c >= 0x80 && c < 0xA0) << "C1 control survived";
  }
  EXPECT_EQ(display_width(out), display_width(all));  // placeholders keep widths
}

TEST(Truncate, EllipsisAndDoubleWidthEdge) {
  EXPECT_EQ(truncate("看报看报", 8), "看报看报");
  EXPECT_EQ(truncate("看报看报", 7), "看报看…");
  EXPECT_EQ(truncate("看报看报", 6), "看报…");  // 看报看 + … would be 7
  EXPECT_EQ(truncate("ab看报", 4), "ab…");
  EXPECT_EQ(truncate("abcdef", 3), "ab…");
  EXPECT_EQ(truncate("看报", 1), "…");
  EXPECT_EQ(truncate("看报", 0), "");
  EXPECT_EQ(truncate("看报", -3), "");
  for (int w = 0; w < 20; ++w) {
    EXPECT_LE(display_width(truncate("郑州市管城回族区“五星”支部87.9万", w)), w);
  }
}

TEST(Fit, PadsAndReplacesStraddlingWideCharacter) {
  EXPECT_EQ(fit("看报", 5), "看报 ");
  EXPECT_EQ(fit("看报", 3), "看 ");
  EXPECT_EQ(fit("abc", 2), "ab");
  EXPECT_EQ(fit("", 2), "  ");
  EXPECT_EQ(fit("看", 1), " ");
  for (int w = 0; w < 20; ++w) EXPECT_EQ(display_width(fit("郑州 “管城”区 ab", w)), w);
}

// `ambiguous_width = 2`: the one width function counts East Asian Ambiguous
// characters two wide, and truncate/fit (built on it) never overflow.
TEST(AmbiguousWidth, TwoColumnsWhenSetAndTruncateAndFitFollow) {
  EXPECT_EQ(display_width(U'“'), 1);
  set_ambiguous_width(2);
  EXPECT_EQ(ambiguous_width(), 2);
  EXPECT_EQ(display_width(U'“'), 2);
  EXPECT_EQ(display_width(U'·'), 2);
  EXPECT_EQ(display_width(U'…'), 2);
  EXPECT_EQ(display_width(U'a'), 1);
  EXPECT_EQ(display_width(U'看'), 2);
  EXPECT_EQ(display_width("“五星”支部"), 12);
  EXPECT_EQ(truncate("“五星”支部", 7), "“五…");
  for (int w = 0; w < 20; ++w) {
    EXPECT_LE(display_width(truncate("郑州市管城回族区“五星”支部·87.9万", w)), w);
    EXPECT_EQ(display_width(fit("郑州 “管城”区 ab", w)), w);
  }
  set_ambiguous_width(7);  // not a width: back to one column
  EXPECT_EQ(display_width(U'“'), 1);
  set_ambiguous_width(1);
}

}  // namespace
}  // namespace kanbao::text
