// SPDX-License-Identifier: MIT
// `e` opens the page as the library reads it: the page itself when it is
// UTF-8 and unchanged, else a decoded copy that is removed afterwards.
#include "tui/source_viewer.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unicode/ucnv.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "view_harness.h"

namespace kanbao::tui {
namespace {

using testing::FakeContext;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// `utf8` in GB18030, as a mainland archive may store its pages.
std::string gb18030(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() * 2 + 16, '\0');
  const int32_t n = ucnv_convert("GB18030", "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                                 utf8.data(), static_cast<int32_t>(utf8.size()), &status);
  if (U_FAILURE(status)) throw std::runtime_error("ucnv_convert failed");
  out.resize(static_cast<std::size_t>(n));
  return out;
}

const std::string kPage = "001_6fae84bafe222a8d.txt";

// The first article of 全部, its page text and its reader.
struct Opened {
  store::Article article;
  store::SourceText source;
  std::unique_ptr<View> reader;
};
Opened open_first(Context& ctx) {
  auto list = make_articles_view(ctx, std::nullopt, "全部");
  testing::render(*list, 10, 80);
  const auto id = list->preview_id();
  if (!id) throw std::runtime_error("no article");
  auto article = ctx.library().article(*id);
  auto source = ctx.library().source(*id);
  if (!article.ok() || !*article || !source.ok() || !*source) throw std::runtime_error("article not read");
  auto reader = make_reader_view(ctx, *id, ReaderOptions{});
  testing::render(*reader, 10, 80);
  return {**article, **source, std::move(reader)};
}

TEST(SourceFile, AUtf8PageIsOpenedItself) {
  FakeContext ctx;
  const Opened first = open_first(ctx);
  auto file = source_file(first.article.path, first.source);
  ASSERT_TRUE(file) << file.error().message();
  EXPECT_EQ(file->path, first.article.path);
  EXPECT_EQ(file->line, first.article.first_line);
  EXPECT_TRUE(file->temp_dir.empty());
}

// A GB18030 page: the editor gets a UTF-8 copy under the page's own name,
// in a folder only the user can read, removed once the editor is done.
TEST(SourceFile, AGb18030PageIsOpenedAsADecodedCopy) {
  const std::string dir = testing::make_temp_dir("kanbao_tui_gb_");
  const std::string pages = dir + "/pages";
  std::filesystem::create_directories(pages);
  const std::string utf8 = read_file(std::string(KANBAO_SAMPLE_DIR) + "/" + kPage);
  ASSERT_FALSE(utf8.empty());
  {
    std::ofstream out(pages + "/" + kPage, std::ios::binary);
    out << gb18030(utf8);
  }
  FakeContext ctx("", testing::index_library(dir, pages));
  const Opened first = open_first(ctx);
  auto file = source_file(first.article.path, first.source);
  ASSERT_TRUE(file) << file.error().message();
  EXPECT_NE(file->path, first.article.path);
  EXPECT_EQ(std::filesystem::path(file->path).filename(), kPage);
  EXPECT_EQ(read_file(file->path), first.source.text);
  EXPECT_NE(read_file(file->path).find(first.article.title.substr(0, 9)), std::string::npos);
  EXPECT_EQ(file->line, first.source.first_line);
  struct stat st {};
  ASSERT_EQ(::stat(file->temp_dir.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 077, 0u);
  std::filesystem::remove_all(file->temp_dir);

  // Through the reader's `e`: the copy is what the editor is given, and it
  // is gone once the editor returns.
  first.reader->on_action(Action::kEditor, ctx);
  ASSERT_EQ(ctx.externals.size(), 1u);
  const std::string& command = ctx.externals[0];
  EXPECT_EQ(command.find(pages), std::string::npos) << command;
  // The page's path is the command's last word, quoted.
  const auto close = command.rfind('\'');
  const auto open = command.rfind('\'', close - 1);
  ASSERT_TRUE(close != std::string::npos && open != std::string::npos) << command;
  const std::filesystem::path given = command.substr(open + 1, close - open - 1);
  EXPECT_EQ(given.filename(), kPage);
  EXPECT_NE(given.parent_path().filename().string().find("kanbao-"), std::string::npos) << command;
  EXPECT_FALSE(std::filesystem::exists(given.parent_path())) << given;
  EXPECT_TRUE(ctx.last_message.empty()) << ctx.last_message;
  std::filesystem::remove_all(dir);
}

// A page changed since indexing: the article is no longer at its line
// there, so the page is shown as the library rebuilds it.
TEST(SourceFile, AChangedPageIsOpenedAsTheLibraryReadsIt) {
  store::SourceText source;
  source.text = "旧的一行\n第二行\n";
  source.first_line = 2;
  source.current = false;
  const std::string dir = testing::make_temp_dir("kanbao_tui_changed_");
  const std::string page = dir + "/page.txt";
  {
    std::ofstream out(page, std::ios::binary);
    out << source.text;  // the same bytes, but the library says it changed
  }
  auto file = source_file(page, source);
  ASSERT_TRUE(file) << file.error().message();
  EXPECT_NE(file->path, page);
  EXPECT_EQ(read_file(file->path), source.text);
  EXPECT_EQ(file->line, 2);
  std::filesystem::remove_all(file->temp_dir);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace kanbao::tui
