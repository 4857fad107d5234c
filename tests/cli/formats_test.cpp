// SPDX-License-Identifier: MIT
// `kanbao search`'s text output: what it says of the hits it leaves out;
// `kanbao show`'s header line; the district cell of a national paper's rows.
#include "cli/formats.h"

#include <gtest/gtest.h>

namespace kanbao::cli {
namespace {

store::SearchPage one_hit_of(std::int64_t total, bool estimate) {
  store::SearchPage page;
  store::SearchHit hit;
  hit.id = 7;
  hit.title = "长江大桥通车";
  hit.snippet = "长江大桥今天通车";
  page.hits.push_back(hit);
  page.total = total;
  page.total_is_estimate = estimate;
  return page;
}

TEST(HitsText, AnExactTotalIsPrintedAsIs) {
  const std::string out = hits_text(one_hit_of(5000, false), corpus::Papers{}, Emphasis{});
  EXPECT_NE(out.find("(1 of 5000 articles; --limit 0 shows all)"), std::string::npos) << out;
}

TEST(HitsText, AnEstimatedTotalSaysAbout) {
  const std::string out = hits_text(one_hit_of(5000, true), corpus::Papers{}, Emphasis{});
  EXPECT_NE(out.find("(1 of about 5000 articles; --limit 0 shows all)"), std::string::npos) << out;
}

// A national paper's article: its paper and issue say where and when, so
// the header has no 未知地区, and no 日期不详 for a lead without a date.
TEST(ArticleText, APapersArticleWithoutDistrictOrEventDate) {
  store::Article a;
  a.title = "长江大桥通车";
  a.paper = "人民日报";
  a.pages = {"04"};
  a.published = store::StoredDate{2020, 1, 8};
  a.paragraphs = {"长江大桥今天通车。"};
  std::string out = article_text(a, 0);
  EXPECT_NE(out.find("人民日报 · 第04版 · 出版 2020-01-08\n"), std::string::npos) << out;
  EXPECT_EQ(out.find("未知地区"), std::string::npos) << out;
  EXPECT_EQ(out.find("日期不详"), std::string::npos) << out;
  a.paper.clear();
  a.published = store::StoredDate{};
  out = article_text(a, 0);
  EXPECT_NE(out.find("未知地区 · 日期不详\n"), std::string::npos) << out;
}

// A national paper's rows and hits (issue 1 of the real-page test): no
// district applies there, so the cell is empty, not 未知地区; a city paper's
// article without a district still says 未知地区.
store::ArticleRow row_of(const std::string& paper) {
  store::ArticleRow row;
  row.id = 9;
  row.paper = paper;
  row.page = "01";
  row.title = "长江大桥通车";
  return row;
}

TEST(RowsText, ANationalPapersRowHasNoUnknownDistrict) {
  const corpus::Papers papers;
  EXPECT_EQ(rows_text({row_of("人民日报")}, papers, 0).find("未知地区"), std::string::npos);
  EXPECT_EQ(rows_markdown({row_of("人民日报")}, papers).find("未知地区"), std::string::npos);
  EXPECT_NE(rows_text({row_of("郑州日报")}, papers, 0).find("未知地区"), std::string::npos);
  EXPECT_NE(rows_markdown({row_of("郑州日报")}, papers).find("未知地区"), std::string::npos);
}

TEST(RowsText, APaperConfiguredWithoutCityIsNational) {
  corpus::Papers papers;
  papers.set_city("城市快报", "");
  EXPECT_EQ(rows_text({row_of("城市快报")}, papers, 0).find("未知地区"), std::string::npos);
}

TEST(HitsText, ANationalPapersHitNamesItsPaperAndPageOnly) {
  store::SearchPage page = one_hit_of(1, false);
  page.hits[0].paper = "人民日报";
  page.hits[0].page = "04";
  const std::string text = hits_text(page, corpus::Papers{}, Emphasis{});
  EXPECT_NE(text.find("  人民日报 04  "), std::string::npos) << text;
  EXPECT_EQ(text.find("未知地区"), std::string::npos) << text;
  const std::string markdown = hits_markdown(page, corpus::Papers{});
  EXPECT_NE(markdown.find("(人民日报, "), std::string::npos) << markdown;
  EXPECT_EQ(markdown.find("未知地区"), std::string::npos) << markdown;
}

}  // namespace
}  // namespace kanbao::cli
