// SPDX-License-Identifier: MIT
// Library: opening, lifetime, and reading one article. Indexing is in
// indexer.cpp, listing in listing.cpp, districts in districts.cpp, search in
// search.cpp.
#include "store/library.h"

#include <utility>

#include "store/article_rows.h"
#include "store/library_impl.h"
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

}  // namespace

Library::Library(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Library::Library(Library&&) noexcept = default;
Library& Library::operator=(Library&&) noexcept = default;
Library::~Library() = default;

Result<Library> Library::open(const std::string& path, OpenMode mode) {
  auto db = schema::open_library(path, mode);
  if (!db) return db.error();
  auto impl = std::make_unique<Impl>();
  impl->db = std::move(*db);
  impl->path = path;
  impl->mode = mode;
  return Library(std::move(impl));
}

const std::string& Library::path() const { return impl_->path; }

void Library::set_gazetteer(corpus::Gazetteer gazetteer) { impl_->gazetteer = std::move(gazetteer); }

Result<std::optional<Article>> Library::article(std::int64_t id) {
  auto& db = impl_->db;
  const std::string sql_text = std::string("SELECT ") + kRowColumns +
                               ", a.body, a.byline, a.photo_credit, a.position" + kRowFrom +
                               " WHERE a.id = ?1";
  auto stmt = db.prepare(sql_text);
  if (!stmt) return stmt.error();
  stmt->bind(1, id);
  auto row = stmt->step();
  if (!row) return row.error();
  if (!*row) return std::optional<Article>();

  Article a;
  static_cast<ArticleRow&>(a) = read_row(*stmt);
  a.paragraphs = split_paragraphs(stmt->text_view(kRowColumnCount));
  a.byline = stmt->text(kRowColumnCount + 1);
  a.photo_credit = stmt->int64(kRowColumnCount + 2) != 0;
  a.position = stmt->integer(kRowColumnCount + 3);
  a.path = stmt->text(7);
  a.first_line = stmt->integer(8);
  a.last_line = stmt->integer(9);

  auto people = PeopleReader::prepare(db);
  if (!people) return people.error();
  KANBAO_TRY(people->read(a));
  return std::optional<Article>(std::move(a));
}

}  // namespace kanbao::store
