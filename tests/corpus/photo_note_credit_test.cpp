// SPDX-License-Identifier: MIT
// A photo's credit in brackets inside a story's paragraph, after the words
// that point at the photo (issue 11, session 22), in text of our own:
// "（见上图，本报记者王刚摄）", "（图②，李娜摄）", "（上图：老街新貌。张强摄）".
// The photographer is credited after the story's writers; a note in
// brackets that points at no photo, or dates it, credits nobody.
#include <gtest/gtest.h>

#include "corpus/byline.h"
#include "june_page.h"

namespace kanbao::corpus::testing_util {
namespace {

Names photo_notes_of(const char* paragraph) {
  const auto b = find_photo_notes(paragraph);
  return b ? b->reporters : Names{"(none)"};
}

TEST(PhotoNoteCredit, NotesPointingAtAPhoto) {
  EXPECT_EQ(photo_notes_of("护士蹲在路边吃饭（见上图，本报记者王刚摄）。"), Names{"王刚"});
  EXPECT_EQ(photo_notes_of("绣球做得很精致（图②，李娜摄），游客争相购买。"), Names{"李娜"});
  EXPECT_EQ(photo_notes_of("老街换了新颜（上图：老街新貌。张  强摄），也留住了乡愁。"), Names{"张强"});
  EXPECT_EQ(photo_notes_of("一张照片刷屏（上图。陈思远摄）；另一张（见图，左一。周敏摄）也是。"),
            (Names{"陈思远", "周敏"}));
  const auto b = find_photo_notes("（见图，新华社记者赵一鸣摄）");
  ASSERT_TRUE(b.has_value());
  EXPECT_TRUE(b->photo_credit);
}

TEST(PhotoNoteCredit, NotesThatCreditNobody) {
  EXPECT_EQ(photo_notes_of("这是他用无人机拍下的画面（无人机拍摄）。"), Names{"(none)"});
  EXPECT_EQ(photo_notes_of("大桥合龙的时刻（6月20日摄）令人难忘。"), Names{"(none)"});
  EXPECT_EQ(photo_notes_of("据介绍（详见本报昨日报道，王刚摄）。"), Names{"(none)"});
  EXPECT_EQ(photo_notes_of("客流回升（据市文旅局，王刚摄）。"), Names{"(none)"});
}

TEST(PhotoNoteCredit, StoryCreditsItsPhotographerAfterItsWriters) {
  const auto a = parse_june_21(
      "路边的一顿饭\n"
      "　　本报北京6月20日电  （记者李娜）一张照片近日刷屏：一位护士蹲在路边吃饭（见上图，王刚摄）。\n"
      "　　记者联系上了这位护士，她说自己只是做了分内之事。\n");
  ASSERT_EQ(a.size(), 1U);
  EXPECT_EQ(a[0].reporters, (Names{"李娜", "王刚"}));

  const auto alone = parse_june_21(
      "相隔一米的晚饭\n"
      "　　小区门口，一位护士蹲在路边吃饭，三步之外，她的丈夫抱着孩子静静看着（上图。陈思远摄）。\n"
      "　　照片的作者是社区的一名志愿者。\n");
  ASSERT_EQ(alone.size(), 1U);
  EXPECT_EQ(alone[0].reporters, Names{"陈思远"});
}

}  // namespace
}  // namespace kanbao::corpus::testing_util
