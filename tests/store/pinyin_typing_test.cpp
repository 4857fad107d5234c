// SPDX-License-Identifier: MIT
// Pinyin as people type it, on both backends: an apostrophe parts
// syllables (xi'an is 西安, not 先), syllables typed apart are one word
// (la jiao fen is 辣椒粉), and a pinyin query ranked broadly puts the
// articles with its reading in their heading first, as the Han query does.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "backends_fixture.h"
#include "every_hit.h"
#include "store/query.h"

namespace kanbao::store {
namespace {

namespace fs = std::filesystem;
using testing::Backends;
using testing::Kind;
using testing::request_for;

// Paths name the paper and the publication date (newest: 07-01).
const std::map<std::string, std::string> kArticles = {
    // 西安 (xi an) and 先 (xian).
    {"郑州日报/2023/02/01/01.txt", "文化新闻\n\n本报讯 游客在西安参观古迹。\n"},
    {"郑州日报/2023/02/02/01.txt", "教育动态\n\n本报讯 学校评选先进班级。\n"},
    // 辣椒粉 (la jiao fen), and 拉, 脚, 分 apart; English words.
    {"郑州日报/2023/03/01/01.txt", "美食推荐\n\n本报讯 这道菜要撒上辣椒粉才好吃。\n"},
    {"郑州日报/2023/03/02/01.txt", "乡村生活\n\n本报讯 他拉着车，脚步很慢，走了十分钟。\n"},
    {"郑州日报/2023/03/03/01.txt", "体育新闻\n\n本报讯 NBA球员谈covid疫情的影响。\n"},
    // 北京 (bei jing) in an older heading and in two newer bodies; 背景
    // (also bei jing, the rarer reading) in the newest heading.
    {"郑州日报/2023/01/05/01.txt", "北京举办冬季运动会\n\n本报讯 冬季运动会今天开幕。\n"},
    {"郑州日报/2023/06/01/01.txt", "城市新闻\n\n本报讯 记者从北京获悉，新的公园开放。\n"},
    {"郑州日报/2023/06/02/01.txt", "交通动态\n\n本报讯 北京地铁新线开通。\n"},
    {"郑州日报/2023/07/01/01.txt", "背景资料\n\n本报讯 相关情况介绍。\n"},
};

class PinyinTyping : public Backends {
 protected:
  void SetUp() override {
    Backends::SetUp();
    if (IsSkipped()) return;
    const fs::path pages = dir_.path() / "typing";
    for (const auto& [name, text] : kArticles) {
      fs::create_directories((pages / name).parent_path());
      testing::write_bytes(pages / name, text);
    }
    lib_.emplace(open_rw());
    testing::index_ok(*lib_, {pages.string()});
  }

  // The titles of every hit of `query`, in order, in pages of `limit` (0: one page).
  std::vector<std::string> titles(const char* query, std::int64_t bm25_up_to = SearchRequest{}.bm25_up_to,
                                  int limit = 0) {
    SearchRequest r = request_for(query, limit);
    r.bm25_up_to = bm25_up_to;
    std::vector<std::string> out;
    for (const SearchHit& hit : testing::every_hit(*lib_, r)) out.push_back(hit.title);
    return out;
  }

  std::set<std::string> found(const char* query) {
    const std::vector<std::string> all = titles(query);
    return {all.begin(), all.end()};
  }

  std::optional<Library> lib_;
};

TEST_P(PinyinTyping, AnApostrophePartsSyllables) {
  EXPECT_EQ(found("xian").count("教育动态"), 1U);  // 先
  for (const char* typed : {"xi'an", "xi\u2019an", "xi\uFF07an", "Xi'an"})
    EXPECT_EQ(found(typed), (std::set<std::string>{"文化新闻"})) << typed;
}

TEST_P(PinyinTyping, SyllablesTypedApartAreOneWord) {
  EXPECT_EQ(found("la jiao fen"), (std::set<std::string>{"美食推荐"}));
  EXPECT_EQ(found("la  jiaofen"), (std::set<std::string>{"美食推荐"}));
  // AND keeps them apart: each syllable anywhere.
  EXPECT_EQ(found("la AND jiao AND fen"), (std::set<std::string>{"美食推荐", "乡村生活"}));
  // English words are no syllables: each is found where it is.
  EXPECT_EQ(found("covid NBA"), (std::set<std::string>{"体育新闻"}));
}

TEST_P(PinyinTyping, BroadPinyinRanksHeadingsFirstAsTheHanQueryDoes) {
  // Ranked broadly (more candidates than bm25 scores): the heading hit
  // first, then the newest; the rarer reading 背景 after, though newest and
  // in a heading.
  const std::vector<std::string> han = titles("北京", 0);
  EXPECT_EQ(han, (std::vector<std::string>{"北京举办冬季运动会", "交通动态", "城市新闻"}));
  std::vector<std::string> pinyin = han;
  pinyin.push_back("背景资料");
  EXPECT_EQ(titles("beijing", 0), pinyin);
  EXPECT_EQ(titles("beijing", 0, 1), pinyin);  // page by page
  EXPECT_EQ(titles("beijing", 0, 3), pinyin);
}

INSTANTIATE_TEST_SUITE_P(Store, PinyinTyping, ::testing::Values(Kind::kSqlite, Kind::kPostgres),
                         testing::kind_name);

}  // namespace
}  // namespace kanbao::store
