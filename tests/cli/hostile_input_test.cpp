// SPDX-License-Identifier: MIT
// Indexing a folder of hostile files beside good pages: indexing finishes,
// every skipped file is named with its reason, damaged text is kept with
// U+FFFD, nothing good is lost, memory stays bounded, and escape sequences
// are stored but never printed to a terminal.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unicode/ucnv.h>
#include <unistd.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <random>

#include "cli/run_binary.h"

namespace kanbao {
namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

using nlohmann::json;
using test_support::Outcome;
using test_support::read_file;
using test_support::run_kanbao;
using test_support::run_program;
using test_support::TempDir;
using test_support::write_file;
using ::testing::HasSubstr;
using ::testing::Not;
namespace fs = std::filesystem;

const std::string kSample = KANBAO_SAMPLE_DIR;
const std::string kPage = kSample + "/003_8b5a061d728f5a52.txt";

std::string to_gb18030(const std::string& utf8) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(utf8.size() * 2 + 16, '\0');
  int32_t n = ucnv_convert("GB18030", "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                           static_cast<int32_t>(utf8.size()), &status);
  EXPECT_TRUE(U_SUCCESS(status)) << u_errorName(status);
  out.resize(static_cast<std::size_t>(n));
  return out;
}

class HostileFolder : public ::testing::Test {
 protected:
  // The folder is built and indexed once for the whole suite: indexing a
  // 10 MB line under AddressSanitizer takes long enough to do it only once.
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    const TempDir& dir = *dir_;
    pages_ = dir / "pages";
    fs::create_directory(pages_);
    fs::permissions(dir.path(), fs::perms::all);
    fs::permissions(pages_, fs::perms::all);
    for (const auto& entry : fs::directory_iterator(kSample)) {
      fs::copy_file(entry.path(), pages_ + "/good_" + entry.path().filename().string());
    }
    write_file(pages_ + "/empty.txt", "");
    write_file(pages_ + "/blank.txt", " \n\n\t  \r\n　\n");
    std::mt19937 rng(7);
    std::string random(64 * 1024, '\0');
    for (auto& c : random) c = static_cast<char>(rng());
    write_file(pages_ + "/random.bin", random);
    std::string damaged = read_file(kPage);
    for (std::size_t at = 100; at < damaged.size(); at += 997) damaged.insert(at, "\xff\xfe");
    write_file(pages_ + "/damaged.txt", damaged);
    std::string line;
    while (line.size() < 10 * 1024 * 1024) line += "一行没有换行的很长的文字，";
    write_file(pages_ + "/one_line.txt", line);
    write_file(pages_ + "/no_structure.txt", "一些没有结构的文字\n第二行文字。\n\n第三行\n");
    write_file(pages_ + "/escapes.txt",
               "转义序列测试\n\n本报讯 6月1日,标题改写\x1b]0;pwned\x07清屏\x1b[2J彩色\x1b[31m红\x1b[0m"
               "响铃\x07退格\x08完。\n记者 张三\n");
    write_file(pages_ + "/gb18030.txt", to_gb18030(read_file(kSample + "/002_4b336df7a5a7a260.txt")));
    write_file(pages_ + "/unreadable.txt", read_file(kPage));
    fs::permissions(pages_ + "/unreadable.txt", fs::perms::none);
    fs::create_directory_symlink(pages_, pages_ + "/loop");
    fs::create_symlink(pages_ + "/a_link", pages_ + "/b_link");
    fs::create_symlink(pages_ + "/b_link", pages_ + "/a_link");
    db_ = dir / "library.db";
    outcome_ = new Outcome(index_folder());
  }
  static void TearDownTestSuite() {
    delete outcome_;
    delete dir_;
  }

  // As root, permission bits do not stop reads: index as "nobody" then.
  static Outcome index_folder() {
    std::vector<std::string> argv = {KANBAO_BINARY, "--db", db_, "index", pages_};
    if (geteuid() == 0) {
      argv.insert(argv.begin(), {"setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"});
    }
    return run_program(argv);
  }

  static inline TempDir* dir_ = nullptr;
  static inline std::string pages_;
  static inline std::string db_;
  static inline Outcome* outcome_ = nullptr;  // of indexing the folder
};

TEST_F(HostileFolder, IndexingFinishesNamingEverySkippedFile) {
  const Outcome& run = *outcome_;
  EXPECT_EQ(run.status, 3) << run.err;
  EXPECT_THAT(run.err, HasSubstr("random.bin"));
  EXPECT_THAT(run.err, HasSubstr("unreadable.txt"));
  EXPECT_THAT(run.err, HasSubstr("ermission denied"));
  EXPECT_THAT(run.err, HasSubstr("damaged.txt"));  // a warning about replaced bytes
  EXPECT_THAT(run.err, Not(HasSubstr("good_")));
  // Bounded memory: the 10 MB single-line page must not cost gigabytes.
  // FTS5 holds one document's tokens in memory until the row is written, and
  // since the pinyin tokens (store/tokenizer.h) there are about three per
  // character: 200 MB in a release build. AddressSanitizer's shadow memory
  // and quarantine more than double that, so its build gets twice the bound.
  EXPECT_LT(run.max_rss_kb, (kSanitized ? 800 : 400) * 1024);

  json rows = json::parse(run_kanbao({"--db", db_, "list", "--json"}).out);
  std::map<std::string, int> per_file;
  for (const auto& row : rows) {
    std::string source = row["source"];
    per_file[fs::path(source.substr(0, source.rfind(':'))).filename().string()]++;
  }
  for (const auto& entry : fs::directory_iterator(kSample)) {
    EXPECT_GT(per_file["good_" + entry.path().filename().string()], 0) << entry.path();
  }
  EXPECT_EQ(per_file["gb18030.txt"], per_file["good_002_4b336df7a5a7a260.txt"]);
  EXPECT_EQ(per_file["damaged.txt"], per_file["good_003_8b5a061d728f5a52.txt"]);
  EXPECT_EQ(per_file["no_structure.txt"], 1);
  EXPECT_EQ(per_file["escapes.txt"], 1);
  EXPECT_EQ(per_file["one_line.txt"], 1);
  EXPECT_EQ(per_file.count("random.bin"), 0u);
}

TEST_F(HostileFolder, DamagedTextIsKeptWithReplacementCharacters) {
  json rows = json::parse(run_kanbao({"--db", db_, "list", "--json"}).out);
  bool found = false;
  for (const auto& row : rows) {
    if (row["source"].get<std::string>().find("damaged.txt") == std::string::npos) continue;
    json article =
        json::parse(run_kanbao({"--db", db_, "show", "--json", std::to_string(row["id"].get<int>())}).out);
    if (article["body"].get<std::string>().find("\xEF\xBF\xBD") != std::string::npos) found = true;
  }
  EXPECT_TRUE(found);
}

TEST_F(HostileFolder, EscapeSequencesAreStoredButNeverPrinted) {
  json rows = json::parse(run_kanbao({"--db", db_, "list", "--json"}).out);
  std::string id;
  for (const auto& row : rows) {
    if (row["source"].get<std::string>().find("escapes.txt") != std::string::npos)
      id = std::to_string(row["id"].get<int>());
  }
  ASSERT_FALSE(id.empty());
  json article = json::parse(run_kanbao({"--db", db_, "show", "--json", id}).out);
  EXPECT_THAT(article["body"].get<std::string>(), HasSubstr("\x1b]0;pwned\x07"));  // stored as it was
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"show", id}, {"list"}, {"search", "清屏"}, {"search", "pwned"}}) {
    std::vector<std::string> full = {"--db", db_};
    full.insert(full.end(), args.begin(), args.end());
    Outcome run = run_kanbao(full);
    EXPECT_EQ(run.status, 0) << args.front() << run.err;
    for (char c : run.out) {
      bool control = (static_cast<unsigned char>(c) < 0x20 && c != '\n') || c == '\x7f';
      ASSERT_FALSE(control) << args.front() << " printed control byte " << int(c);
    }
  }
}

}  // namespace
}  // namespace kanbao
