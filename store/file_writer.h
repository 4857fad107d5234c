// SPDX-License-Identifier: MIT
// What an indexing run (index_run.h) needs from a backend: the stored
// record of a file and the writes that bring it up to date. The SQLite
// IndexWriter (indexer.h) and PostgreSQL's PgIndexWriter (pg/pg_writer.h)
// implement it. Internal to store/.
//
// Every write is one transaction of its own: a run that stops (crash, error)
// leaves every file either as it was or as this run stored it.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "base/result.h"
#include "corpus/article.h"
#include "store/file_reader.h"

namespace kanbao::store {

// What storing a page did to the articles its file held until then.
struct Replaced {
  // Positions of the page's articles that kept the id of the file's previous
  // article there: the same article, read again in place.
  std::vector<int> kept_positions;
  // The file's previous articles no article of the page took the place of.
  std::int64_t removed = 0;
};

// A file as the library stored it.
struct FileRecord {
  std::int64_t id = 0;
  FileStat stat;
  std::string hash;
  std::string paper;      // the paper its page was given ("" = none)
  std::string issue_key;  // ... and the issue (stored_date.h's date_key; "" = none)
};

class FileWriter {
 public:
  virtual ~FileWriter() = default;

  // The stored record of `path`, or nullopt if it was never indexed.
  virtual Result<std::optional<FileRecord>> lookup(const std::string& path) = 0;

  // Records new stat info for a file whose content is unchanged.
  virtual Status touch(std::int64_t file_id, const FileStat& stat) = 0;

  // Stores the parsed page of `path`, replacing the file's previous articles
  // (and their search entries) if it was indexed before. Returns which
  // articles were read again in place and how many went. An article keeps the id of the file's previous
  // article at its position (same file and position, same id; a position
  // the file did not have gets a new id): re-reading a file (`index
  // --rebuild`, a newer parser, a changed page) does not renumber it, so
  // `kanbao show ID`, exported ids and a browser open on the library keep
  // naming the same articles. (Reading state is keyed by path, position and
  // title, never by id: reading_state.h.)
  Result<Replaced> replace(const std::string& path, const FileStat& stat, const std::string& hash,
                           const std::string& encoding, const corpus::Page& page) {
    return store_page(path, stat, hash, encoding, page, nullptr);
  }

  // As replace(), but the articles keep the ids `ids` (one per article, in
  // order) instead of new ones: an import (Library::import_from) moves a
  // library with its article ids, so `kanbao show ID` and exported ids stay
  // true. An id another file's article holds is an error (the transaction
  // is rolled back). Ids given here are never handed out again as new ones.
  Result<Replaced> restore(const std::string& path, const FileStat& stat, const std::string& hash,
                           const std::string& encoding, const corpus::Page& page,
                           const std::vector<std::int64_t>& ids) {
    if (ids.size() != page.articles.size()) return Error("restore: one id per article expected");
    return store_page(path, stat, hash, encoding, page, &ids);
  }

  // Forgets a file and its articles. Returns the number of articles removed.
  virtual Result<std::int64_t> remove(std::int64_t file_id) = 0;

  // Every stored file whose path starts with `prefix` ("" = every file).
  virtual Result<std::vector<std::pair<std::int64_t, std::string>>> files_under(
      const std::string& prefix) = 0;

  // Drops what no article refers to any more, once the run's files are done.
  virtual Status prune() = 0;

  // Records, once the run's files are done, that this build's parser
  // (`version`, whose stamps end in `suffix`) ran, with how many stored files
  // another parser read and how many there are (store/parser_note.h).
  virtual Status note_parser(int version, const std::string& suffix) = 0;

  // The file and position of every article joined to another (the later
  // part of a continued article, listed as the article it continues).
  virtual Result<std::vector<std::pair<std::string, int>>> joined_parts() = 0;

 protected:
  FileWriter() = default;
  // replace() and restore(), each backend's: `ids` nullptr gives the
  // articles the ids of the file's previous ones (kept_ids), else one id
  // per article.
  virtual Result<Replaced> store_page(const std::string& path, const FileStat& stat, const std::string& hash,
                                      const std::string& encoding, const corpus::Page& page,
                                      const std::vector<std::int64_t>* ids) = 0;
  FileWriter(const FileWriter&) = default;
  FileWriter(FileWriter&&) = default;
  FileWriter& operator=(const FileWriter&) = default;
  FileWriter& operator=(FileWriter&&) = default;
};

// The ids replace() gives the articles of `page`: for each, in order, the id
// `previous` (position on the page -> id of the file's article stored
// there) holds for its position, or 0 for a new one.
inline std::vector<std::int64_t> kept_ids(const corpus::Page& page,
                                          const std::map<int, std::int64_t>& previous) {
  std::vector<std::int64_t> ids;
  ids.reserve(page.articles.size());
  for (const corpus::Article& a : page.articles) {
    const auto it = previous.find(a.position);
    ids.push_back(it == previous.end() ? 0 : it->second);
  }
  return ids;
}

// What store_page() did: the articles of `page`, stored with the ids `ids`
// (one per article), against `previous` (position -> id, of the file's
// articles until then).
inline Replaced replaced(const corpus::Page& page, const std::map<int, std::int64_t>& previous,
                         const std::vector<std::int64_t>& ids) {
  Replaced out;
  for (std::size_t i = 0; i < page.articles.size() && i < ids.size(); ++i) {
    const int position = page.articles[i].position;
    const auto it = previous.find(position);
    if (it != previous.end() && it->second == ids[i]) out.kept_positions.push_back(position);
  }
  out.removed = static_cast<std::int64_t>(previous.size() - out.kept_positions.size());
  return out;
}

}  // namespace kanbao::store
