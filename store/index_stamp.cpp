// SPDX-License-Identifier: MIT
#include "store/index_stamp.h"

#include <fmt/format.h>
#include <unicode/uchar.h>

#include <optional>
#include <string_view>

#include "store/pinyin.h"
#include "store/search_index.h"
#include "store/search_vocabulary.h"
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

}  // namespace

std::string search_index_stamp() {
  return fmt::format("tokens {}; folding unihan {} {:016x}; unicode {}", tokens::kTokensVersion,
                     han::unihan_version(), han::folding_digest(), U_UNICODE_VERSION);
}

std::string sqlite_index_stamp() {
  return fmt::format("{}; pinyin tokens {}", search_index_stamp(), tokens::kPinyinTokensVersion);
}

Status write_search_index_stamp(sql::Db& db) {
  auto stmt = db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES (?1, ?2)");
  if (!stmt) return stmt.error();
  stmt->bind(1, kStampKey).bind(2, sqlite_index_stamp());
  return stmt->run();
}

Status bring_search_index_up_to_date(sql::Db& db, const std::string& path) {
  auto fail = [&](const Error& e) {
    return Error("cannot rebuild the search index of " + path + ": " + e.message());
  };
  auto stamp = stored_stamp(db);
  if (!stamp) return fail(stamp.error());
  if (*stamp == sqlite_index_stamp()) return Status::Ok();
  auto tx = sql::Transaction::begin(db);
  if (!tx) return fail(tx.error());
  stamp = stored_stamp(db);  // another process may have rebuilt it meanwhile
  if (!stamp) return fail(stamp.error());
  if (*stamp == sqlite_index_stamp()) return Status::Ok();
  if (auto s = fill_article_index(db); !s) return fail(s.error());
  if (auto s = recreate_title_index(db); !s) return fail(s.error());
  if (auto s = refill_search_vocabulary(db); !s) return fail(s.error());
  if (auto s = write_search_index_stamp(db); !s) return fail(s.error());
  if (auto s = tx->commit(); !s) return fail(s.error());
  return Status::Ok();
}

Status check_search_index(sql::Db& db, const std::string& path) {
  auto stamp = stored_stamp(db);
  if (!stamp) return Error("cannot read " + path + ": " + stamp.error().message());
  if (*stamp == sqlite_index_stamp()) return Status::Ok();
  const std::string built_by =
      stamp->has_value() ? "another kanbao (" + **stamp + "; this one: " + sqlite_index_stamp() + ")"
                         : std::string("an earlier kanbao, with other folding rules");
  return Error(
      path + "'s search index was built by " + built_by +
      "; run `kanbao index FOLDER...` on its pages' folders once to rebuild it from the stored text");
}

}  // namespace kanbao::store
