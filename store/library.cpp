// SPDX-License-Identifier: MIT
// Library: opening, lifetime, and reading one article. Indexing is in
// indexer.cpp, listing in listing.cpp, districts in districts.cpp, search in
// search.cpp.
#include "store/library.h"

#include <utility>

#include "store/article_rows.h"
#include "store/issue_pages.h"
#include "store/library_identity.h"
#include "store/library_impl.h"
#include "store/location.h"
#include "store/pg/pg_library.h"
#include "store/schema.h"

namespace kanbao::store {
namespace {

std::vector<std::string> split_paragraphs(std::string_view body) {
  std::vector<std::string> out;
  if (body.empty()) return out;
  for (;;) {
    auto nl = body.find('\n');
    out.emplace_back(body.substr(0, nl));
    if (nl == std::string_view::npos) break;
    body.remove_prefix(nl + 1);
  }
  return out;
}

// The article `id` is read as: the one it continues when it is a joined
// part, else itself.
Result<std::int64_t> head_of(sql::Db& db, std::int64_t id) {
  KANBAO_ASSIGN_OR_RETURN(
      auto head, db.prepare("SELECT joined_to FROM articles WHERE id = ?1 AND joined_to IS NOT NULL"));
  head.bind(1, id);
  KANBAO_ASSIGN_OR_RETURN(auto joined, head.step());
  return joined ? head.int64(0) : id;
}

// Adds the pages and ids of the parts joined to `head`, in the order they were joined.
Status add_continued_pages(sql::Db& db, std::int64_t head, Article& a) {
  KANBAO_ASSIGN_OR_RETURN(auto parts, db.prepare("SELECT a.page, a.id, f.path, a.first_line, a.last_line"
                                                 " FROM articles a JOIN files f ON f.id = a.file_id"
                                                 " WHERE a.joined_to = ?1 ORDER BY a.id"));
  parts.bind(1, head);
  for (;;) {
    KANBAO_ASSIGN_OR_RETURN(auto more, parts.step());
    if (!more) break;
    a.pages.push_back(parts.text(0));
    a.part_ids.push_back(parts.int64(1));
    a.part_sources.push_back(line_source(parts.text(2), parts.int64(3), parts.int64(4)));
  }
  return Status::Ok();
}

}  // namespace

Library::Library(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Library::Library(Library&&) noexcept = default;
Library& Library::operator=(Library&&) noexcept = default;
Library::~Library() = default;

std::optional<std::string> pending_upgrade(const std::string& location) {
  const auto backend = backend_of(location);
  if (!backend || *backend == Backend::kPostgres) return std::nullopt;
  return schema::pending_upgrade(location);
}

Result<Library> Library::open(const std::string& path, OpenMode mode, LibrarySetup setup) {
  KANBAO_ASSIGN_OR_RETURN(const Backend backend, backend_of(path));
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  impl->mode = mode;
  impl->gazetteer = std::move(setup.gazetteer);
  impl->papers = std::move(setup.papers);
  impl->country_district = std::move(setup.country_district);
  if (backend == Backend::kPostgres) {
    KANBAO_ASSIGN_OR_RETURN(pg::Opened opened, pg::open_library(path, mode, *impl));
    impl->identity = std::move(opened.identity);
    impl->backend = std::move(opened.backend);
    return Library(std::move(impl));
  }
  KANBAO_ASSIGN_OR_RETURN(impl->db, schema::open_library(path, mode));
  if (setup.cache_pages > 0) {
    // A PRAGMA's value cannot be bound; this one is an integer.
    const std::string cache = "PRAGMA cache_size = " + std::to_string(setup.cache_pages);
    if (auto s = impl->db.exec(cache.c_str()); !s) {
      return Error("cannot open the library " + path + ": " + s.error().message());
    }
  }
  auto identity = read_library_identity(impl->db, path);
  if (!identity) return Error("cannot open the library " + path + ": " + identity.error().message());
  impl->identity = std::move(*identity);
  return Library(std::move(impl));
}

const std::string& Library::path() const { return impl_->path; }
const LibraryIdentity& Library::identity() const { return impl_->identity; }

Result<std::optional<Article>> Library::article(std::int64_t id) {
  if (impl_->backend) return impl_->backend->article(id);
  auto& db = impl_->db;
  KANBAO_ASSIGN_OR_RETURN(id, head_of(db, id));
  const std::string sql_text = std::string("SELECT ") + kRowColumns +
                               ", a.body, a.byline, a.photo_credit, a.position, a.own_paragraphs" + kRowFrom +
                               " WHERE a.id = ?1";
  KANBAO_ASSIGN_OR_RETURN(auto stmt, db.prepare(sql_text));
  stmt.bind(1, id);
  KANBAO_ASSIGN_OR_RETURN(auto row, stmt.step());
  if (!row) return std::optional<Article>();

  Article a;
  static_cast<ArticleRow&>(a) = read_row(stmt);
  a.paragraphs = split_paragraphs(stmt.text_view(kRowColumnCount));
  a.byline = stmt.text(kRowColumnCount + 1);
  a.photo_credit = stmt.int64(kRowColumnCount + 2) != 0;
  a.position = stmt.integer(kRowColumnCount + 3);
  const int own_paragraphs = stmt.integer(kRowColumnCount + 4);
  if (own_paragraphs >= 0) {
    a.part_starts.push_back(own_paragraphs);
    KANBAO_TRY(add_continued_pages(db, id, a));
    order_parts(a);
  }
  a.path = stmt.text(7);
  a.first_line = stmt.integer(8);
  a.last_line = stmt.integer(9);

  KANBAO_ASSIGN_OR_RETURN(auto people, PeopleReader::prepare(db));
  KANBAO_TRY(people.read(a));
  return std::optional<Article>(std::move(a));
}

}  // namespace kanbao::store
