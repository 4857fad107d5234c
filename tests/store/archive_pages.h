// SPDX-License-Identifier: MIT
// Pages built as corpus::Page values, the way the parser hands them over,
// and stored with each backend's own FileWriter as Library::index does: for
// the archive and import tests.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "corpus/article.h"
#include "store/file_reader.h"
#include "store/file_writer.h"
#include "store/indexer.h"
#include "store/location.h"
#include "store/pg/pg_schema.h"
#include "store/pg/pg_writer.h"
#include "store/schema.h"

namespace kanbao::store {

inline corpus::Article make_article(std::string title, std::vector<std::string> paragraphs,
                                    int first_line = 1) {
  corpus::Article a;
  a.title = std::move(title);
  a.paragraphs = std::move(paragraphs);
  a.first_line = first_line;
  a.last_line = first_line + static_cast<int>(a.paragraphs.size());
  return a;
}

inline corpus::Page make_page(std::string paper, corpus::Date issue, std::string page_code,
                              std::string page_name = "") {
  corpus::Page p;
  p.origin.paper = std::move(paper);
  p.origin.issue = issue;
  p.origin.page = std::move(page_code);
  p.origin.page_name = std::move(page_name);
  return p;
}

inline bool on_postgres(const std::string& location) {
  auto backend = backend_of(location);
  return backend && *backend == Backend::kPostgres;
}

// Runs `write` with the FileWriter of the library at `location`.
template <typename Write>
void with_writer(const std::string& location, Write write) {
  if (on_postgres(location)) {
    auto conn = pg::Conn::connect(location, location);
    ASSERT_TRUE(conn) << conn.error().message();
    auto schema = pg::prepare_schema(*conn, OpenMode::kReadWrite);
    ASSERT_TRUE(schema) << schema.error().message();
    pg::PgIndexWriter writer(*conn);
    write(static_cast<FileWriter&>(writer));
    return;
  }
  auto db = schema::open_library(location, OpenMode::kReadWrite);
  ASSERT_TRUE(db) << db.error().message();
  auto writer = IndexWriter::prepare(*db);
  ASSERT_TRUE(writer) << writer.error().message();
  write(static_cast<FileWriter&>(*writer));
}

// Stores `page` as the content of `path` (the file need not exist) with the
// indexer's own writer, one transaction, as Library::index does.
inline void store_page(const std::string& location, const std::string& path, corpus::Page page,
                       const std::string& bytes = "x") {
  for (std::size_t i = 0; i < page.articles.size(); ++i) page.articles[i].position = static_cast<int>(i);
  with_writer(location, [&](FileWriter& writer) {
    auto removed = writer.replace(path, FileStat{static_cast<std::int64_t>(bytes.size()), 1},
                                  content_stamp(bytes), "UTF-8", page);
    ASSERT_TRUE(removed) << removed.error().message();
  });
}

inline void remove_file(const std::string& location, const std::string& path) {
  with_writer(location, [&](FileWriter& writer) {
    auto record = writer.lookup(path);
    ASSERT_TRUE(record && *record);
    auto removed = writer.remove((*record)->id);
    ASSERT_TRUE(removed) << removed.error().message();
  });
}

}  // namespace kanbao::store
