// SPDX-License-Identifier: MIT
#include "text/wrap.h"

#include <gtest/gtest.h>

#include <string>

#include "text/utf8.h"
#include "text/width.h"

namespace kanbao::text {
namespace {

std::vector<std::string> lines_of(const std::string& text, int width, int indent = 0) {
  Wrapper w;
  std::vector<std::string> out;
  for (const auto& l : w.wrap(text, width, indent)) out.push_back(text.substr(l.begin, l.end - l.begin));
  return out;
}

char32_t first_char(const std::string& s) {
  std::size_t i = 0;
  return text::decode(s, i);
}

char32_t last_char(const std::string& s) {
  std::size_t i = s.size();
  while (i > 0 && (static_cast<unsigned char>(s[i - 1]) & 0xC0) == 0x80) --i;
  if (i > 0) --i;
  return text::decode(s, i);
}

std::string strip_spaces(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c != ' ') out += c;
  }
  return out;
}

const std::string kParagraph =
    "本报讯 6月20日上午，管城回族区组织工作暨城乡社区发展治理工作重点任务推进会召开，贯彻全市组织工作和"
    "城乡社区发展治理工作重点任务推进会精神。具体做好了“八件事”：一是党的二十大精神教育培训起步稳效果好；"
    "二是区人大、区政府、区政协换届取得圆满成功（共87.9万人次参与），2023年的组织工作要突出学习贯彻"
    "《中国共产党章程》这一主线。GDP增长6.5%，Zhengzhou Daily报道。";

TEST(Wrap, EveryLineFitsAndTextIsPreserved) {
  for (int width = 2; width <= 90; ++width) {
    for (int indent : {0, 4}) {
      Wrapper w;
      const auto lines = w.wrap(kParagraph, width, indent);
      std::string joined;
      for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto& l = lines[i];
        const std::string s = kParagraph.substr(l.begin, l.end - l.begin);
        EXPECT_EQ(l.width, text::display_width(s));
        const int room = i == 0 ? std::max(width - indent, 1) : width;
        // A single character wider than the room is the only exception.
        if (text::display_width(s) > room) {
          EXPECT_EQ(s.size(), 3u) << "width " << width;
        }
        joined += s;
      }
      EXPECT_EQ(strip_spaces(joined), strip_spaces(kParagraph)) << "width " << width;
    }
  }
}

TEST(Wrap, Kinsoku) {
  for (int width = 6; width <= 60; ++width) {
    const auto lines = lines_of(kParagraph, width, 4);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (i > 0) {
        EXPECT_FALSE(no_line_start(first_char(lines[i]))) << "width " << width << " line: " << lines[i];
      }
      if (i + 1 < lines.size()) {
        EXPECT_FALSE(no_line_end(last_char(lines[i]))) << "width " << width << " line: " << lines[i];
      }
    }
  }
}

TEST(Wrap, KinsokuSetsCoverTheIssueList) {
  for (char32_t c : std::u32string(U"，。、；：？！”」』）》")) EXPECT_TRUE(no_line_start(c));
  for (char32_t c : std::u32string(U"“「『（《")) EXPECT_TRUE(no_line_end(c));
  EXPECT_FALSE(no_line_start(U'中'));
  EXPECT_FALSE(no_line_end(U'中'));
}

TEST(Wrap, NumbersAndLatinWordsStayWhole) {
  for (int width = 12; width <= 60; ++width) {
    const auto lines = lines_of(kParagraph, width, 4);
    std::string all;
    for (const auto& l : lines) all += l + "\n";
    for (const std::string piece : {"87.9万", "2023年", "6.5%", "Zhengzhou", "Daily"}) {
      EXPECT_NE(all.find(piece), std::string::npos) << piece << " split at width " << width << ":\n" << all;
    }
  }
}

TEST(Wrap, ExactWidthsForPlainHan) {
  const std::string han = "一二三四五六七八九十一二三四五六七八九十";
  const auto lines = lines_of(han, 10);
  ASSERT_EQ(lines.size(), 4u);
  for (const auto& l : lines) EXPECT_EQ(text::display_width(l), 10);
  // Odd widths leave one column free rather than splitting a character.
  for (const auto& l : lines_of(han, 9)) EXPECT_EQ(text::display_width(l), 8);
  const auto indented = lines_of(han, 10, 4);
  EXPECT_EQ(text::display_width(indented[0]), 6);
}

TEST(Wrap, EmptyAndTiny) {
  EXPECT_TRUE(lines_of("", 10).empty());
  EXPECT_EQ(lines_of("看", 1).size(), 1u);  // wider than the line: shown anyway
  EXPECT_EQ(lines_of("ab", 1).size(), 2u);
}

TEST(Wrap, NoLineStartsWithClosingQuoteAfterQuotedWord) {
  const std::string text = "他说“持之以恒”。然后“五星”支部。";
  // From 6 columns up the rules can always be kept (“恒”。 needs 6 at most
  // with the quote moved down); below that a line must break somewhere.
  for (int width = 6; width <= 30; ++width) {
    const auto lines = lines_of(text, width);
    for (std::size_t i = 1; i < lines.size(); ++i) {
      EXPECT_FALSE(no_line_start(first_char(lines[i]))) << width << ": " << lines[i];
    }
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
      EXPECT_FALSE(no_line_end(last_char(lines[i]))) << width << ": " << lines[i];
    }
  }
}

}  // namespace
}  // namespace kanbao::text
