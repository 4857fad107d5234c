// SPDX-License-Identifier: MIT
// Shared helpers for the library tests: temporary folders, sample copies,
// and the parser's own view of a file (what the library must reproduce).
#pragma once

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "corpus/decode.h"
#include "corpus/parse.h"
#include "store/library.h"

namespace kanbao::store::testing {

namespace fs = std::filesystem;

// A fresh folder per test, removed afterwards.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "kanbao_store_XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    // Restore permissions a test may have taken away, so removal succeeds.
    for (auto it = fs::recursive_directory_iterator(path_, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      fs::permissions(it->path(), fs::perms::owner_all, fs::perm_options::add, ec);
    }
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }

 private:
  fs::path path_;
};

inline std::string read_bytes(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

inline void write_bytes(const fs::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
}

inline std::vector<fs::path> sample_files() {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(KANBAO_SAMPLE_DIR)) {
    if (e.is_regular_file()) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

// Copies the sample pages into `folder`; returns the copies' paths.
inline std::vector<std::string> copy_samples(const fs::path& folder) {
  fs::create_directories(folder);
  std::vector<std::string> out;
  for (const auto& f : sample_files()) {
    fs::copy_file(f, folder / f.filename());
    // The originals may be read-only; tests rewrite their copies.
    fs::permissions(folder / f.filename(), fs::perms::owner_read | fs::perms::owner_write);
    out.push_back((folder / f.filename()).string());
  }
  return out;
}

// What the parser makes of a file, with the same context the indexer gives it.
inline corpus::Page parse_file(const std::string& path) {
  auto decoded = corpus::decode(read_bytes(path));
  EXPECT_TRUE(decoded.ok()) << path;
  if (!decoded) return {};
  corpus::PageContext context;
  context.path = path;
  return corpus::parse_page(decoded->text, context);
}

inline Library open_rw(const std::string& path) {
  auto lib = Library::open(path, OpenMode::kReadWrite);
  if (!lib) ADD_FAILURE() << lib.error().message();
  return std::move(lib).value();
}

inline Library open_ro(const std::string& path) {
  auto lib = Library::open(path, OpenMode::kReadOnly);
  if (!lib) ADD_FAILURE() << lib.error().message();
  return std::move(lib).value();
}

// The ids of every hit of `query`, in one page.
inline std::vector<std::int64_t> all_hit_ids(Library& lib, const std::string& query) {
  SearchRequest r;
  r.query = query;
  r.limit = 0;
  auto page = lib.search(r);
  if (!page) {
    ADD_FAILURE() << query << ": " << page.error().message();
    return {};
  }
  std::vector<std::int64_t> ids;
  for (const auto& h : page->hits) ids.push_back(h.id);
  return ids;
}

inline IndexReport index_ok(Library& lib, const std::vector<std::string>& paths,
                            const IndexOptions& options = {}) {
  auto report = lib.index(paths, options);
  if (!report) {
    ADD_FAILURE() << report.error().message();
    return {};
  }
  return std::move(report).value();
}

// PRAGMA integrity_check on a separate raw connection: "ok" or the problems.
inline std::string integrity_check(const std::string& db_path) {
  sqlite3* db = nullptr;
  std::string out;
  if (sqlite3_open_v2(db_path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr) == SQLITE_OK) {
      while (sqlite3_step(stmt) == SQLITE_ROW) {
        if (!out.empty()) out += "\n";
        out += reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
      }
    }
    sqlite3_finalize(stmt);
  }
  if (out.empty()) out = sqlite3_errmsg(db);
  sqlite3_close(db);
  return out;
}

// Every row of a listing, in one page.
inline std::vector<ArticleRow> all_rows(Library& lib, ListQuery q = {}) {
  q.limit = 0;
  auto page = lib.list(q);
  if (!page) {
    ADD_FAILURE() << page.error().message();
    return {};
  }
  return page->rows;
}

// The ids of a search's hits fetched `limit` at a time, each page after the
// previous page's last cursor (keyset paging, as the browser does); every
// page must report `total`.
inline std::vector<std::int64_t> paged_hit_ids(Library& lib, SearchRequest request, int limit,
                                               std::int64_t total) {
  request.limit = limit;
  request.after.reset();
  std::vector<std::int64_t> ids;
  for (int guard = 0; guard < 1000; ++guard) {
    auto page = lib.search(request);
    if (!page) {
      ADD_FAILURE() << request.query << ": " << page.error().message();
      break;
    }
    EXPECT_EQ(page->total, total) << request.query;
    for (const auto& h : page->hits) ids.push_back(h.id);
    if (static_cast<int>(page->hits.size()) < limit) break;
    request.after = page->hits.back().cursor;
  }
  return ids;
}

}  // namespace kanbao::store::testing
