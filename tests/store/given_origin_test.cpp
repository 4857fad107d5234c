// SPDX-License-Identifier: MIT
// `index --paper` and `--date` name the paper and issue of pages whose path
// names none. Given to files already indexed, they apply (the files are read
// again); given once, they stay with each file when it changes and is read
// again without them: a user's tagging is never undone by a later run.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <time.h>

#include <fstream>
#include <string>

#include "backends_fixture.h"

namespace kanbao::store {
namespace {

IndexOptions given(const char* paper, StoredDate date) {
  IndexOptions options;
  options.paper = paper;
  options.date = date;
  return options;
}

// Every stored article's paper and publication date, each "paper date".
std::vector<std::string> origins(Library& lib) {
  std::vector<std::string> out;
  for (const auto& row : testing::all_rows(lib)) out.push_back(row.paper + " " + row.published.str());
  return out;
}

class GivenOrigin : public testing::Backends {};

TEST_P(GivenOrigin, OptionsApplyToIndexedFilesAndStayWithThem) {
  Library lib = open_rw();
  const IndexReport first = testing::index_ok(lib, {pages_});
  ASSERT_EQ(first.files_indexed, static_cast<int>(files_.size()));
  const std::size_t articles = origins(lib).size();
  ASSERT_GT(articles, 0U);
  for (const auto& o : origins(lib)) ASSERT_EQ(o, " ") << "the sample pages' paths name no paper or issue";

  // Given to files already indexed and unchanged: read again, so they apply.
  const IndexReport tagged = testing::index_ok(lib, {pages_}, given("郑州日报", StoredDate{2023, 6, 21}));
  EXPECT_EQ(tagged.files_indexed, static_cast<int>(files_.size()));
  EXPECT_EQ(origins(lib), std::vector<std::string>(articles, "郑州日报 2023-06-21"));

  // The same again: nothing to do.
  const IndexReport again = testing::index_ok(lib, {pages_}, given("郑州日报", StoredDate{2023, 6, 21}));
  EXPECT_EQ(again.files_unchanged, static_cast<int>(files_.size()));
  EXPECT_EQ(again.files_indexed, 0);

  // A file changes and a later run, without the options, reads it again:
  // it keeps the paper and issue it was given.
  {
    std::ofstream out(files_[0], std::ios::app);
    out << "\n";
  }
  struct timespec times[2] = {{1000000000, 0}, {1000000000, 0}};
  ASSERT_EQ(::utimensat(AT_FDCWD, files_[0].c_str(), times, 0), 0);
  const IndexReport later = testing::index_ok(lib, {pages_}, IndexOptions{});
  EXPECT_EQ(later.files_indexed, 1);
  EXPECT_EQ(origins(lib), std::vector<std::string>(articles, "郑州日报 2023-06-21"));

  // --rebuild without the options parses every file again, and still keeps them.
  IndexOptions rebuild;
  rebuild.rebuild = true;
  testing::index_ok(lib, {pages_}, rebuild);
  EXPECT_EQ(origins(lib), std::vector<std::string>(articles, "郑州日报 2023-06-21"));
}

INSTANTIATE_TEST_SUITE_P(Store, GivenOrigin,
                         ::testing::Values(testing::Kind::kSqlite, testing::Kind::kPostgres),
                         testing::kind_name);

}  // namespace
}  // namespace kanbao::store
