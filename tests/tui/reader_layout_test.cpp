// SPDX-License-Identifier: MIT
#include "tui/reader_layout.h"

#include <gtest/gtest.h>

#include "english.h"
#include "text/utf8.h"
#include "text/width.h"

namespace kanbao::tui {
namespace {

store::Article sample() {
  store::Article a;
  a.id = 7;
  a.title = "管城回族区召开组织工作推进会 推动组织工作与中心大局深度融合";
  a.subtitle = "副题一\n副题二";
  a.district = "管城回族区";
  a.date = store::StoredDate{2023, 6, 20};
  a.reporters = {"冉红政"};
  a.correspondents = {"姜璞"};
  a.photo_credit = true;
  a.paragraphs = {"本报讯 6月20日上午，管城回族区组织工作暨城乡社区发展治理工作重点任务推进会召开。",
                  "会议强调，要持之以恒推进全面从严治党，2023年的组织工作要突出学习贯彻党的二十大精神。"};
  a.source = "sample/000.txt:3-9";
  return a;
}

std::string line_text(const ReaderLine& l) {
  std::string s;
  for (const auto& p : l.parts) s += p.text;
  return s;
}

TEST(ReaderLayout, DateLabel) {
  EXPECT_EQ(date_label(store::StoredDate{2023, 6, 20}), "2023-06-20");
  EXPECT_EQ(date_label(store::StoredDate{0, 6, 20}), "06-20");
  // Issue 14: unknown dates and districts are shown one way everywhere.
  EXPECT_EQ(date_label(store::StoredDate{}), "日期不详");
  EXPECT_EQ(date_label(std::string_view("--06-20")), "06-20");  // as bookmarks store it
  EXPECT_EQ(date_label(std::string_view("")), "日期不详");
  EXPECT_EQ(district_label(""), "未知地区");
  store::Article unknown;
  unknown.title = "标题";
  EXPECT_EQ(meta_line(unknown), "未知地区 · 日期不详");
}

// The reader's header line wraps at its " · " separators, never inside a
// part such as "事件 2019-02-17", and loses nothing.
TEST(ReaderLayout, TheMetaLineBreaksAtItsSeparators) {
  const text::Wrapper wrapper;
  store::Article a = sample();
  a.paper = "人民日报";
  a.page = "05";
  a.published = store::StoredDate{2019, 2, 18};
  a.date = store::StoredDate{2019, 2, 17};
  const std::string meta = meta_line(a);
  std::vector<std::string> parts;
  for (std::size_t at = 0;;) {
    const std::size_t sep = meta.find(" · ", at);
    parts.push_back(meta.substr(at, sep == std::string::npos ? sep : sep - at));
    if (sep == std::string::npos) break;
    at = sep + std::string(" · ").size();
  }
  ASSERT_GE(parts.size(), 5u);
  for (const int width : {24, 38, 40, 60}) {
    const ReaderLayout layout = layout_article(a, nullptr, width, wrapper);
    std::vector<std::string> lines;
    for (const auto& l : layout.lines) {
      if (l.block == ReaderLayout::kMetaBlock) lines.push_back(line_text(l));
    }
    if (width <= 40) {
      EXPECT_GE(lines.size(), 2u) << width;
    }
    std::string joined;
    for (const auto& line : lines) {
      EXPECT_LE(text::display_width(line), width) << line;
      joined += (joined.empty() ? "" : " · ") + line;
      // Each line is whole parts.
      std::string rest = line;
      for (const auto& part : parts) {
        if (rest.rfind(part, 0) == 0) rest = rest.substr(std::min(rest.size(), part.size() + 4));
      }
      EXPECT_TRUE(rest.empty()) << width << ": " << line;
    }
    EXPECT_EQ(joined, meta) << width;
  }
}

// The lines of `layout` that read exactly `text`.
int lines_reading(const ReaderLayout& layout, const std::string& text) {
  int n = 0;
  for (const auto& l : layout.lines) n += line_text(l) == text ? 1 : 0;
  return n;
}

// A byline the lead holds (a dateline's "（记者张明、李华）") is not shown
// again after the body, in the reader or the saved text; a byline that
// stood on its own line of the page is.
TEST(ReaderLayout, ABylineTheLeadHoldsIsNotShownAgain) {
  const text::Wrapper wrapper;
  store::Article a = sample();
  a.byline = "记者张明、李华";
  a.paragraphs = {"新华社北京1月30日电 （记者张明、李华）河道清淤工程今天开工。", "工程年底完工。"};
  EXPECT_EQ(lines_reading(layout_article(a, nullptr, 80, wrapper), a.byline), 0);
  EXPECT_EQ(article_text(a).find("\n" + a.byline + "\n"), std::string::npos) << article_text(a);
  a.paragraphs = {"新华社北京1月30日电 河道清淤工程今天开工。", "工程年底完工。"};
  EXPECT_EQ(lines_reading(layout_article(a, nullptr, 80, wrapper), a.byline), 1);
  EXPECT_NE(article_text(a).find("\n" + a.byline + "\n"), std::string::npos) << article_text(a);
}

// The text handed to $PAGER (`o`) and saved by `w`: a page's escape
// sequences and bidi overrides become placeholders, as `kanbao show` prints
// them; more passed them to the terminal, which retitled its window.
TEST(ReaderLayout, ArticleTextHoldsNoControlCharacters) {
  store::Article a = sample();
  a.kicker = "引题\x1b[2J";
  a.title = "标题\x1b]0;PWNED\x07改写";
  a.subtitle = "副题一\x1b[31m\n副题二\u202e";
  a.reporters = {"张\u009b三"};
  a.paragraphs = {"正文\x1b[31m红\x1b[0m\t响铃\x07", "倒序\u202e文字\u2066。"};
  a.byline = "记者\x08张三";
  a.source = "pages/\x1b[1mbad.txt:1-3";
  const std::string out = article_text(a);
  std::size_t i = 0;
  while (i < out.size()) {
    const std::size_t at = i;
    const char32_t c = text::decode(out, i);
    EXPECT_TRUE(c == U'\n' || !text::is_unsafe_for_terminal(c))
        << "U+" << std::hex << static_cast<unsigned>(c) << " at byte " << std::dec << at << " of:\n"
        << out;
  }
  EXPECT_NE(out.find("标题\u241b]0;PWNED\u2407改写\n"), std::string::npos) << out;
  EXPECT_NE(out.find("\n副题一\u241b[31m\n副题二\ufffd\n"), std::string::npos) << out;
}

TEST(ReaderLayout, MetaLine) {
  EXPECT_EQ(meta_line(sample()), "管城回族区 · 2023-06-20 · 记者 冉红政 通讯员 姜璞 · 文/图");
}

// A national paper's article has no district and often no dated lead: its
// paper and issue say where and when, without 未知地区 or 日期不详.
TEST(ReaderLayout, MetaLineOfAnArticleItsPaperAndIssuePlace) {
  store::Article a = sample();
  a.paper = "人民日报";
  a.pages = {"04"};
  a.page_name = "要闻";
  a.published = store::StoredDate{2020, 1, 8};
  a.district.clear();
  EXPECT_EQ(meta_line(a),
            "人民日报 · 第04版 要闻 · 出版 2020-01-08 · 事件 2023-06-20 · 记者 冉红政 通讯员 姜璞 · 文/图");
  a.date = store::StoredDate{};
  EXPECT_EQ(meta_line(a), "人民日报 · 第04版 要闻 · 出版 2020-01-08 · 记者 冉红政 通讯员 姜璞 · 文/图");
  a.district = "海淀区";
  EXPECT_EQ(meta_line(a),
            "人民日报 · 第04版 要闻 · 出版 2020-01-08 · 海淀区 · 记者 冉红政 通讯员 姜璞 · 文/图");
}

TEST(ReaderLayout, ParagraphsIndentedWrappedAndIntact) {
  const auto a = sample();
  text::Wrapper w;
  for (int width : {20, 33, 80}) {
    const auto layout = layout_article(a, nullptr, width, w);
    for (const auto& l : layout.lines) EXPECT_LE(text::display_width(line_text(l)), width);
    for (std::size_t p = 0; p < a.paragraphs.size(); ++p) {
      std::string joined;
      bool first = true;
      for (const auto& l : layout.lines) {
        if (l.block != static_cast<int>(p) || l.parts.empty()) continue;
        std::string s = line_text(l);
        if (first) {
          EXPECT_EQ(s.rfind(kParagraphIndent, 0), 0u);
          s = s.substr(std::string(kParagraphIndent).size());
          first = false;
        }
        joined += s;
      }
      std::string expected;
      for (char c : a.paragraphs[p])
        if (c != ' ') expected += c;
      std::string got;
      for (char c : joined)
        if (c != ' ') got += c;
      EXPECT_EQ(got, expected);
    }
  }
}

// The reader's text of `a` at width 40, one screen line a line.
std::string reader_text(const store::Article& a) {
  text::Wrapper w;
  std::string out;
  for (const auto& l : layout_article(a, nullptr, 40, w).lines) out += line_text(l) + "\n";
  return out;
}

// A photo item (a heading whose picture the text archive does not hold)
// says so where its body would be, in the browser's language; an article
// with a body says nothing of the kind.
TEST(ReaderLayout, APhotoItemSaysTheArchiveHoldsNoText) {
  store::Article a = sample();
  a.paragraphs.clear();
  EXPECT_NE(reader_text(a).find("图片新闻（档案中无正文）"), std::string::npos) << reader_text(a);
  EXPECT_EQ(reader_text(sample()).find("图片新闻"), std::string::npos);
  testing::English english;
  ASSERT_EQ(english.error(), "");
  EXPECT_NE(reader_text(a).find("Photo item: the archive holds no text"), std::string::npos)
      << reader_text(a);
}

TEST(ReaderLayout, HitsAreSplitOutAndCounted) {
  const auto a = sample();
  store::ArticleMatches m;
  m.paragraphs.resize(2);
  const std::string& p1 = a.paragraphs[1];
  const auto at = p1.find("持之以恒");
  m.paragraphs[1].push_back({at, at + std::string("持之以恒").size()});
  text::Wrapper w;
  const auto layout = layout_article(a, &m, 40, w);
  ASSERT_EQ(layout.hit_lines.size(), 1u);
  const auto& line = layout.lines[static_cast<std::size_t>(layout.hit_lines[0])];
  bool found = false;
  for (const auto& part : line.parts) {
    if (part.hit == 0) {
      EXPECT_EQ(part.style, Style::kHighlight);
      found = true;
    }
  }
  EXPECT_TRUE(found);
}

// A search term found in the kicker (引题) is highlighted there, the first
// hit of the article, on the kicker's own line above the title.
TEST(ReaderLayout, AHitInTheKickerIsHighlighted) {
  auto a = sample();
  a.kicker = "翠湖晨跑队员聚首";
  store::ArticleMatches m;
  const auto at = a.kicker.find("聚首");
  m.kicker.push_back({at, at + std::string("聚首").size()});
  text::Wrapper w;
  const auto layout = layout_article(a, &m, 40, w);
  ASSERT_EQ(layout.hit_lines.size(), 1u);
  const auto& line = layout.lines[static_cast<std::size_t>(layout.hit_lines[0])];
  EXPECT_EQ(line.block, ReaderLayout::kKickerBlock);
  bool found = false;
  for (const auto& part : line.parts) {
    if (part.hit == 0) {
      EXPECT_EQ(part.style, Style::kHighlight);
      EXPECT_EQ(part.text, "聚首");
      found = true;
    }
  }
  EXPECT_TRUE(found);
}

// A layout of `lines` empty lines with hits on `hit_lines`.
ReaderLayout layout_with(int lines, std::vector<int> hit_lines) {
  ReaderLayout layout;
  layout.lines.resize(static_cast<std::size_t>(lines));
  layout.hit_lines = std::move(hit_lines);
  return layout;
}

TEST(ReaderLayout, FirstHitFromTheTopOfTheScreen) {
  const ReaderLayout layout = layout_with(50, {3, 12, 30});
  EXPECT_EQ(first_hit_from(layout, 0), 0);
  EXPECT_EQ(first_hit_from(layout, 12), 1);  // a hit on the top line counts
  EXPECT_EQ(first_hit_from(layout, 13), 2);
  EXPECT_EQ(first_hit_from(layout, 31), 0);  // past the last: back to the first
  EXPECT_EQ(first_hit_from(layout_with(50, {}), 0), -1);
}

TEST(ReaderLayout, PositionForTheStatusLine) {
  EXPECT_EQ(reader_position(layout_with(0, {}), 0, 10, -1), "");
  EXPECT_EQ(reader_position(layout_with(8, {}), 0, 10, -1), "100%");  // all of it fits
  EXPECT_EQ(reader_position(layout_with(40, {}), 0, 10, -1), "25%");
  EXPECT_EQ(reader_position(layout_with(40, {}), 35, 10, -1), "100%");
  EXPECT_EQ(reader_position(layout_with(40, {1, 2, 9}), 10, 10, -1), "命中 3  50%");
  EXPECT_EQ(reader_position(layout_with(40, {1, 2, 9}), 10, 10, 1), "命中 2/3  50%");
}

TEST(ReaderLayout, FindLineKeepsTheSameTextAtTheTop) {
  const auto a = sample();
  text::Wrapper w;
  const auto wide = layout_article(a, nullptr, 80, w);
  const auto narrow = layout_article(a, nullptr, 20, w);
  // The third line of paragraph 1 at width 20 starts at some byte; at width 80
  // the line containing that byte is the paragraph's first line.
  int line = -1;
  for (std::size_t i = 0; i < narrow.lines.size(); ++i) {
    if (narrow.lines[i].block == 1 && narrow.lines[i].byte > 0) {
      line = static_cast<int>(i);
      break;
    }
  }
  ASSERT_GE(line, 0);
  const auto& l = narrow.lines[static_cast<std::size_t>(line)];
  const int back = find_line(wide, l.block, l.byte);
  EXPECT_EQ(wide.lines[static_cast<std::size_t>(back)].block, 1);
  EXPECT_LE(wide.lines[static_cast<std::size_t>(back)].byte, l.byte);
}

}  // namespace
}  // namespace kanbao::tui
