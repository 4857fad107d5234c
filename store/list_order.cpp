// SPDX-License-Identifier: MIT
#include "store/list_order.h"

namespace kanbao::store {

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
