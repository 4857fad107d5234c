// SPDX-License-Identifier: MIT
// Han folding and pinyin on small fixtures written for this test (no
// newspaper text): a character of the 通用规范汉字表 finds only itself,
// traditional text still finds its simplified form, every reading of a
// polyphonic character finds it, and initials find runs of three or more.
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "library_test_util.h"
#include "store/library.h"
#include "store/query.h"

namespace kanbao::store {
namespace {

using testing::TempDir;
namespace fs = std::filesystem;

class SearchHan : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::create_directories(dir_.path() / "pages");
    page("variants",
         "俱乐部的活动\n\n本报讯 乾隆年间的著名建筑修缮后，显著改善了环境。姊妹二人参加摔跤比赛。\n");
    page("standard", "交通路口\n\n本报讯 市民具体反映交通问题，工人干活着急，姐姐随后到场。\n");
    page("traditional", "管城區新聞\n\n本報訊 張艷敏後來參加了管城區的會議。\n");
    page("readings",
         "长江边的银行\n\n本报讯 "
         "长江沿岸的银行举办音乐会，厦门和重庆的代表谈到重要议题，保交楼工作持续推进。\n");
    page("grown", "孩子长大\n\n本报讯 孩子们都长大了。\n");
    // 体 is bèn only in old dictionaries (kHanyuPinyin, kXHC1983).
    page("sports", "文体活动\n\n本报讯 两地举行文体活动。\n");
    page("square", "广场见闻\n\n本报讯 游客来到天安门广场，香港特别行政区的游客也不少。\n");
    // 瓘 and 堓 are outside the 3,500 common characters: the index is asked
    // about bigrams they start (瓘城) or end (有堓) in different ways.
    page("rare", "古城旧事\n\n本报讯 渡口旁有堓，工匠修好了瓘城。\n");
    lib_ = std::make_unique<Library>(testing::open_rw(dir_ / "kanbao.db"));
    testing::index_ok(*lib_, {(dir_.path() / "pages").string()});
  }

  void page(const std::string& name, const std::string& text) {
    testing::write_bytes(dir_.path() / "pages" / (name + ".txt"), text);
    titles_[text.substr(0, text.find('\n'))] = name;
  }

  // The fixture pages (by name) whose articles a query finds, in rank order.
  std::vector<std::string> found(const std::string& query) {
    SearchRequest r;
    r.query = query;
    r.limit = 0;
    auto page = lib_->search(r);
    EXPECT_TRUE(page) << query << ": " << (page ? "" : page.error().message());
    std::vector<std::string> names;
    if (!page) return names;
    for (const auto& hit : page->hits) names.push_back(titles_.at(hit.title));
    EXPECT_EQ(page->total, static_cast<std::int64_t>(names.size())) << query;
    return names;
  }

  std::vector<int> tiers(const std::string& query) {
    SearchRequest r;
    r.query = query;
    r.limit = 0;
    auto page = lib_->search(r);
    std::vector<int> out;
    if (page)
      for (const auto& hit : page->hits) out.push_back(hit.cursor.tier);
    return out;
  }

  using Names = std::vector<std::string>;
  TempDir dir_;
  std::unique_ptr<Library> lib_;
  std::map<std::string, std::string> titles_;
};

TEST_F(SearchHan, StandardCharactersFindOnlyThemselves) {
  // ICU's table folded 俱 著 乾 跤 姊 onto these.
  EXPECT_EQ(found("具"), Names{"standard"});
  EXPECT_EQ(found("着"), Names{"standard"});
  EXPECT_EQ(found("干"), Names{"standard"});
  EXPECT_EQ(found("姐"), Names{"standard"});
  std::vector<std::string> jiao = found("交");
  EXPECT_EQ(std::set<std::string>(jiao.begin(), jiao.end()), (std::set<std::string>{"standard", "readings"}));
  EXPECT_EQ(found("俱乐部"), Names{"variants"});
  EXPECT_EQ(found("著名"), Names{"variants"});
  EXPECT_EQ(found("摔跤"), Names{"variants"});
}

TEST_F(SearchHan, TraditionalFindsSimplified) {
  EXPECT_EQ(found("管城區"), Names{"traditional"});
  EXPECT_EQ(found("管城区"), Names{"traditional"});
  EXPECT_EQ(found("張艷敏"), Names{"traditional"});
  EXPECT_EQ(found("张艳敏"), Names{"traditional"});
  EXPECT_EQ(found("後來"), Names{"traditional"});
  EXPECT_EQ(found("后来"), Names{"traditional"});
}

TEST_F(SearchHan, EveryReadingFindsItsWord) {
  for (std::string q : {"changjiang", "zhangjiang", "yinhang", "yinyue", "xiamen", "chongqing", "zhongyao"})
    EXPECT_EQ(found(q), Names{"readings"}) << q;
  EXPECT_EQ(found("zhangda"), Names{"grown"});
  EXPECT_EQ(found("yinxing"), Names{"readings"});  // every reading, not only the word's
  EXPECT_TRUE(found("changjiangx").empty());
}

TEST_F(SearchHan, RareCharactersAreReadOnEitherSideOfABigram) {
  std::vector<std::string> guancheng = found("guancheng");  // 管城 (traditional) and 瓘城
  EXPECT_EQ(std::set<std::string>(guancheng.begin(), guancheng.end()),
            (std::set<std::string>{"traditional", "rare"}));
  EXPECT_EQ(found("youan"), Names{"rare"});  // 有堓
  EXPECT_EQ(found("guanchengjiang").size(), 0U);
  EXPECT_EQ(found("anyou").size(), 0U);  // 堓 is never followed by 有
}

TEST_F(SearchHan, InitialsOfThreeOrMoreCharacters) {
  EXPECT_EQ(found("bjl"), Names{"readings"});
  EXPECT_EQ(found("zym"), Names{"traditional"});                    // 張艷敏, folded
  EXPECT_EQ(found("gcq"), Names{"traditional"});                    // 管城區
  EXPECT_EQ(tiers("bjl"), std::vector<int>{query::kInitialsTier});  // after full pinyin
  EXPECT_TRUE(found("bj").empty());                                 // never for two letters
  EXPECT_TRUE(found("zy").empty());
  EXPECT_TRUE(found("qqqq").empty());
}

// Single letters are syllables too (啊 a, 嗯 n, 呣 m), so a long run of
// letters has hundreds of cuts; the ones of fewest syllables are searched.
TEST_F(SearchHan, ALongRunOfLettersIsReadAsItsFewestSyllables) {
  EXPECT_EQ(found("tiananmen"), Names{"square"});
  EXPECT_EQ(found("tiananmenguangchang"), Names{"square"});
  EXPECT_EQ(found("xianggangtebiexingzhengqu"), Names{"square"});
}

TEST_F(SearchHan, OnlyStandardReadingsCount) {
  EXPECT_EQ(found("wentihuodong"), Names{"sports"});
  EXPECT_EQ(found("wthd"), Names{"sports"});
  EXPECT_TRUE(found("benhuodong").empty());
  EXPECT_TRUE(found("bhd").empty());
}

}  // namespace
}  // namespace kanbao::store
