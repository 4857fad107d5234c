// SPDX-License-Identifier: MIT
// A library's pages read back from what it stored, without the page files:
// what `kanbao import` (Library::import_from) moves from one library to
// another, each page then stored by the destination's own FileWriter
// (file_writer.h) exactly as `index` would have stored the parsed page.
// Every backend implements PageReader over its own tables; turning the
// stored rows back into a corpus::Page is written once (to_page()).
// Internal to store/.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "base/result.h"
#include "corpus/article.h"
#include "store/file_reader.h"
#include "store/library.h"

namespace kanbao::store {

// A file as the library stored it: what `index` compares (size, mtime, hash)
// travels with it, so an index of the same folders after an import finds
// nothing to do.
struct StoredFile {
  std::int64_t id = 0;
  std::string path;
  FileStat stat;
  std::string hash;
  std::string encoding;
  // The page's origin and furniture as files keeps them.
  std::string paper, issue_key, page, page_name, furniture;
};

// One stored article row, every column the writers fill.
struct StoredArticle {
  std::int64_t id = 0;
  std::string district;
  int position = 0, first_line = 0, last_line = 0;
  StoredDate date;       // the event date
  StoredDate published;  // the issue's date, as the page's origin gave it
  std::string kicker, title, subtitle, body, byline;
  bool photo_credit = false;
  std::vector<std::string> reporters, correspondents;
  std::string continued_to, continued_from;
  // Paragraphs of `body` that are the article's own (-1: all): a head keeps
  // the parts joined to it in its body; the part's own row keeps them too.
  int own_paragraphs = -1;
};

// A page as it was parsed, and the ids its articles had.
struct StoredPage {
  corpus::Page page;
  std::vector<std::int64_t> ids;  // one per article of page.articles
};

// The page `file` held when it was indexed: its origin, its furniture and
// its articles in page order, each with its own paragraphs only (joins are
// made again by the writer that stores it). `articles` in position order.
StoredPage to_page(const StoredFile& file, std::vector<StoredArticle> articles);

// How many files a library holds, and their bytes.
struct FileTotals {
  int files = 0;
  std::int64_t bytes = 0;
};

class PageReader {
 public:
  virtual ~PageReader() = default;
  // Up to `limit` stored files with ids above `after` (0: from the first),
  // by id: the order they were first stored, so that continued articles
  // join in the order they joined. Read a batch at a time, a library of
  // millions of files is never listed in memory whole.
  virtual Result<std::vector<StoredFile>> files_after(std::int64_t after, int limit) = 0;
  virtual Result<FileTotals> totals() = 0;
  // The page of `file`, as to_page() gives it.
  virtual Result<StoredPage> page(const StoredFile& file) = 0;

 protected:
  PageReader() = default;
  PageReader(const PageReader&) = default;
  PageReader& operator=(const PageReader&) = default;
};

}  // namespace kanbao::store
