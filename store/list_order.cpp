// SPDX-License-Identifier: MIT
#include "store/list_order.h"

#include <array>

#include "text/utf8.h"

namespace kanbao::store {
namespace {

// The Han character each Latin letter sorts as (latin_as_pinyin): the first
// of its initial's in the collator's order (checked by the store tests).
constexpr std::array<std::string_view, 26> kLetterAsHan = {
    "阿", "八", "擦", "搭", "婀", "发", "嘎", "哈", "机", "机", "咖", "拉", "妈",
    "拿", "噢", "趴", "七", "然", "仨", "他", "挖", "挖", "挖", "夕", "丫", "匝"};

// The letter (0 for a) of `c`: ASCII or full-width, either case; -1 if none.
int letter_of(char32_t c) {
  if (c >= U'a' && c <= U'z') return static_cast<int>(c - U'a');
  if (c >= U'A' && c <= U'Z') return static_cast<int>(c - U'A');
  if (c >= U'ａ' && c <= U'ｚ') return static_cast<int>(c - U'ａ');
  if (c >= U'Ａ' && c <= U'Ｚ') return static_cast<int>(c - U'Ａ');
  return -1;
}

}  // namespace

std::string latin_as_pinyin(std::string_view title) {
  std::string out;
  out.reserve(title.size());
  for (std::size_t i = 0; i < title.size();) {
    const std::size_t start = i;
    const int letter = letter_of(text::decode(title, i));
    if (letter < 0) {
      out.append(title.substr(start, i - start));
    } else {
      out.append(kLetterAsHan[static_cast<std::size_t>(letter)]);
    }
  }
  return out;
}

std::string latin_as_pinyin_sql(std::string_view column) {
  std::string from, to;
  for (const char32_t first : {U'a', U'A', U'ａ', U'Ａ'}) {
    for (std::size_t k = 0; k < kLetterAsHan.size(); ++k) {
      text::append_utf8(from, static_cast<char32_t>(first + k));
      to += kLetterAsHan[k];
    }
  }
  return "translate(" + std::string(column) + ", '" + from + "', '" + to + "')";
}

SortKey sort_key(ListSort sort, const SortSql& sql) {
  switch (sort) {
    case ListSort::kDateNewestFirst:
      return {"a.date_key", false, true};
    case ListSort::kDateOldestFirst:
      return {"a.date_key", true, true};
    case ListSort::kTitle:
      return {sql.title, true, false};
    case ListSort::kReporter:
      return {sql.reporter, true, false};
  }
  return {"a.date_key", false, true};
}

std::string place_columns(const SortSql& sql) {
  return sql.paper + ", " + sql.page + ", a.file_id, a.position";
}

std::string past_cursor(const SortKey& sort, const SortSql& sql, const CursorSql& cursor, bool later) {
  // Larger keys come later in an ascending listing.
  const bool larger = later == sort.ascending;
  const char* key_op = larger ? " > " : " < ";
  if (!sort.by_place) return "(" + sort.expr + ", a.id)" + key_op + "(" + cursor.key + ", " + cursor.id + ")";
  // The place goes up whichever way the key goes. The key's own bound
  // first, alone, so that an index on it serves the listing.
  const char* place_op = later ? " > " : " < ";
  const char* key_bound = larger ? " >= " : " <= ";
  return "(" + sort.expr + key_bound + cursor.key + " AND (" + sort.expr + key_op + cursor.key + " OR (" +
         place_columns(sql) + ", a.id)" + place_op + "(" + cursor.paper + ", " + cursor.page + ", " +
         cursor.file_id + ", " + cursor.position + ", " + cursor.id + ")))";
}

std::string order_terms(const SortKey& sort, const SortSql& sql, bool reversed) {
  const bool ascending = sort.ascending != reversed;
  const std::string dir = ascending ? " ASC" : " DESC";
  if (!sort.by_place) return sort.expr + dir + ", a.id" + dir;
  const std::string place_dir = reversed ? " DESC" : " ASC";
  return sort.expr + dir + ", " + sql.paper + place_dir + ", " + sql.page + place_dir + ", a.file_id" +
         place_dir + ", a.position" + place_dir + ", a.id" + place_dir;
}

}  // namespace kanbao::store
