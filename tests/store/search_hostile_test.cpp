// SPDX-License-Identifier: MIT
// Whatever a user types is data: results or a clear error, never an SQL or
// FTS5 error. Highlights land on the original bytes.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "store/library.h"
#include "store/snippet.h"
#include "text/width.h"

namespace kanbao::store {
namespace {

namespace fs = std::filesystem;

class SearchHostileTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(fs::temp_directory_path() / ("kanbao-hostile-test-" + std::to_string(::getpid())));
    fs::create_directories(*dir_);
    auto lib = Library::open((*dir_ / "library.db").string(), OpenMode::kReadWrite);
    ASSERT_TRUE(lib.ok()) << lib.error().message();
    library_ = new Library(std::move(*lib));
    ASSERT_TRUE(library_->index({KANBAO_SAMPLE_DIR}, IndexOptions{}).ok());
  }
  static void TearDownTestSuite() {
    delete library_;
    fs::remove_all(*dir_);
    delete dir_;
  }
  static Result<SearchPage> search(const std::string& q, int limit = 20) {
    SearchRequest r;
    r.query = q;
    r.limit = limit;
    return library_->search(r);
  }
  static fs::path* dir_;
  static Library* library_;
};
fs::path* SearchHostileTest::dir_ = nullptr;
Library* SearchHostileTest::library_ = nullptr;

bool mentions_sql(const std::string& message) {
  for (const char* word : {"fts5", "syntax error", "SQL", "sqlite", "no such", "malformed MATCH"})
    if (message.find(word) != std::string::npos) return true;
  return false;
}

TEST_F(SearchHostileTest, NeverAnSqlError) {
  std::string longest;
  for (int i = 0; i < 1250; ++i) longest += "管城区 ";
  std::string long_han;
  for (int i = 0; i < 2500; ++i) long_han += "管城";
  int refused = 0;
  for (const std::string& q : std::vector<std::string>{"\"",
                                                       "\"\"",
                                                       "\"管城",
                                                       "*",
                                                       "管*",
                                                       "^管",
                                                       "^",
                                                       ":",
                                                       "title:管城",
                                                       "body:",
                                                       "(",
                                                       ")",
                                                       "(管城",
                                                       "管城)",
                                                       "AND",
                                                       "OR",
                                                       "NOT",
                                                       "NEAR",
                                                       "NEAR(管城 区)",
                                                       "管城 AND",
                                                       "OR 管城",
                                                       "管城 OR",
                                                       "管城 OR OR 区",
                                                       "- -",
                                                       "-",
                                                       "--管城",
                                                       "'; DROP TABLE articles; --",
                                                       "\" OR 1=1 --",
                                                       "管城\" OR \"",
                                                       "\\",
                                                       "%",
                                                       "_",
                                                       "'",
                                                       "\x01\x02",
                                                       std::string("a\0b", 3),
                                                       "😀",
                                                       "😀管城😀",
                                                       "\xff\xfe",
                                                       "\xe7\xae",
                                                       "𠀀𠀁",
                                                       "ａ＊ｂ",
                                                       "district:\"\"",
                                                       "date:..",
                                                       "date:2023-02-30..",
                                                       "reporter:\"",
                                                       "x:y",
                                                       "{管城}",
                                                       "管城 NOT 区",
                                                       longest,
                                                       long_han,
                                                       std::string(5000, 'z'),
                                                       std::string(5000, '"'),
                                                       std::string(5000, '-')}) {
    auto page = search(q);
    if (!page.ok()) {
      ++refused;
      EXPECT_FALSE(mentions_sql(page.error().message())) << q.substr(0, 40) << ": " << page.error().message();
      EXPECT_FALSE(page.error().message().empty());
    }
  }
  // Some of these are refused ("\"", "-": nothing searchable): the messages
  // above were really checked.
  EXPECT_GT(refused, 0);
  EXPECT_TRUE(search(long_han).ok());
  EXPECT_TRUE(search("管*").ok());
  EXPECT_GT(search("管*")->total, 0);  // the * is data: it is dropped, 管 is searched
}

TEST_F(SearchHostileTest, HighlightsLandOnOriginalText) {
  SearchRequest r;
  r.query = "管城區";
  r.snippet_columns = 30;
  auto page = library_->search(r);
  ASSERT_TRUE(page.ok()) << page.error().message();
  ASSERT_FALSE(page->hits.empty());
  for (const auto& hit : page->hits) {
    ASSERT_FALSE(hit.highlights.empty()) << hit.snippet;
    for (const Span& s : hit.highlights) {
      ASSERT_LE(s.end, hit.snippet.size());
      EXPECT_EQ(hit.snippet.substr(s.begin, s.end - s.begin), "管城区") << hit.snippet;
    }
    int width = 0;
    for (std::size_t i = 0; i < hit.snippet.size();) {
      auto c = static_cast<unsigned char>(hit.snippet[i]);
      std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      char32_t cp = c < 0x80 ? c : c < 0xE0 ? (c & 0x1F) : c < 0xF0 ? (c & 0x0F) : (c & 0x07);
      for (std::size_t k = 1; k < n; ++k)
        cp = (cp << 6) | (static_cast<unsigned char>(hit.snippet[i + k]) & 0x3F);
      width += text::display_width(cp);
      i += n;
    }
    EXPECT_LE(width, 30) << hit.snippet;
    EXPECT_GE(width, 20) << hit.snippet;
  }
}

TEST_F(SearchHostileTest, MatchesGiveParagraphSpans) {
  auto page = search("五星支部");
  ASSERT_TRUE(page.ok());
  ASSERT_FALSE(page->hits.empty());
  auto id = page->hits[0].id;
  auto m = library_->matches(id, "五星支部");
  ASSERT_TRUE(m.ok()) << m.error().message();
  EXPECT_EQ(m->total(), page->hits[0].hit_count);
  auto article = library_->article(id);
  ASSERT_TRUE(article.ok() && article->has_value());
  ASSERT_EQ(m->paragraphs.size(), (*article)->paragraphs.size());
  int seen = 0;
  for (std::size_t p = 0; p < m->paragraphs.size(); ++p) {
    for (const Span& s : m->paragraphs[p]) {
      EXPECT_EQ((*article)->paragraphs[p].substr(s.begin, s.end - s.begin), "五星”支部");
      ++seen;
    }
  }
  EXPECT_GT(seen, 0);
  EXPECT_FALSE(library_->matches(987654321, "管城").ok());
}

TEST(Snippet, CutsAtCharacterBoundariesAroundTheMatch) {
  std::string text;
  for (int i = 0; i < 40; ++i) text += "城乡";
  text += "管城区";
  for (int i = 0; i < 40; ++i) text += "社区";
  std::size_t at = text.find("管城区");
  match::Snippet s = match::make_snippet(text, {{at, at + 9}}, 0, 20);
  ASSERT_EQ(s.highlights.size(), 1u);
  EXPECT_EQ(s.text.substr(s.highlights[0].begin, 9), "管城区");
  EXPECT_EQ(s.text.rfind("…", 0), 0u);
  match::Snippet whole = match::make_snippet("管城区", {{0, 9}}, 0, 20);
  EXPECT_EQ(whole.text, "管城区");
}

}  // namespace
}  // namespace kanbao::store
