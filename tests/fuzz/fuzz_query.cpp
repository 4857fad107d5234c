// SPDX-License-Identifier: MIT
// Fuzz target: any query text parses to a Query or a clear error, and the
// FTS5 expression built from it is always valid FTS5 (run against a small
// in-memory index with kanbao's tokenizer): user text never becomes syntax.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <unordered_set>

#include "store/query.h"
#include "store/search_index.h"
#include "store/snippet.h"
#include "store/sqlite.h"

namespace {

using namespace kanbao::store;

sql::Db& database() {
  static sql::Db db = [] {
    auto opened = sql::Db::open(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!opened) std::abort();
    sql::Db d = std::move(*opened);
    if (!register_search_functions(d).ok()) std::abort();
    // The columns of `articles` the full-text tables read (joined_to: the
    // parts of a continued article are left out of them).
    if (!d.exec("CREATE TABLE articles (id INTEGER PRIMARY KEY, title TEXT, subtitle TEXT, body TEXT, byline "
                "TEXT, kicker TEXT, joined_to INTEGER)")
             .ok())
      std::abort();
    if (!create_search_schema(d).ok()) std::abort();
    IndexedText t{"管城回族区召开推进会", "", "“五星”支部创建 2023年 5G 1967套\n城乡社区", "记者 张艳敏",
                  "为基层减负"};
    if (!d.exec("INSERT INTO articles VALUES (1, '', '', '', '', '', NULL)").ok()) std::abort();
    if (!add_to_search_index(d, 1, t).ok()) std::abort();
    return d;
  }();
  return db;
}

void must_run(const std::string& expression) {
  if (expression.empty()) return;
  auto stmt = database().prepare("SELECT count(*) FROM article_fts WHERE article_fts MATCH ?1");
  if (!stmt) std::abort();
  stmt->bind(1, expression);
  auto row = stmt->step();
  if (!row.ok()) std::abort();  // an FTS5 syntax error: user text leaked into syntax
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  auto q = query::parse(text);
  if (!q.ok()) {
    if (q.error().message().empty()) std::abort();
    return 0;
  }
  static const std::unordered_set<char32_t> present = [] {
    std::unordered_set<char32_t> han;
    for (const auto& ch :
         fold::fold("管城回族区召开推进会五星支部创建城乡社区记者张艳敏", fold::Mode::kDocument))
      han.insert(ch.c);
    return han;
  }();
  query::FtsExpression e = query::translate(*q, &present);
  must_run(e.all);
  must_run(e.literal);
  must_run(e.negative);
  match::Fields fields{"管城回族区召开推进会", "", "“五星”支部创建 2023年 5G 1967套\n城乡社区", "记者 张艳敏",
                       "为基层减负"};
  match::Evaluation ev = match::evaluate(*q, fields);
  for (const auto* spans : {&ev.title, &ev.subtitle, &ev.body, &ev.byline, &ev.kicker})
    for (const auto& s : *spans)
      if (s.begin >= s.end) std::abort();
  return 0;
}
