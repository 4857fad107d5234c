// SPDX-License-Identifier: MIT
// Properties that must hold on every page: no line is lost, and layout
// breaks inside paragraphs change nothing.
#include <gtest/gtest.h>

#include <random>
#include <set>
#include <string>
#include <vector>

#include "corpus/byline.h"
#include "corpus/decode.h"
#include "corpus/parse.h"
#include "corpus/split.h"
#include "sample_util.h"

namespace kanbao::corpus {
namespace {

const std::vector<std::string> kSamples = {"000_097ca8e9fcb91934.txt", "001_6fae84bafe222a8d.txt",
                                           "002_4b336df7a5a7a260.txt", "003_8b5a061d728f5a52.txt",
                                           "004_199105408a5690c4.txt"};
const std::vector<std::string> kFixtures = {"lead_bracket.txt",  "datelines.txt",   "agencies.txt",
                                            "byline_before.txt", "no_dateline.txt", "briefs.txt",
                                            "photo.txt",         "continued.txt",   "one_article.txt"};

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

// The runs of Han characters (U+4E00..U+9FFF) of a line: each must reappear
// in what the parser kept (bylines and paragraphs are split at the
// punctuation and spaces between runs).
std::vector<std::string> han_runs(const std::string& line) {
  std::vector<std::string> runs;
  std::string run;
  for (std::size_t i = 0; i < line.size();) {
    const auto b0 = static_cast<unsigned char>(line[i]);
    const std::size_t len = b0 < 0x80 ? 1 : b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
    const bool han = len == 3 && b0 >= 0xE4 && b0 <= 0xE9;
    if (han) {
      run += line.substr(i, len);
    } else if (!run.empty()) {
      runs.push_back(run);
      run.clear();
    }
    i += len;
  }
  if (!run.empty()) runs.push_back(run);
  return runs;
}

// Every non-blank line lies in some article's line range or is furniture,
// and all its non-ASCII text is in that article's fields (or the furniture).
void expect_nothing_lost(const std::string& text, const std::string& name) {
  SCOPED_TRACE(name);
  std::vector<FurnitureLine> furniture;
  std::vector<std::string> warnings;
  SplitOptions options;
  options.furniture = &furniture;
  const std::vector<Article> articles = split_articles(text, warnings, options);
  std::set<int> furniture_lines;
  for (const auto& f : furniture) furniture_lines.insert(f.line);
  const auto lines = split_lines(text);
  int checked = 0;
  for (std::size_t j = 0; j < lines.size(); ++j) {
    const int number = static_cast<int>(j + 1);
    if (lines[j].find_first_not_of(" \t\r") == std::string::npos) continue;
    ++checked;
    if (furniture_lines.count(number)) continue;
    const Article* owner = nullptr;
    for (const Article& a : articles)
      if (a.first_line <= number && number <= a.last_line) owner = &a;
    ASSERT_NE(owner, nullptr) << "line " << number << " is in no article: " << lines[j];
    std::string kept =
        owner->kicker + "\n" + owner->title + "\n" + owner->subtitle + "\n" + owner->byline + "\n";
    for (const auto& p : owner->paragraphs) kept += p + "\n";
    if (!owner->continued_to.empty() || !owner->continued_from.empty()) kept += "（下转上接第版）";
    for (const std::string& run : han_runs(lines[j])) {
      // A continuation marker's page number may be written in Han numerals.
      const bool marker = run.find("转第") != std::string::npos || run.find("接第") != std::string::npos;
      if (!marker) {
        EXPECT_NE(kept.find(run), std::string::npos) << "line " << number << ": " << run;
      }
    }
  }
  EXPECT_GT(checked, 0);
}

TEST(NothingLost, SamplePages) {
  for (const auto& f : kSamples) {
    auto decoded = decode(testing_util::read_file(testing_util::sample_path(f)));
    ASSERT_TRUE(decoded.ok());
    expect_nothing_lost(decoded->text, f);
  }
}

TEST(NothingLost, Fixtures) {
  for (const auto& f : kFixtures)
    expect_nothing_lost(testing_util::read_file(testing_util::fixture_path(f)), f);
}

bool is_han_at(const std::string& s, std::size_t i) {
  if (i + 3 > s.size()) return false;
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0xE4 || b0 > 0xE9) return false;  // U+4E00..U+9FFF lead bytes
  return (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80 &&
         (static_cast<unsigned char>(s[i + 2]) & 0xC0) == 0x80;
}

// The page with `breaks` layout breaks inserted between two Han characters
// of the text of its long body lines (those of 40 or more characters that are body
// text of some article, not headings or bylines).
std::string with_breaks(const std::string& text, const Page& page, std::mt19937& rng, int breaks) {
  auto lines = split_lines(text);
  std::set<std::string> headings;
  for (const Article& a : page.articles) {
    headings.insert(a.title);
    headings.insert(a.byline);
  }
  std::vector<std::size_t> candidates;
  for (std::size_t j = 0; j < lines.size(); ++j) {
    const std::string& l = lines[j];
    if (l.size() >= 120 && l.rfind("#", 0) != 0 && !headings.count(l)) candidates.push_back(j);
  }
  for (int b = 0; b < breaks && !candidates.empty(); ++b) {
    std::string& l = lines[candidates[rng() % candidates.size()]];
    // Byte offsets between two Han characters of the paragraph's text (a
    // byline appended to it is not paragraph text).
    const std::size_t text_end = find_appended_byline(l).value_or(l.size());
    std::vector<std::size_t> cuts;
    for (std::size_t i = 3; i + 3 <= text_end; ++i)
      if (is_han_at(l, i) && is_han_at(l, i - 3)) cuts.push_back(i);
    if (cuts.empty()) continue;
    const std::size_t cut = cuts[rng() % cuts.size()];
    const char* gaps[] = {"\n", "\n\n", "\n\n\n\n"};
    l.insert(cut, gaps[rng() % 3]);
  }
  std::string out;
  for (std::size_t j = 0; j < lines.size(); ++j) out += lines[j] + (j + 1 < lines.size() ? "\n" : "");
  return out;
}

void expect_same(const Article& got, const Article& want) {
  EXPECT_EQ(got.kicker, want.kicker);
  EXPECT_EQ(got.title, want.title);
  EXPECT_EQ(got.subtitle, want.subtitle);
  EXPECT_EQ(got.paragraphs, want.paragraphs);
  EXPECT_EQ(got.byline, want.byline);
  EXPECT_EQ(got.reporters, want.reporters);
  EXPECT_EQ(got.correspondents, want.correspondents);
  EXPECT_EQ(got.photo_credit, want.photo_credit);
  EXPECT_EQ(got.date, want.date);
  EXPECT_EQ(got.district, want.district);
}

// The issue's test: a body line cut by the layout is never a heading. The
// sample pages with random extra breaks give their 19 articles, unchanged.
TEST(LayoutBreaks, RandomBreaksInSamplePagesChangeNothing) {
  std::vector<std::pair<std::string, Page>> originals;
  for (const auto& f : kSamples) {
    const std::string bytes = testing_util::read_file(testing_util::sample_path(f));
    originals.emplace_back(decode(bytes)->text, testing_util::parse_bytes(bytes, f));
  }
  for (unsigned seed = 1; seed <= 300; ++seed) {
    std::mt19937 rng(seed);
    std::size_t total = 0;
    for (std::size_t k = 0; k < kSamples.size(); ++k) {
      const auto& [text, want] = originals[k];
      const std::string broken = with_breaks(text, want, rng, 1 + static_cast<int>(rng() % 6));
      const Page got = testing_util::parse_bytes(broken, kSamples[k]);
      SCOPED_TRACE("seed " + std::to_string(seed) + " " + kSamples[k]);
      total += got.articles.size();
      ASSERT_EQ(got.articles.size(), want.articles.size()) << broken;
      for (std::size_t i = 0; i < want.articles.size(); ++i) expect_same(got.articles[i], want.articles[i]);
      EXPECT_TRUE(got.warnings.empty());
    }
    ASSERT_EQ(total, 19u);
  }
}

}  // namespace
}  // namespace kanbao::corpus
