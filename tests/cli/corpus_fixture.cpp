// SPDX-License-Identifier: MIT
#include "cli/corpus_fixture.h"

#include <fmt/format.h>
#include <sqlite3.h>

#include <filesystem>

#include "cli/run_binary.h"
#include "corpus/decode.h"
#include "corpus/parse.h"

namespace kanbao::test_support {

namespace fs = std::filesystem;

std::int64_t make_copies_of_sample(const std::string& dir, int copies) {
  std::int64_t per_copy = 0;
  for (const auto& entry : fs::directory_iterator(KANBAO_SAMPLE_DIR)) {
    auto decoded = corpus::decode(read_file(entry.path().string()));
    if (decoded.ok()) {
      corpus::PageContext context;
      context.path = entry.path().string();
      per_copy += static_cast<std::int64_t>(corpus::parse_page(decoded->text, context).articles.size());
    }
  }
  for (int i = 0; i < copies; ++i) {
    fs::path target = fs::path(dir) / fmt::format("copy_{:04}", i);
    fs::create_directories(target);
    for (const auto& entry : fs::directory_iterator(KANBAO_SAMPLE_DIR)) {
      fs::copy_file(entry.path(), target / entry.path().filename());
    }
  }
  return per_copy * copies;
}

LibraryCheck check_library(const std::string& db_path) {
  LibraryCheck check;
  // A kill before the indexer created the file leaves nothing to check: say
  // so with an empty integrity rather than SQLite's "unable to open".
  if (!fs::exists(db_path)) return check;
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
    check.integrity = sqlite3_errmsg(db);
    sqlite3_close(db);
    return check;
  }
  auto scalar = [db](const char* sql) {
    std::string value;
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW) {
      const unsigned char* text = sqlite3_column_text(stmt, 0);
      value = text != nullptr ? reinterpret_cast<const char*>(text) : "";
    } else {
      value = sqlite3_errmsg(db);
    }
    sqlite3_finalize(stmt);
    return value;
  };
  check.integrity = scalar("PRAGMA integrity_check");
  check.articles = std::atoll(scalar("SELECT count(*) FROM articles").c_str());
  check.distinct = std::atoll(scalar("SELECT count(*) FROM (SELECT DISTINCT f.path, a.position FROM articles "
                                     "a JOIN files f ON f.id = a.file_id)")
                                  .c_str());
  sqlite3_close(db);
  return check;
}

}  // namespace kanbao::test_support
