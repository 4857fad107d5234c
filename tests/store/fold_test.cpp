// SPDX-License-Identifier: MIT
// Folding (store/fold.h): NFKC + case folding, traditional -> simplified,
// punctuation between Han ignored, offsets back to the original bytes.
// The Han rules are checked against the tests' own reading of Unihan
// (unihan_reference.h), not against the generated tables.
#include "store/fold.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "store/pinyin.h"
#include "store/snippet.h"
#include "text/utf8.h"
#include "unihan_reference.h"

namespace kanbao::store::fold {
namespace {

std::string folded(std::string_view s, Mode mode = Mode::kQuery) {
  auto chars = fold(s, mode);
  return to_utf8(chars, 0, chars.size());
}

TEST(Fold, NormalisesWidthAndCase) {
  EXPECT_EQ(folded("２０２３"), "2023");
  EXPECT_EQ(folded("ＡＢＣ"), "abc");
  EXPECT_EQ(folded("5G网络"), "5g网络");
  EXPECT_EQ(folded("Straße"), "strasse");
}

const testing::Unihan& unihan() {
  static const testing::Unihan u;
  return u;
}

std::string utf8(char32_t c) {
  std::string s;
  text::append_utf8(s, c);
  return s;
}

TEST(Fold, TraditionalBecomesSimplified) {
  EXPECT_EQ(folded("管城區"), "管城区");
  EXPECT_EQ(folded("張艷敏"), "张艳敏");
  EXPECT_EQ(folded("後來"), "后来");
  EXPECT_EQ(folded("説"), "说");  // a glyph variant of 說
  EXPECT_EQ(han::simplified(U'說'), U'说');
}

// ICU's Traditional-Simplified mapped these characters of the standard list
// onto others (跤 found 交); they are words of their own.
TEST(Fold, StandardCharactersAreNeverFoldedAway) {
  for (std::string s : {"藉", "俱", "乾", "著", "阪", "苎", "摺", "吒", "徵", "夥", "姊",
                        "於", "箝", "跤", "麽", "具", "着", "干", "交", "姐", "后", "征"})
    EXPECT_EQ(folded(s), s);
}

TEST(Fold, EveryCharacterOfTheStandardListIsUnchanged) {
  ASSERT_TRUE(unihan().ok()) << unihan().error;
  ASSERT_EQ(unihan().standard.size(), 8105u);
  int changed = 0;
  for (char32_t c : unihan().standard) {
    auto chars = fold(utf8(c), Mode::kQuery);
    if (chars.size() != 1 || chars[0].c != c || chars[0].kind != Kind::kHan) {
      ADD_FAILURE() << "U+" << std::hex << static_cast<unsigned>(c) << " " << utf8(c) << " folds to "
                    << to_utf8(chars, 0, chars.size());
      if (++changed > 20) break;
    }
  }
}

TEST(Fold, EveryTraditionalOnlyCharacterFoldsToItsSimplifiedVariant) {
  ASSERT_TRUE(unihan().ok()) << unihan().error;
  std::size_t checked = 0;
  int wrong = 0;
  for (const auto& [c, variants] : unihan().simplified_variants) {
    if (!unihan().traditional_only(c)) continue;
    ++checked;
    auto chars = fold(utf8(c), Mode::kQuery);
    // One of its simplified variants (that one's own simplified form, when
    // the variant is itself traditional-only).
    bool ok = chars.size() == 1 && chars[0].c == unihan().fold(c);
    bool listed = false;
    for (char32_t v : variants)
      listed = listed || (chars.size() == 1 && (chars[0].c == v || chars[0].c == unihan().fold(v)));
    if ((!ok || !listed) && ++wrong <= 20)
      ADD_FAILURE() << utf8(c) << " folds to " << to_utf8(chars, 0, chars.size()) << ", not "
                    << utf8(unihan().fold(c));
  }
  EXPECT_GT(checked, 2000u);
}

TEST(Fold, EveryOtherHanCharacterFoldsAsTheRuleSays) {
  ASSERT_TRUE(unihan().ok()) << unihan().error;
  int wrong = 0;
  for (char32_t c = 0x3400; c < 0x32000; ++c) {
    char32_t want = unihan().fold(c);
    if (han::simplified(c) != want && ++wrong <= 20)
      ADD_FAILURE() << "U+" << std::hex << static_cast<unsigned>(c) << " " << utf8(c) << " -> "
                    << utf8(han::simplified(c)) << ", Unihan says " << utf8(want);
  }
  EXPECT_EQ(wrong, 0);
}

TEST(Pinyin, EveryReadingOfUnihanIsKnown) {
  ASSERT_TRUE(unihan().ok()) << unihan().error;
  ASSERT_GT(unihan().readings.size(), 40000u);
  int wrong = 0;
  for (const auto& [c, readings] : unihan().readings) {
    auto have = han::readings(c);
    for (const auto& r : readings) {
      if (std::find(have.begin(), have.end(), r) == have.end() && ++wrong <= 20)
        ADD_FAILURE() << utf8(c) << " lacks the reading " << r;
    }
    if (have.size() != readings.size() && ++wrong <= 20)
      ADD_FAILURE() << utf8(c) << " has " << have.size() << " readings, Unihan " << readings.size();
  }
  EXPECT_EQ(wrong, 0);
}

TEST(Pinyin, PolyphonicCharactersHaveEveryReading) {
  auto reads = [](char32_t c, std::string_view r) {
    auto all = han::readings(c);
    return std::find(all.begin(), all.end(), r) != all.end();
  };
  EXPECT_TRUE(reads(U'长', "chang") && reads(U'长', "zhang"));
  EXPECT_TRUE(reads(U'行', "hang") && reads(U'行', "xing"));
  EXPECT_TRUE(reads(U'乐', "yue") && reads(U'乐', "le"));
  EXPECT_TRUE(reads(U'重', "chong") && reads(U'重', "zhong"));
  EXPECT_TRUE(reads(U'厦', "xia") && reads(U'厦', "sha"));
  EXPECT_TRUE(reads(U'绿', "lv") && reads(U'绿', "lu"));
  EXPECT_TRUE(han::readings(U'a').empty());
  EXPECT_TRUE(han::has_initial(U'保', 'b') && han::has_initial(U'长', 'z') && han::has_initial(U'长', 'c'));
  EXPECT_FALSE(han::has_initial(U'保', 'c'));
  EXPECT_TRUE(han::is_common(U'保') && !han::is_common(U'龘'));
  EXPECT_NE(han::source().find("Unihan"), std::string_view::npos);
}

TEST(Fold, HanRunsContinueAcrossPunctuationAndSpace) {
  EXPECT_EQ(folded("“五星”支部"), "五星支部");
  EXPECT_EQ(folded("城乡 社区"), "城乡社区");
  EXPECT_EQ(folded("1967 套"), "1967套");
  EXPECT_EQ(folded("5, 5"), "5 5");
  EXPECT_EQ(folded("😀！？"), "");
}

// A sentence ends where 。！？； stand, in documents and queries alike (full
// and half width); a comma, a colon, a title mark or a full stop does not
// end a Han run, nor does a sentence mark at either end of the text.
TEST(Fold, SentenceMarksBreakHanRunsInDocumentsAndQueries) {
  for (const Mode mode : {Mode::kDocument, Mode::kQuery}) {
    EXPECT_EQ(folded("市场。强化", mode), "市场。强化");
    EXPECT_EQ(folded("真的！假的？对；错", mode), "真的。假的。对。错");
    EXPECT_EQ(folded("真的!假的?对;错", mode), "真的。假的。对。错");
    EXPECT_EQ(folded("市场。，强化", mode), "市场。强化");
    EXPECT_EQ(folded("市场，强化：《长》将", mode), "市场强化长将");
    EXPECT_EQ(folded("3.5亿", mode), "3 5亿");
    EXPECT_EQ(folded("。市场。", mode), "市场");
  }
}

// The Han characters after a pause (，、： full or half width) are marked,
// whatever else stands between: not one after a quotation mark, a space, a
// full stop, or at the start of the text.
TEST(Fold, HanAfterAPauseIsMarked) {
  const auto marked = [](std::string_view s) {
    std::string out;
    for (const Char& ch : fold(s, Mode::kDocument)) out += ch.after_pause ? '^' : '.';
    return out;
  };
  EXPECT_EQ(marked("特长，将"), "..^");
  EXPECT_EQ(marked("特长,将"), "..^");
  EXPECT_EQ(marked("甲、乙：丙:丁"), ".^^^");
  EXPECT_EQ(marked("甲， “乙”"), ".^");
  EXPECT_EQ(marked("“长”江 河.海"), "....");
  EXPECT_EQ(marked("，甲"), ".");
  EXPECT_EQ(marked("ab，甲"), "..^");
}

// A line break and a sentence mark are breaks of two kinds: a term holding a
// mark finds the same place after any mark, never across a paragraph's end,
// where the line break wins over the mark before it.
TEST(Fold, ATermWithASentenceMarkFindsASentenceEndNotAParagraphEnd) {
  const auto found = [](const char* text, const char* term) {
    std::vector<Span> spans;
    match::find_literal(fold(text, Mode::kDocument), fold(term, Mode::kQuery), spans);
    return spans.size();
  };
  EXPECT_EQ(found("来到市场。强调秩序", "市场。强调"), 1U);
  EXPECT_EQ(found("来到市场！强调秩序", "市场。强调"), 1U);
  EXPECT_EQ(found("来到市场\n强调秩序", "市场。强调"), 0U);
  EXPECT_EQ(found("来到市场。\n强调秩序", "市场。强调"), 0U);
  EXPECT_EQ(found("来到市场。强调秩序", "场强"), 0U);
  EXPECT_EQ(folded("市场。\n强调", Mode::kDocument), "市场\n强调");
}

TEST(Fold, LineBreaksOnlyInDocuments) {
  EXPECT_EQ(folded("城乡\n社区", Mode::kDocument), "城乡\n社区");
  EXPECT_EQ(folded("城乡\n社区", Mode::kQuery), "城乡社区");
}

TEST(Fold, OffsetsPointAtOriginalBytes) {
  std::string s = "（管城區）";
  auto chars = fold(s, Mode::kDocument);
  ASSERT_EQ(chars.size(), 3u);
  EXPECT_EQ(s.substr(chars[2].begin, chars[2].end - chars[2].begin), "區");
  EXPECT_EQ(chars[0].begin, 3u);  // after the full-width parenthesis
}

TEST(Fold, InvalidUtf8IsDropped) {
  EXPECT_EQ(folded("a\xff\xfe"
                   "b"),
            "a b");
  EXPECT_EQ(folded("\xe7\xae"), "");
}

TEST(Pinyin, ReadingsAndSegmentations) {
  EXPECT_EQ(han::readings(U'张').size(), 1u);
  EXPECT_EQ(han::readings(U'张')[0], "zhang");
  bool truncated = false;
  auto cuts = han::segmentations("xian", 16, truncated);
  EXPECT_FALSE(truncated);
  EXPECT_GE(cuts.size(), 2u);  // xian, xi an
  EXPECT_TRUE(han::segmentations("zzz", 16, truncated).empty());
  // Fewest syllables first; more cuts than asked for are left out.
  cuts = han::segmentations("tiananmen", 16, truncated);
  EXPECT_TRUE(truncated);
  ASSERT_EQ(cuts.size(), 16u);
  EXPECT_EQ(cuts[0], (std::vector<std::string_view>{"tian", "an", "men"}));
  for (std::size_t i = 1; i < cuts.size(); ++i) EXPECT_LE(cuts[i - 1].size(), cuts[i].size());
}

}  // namespace
}  // namespace kanbao::store::fold
