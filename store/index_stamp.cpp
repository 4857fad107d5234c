// SPDX-License-Identifier: MIT
#include "store/index_stamp.h"

#include <fmt/format.h>
#include <unicode/uchar.h>

#include <optional>
#include <string_view>

#include "store/fold.h"
#include "store/pinyin.h"
#include "store/search_index.h"
#include "store/tokenizer.h"

namespace kanbao::store {
namespace {

constexpr std::string_view kStampKey = "search_index";

Result<std::optional<std::string>> stored_stamp(sql::Db& db) {
  auto stmt = db.prepare("SELECT value FROM meta WHERE key = ?1");
  if (!stmt) return stmt.error();
  stmt->bind(1, kStampKey);
  auto row = stmt->step();
  if (!row) return row.error();
  if (!*row) return std::optional<std::string>();
  return std::optional<std::string>(stmt->text(0));
}

// search_han from the index's own vocabulary: every Han token starts with
// the (folded) character it stands at, so the first characters of the
// terms are exactly the Han characters the library holds.
Status refill_search_han(sql::Db& db) {
  KANBAO_TRY(
      db.exec("DELETE FROM search_han;"
              "CREATE VIRTUAL TABLE temp.kanbao_vocab USING fts5vocab('main', 'article_fts', 'row');"));
  auto terms = db.prepare("SELECT term FROM temp.kanbao_vocab");
  if (!terms) return terms.error();
  auto insert = db.prepare("INSERT OR IGNORE INTO search_han(c) VALUES (?1)");
  if (!insert) return insert.error();
  std::vector<fold::Char> chars;
  for (;;) {
    auto row = terms->step();
    if (!row) return row.error();
    if (!*row) break;
    fold::fold(terms->text_view(0), fold::Mode::kQuery, chars);
    if (chars.empty() || chars.front().kind != fold::Kind::kHan) continue;
    insert->reset();
    insert->bind(1, static_cast<std::int64_t>(chars.front().c));
    KANBAO_TRY(insert->run());
  }
  terms = sql::Statement();  // the vocabulary table cannot be dropped while read
  return db.exec("DROP TABLE temp.kanbao_vocab");
}

}  // namespace

std::string search_index_stamp() {
  return fmt::format("tokens {}; folding unihan {} {:016x}; unicode {}", tokens::kTokensVersion,
                     han::unihan_version(), han::folding_digest(), U_UNICODE_VERSION);
}

Status write_search_index_stamp(sql::Db& db) {
  auto stmt = db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES (?1, ?2)");
  if (!stmt) return stmt.error();
  stmt->bind(1, kStampKey).bind(2, search_index_stamp());
  return stmt->run();
}

Status bring_search_index_up_to_date(sql::Db& db, const std::string& path) {
  auto fail = [&](const Error& e) {
    return Error("cannot rebuild the search index of " + path + ": " + e.message());
  };
  auto stamp = stored_stamp(db);
  if (!stamp) return fail(stamp.error());
  if (*stamp == search_index_stamp()) return Status::Ok();
  auto tx = sql::Transaction::begin(db);
  if (!tx) return fail(tx.error());
  stamp = stored_stamp(db);  // another process may have rebuilt it meanwhile
  if (!stamp) return fail(stamp.error());
  if (*stamp == search_index_stamp()) return Status::Ok();
  if (auto s = db.exec("INSERT INTO article_fts(article_fts) VALUES ('rebuild');"
                       "INSERT INTO title_fts(title_fts) VALUES ('rebuild');");
      !s)
    return fail(s.error());
  if (auto s = refill_search_han(db); !s) return fail(s.error());
  if (auto s = write_search_index_stamp(db); !s) return fail(s.error());
  if (auto s = tx->commit(); !s) return fail(s.error());
  return Status::Ok();
}

Status check_search_index(sql::Db& db, const std::string& path) {
  auto stamp = stored_stamp(db);
  if (!stamp) return Error("cannot read " + path + ": " + stamp.error().message());
  if (*stamp == search_index_stamp()) return Status::Ok();
  const std::string built_by =
      stamp->has_value() ? "another kanbao (" + **stamp + "; this one: " + search_index_stamp() + ")"
                         : std::string("an earlier kanbao, with other folding rules");
  return Error(path + "'s search index was built by " + built_by +
               "; run `kanbao index` once to rebuild it from the stored text");
}

}  // namespace kanbao::store
