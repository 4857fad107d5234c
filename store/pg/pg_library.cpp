// SPDX-License-Identifier: MIT
#include "store/pg/pg_library.h"

#include "store/location.h"
#include "store/pg/pg_counts.h"
#include "store/pg/pg_schema.h"

namespace kanbao::store::pg {

Result<Opened> open_library(const std::string& uri, OpenMode mode, const Library::Impl& impl) {
  const std::string shown = shown_location(uri);
  KANBAO_ASSIGN_OR_RETURN(Conn conn, Conn::connect(uri, shown));
  KANBAO_ASSIGN_OR_RETURN(auto identity, prepare_schema(conn, mode));
  // A rebuild of the search index (one row of counts per article) or a run
  // that stopped early may have left many rows: folded before the writing.
  if (mode == OpenMode::kReadWrite) KANBAO_TRY(compact_counts(conn));
  Opened out;
  out.identity = std::move(identity);
  out.backend = std::make_unique<PgLibrary>(std::move(conn), mode, impl);
  return out;
}

ArticleRow read_row(const Rows& rows, int r) {
  ArticleRow row;
  row.id = rows.int64(r, 0);
  row.district = rows.text(r, 1);
  row.date = StoredDate{rows.integer(r, 2), rows.integer(r, 3), rows.integer(r, 4)};
  row.title = rows.text(r, 5);
  row.subtitle = rows.text(r, 6);
  row.path = rows.text(r, 7);
  row.source = line_source(row.path, rows.int64(r, 8), rows.int64(r, 9));
  row.published = StoredDate{rows.integer(r, 10), rows.integer(r, 11), rows.integer(r, 12)};
  row.paper = rows.text(r, 13);
  row.page = rows.text(r, 14);
  row.pages = {row.page};
  row.page_name = rows.text(r, 15);
  row.kicker = rows.text(r, 16);
  row.position = rows.integer(r, 17);
  row.reporters = rows.array(r, 18);
  row.correspondents = rows.array(r, 19);
  return row;
}

Result<std::vector<PartPage>> part_pages(Conn& conn, const std::vector<std::int64_t>& ids) {
  std::vector<PartPage> out;
  if (ids.empty()) return out;
  // A part is read with its head only when the head keeps its own
  // paragraphs (own_paragraphs >= 0), as article() reads it.
  KANBAO_ASSIGN_OR_RETURN(Rows rows,
                          conn.query("SELECT t.joined_to, t.page FROM articles t"
                                     " JOIN articles h ON h.id = t.joined_to"
                                     " WHERE h.own_paragraphs >= 0 AND t.joined_to = ANY($1::bigint[])"
                                     " ORDER BY t.id",
                                     {id_array(ids)}));
  out.reserve(static_cast<std::size_t>(rows.size()));
  for (int r = 0; r < rows.size(); ++r) out.push_back(PartPage{rows.int64(r, 0), rows.text(r, 1)});
  return out;
}

}  // namespace kanbao::store::pg
