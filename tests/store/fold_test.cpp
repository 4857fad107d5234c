// Folding (store/fold.h): NFKC + case folding, traditional -> simplified,
// punctuation between Han ignored, offsets back to the original bytes.
#include <gtest/gtest.h>

#include "store/fold.h"
#include "store/pinyin.h"

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

TEST(Fold, TraditionalBecomesSimplified) {
  EXPECT_EQ(folded("管城區"), "管城区");
  EXPECT_EQ(folded("張艷敏"), "张艳敏");
  EXPECT_EQ(han::simplified(U'說'), U'说');
}

TEST(Fold, HanRunsContinueAcrossPunctuationAndSpace) {
  EXPECT_EQ(folded("“五星”支部"), "五星支部");
  EXPECT_EQ(folded("城乡 社区"), "城乡社区");
  EXPECT_EQ(folded("1967 套"), "1967套");
  EXPECT_EQ(folded("5, 5"), "5 5");
  EXPECT_EQ(folded("😀！？"), "");
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
  EXPECT_EQ(folded("a\xff\xfe" "b"), "a b");
  EXPECT_EQ(folded("\xe7\xae"), "");
}

TEST(Pinyin, ReadingsAndSegmentations) {
  EXPECT_EQ(han::reading(U'张'), "zhang");
  EXPECT_EQ(han::reading(U'區'), "qu");
  bool truncated = false;
  auto cuts = han::segmentations("xian", 16, truncated);
  EXPECT_FALSE(truncated);
  EXPECT_GE(cuts.size(), 2u);  // xian, xi an
  EXPECT_TRUE(han::segmentations("zzz", 16, truncated).empty());
}

}  // namespace
}  // namespace kanbao::store::fold
