// SPDX-License-Identifier: MIT
// `kanbao search`'s text output: what it says of the hits it leaves out;
// `kanbao show`'s header line; the district cell of a national paper's rows.
#include "cli/formats.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "text/width.h"

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

// The header line is the browser's reader's (store::header_parts): its
// reporters and correspondents one part, as the byline says them, not two
// parts split by " · ".
TEST(ArticleText, TheHeaderLineIsTheReadersMetaLine) {
  store::Article a;
  a.title = "长江大桥通车";
  a.paper = "郑州日报";
  a.reporters = {"冉红政", "王刚"};
  a.correspondents = {"姜璞"};
  a.paragraphs = {"长江大桥今天通车。"};
  const std::string line = "郑州日报 · 日期不详 · 记者 冉红政 王刚 通讯员 姜璞";
  const std::string out = article_text(a, 0);
  EXPECT_NE(out.find(line + "\n"), std::string::npos) << out;
  EXPECT_NE(article_markdown(a).find(line), std::string::npos) << article_markdown(a);
}

// A subtitle printed on two lines (an e-paper's) is shown on two lines, not
// one with its line break drawn as ␊; in Markdown each line is a heading.
TEST(ArticleText, ASubtitleOfTwoLinesIsPrintedOnTwo) {
  store::Article a;
  a.kicker = "“胸口疼得厉害”";
  a.title = "长途客车司机 突发急病";
  a.subtitle = "半天前医生劝他住院\n送医及时已脱离危险";
  a.paragraphs = {"客车停在应急车道上。"};
  const std::string out = article_text(a, 0);
  EXPECT_NE(out.find("\n半天前医生劝他住院\n送医及时已脱离危险\n"), std::string::npos) << out;
  EXPECT_EQ(out.find("\u240a"), std::string::npos) << out;
  const std::string md = article_markdown(a);
  EXPECT_NE(md.find("## 半天前医生劝他住院\n\n## 送医及时已脱离危险\n\n"), std::string::npos) << md;
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

// Markdown has the paper and page columns only when a row has a paper or
// a page, as the text table does (a newcomer's test found them empty).
TEST(RowsMarkdown, PaperAndPageColumnsOnlyWhenSomeRowHasThem) {
  const corpus::Papers papers;
  store::ArticleRow plain = row_of("");
  plain.page.clear();
  plain.district = "高新区";
  const std::string without = rows_markdown({plain}, papers);
  EXPECT_EQ(without.rfind("| ID | Date | District | Title | Reporters |\n|---:|---|---|---|---|\n", 0), 0u)
      << without;
  EXPECT_NE(without.find("| 9 | 日期不详 | 高新区 | 长江大桥通车 |  |\n"), std::string::npos) << without;
  const std::string with = rows_markdown({plain, row_of("人民日报")}, papers);
  EXPECT_EQ(with.rfind("| ID | Date | Paper | Page | District | Title | Reporters |\n", 0), 0u) << with;
  EXPECT_NE(with.find("| 9 | 日期不详 | 人民日报 | 01 |  | 长江大桥通车 |  |\n"), std::string::npos) << with;
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
  EXPECT_NE(markdown.find("(人民日报 04, "), std::string::npos) << markdown;
  EXPECT_EQ(markdown.find("未知地区"), std::string::npos) << markdown;
}

// The widest display width of the lines of `out`.
int widest_line(const std::string& out) {
  int widest = 0;
  std::size_t at = 0;
  while (at < out.size()) {
    const std::size_t end = out.find('\n', at);
    widest = std::max(widest, text::display_width(std::string_view(out).substr(at, end - at)));
    if (end == std::string::npos) break;
    at = end + 1;
  }
  return widest;
}

// Rows as a user's library had them: one article names thirty reporters
// (invented names), and its widest cell set the reporters column for every
// row, leaving titles three characters at COLUMNS=80 and lines 253 wide.
std::vector<store::ArticleRow> rows_with_many_reporters() {
  std::vector<store::ArticleRow> rows;
  for (int i = 0; i < 3; ++i) {
    store::ArticleRow row = row_of("郑州日报");
    row.id = 12340 + i;
    row.district = "管城回族区";
    row.published = store::StoredDate{2023, 6, 20};
    row.title = "邀请一百位市民代表走进城市建设工地实地察看长江大桥工程进度";
    row.reporters = {"王小明"};
    rows.push_back(row);
  }
  for (int i = 0; i < 30; ++i) rows[1].reporters.push_back("记者" + std::to_string(i) + "号");
  return rows;
}

TEST(RowsText, ManyReportersLeaveTheTitleRoomAndEveryLineFits) {
  const auto rows = rows_with_many_reporters();
  for (int columns : {80, 40}) {
    const std::string out = rows_text(rows, corpus::Papers{}, columns);
    EXPECT_LE(widest_line(out), columns) << out;
    // Nine characters and … (20 columns) of the title at least, at 40 too.
    EXPECT_NE(out.find("邀请一百位市民代表"), std::string::npos) << columns << ":\n" << out;
  }
  const std::string at80 = rows_text(rows, corpus::Papers{}, 80);
  EXPECT_NE(at80.find("  王小明 等\n"), std::string::npos) << at80;  // as the browser's list
  EXPECT_NE(at80.find("郑州日报"), std::string::npos) << at80;
  // Unfitted (piped without COLUMNS), every reporter is there.
  EXPECT_NE(rows_text(rows, corpus::Papers{}, 0).find("记者29号"), std::string::npos);
}

TEST(HitsText, EveryLineFitsFortyColumns) {
  store::SearchPage page = one_hit_of(1, false);
  page.hits[0].paper = "郑州日报";
  page.hits[0].page = "04";
  page.hits[0].district = "管城回族区";
  page.hits[0].published = store::StoredDate{2023, 6, 20};
  page.hits[0].title = "邀请一百位市民代表走进城市建设工地实地察看长江大桥工程进度";
  for (int columns : {80, 40}) {
    const std::string out = hits_text(page, corpus::Papers{}, Emphasis{}, columns);
    EXPECT_LE(widest_line(out), columns) << out;
    EXPECT_NE(out.find("邀请一百"), std::string::npos) << out;
  }
  EXPECT_NE(hits_text(page, corpus::Papers{}, Emphasis{}, 80).find("郑州日报 04 管城回族区"),
            std::string::npos);
}

}  // namespace
}  // namespace kanbao::cli
