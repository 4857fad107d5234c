// SPDX-License-Identifier: MIT
// The real binary against hostile command lines: argv that is not UTF-8,
// every hostile query of the search issue, and a library the user may read
// but not write. Always a result or one clear line, exit 0/1/2, never a crash
// and never SQL or FTS5 text.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/corpus_fixture.h"
#include "cli/run_binary.h"
#include "text/utf8.h"

namespace kanbao {
namespace {

using nlohmann::json;
using test_support::Outcome;
using test_support::run_kanbao;
using test_support::run_program;
using test_support::TempDir;
using ::testing::AnyOf;
using ::testing::HasSubstr;
namespace fs = std::filesystem;

const std::string kSample = KANBAO_SAMPLE_DIR;

// Strict UTF-8: no overlongs, surrogates or values above U+10FFFF.
bool valid_utf8(const std::string& s) {
  for (std::size_t i = 0; i < s.size();) {
    if (text::decode(s, i) == text::kInvalid) return false;
  }
  return true;
}

bool is_json(const std::string& s) { return json::accept(s); }

int count_lines(const std::string& s) { return static_cast<int>(std::count(s.begin(), s.end(), '\n')); }

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string printable(const std::string& s, std::size_t max = 40) {
  std::string out;
  for (const char ch : s.substr(0, max)) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x20 || c >= 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

// What a user must never see: the engine's own words, or a crash.
void expect_no_internals(const std::string& text, const std::string& what) {
  const std::string l = lower(text);
  for (const char* word :
       {"fts5", "syntax error", "sql", "malformed match", "no such column", "unrecognized token",
        "terminate called", "what():", "assertion", "sanitizer", "segmentation"}) {
    EXPECT_EQ(l.find(word), std::string::npos) << what << ": mentions '" << word << "':\n" << text;
  }
}

// Exit 0 (a result), 1 (a clear error) or 2 (a usage error); an error says
// so in exactly one valid UTF-8 line.
void expect_clean(const Outcome& run, const std::string& what, const std::string& user_text = "") {
  EXPECT_THAT(run.status, AnyOf(0, 1, 2)) << what << "\n" << run.err;
  if (run.status != 0) {
    EXPECT_EQ(count_lines(run.err), 1) << what << ": stderr is not one line:\n" << run.err;
    EXPECT_THAT(run.err, HasSubstr("kanbao")) << what;
  }
  EXPECT_TRUE(valid_utf8(run.err)) << what << ": stderr is not UTF-8: " << printable(run.err, 160);
  // Nor may it carry terminal controls (an ESC in the user's text would
  // otherwise reach the terminal through the message).
  EXPECT_TRUE(
      std::none_of(run.err.begin(), run.err.end(),
                   [](char c) { return (static_cast<unsigned char>(c) < 0x20 && c != '\n') || c == '\x7f'; }))
      << what << ": stderr carries control bytes: " << printable(run.err, 160);
  EXPECT_TRUE(valid_utf8(run.out)) << what << ": stdout is not UTF-8";
  // The user's own text may say anything ("sqlite_master"): judge the rest.
  std::string err = run.err;
  if (!user_text.empty()) {
    for (auto at = err.find(user_text); at != std::string::npos; at = err.find(user_text))
      err.erase(at, user_text.size());
  }
  expect_no_internals(err, what);
}

class RobustArgv : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir;
    db_ = *dir_ / "library.db";
    Outcome indexed = run_kanbao({"--db", db_, "index", kSample});
    ASSERT_EQ(indexed.status, 0) << indexed.err;
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  static Outcome kanbao(std::vector<std::string> args) {
    args.insert(args.begin(), {"--db", db_});
    return run_kanbao(args);
  }
  static TempDir* dir_;
  static std::string db_;
};

TempDir* RobustArgv::dir_ = nullptr;
std::string RobustArgv::db_;

const std::vector<std::string> kInvalidUtf8 = {"\xff\xfe",
                                               "持之\xff以恒",
                                               "\xc3",
                                               "\xe4\xb8",
                                               "\xed\xa0\x80",
                                               "\xc0\xaf",
                                               "\xf8\x88\x80\x80\x80",
                                               "\xf4\x90\x80\x80",
                                               std::string("\x80", 1),
                                               "管城\x1b[2J区"};

TEST_F(RobustArgv, InvalidUtf8InSearchDistrictAndShow) {
  for (const auto& bad : kInvalidUtf8) {
    for (const auto& args : std::vector<std::vector<std::string>>{{"search", bad},
                                                                  {"search", "--json", bad},
                                                                  {"search", "--district", bad, "持之以恒"},
                                                                  {"list", "--district", bad},
                                                                  {"list", "--json", "--district", bad},
                                                                  {"show", bad},
                                                                  {"show", "--json", bad},
                                                                  {"districts", bad}}) {
      const Outcome run = kanbao(args);
      const std::string what = args.front() + " " + printable(bad);
      expect_clean(run, what, bad);
      if (run.status == 0 && std::find(args.begin(), args.end(), "--json") != args.end()) {
        EXPECT_TRUE(is_json(run.out)) << what << ": not JSON:\n" << run.out;
      }
    }
  }
  // A search for damaged text still finds the intact part.
  const Outcome partial = kanbao({"search", "持之\xff以恒"});
  EXPECT_EQ(partial.status, 0) << partial.err;
  // show with a non-number is a usage error naming the argument.
  const Outcome show = kanbao({"show", "\xff"});
  EXPECT_EQ(show.status, 2) << show.err;
}

TEST_F(RobustArgv, InvalidUtf8InPaths) {
  // A folder that does not exist: one line saying so.
  const Outcome missing = run_kanbao({"--db", *dir_ / "other.db", "index", *dir_ / "\xff\xfe-missing"});
  expect_clean(missing, "index of a missing folder");
  EXPECT_EQ(missing.status, 1);
  EXPECT_THAT(missing.err, HasSubstr("no such file or directory"));
  // A library path that is not UTF-8 and does not exist.
  const Outcome no_db = run_kanbao({"--db", *dir_ / "\xff.db", "list"});
  expect_clean(no_db, "list with a missing --db");
  EXPECT_EQ(no_db.status, 1);

  // A real folder whose name is not UTF-8 (Linux allows any bytes): indexed,
  // and every output format copes with the path in `source`.
  const std::string pages = *dir_ / "pages-\xff\xfe-\xe4\xb8";
  fs::create_directory(pages);
  for (const auto& entry : fs::directory_iterator(kSample))
    fs::copy_file(entry.path(), pages + "/" + entry.path().filename().string());
  const std::string db = *dir_ / "bytes-\xff.db";
  const Outcome indexed = run_kanbao({"--db", db, "index", pages});
  expect_clean(indexed, "index of a non-UTF-8 folder");
  ASSERT_EQ(indexed.status, 0) << indexed.err;
  for (const auto& args : std::vector<std::vector<std::string>>{{"list"},
                                                                {"list", "--json"},
                                                                {"search", "持之以恒"},
                                                                {"search", "--json", "持之以恒"},
                                                                {"districts"}}) {
    std::vector<std::string> full = {"--db", db};
    full.insert(full.end(), args.begin(), args.end());
    const Outcome run = run_kanbao(full);
    expect_clean(run, args.front() + " on a library of non-UTF-8 paths");
    EXPECT_EQ(run.status, 0) << args.front() << ": " << run.err;
    EXPECT_FALSE(run.out.empty()) << args.front();
  }
  const Outcome listed = run_kanbao({"--db", db, "list", "--json"});
  json rows;
  ASSERT_NO_THROW(rows = json::parse(listed.out)) << listed.out.substr(0, 400);
  ASSERT_FALSE(rows.empty());
  const std::string id = std::to_string(rows[0]["id"].get<int>());
  for (const auto& args : std::vector<std::vector<std::string>>{{"show", id}, {"show", "--json", id}}) {
    std::vector<std::string> full = {"--db", db};
    full.insert(full.end(), args.begin(), args.end());
    const Outcome run = run_kanbao(full);
    expect_clean(run, "show on a library of non-UTF-8 paths");
    EXPECT_EQ(run.status, 0) << run.err;
  }
}

// Every hostile query of the search issue, through the real binary.
TEST_F(RobustArgv, HostileQueriesGiveResultsOrOneLineNeverSql) {
  std::string longest;
  for (int i = 0; i < 1250; ++i) longest += "管城区 ";
  std::string long_han;
  for (int i = 0; i < 2500; ++i) long_han += "管城";
  const std::vector<std::string> queries = {"\"",
                                            "\"\"",
                                            "\"持之",
                                            "*",
                                            "持之*",
                                            "*以恒",
                                            "^",
                                            "^持之",
                                            ":",
                                            "title:持之",
                                            "body:",
                                            "(",
                                            ")",
                                            "(持之",
                                            "持之)",
                                            "((持之) OR (以恒",
                                            "AND",
                                            "OR",
                                            "NOT",
                                            "NEAR",
                                            "NEAR(持之 以恒)",
                                            "NEAR(持之 以恒, 2)",
                                            "持之 AND",
                                            "OR 持之",
                                            "持之 OR",
                                            "持之 OR OR 以恒",
                                            "NOT 持之",
                                            "持之 NOT 以恒",
                                            "- -",
                                            "-",
                                            "--持之",
                                            "+持之",
                                            "'; DROP TABLE articles; --",
                                            "\" OR 1=1 --",
                                            "持之\" OR \"",
                                            "'; SELECT * FROM sqlite_master; --",
                                            "article_fts:持之",
                                            "rowid:1",
                                            "\\",
                                            "%",
                                            "_",
                                            "'",
                                            "\x01\x02",
                                            "😀",
                                            "😀持之以恒😀",
                                            "👩‍👩‍👧🏽",
                                            "𠀀𠀁",
                                            "ａ＊ｂ",
                                            "district:\"\"",
                                            "date:..",
                                            "date:2023-02-30..",
                                            "reporter:\"",
                                            "x:y",
                                            "{持之}",
                                            "[持之]",
                                            "a:b:c",
                                            "NEAR/2",
                                            longest,
                                            long_han,
                                            std::string(5000, 'z'),
                                            std::string(5000, '"'),
                                            std::string(5000, '-'),
                                            std::string(5000, '*'),
                                            std::string(5000, '(')};
  for (const auto& q : queries) {
    for (const bool as_json : {false, true}) {
      // "--" ends the options, so a query may start with "-".
      std::vector<std::string> args = {"search"};
      if (as_json) args.push_back("--json");
      args.push_back("--");
      args.push_back(q);
      const Outcome run = kanbao(args);
      const std::string what = "query " + printable(q) + (as_json ? " --json" : "");
      expect_clean(run, what, q.substr(0, 200));
      // 2: a query of -terms alone (--持之) is a usage error.
      EXPECT_THAT(run.status, AnyOf(0, 1, 2)) << what << ": " << run.err;
      expect_no_internals(run.out.substr(0, 2000), what + " (stdout)");
      if (run.status == 0 && as_json) {
        EXPECT_TRUE(is_json(run.out)) << what;
      }
      if (run.status == 0 && !as_json && run.out.empty()) {
        EXPECT_EQ(count_lines(run.err), 1) << what << ": no result and no message";
      }
    }
  }
  // Without "--", a word that starts with "--" is an unknown option: a usage
  // error in one line. A single dash is the query's "must not contain".
  for (const std::string& q : std::vector<std::string>{"--持之", std::string(5000, '-')}) {
    const Outcome run = kanbao({"search", q});
    expect_clean(run, "search " + printable(q), q);
    EXPECT_EQ(run.status, 2) << printable(q) << run.err;
  }
  {
    const Outcome with = kanbao({"search", "--json", "--limit", "0", "保交楼"});
    const Outcome without = kanbao({"search", "--json", "--limit", "0", "保交楼", "-近日"});
    ASSERT_EQ(without.status, 0) << without.err;
    const auto all = nlohmann::json::parse(with.out), kept = nlohmann::json::parse(without.out);
    EXPECT_LT(kept.size(), all.size());  // 近日 is in one of the 保交楼 articles
    EXPECT_FALSE(kept.empty());
  }
  // Special characters are data, not syntax: the words around them are found.
  for (const std::string q : {"持之*", "^持之", "\"持之", "(持之", "'; 持之以恒 --", "😀持之以恒😀"}) {
    const Outcome run = kanbao({"search", "--json", q});
    ASSERT_EQ(run.status, 0) << q << run.err;
    EXPECT_FALSE(json::parse(run.out).empty()) << q;
  }
  // And nothing was dropped.
  const auto check = test_support::check_library(db_);
  EXPECT_EQ(check.integrity, "ok");
  EXPECT_GT(check.articles, 0);
}

// A library the user can read but not write: a 0444 file in a 0555 folder,
// used by "nobody" (CI runs as root, for whom permission bits do not count).
class ReadOnlyLibrary : public ::testing::Test {
 protected:
  void SetUp() override {
    fs::permissions(dir_.path(), fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                     fs::perms::others_read | fs::perms::others_exec);
    folder_ = dir_ / "ro";
    fs::create_directory(folder_);
    db_ = folder_ + "/library.db";
    const Outcome indexed = run_kanbao({"--db", db_, "index", kSample});
    ASSERT_EQ(indexed.status, 0) << indexed.err;
    // The writer closed cleanly: no -wal/-shm left to need writing.
    for (const auto& entry : fs::directory_iterator(folder_)) {
      EXPECT_EQ(entry.path().filename(), "library.db") << "left behind: " << entry.path();
    }
    fs::permissions(db_, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    fs::permissions(folder_, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                 fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
  }

  // Runs kanbao as an unprivileged user when we are root (setpriv), so the
  // permission bits really apply; as a normal user they apply anyway.
  Outcome as_user(std::vector<std::string> args) const {
    args.insert(args.begin(), {KANBAO_BINARY, "--db", db_});
    if (::geteuid() == 0)
      args.insert(args.begin(), {"setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"});
    return run_program(
        args, {"HOME=" + dir_.path(), "XDG_STATE_HOME=" + dir_.path(), "XDG_CONFIG_HOME=" + dir_.path()});
  }

  TempDir dir_;
  std::string folder_;
  std::string db_;
};

TEST_F(ReadOnlyLibrary, ReadingWorksIndexingSaysWhyItCannot) {
  // The user really cannot write there.
  const Outcome probe = ::geteuid() == 0
                            ? run_program({"setpriv", "--reuid=65534", "--regid=65534", "--clear-groups",
                                           "/usr/bin/touch", folder_ + "/probe"})
                            : run_program({"/usr/bin/touch", folder_ + "/probe"});
  ASSERT_NE(probe.status, 0) << "the test folder is writable; the test would prove nothing";

  const Outcome list = as_user({"list", "--json"});
  ASSERT_EQ(list.status, 0) << list.err;
  const json rows = json::parse(list.out);
  ASSERT_FALSE(rows.empty());
  const std::string id = std::to_string(rows[0]["id"].get<int>());

  const Outcome search = as_user({"search", "持之以恒"});
  EXPECT_EQ(search.status, 0) << search.err;
  EXPECT_THAT(search.out, HasSubstr("持之以恒"));
  const Outcome show = as_user({"show", id});
  EXPECT_EQ(show.status, 0) << show.err;
  EXPECT_THAT(show.out, HasSubstr(rows[0]["title"].get<std::string>()));
  const Outcome districts = as_user({"districts"});
  EXPECT_EQ(districts.status, 0) << districts.err;
  EXPECT_FALSE(districts.out.empty());
  for (const Outcome* run : {&list, &search, &show, &districts}) EXPECT_EQ(run->err, "");

  const Outcome index = as_user({"index", kSample});
  EXPECT_EQ(index.status, 1) << index.err;
  EXPECT_EQ(count_lines(index.err), 1) << index.err;
  EXPECT_THAT(index.err, HasSubstr(db_));
  EXPECT_THAT(lower(index.err),
              AnyOf(HasSubstr("read-only"), HasSubstr("readonly"), HasSubstr("permission denied"),
                    HasSubstr("cannot write"), HasSubstr("not writable")))
      << index.err;
  expect_no_internals(index.err, "index into a read-only library");

  // Nothing was changed or left behind.
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(folder_)) names.push_back(entry.path().filename().string());
  EXPECT_EQ(names, std::vector<std::string>{"library.db"});
  EXPECT_EQ(test_support::check_library(db_).integrity, "ok");
}

}  // namespace
}  // namespace kanbao
