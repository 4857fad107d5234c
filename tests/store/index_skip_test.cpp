// SPDX-License-Identifier: MIT
// Files that are not pages: reported, never fatal, good files still indexed.
#include <grp.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>

#include "library_test_util.h"

namespace kanbao::store {
namespace {

using testing::TempDir;
namespace fs = std::filesystem;

const SkippedFile* find_skipped(const IndexReport& report, const std::string& path) {
  for (const auto& s : report.skipped) {
    if (s.path == path) return &s;
  }
  return nullptr;
}

TEST(IndexSkip, BinaryAndEmptyFilesAreSkippedGoodFilesIndexed) {
  TempDir dir;
  auto pages = dir.path() / "pages";
  auto files = testing::copy_samples(pages);
  static const char kPngHeader[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0";
  std::string binary(kPngHeader, sizeof kPngHeader - 1);
  for (int i = 0; i < 64; ++i) binary += std::string("\0\x01\x02\xff", 4);
  testing::write_bytes(pages / "picture.png", binary);
  testing::write_bytes(pages / "empty.txt", "");
  std::int64_t total = 0;
  for (const auto& f : files) total += static_cast<std::int64_t>(testing::parse_file(f).articles.size());

  auto lib = testing::open_rw(dir / "kanbao.db");
  auto report = testing::index_ok(lib, {pages.string()});
  EXPECT_EQ(report.files_seen, 7);
  EXPECT_EQ(report.files_indexed, 5);
  EXPECT_EQ(report.articles_added, total);
  ASSERT_EQ(report.skipped.size(), 2u);
  const SkippedFile* png = find_skipped(report, (pages / "picture.png").string());
  ASSERT_NE(png, nullptr);
  EXPECT_NE(png->reason.find("not a text file"), std::string::npos) << png->reason;
  const SkippedFile* empty = find_skipped(report, (pages / "empty.txt").string());
  ASSERT_NE(empty, nullptr);
  EXPECT_EQ(empty->reason, "empty file");
  EXPECT_EQ(*lib.count({}), total);

  // Still skipped next time, and the good files are unchanged.
  auto again = testing::index_ok(lib, {pages.string()});
  EXPECT_EQ(again.files_unchanged, 5);
  EXPECT_EQ(again.skipped.size(), 2u);
}

TEST(IndexSkip, HiddenEntriesAndSymlinkLoopsAreNotFollowed) {
  TempDir dir;
  auto pages = dir.path() / "pages";
  auto files = testing::copy_samples(pages);
  fs::create_directories(pages / ".git");
  fs::copy_file(files[0], pages / ".git" / "copy.txt");
  fs::copy_file(files[0], pages / ".hidden.txt");
  fs::create_directory_symlink(pages, pages / "loop");  // pages/loop -> pages
  fs::create_symlink(pages / "nowhere.txt", pages / "dangling.txt");

  auto lib = testing::open_rw(dir / "kanbao.db");
  auto report = testing::index_ok(lib, {pages.string()});
  EXPECT_EQ(report.files_seen, 5);
  EXPECT_EQ(report.files_indexed, 5);
  ASSERT_EQ(report.skipped.size(), 1u);
  EXPECT_EQ(report.skipped[0].path, (pages / "dangling.txt").string());
  EXPECT_EQ(report.skipped[0].reason, "broken symbolic link");
}

TEST(IndexSkip, TheLibraryItselfIsNotAPage) {
  TempDir dir;
  auto files = testing::copy_samples(dir.path());
  auto lib = testing::open_rw(dir / "kanbao.db");
  auto report = testing::index_ok(lib, {dir.path().string()});
  EXPECT_EQ(report.files_seen, 5);
  EXPECT_EQ(report.files_indexed, 5);
  EXPECT_TRUE(report.skipped.empty());
}

TEST(IndexSkip, DecodeAndParserWarningsArePrefixedByThePath) {
  TempDir dir;
  auto pages = dir.path() / "pages";
  auto files = testing::copy_samples(pages);
  // One stray invalid byte in an otherwise valid UTF-8 page.
  std::string bytes = testing::read_bytes(files[0]);
  bytes.insert(bytes.find('\n') + 1, "\xff");
  testing::write_bytes(files[0], bytes);
  std::vector<std::string> expected;
  for (const auto& f : files) {
    for (const auto& w : testing::parse_file(f).warnings) expected.push_back(f + ": " + w);
  }

  auto lib = testing::open_rw(dir / "kanbao.db");
  auto report = testing::index_ok(lib, {pages.string()});
  EXPECT_EQ(report.files_indexed, 5);
  bool replaced = false;
  for (const auto& w : report.warnings) {
    bool prefixed = false;
    for (const auto& f : files) prefixed = prefixed || w.rfind(f + ": ", 0) == 0;
    EXPECT_TRUE(prefixed) << w;
    replaced = replaced || (w.rfind(files[0] + ": replaced 1 invalid byte", 0) == 0);
  }
  EXPECT_TRUE(replaced) << ::testing::PrintToString(report.warnings);
  for (const auto& w : expected) {
    EXPECT_NE(std::find(report.warnings.begin(), report.warnings.end(), w), report.warnings.end()) << w;
  }
}

TEST(IndexSkip, MissingPathIsReportedNotFatal) {
  TempDir dir;
  auto lib = testing::open_rw(dir / "kanbao.db");
  auto report = testing::index_ok(lib, {dir / "no-such-folder"});
  EXPECT_EQ(report.files_seen, 0);
  ASSERT_EQ(report.skipped.size(), 1u);
  EXPECT_EQ(report.skipped[0].reason, "no such file or directory");
}

bool warned(const IndexReport& report, const std::string& warning) {
  return std::find(report.warnings.begin(), report.warnings.end(), warning) != report.warnings.end();
}

// Tester report, session 30: a file of a paper's details block (本报地址…)
// or of an advertisement, which the parser files as page furniture on
// purpose, was warned about as "no articles found", as if it were a
// problem. The warning says what the file held.
TEST(IndexSkip, AFileOfPageFurnitureAloneIsSaidToHoldNoArticle) {
  TempDir dir;
  auto pages = dir.path() / "pages";
  fs::create_directories(pages);
  const std::string details = (pages / "details.txt").string();
  const std::string advert = (pages / "advert.txt").string();
  testing::write_bytes(details,
                       "本报地址：郑州市金水东路1号　邮政编码：450000\n"
                       "广告经营许可证：豫0001号　零售价：1.00元\n"
                       "印刷：郑州日报印务有限公司\n");
  testing::write_bytes(advert, "春季家电促销\n\n全场家电八折起，欢迎到店选购。\n\n·广告·\n");
  for (const auto& f : {details, advert}) ASSERT_TRUE(testing::parse_file(f).articles.empty()) << f;
  auto lib = testing::open_rw(dir / "kanbao.db");
  auto report = testing::index_ok(lib, {pages.string()});
  EXPECT_EQ(report.files_indexed, 2);
  for (const auto& f : {details, advert}) {
    EXPECT_TRUE(warned(report, f + ": only page furniture (no article)")) << f;
    EXPECT_FALSE(warned(report, f + ": no articles found")) << f;
  }
}

TEST(IndexSkip, FileThatBecomesBinaryIsRemoved) {
  TempDir dir;
  auto pages = dir.path() / "pages";
  auto files = testing::copy_samples(pages);
  auto lib = testing::open_rw(dir / "kanbao.db");
  testing::index_ok(lib, {pages.string()});
  std::int64_t before = *lib.count({});
  std::int64_t lost = static_cast<std::int64_t>(testing::parse_file(files[0]).articles.size());
  testing::write_bytes(files[0], std::string(4096, '\0'));
  auto report = testing::index_ok(lib, {pages.string()});
  EXPECT_EQ(report.files_removed, 1);
  EXPECT_EQ(report.articles_removed, lost);
  EXPECT_EQ(*lib.count({}), before - lost);
}

// Root reads every file whatever its mode, so the indexing runs in a child
// process that first drops to "nobody" when we are root (as in CI); the
// child reports what it saw through a pipe.
TEST(IndexSkip, UnreadableFileIsReportedAsPermissionDenied) {
  TempDir dir;
  auto pages = dir.path() / "pages";
  auto files = testing::copy_samples(pages);
  fs::permissions(dir.path(), fs::perms::all);
  for (const auto& f : files)
    fs::permissions(f, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  ::chmod(files[0].c_str(), 0);

  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    ::close(fds[0]);
    std::string out;
    if (::geteuid() == 0 && (::setgroups(0, nullptr) != 0 || ::setresgid(65534, 65534, 65534) != 0 ||
                             ::setresuid(65534, 65534, 65534) != 0)) {
      out = "cannot drop privileges";
    } else if (::access(files[0].c_str(), R_OK) == 0) {
      out = "the unreadable file is readable";
    } else {
      auto lib = Library::open(dir / "kanbao.db", OpenMode::kReadWrite);
      auto report = lib ? lib->index({pages.string()}, {}) : Result<IndexReport>(lib.error());
      if (!report) {
        out = "error: " + report.error().message();
      } else {
        out = std::to_string(report->files_indexed);
        for (const auto& s : report->skipped) out += "\n" + s.path + "\t" + s.reason;
      }
    }
    const char* p = out.data();
    std::size_t left = out.size();
    while (left > 0) {
      const ssize_t n = ::write(fds[1], p, left);
      if (n <= 0) break;
      p += n;
      left -= static_cast<std::size_t>(n);
    }
    ::_exit(0);
  }
  ::close(fds[1]);
  std::string got;
  char buf[4096];
  ssize_t n = 0;
  while ((n = ::read(fds[0], buf, sizeof buf)) > 0) got.append(buf, static_cast<std::size_t>(n));
  ::close(fds[0]);
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << got;
  EXPECT_EQ(got, "4\n" + files[0] + "\tpermission denied");
}

TEST(IndexSkip, ReadOnlyLibraryRefusesToIndex) {
  TempDir dir;
  { auto lib = testing::open_rw(dir / "kanbao.db"); }
  auto lib = Library::open(dir / "kanbao.db", OpenMode::kReadOnly);
  ASSERT_TRUE(lib) << lib.error().message();
  auto report = lib->index({dir.path().string()}, {});
  ASSERT_FALSE(report);
  EXPECT_NE(report.error().message().find("read-only"), std::string::npos);
}

}  // namespace
}  // namespace kanbao::store

namespace kanbao::store {
namespace {

// Notes, truth tables and crawl metadata beside the pages are no pages:
// left out of a walked folder and listed in the report, not parsed into
// articles; a file named on the command line is read whatever its name.
TEST(IndexSkip, NotesAndTablesBesideThePagesAreLeftOutAndReported) {
  TempDir dir;
  auto pages = dir.path() / "pages";
  auto files = testing::copy_samples(pages);
  std::int64_t total = 0;
  for (const auto& f : files) total += static_cast<std::int64_t>(testing::parse_file(f).articles.size());
  const std::vector<std::string> others{"README.md", "SOURCES.md", "truth.tsv",
                                        "meta.json", "list.CSV",   "LICENSE"};
  for (const auto& name : others) testing::write_bytes(pages / name, "标题\n\n本报讯 会议召开。\n");

  auto lib = testing::open_rw(dir / "kanbao.db");
  auto report = testing::index_ok(lib, {pages.string()});
  EXPECT_EQ(report.files_seen, 5);
  EXPECT_EQ(report.articles_added, total);
  EXPECT_TRUE(report.skipped.empty());
  std::vector<std::string> want;
  for (const auto& name : others) want.push_back((pages / name).string());
  std::sort(want.begin(), want.end());
  EXPECT_EQ(report.not_pages, want);

  auto named = testing::index_ok(lib, {(pages / "README.md").string()});
  EXPECT_EQ(named.files_indexed, 1);
  EXPECT_TRUE(named.not_pages.empty());
}

}  // namespace
}  // namespace kanbao::store
