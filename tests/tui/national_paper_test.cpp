// SPDX-License-Identifier: MIT
// A national paper (人民日报) in the browser: no district applies to its
// articles, so no screen calls their district unknown, and a library of
// one national paper opens on the papers (paper -> issue -> page). Pages
// invented here, filed as the archives file them.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "view_harness.h"

namespace kanbao::tui {
namespace {

using testing::FakeContext;
using testing::render;
using testing::screen_text;
namespace fs = std::filesystem;

constexpr const char* kUnknown = "未知地区";

// A page of `paper` on 2020-01-08 with two articles and no byline (so a
// row's tail would be its district).
void write_page(const fs::path& archive, const std::string& paper, const std::string& page) {
  const fs::path file = archive / paper / "2020/01/08" / (page + ".txt");
  fs::create_directories(file.parent_path());
  std::ofstream out(file);
  out << "冬季蔬菜供应充足\n\n　　连日来，各地蔬菜批发市场货源充足，价格总体平稳，菜农抓紧采收。\n\n"
      << "新建的图书馆开馆迎客\n\n　　新建的图书馆昨天开馆，藏书二十万册，读者排队入馆借阅。\n";
}

// A library of the pages `papers` name (one page 01 each), in a new folder.
std::string library_of(const std::vector<std::string>& papers) {
  const fs::path dir = testing::make_temp_dir("kanbao_tui_national_");
  for (const auto& paper : papers) write_page(dir / "archive", paper, "01");
  return testing::index_library(dir.string(), (dir / "archive").string());
}

bool shows_unknown(View& view) {
  return screen_text(render(view, 12, 100)).find(kUnknown) != std::string::npos;
}

TEST(NationalPaper, OpensOnThePapersAndNoRowSaysUnknownDistrict) {
  FakeContext ctx("", library_of({"人民日报"}));
  auto home = make_home_view(ctx);
  ASSERT_TRUE(home);
  EXPECT_EQ(home->title(), "报纸");
  EXPECT_NE(screen_text(render(*home, 12, 100)).find("人民日报"), std::string::npos);
  auto issue = make_issue_view(ctx, "人民日报", store::StoredDate{2020, 1, 8});
  ASSERT_TRUE(issue);
  const std::string rows = screen_text(render(*issue, 12, 100));
  EXPECT_NE(rows.find("冬季蔬菜供应充足"), std::string::npos) << rows;
  EXPECT_EQ(rows.find(kUnknown), std::string::npos) << rows;
  auto all = make_articles_view(ctx, std::nullopt, "全部");
  EXPECT_FALSE(shows_unknown(*all)) << screen_text(render(*all, 12, 100));
  auto search = make_search_view(ctx, std::nullopt, "蔬菜");
  const std::string hits = screen_text(render(*search, 12, 100));
  EXPECT_NE(hits.find("冬季蔬菜供应充足"), std::string::npos) << hits;
  EXPECT_EQ(hits.find(kUnknown), std::string::npos) << hits;
  // The districts screen (按地区浏览) offers 全部, not a lone 未知地区 group.
  auto districts = make_districts_view(ctx);
  const std::string screen = screen_text(render(*districts, 12, 100));
  EXPECT_NE(screen.find("全部"), std::string::npos) << screen;
  EXPECT_EQ(screen.find(kUnknown), std::string::npos) << screen;
}

// A city paper's article without a district still says so, beside a
// national paper's that does not.
TEST(NationalPaper, ACityPapersArticleWithoutDistrictStillSaysUnknown) {
  FakeContext ctx("", library_of({"人民日报", "郑州日报"}));
  auto national = make_issue_view(ctx, "人民日报", store::StoredDate{2020, 1, 8});
  auto city = make_issue_view(ctx, "郑州日报", store::StoredDate{2020, 1, 8});
  ASSERT_TRUE(national && city);
  EXPECT_FALSE(shows_unknown(*national));
  EXPECT_TRUE(shows_unknown(*city)) << screen_text(render(*city, 12, 100));
}

// The sample pages (郑州, no paper named) keep their districts screen:
// the districts, and 未知地区 for the articles without one.
TEST(NationalPaper, TheSampleLibraryStillOpensOnItsDistricts) {
  FakeContext ctx;
  auto home = make_home_view(ctx);
  ASSERT_TRUE(home);
  EXPECT_EQ(home->title(), "地区");
  auto rows = ctx.library().districts();
  ASSERT_TRUE(rows) << rows.error().message();
  ASSERT_GT(rows->size(), 1u);
  const bool unknown_held =
      std::any_of(rows->begin(), rows->end(), [](const auto& d) { return d.name.empty(); });
  EXPECT_EQ(screen_text(render(*home, 40, 100)).find(kUnknown) != std::string::npos, unknown_held);
}

}  // namespace
}  // namespace kanbao::tui
