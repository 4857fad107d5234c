// SPDX-License-Identifier: MIT
#include "store/list_functions.h"

#include <sqlite3.h>
#include <unicode/coll.h>
#include <unicode/locid.h>

#include <memory>
#include <string_view>

#include "store/fold.h"
#include "store/library.h"
#include "store/list_order.h"

namespace kanbao::store {
namespace {

// An SQL function of one text argument: `transform` of it (NULL stays
// NULL). kanbao_fold is fold_text, kanbao_title_key latin_as_pinyin.
template <std::string (*transform)(std::string_view)>
void text_function(sqlite3_context* context, int argc, sqlite3_value** argv) {
  if (argc != 1 || sqlite3_value_type(argv[0]) == SQLITE_NULL) {
    sqlite3_result_null(context);
    return;
  }
  const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(argv[0]));
  const auto size = static_cast<std::size_t>(sqlite3_value_bytes(argv[0]));
  const std::string out = transform(std::string_view(text ? text : "", text ? size : 0));
  sqlite3_result_text(context, out.data(), static_cast<int>(out.size()), SQLITE_TRANSIENT);
}

int compare_zh(void* collator, int a_size, const void* a, int b_size, const void* b) {
  UErrorCode status = U_ZERO_ERROR;
  const auto result = static_cast<icu::Collator*>(collator)->compareUTF8(
      icu::StringPiece(static_cast<const char*>(a), a_size),
      icu::StringPiece(static_cast<const char*>(b), b_size), status);
  if (U_FAILURE(status)) {
    // Never "equal" for different text: fall back to byte order.
    const int n =
        std::string_view(static_cast<const char*>(a), static_cast<std::size_t>(a_size))
            .compare(std::string_view(static_cast<const char*>(b), static_cast<std::size_t>(b_size)));
    return n < 0 ? -1 : (n > 0 ? 1 : 0);
  }
  return result == UCOL_LESS ? -1 : (result == UCOL_GREATER ? 1 : 0);
}

void delete_collator(void* collator) { delete static_cast<icu::Collator*>(collator); }

}  // namespace

std::string fold_text(std::string_view utf8) {
  const auto chars = fold::fold(utf8, fold::Mode::kQuery);
  return fold::to_utf8(chars, 0, chars.size());
}

std::vector<Span> find_folded(std::string_view text, std::string_view needle) {
  std::vector<Span> out;
  const auto hay = fold::fold(text, fold::Mode::kQuery);
  const auto pin = fold::fold(needle, fold::Mode::kQuery);
  if (pin.empty() || pin.size() > hay.size()) return out;
  for (std::size_t i = 0; i + pin.size() <= hay.size();) {
    std::size_t k = 0;
    while (k < pin.size() && hay[i + k].c == pin[k].c && hay[i + k].kind == pin[k].kind) ++k;
    if (k == pin.size()) {
      out.push_back(Span{hay[i].begin, hay[i + k - 1].end});
      i += k;
    } else {
      ++i;
    }
  }
  return out;
}

namespace {

// SQLite asks for a collation it does not know the first time a statement
// using it is prepared: only a list sorted by title (or reporter) ever needs
// the Chinese collator, so it is loaded then, not on every open (loading
// ICU's zh tailoring costs more than a whole search of a rare word). When it
// cannot be made, the collation stays unknown and the statement fails with
// SQLite's "no such collation sequence: kanbao_zh".
void collation_needed(void*, sqlite3* db, int, const char* name) {
  if (std::string_view(name) != "kanbao_zh") return;
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Collator> collator(icu::Collator::createInstance(icu::Locale("zh"), status));
  if (U_FAILURE(status) || !collator) return;
  // On success SQLite owns the collator (and deletes it, even on failure).
  sqlite3_create_collation_v2(db, "kanbao_zh", SQLITE_UTF8, collator.release(), &compare_zh,
                              &delete_collator);
}

}  // namespace

Status register_list_functions(sql::Db& db) {
  if (sqlite3_create_function_v2(db.get(), "kanbao_fold", 1,
                                 SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                 &text_function<fold_text>, nullptr, nullptr, nullptr) != SQLITE_OK) {
    return Error("cannot register kanbao_fold(): " + db.error_message());
  }
  if (sqlite3_create_function_v2(db.get(), "kanbao_title_key", 1,
                                 SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                 &text_function<latin_as_pinyin>, nullptr, nullptr, nullptr) != SQLITE_OK) {
    return Error("cannot register kanbao_title_key(): " + db.error_message());
  }
  if (sqlite3_collation_needed(db.get(), nullptr, &collation_needed) != SQLITE_OK) {
    return Error("cannot register the kanbao_zh collation: " + db.error_message());
  }
  return Status::Ok();
}

}  // namespace kanbao::store
