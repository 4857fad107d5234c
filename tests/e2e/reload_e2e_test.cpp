// SPDX-License-Identifier: MIT
// `R` in the real browser after another `kanbao index` re-indexed the
// library under it: the open reader shows its article as the library now
// holds it (found again by file, position and title when its row id
// changed), or says clearly that it is gone.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "e2e/tmux_session.h"

namespace {

namespace fs = std::filesystem;
using kanbao::test_support::shell_quote;
using kanbao::test_support::Tmux;

std::string read_all(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_all(const fs::path& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

// A copy of the sample pages and a library indexed from it, in a temporary
// folder removed at the end: the test changes the pages.
class CopiedLibrary {
 public:
  CopiedLibrary() {
    std::string pattern = "/tmp/kanbao-e2e-reload-XXXXXX";
    if (::mkdtemp(pattern.data()) == nullptr) return;
    dir_ = pattern;
    fs::create_directories(pages());
    for (const auto& e : fs::directory_iterator(KANBAO_SAMPLE_DIR))
      fs::copy_file(e.path(), pages() / e.path().filename());
    ok_ = index("");
  }
  ~CopiedLibrary() {
    std::error_code ec;
    if (!dir_.empty()) fs::remove_all(dir_, ec);
  }
  CopiedLibrary(const CopiedLibrary&) = delete;
  CopiedLibrary& operator=(const CopiedLibrary&) = delete;

  bool ok() const { return ok_; }
  fs::path pages() const { return dir_ / "pages"; }
  // `kanbao index [OPTIONS] pages`, as another process would run it.
  bool index(const std::string& options) const {
    const std::string cmd = shell_quote(KANBAO_BINARY) + " --db " + shell_quote(db()) + " index " + options +
                            " " + shell_quote(pages().string()) + " >/dev/null 2>&1";
    return std::system(cmd.c_str()) == 0;
  }
  std::string browser() const {
    return "env LANG=C.UTF-8 TERM=xterm-256color XDG_STATE_HOME=" + shell_quote((dir_ / "state").string()) +
           " XDG_CONFIG_HOME=" + shell_quote((dir_ / "config").string()) + " " + shell_quote(KANBAO_BINARY) +
           " --db " + shell_quote(db());
  }

 private:
  std::string db() const { return (dir_ / "library.db").string(); }
  fs::path dir_;
  bool ok_ = false;
};

// The sample page whose article is the newest (the first of 全部).
fs::path newest_page(const CopiedLibrary& library) {
  for (const auto& e : fs::directory_iterator(library.pages()))
    if (read_all(e.path()).find("凝心聚力担使命") != std::string::npos) return e.path();
  return {};
}

TEST(ReloadE2E, TheOpenReaderFollowsItsArticleThroughAReindex) {
  const CopiedLibrary library;
  ASSERT_TRUE(library.ok());
  const fs::path page = newest_page(library);
  ASSERT_FALSE(page.empty());
  const std::string text = read_all(page);
  Tmux tmux;
  tmux.start(100, 30, library.browser());
  std::string screen;
  ASSERT_TRUE(tmux.wait_for("全部", &screen)) << screen;
  tmux.keys("Enter");
  ASSERT_TRUE(tmux.wait_for("1/", &screen)) << screen;
  tmux.keys("Enter");
  ASSERT_TRUE(tmux.wait_for("雄壮的国歌", &screen)) << screen;

  // Another process: the page goes (its articles with it), comes back with
  // a word changed (new row ids), and the library is rebuilt.
  const fs::path away = page.parent_path().parent_path() / "away.txt";
  fs::rename(page, away);
  ASSERT_TRUE(library.index(""));
  std::string changed = text;
  changed.replace(changed.find("雄壮的国歌"), std::string("雄壮的国歌").size(), "嘹亮的国歌");
  write_all(page, changed);
  ASSERT_TRUE(library.index("--rebuild"));
  tmux.keys("R");
  ASSERT_TRUE(tmux.wait_for("嘹亮的国歌", &screen)) << screen;
  EXPECT_NE(screen.find("凝心聚力担使命"), std::string::npos) << screen;
  EXPECT_EQ(screen.find("已不在库中"), std::string::npos) << screen;

  // Gone for good: said so, by name.
  fs::remove(page);
  ASSERT_TRUE(library.index(""));
  tmux.keys("R");
  ASSERT_TRUE(tmux.wait_for("已不在库中（重新索引后找不到了）：凝心聚力担使命", &screen)) << screen;
  EXPECT_EQ(screen.find("嘹亮的国歌"), std::string::npos) << screen;
  tmux.keys("Q");
  ASSERT_TRUE(tmux.wait_for("[exited 0]", &screen)) << screen;
}

}  // namespace
