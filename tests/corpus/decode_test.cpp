// SPDX-License-Identifier: MIT
#include "corpus/decode.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace kanbao::corpus {
namespace {

using namespace std::string_literals;

TEST(Decode, EmptyInputIsEmptyText) {
  auto d = decode("");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->text, "");
  EXPECT_EQ(d->encoding, "UTF-8");
  EXPECT_EQ(d->replaced, 0);
  auto bom_only = decode("\xEF\xBB\xBF");
  ASSERT_TRUE(bom_only.ok());
  EXPECT_EQ(bom_only->text, "");
  EXPECT_EQ(bom_only->encoding, "UTF-8 (BOM)");
}

TEST(Decode, PlainUtf8PassesThrough) {
  auto d = decode("本报讯 6月20日上午,会议召开。\n");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->text, "本报讯 6月20日上午,会议召开。\n");
  EXPECT_EQ(d->encoding, "UTF-8");
}

TEST(Decode, InvalidUtf8IsReplacedAndCounted) {
  auto d = decode("本报讯 会议\xFF召开,全区\xC3\x28干部参加。记者 张三\n");
  ASSERT_TRUE(d.ok()) << d.error().message();
  EXPECT_EQ(d->encoding, "UTF-8");
  EXPECT_EQ(d->replaced, 2);
  EXPECT_EQ(d->text, "本报讯 会议\uFFFD召开,全区\uFFFD(干部参加。记者 张三\n");
}

TEST(Decode, InvalidBytesAfterBomAreReplaced) {
  auto d = decode("\xEF\xBB\xBF标题\xE4\xBD\n");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->encoding, "UTF-8 (BOM)");
  EXPECT_EQ(d->replaced, 1);
  EXPECT_EQ(d->text, "标题\uFFFD\n");
}

TEST(Decode, BinaryDataIsRejected) {
  const std::string png = "\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\x01\0"s;
  auto d = decode(png);
  ASSERT_FALSE(d.ok());
  EXPECT_NE(d.error().message().find("not a text file"), std::string::npos);
  // Control characters without NULs.
  EXPECT_FALSE(decode("\x01\x02\x03\x04\x05\x06\x07\x08\x0E\x0F\x10\x11 abc").ok());
}

TEST(Decode, MostlyUndecodableIsRejected) {
  // 0xFF and a lone 0x80 are invalid in UTF-8 and in GB18030.
  std::string junk = "abc";
  for (int i = 0; i < 64; ++i) junk += "\xFF\x80";
  auto d = decode(junk);
  EXPECT_FALSE(d.ok());
}

TEST(Decode, Utf16WithBom) {
  // "标题\n" in UTF-16LE and BE.
  auto le = decode("\xFF\xFE\x07\x68\x98\x98\x0A\x00"s);
  ASSERT_TRUE(le.ok());
  EXPECT_EQ(le->encoding, "UTF-16LE");
  EXPECT_EQ(le->text, "标题\n");
  auto be = decode("\xFE\xFF\x68\x07\x98\x98\x00\x0A"s);
  ASSERT_TRUE(be.ok());
  EXPECT_EQ(be->encoding, "UTF-16BE");
  EXPECT_EQ(be->text, "标题\n");
  // A truncated code unit and a lone surrogate are replaced.
  auto bad = decode("\xFF\xFE\x07\x68\x00\xD8\x41\x00\x42"s);
  ASSERT_TRUE(bad.ok());
  EXPECT_EQ(bad->replaced, 2);
  EXPECT_EQ(bad->text, "标\uFFFDA\uFFFD");
}

// `text` as UTF-16 bytes without a byte-order mark.
std::string utf16_bytes(std::u16string_view text, bool little) {
  std::string out;
  for (const char16_t u : text) {
    const char lo = static_cast<char>(u & 0xFF), hi = static_cast<char>(u >> 8);
    out += little ? lo : hi;
    out += little ? hi : lo;
  }
  return out;
}

// What `iconv -t utf-16le` writes: no byte-order mark.
TEST(Decode, Utf16WithoutBom) {
  const std::u16string page =
      u"本报讯（记者 张三）6月20日上午，管城区召开会议。\n“会议”—— 全区干部参加 ABC 123。\r\n";
  const std::string expected =
      "本报讯（记者 张三）6月20日上午，管城区召开会议。\n“会议”—— 全区干部参加 ABC 123。\n";
  for (const bool little : {true, false}) {
    auto d = decode(utf16_bytes(page, little));
    ASSERT_TRUE(d.ok()) << little << " " << d.error().message();
    EXPECT_EQ(d->encoding, little ? "UTF-16LE" : "UTF-16BE");
    EXPECT_EQ(d->text, expected);
    EXPECT_EQ(d->replaced, 0);
    // ASCII alone: every other byte NUL.
    auto ascii = decode(utf16_bytes(u"Page 1\nZhengzhou Daily\n", little));
    ASSERT_TRUE(ascii.ok()) << little;
    EXPECT_EQ(ascii->encoding, little ? "UTF-16LE" : "UTF-16BE");
    EXPECT_EQ(ascii->text, "Page 1\nZhengzhou Daily\n");
  }
  // An unpaired surrogate or a NUL unit: not text.
  EXPECT_FALSE(decode(utf16_bytes(u"标题\xD800标题\n", true)).ok());
  EXPECT_FALSE(decode(utf16_bytes(std::u16string(u"标题\n") + char16_t{0} + u"标题", true)).ok());
}

TEST(Decode, RandomBytesWithNulsAreNotUtf16) {
  std::uint32_t state = 12345;
  for (int file = 0; file < 50; ++file) {
    std::string bytes;
    for (int i = 0; i < 512; ++i) {
      state = state * 1664525u + 1013904223u;
      bytes += static_cast<char>(state >> 24);
    }
    bytes[100] = '\0';  // decode() looks for UTF-16 only when a NUL is there
    EXPECT_FALSE(decode(bytes).ok()) << file;
  }
}

TEST(Decode, Gb18030WithoutBom) {
  // "本报讯 管城回族区召开会议。\n" in GBK.
  const std::string gbk =
      "\xB1\xBE\xB1\xA8\xD1\xB6 \xB9\xDC\xB3\xC7\xBB\xD8\xD7\xE5\xC7\xF8\xD5\xD9\xBF\xAA"
      "\xBB\xE1\xD2\xE9\xA1\xA3\n";
  auto d = decode(gbk);
  ASSERT_TRUE(d.ok()) << d.error().message();
  EXPECT_EQ(d->encoding, "GB18030");
  EXPECT_EQ(d->replaced, 0);
  EXPECT_EQ(d->text, "本报讯 管城回族区召开会议。\n");
}

TEST(Decode, LineEndingsBecomeLf) {
  auto d = decode("a\r\nb\rc\n\r\nd\r");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->text, "a\nb\nc\n\nd\n");
}

// Pages saved from web archives keep the HTML line breaks of the article.
TEST(Decode, HtmlLineBreaksBecomeLf) {
  auto d = decode("第6版(国际)<br/>专栏:<br/><br/>  标题<br />正文<BR>结尾<brx>");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->text, "第6版(国际)\n专栏:\n\n  标题\n正文\n结尾<brx>");
}

TEST(Decode, TextIsNfc) {
  auto d = decode("Cafe\xCC\x81 \xEF\xA4\x80");  // e + combining acute, U+F900 (a compatibility ideograph)
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->text, "Caf\xC3\xA9 \xE8\xB1\x88");  // é, U+8C48
}

}  // namespace
}  // namespace kanbao::corpus
