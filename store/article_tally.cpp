// SPDX-License-Identifier: MIT
#include "store/article_tally.h"

#include <string>

namespace kanbao::store {
namespace {

// WITHOUT ROWID: the key is the row; the table stays a few hundred rows a
// paper (districts x months), so every reader of it is a short scan.
constexpr const char* kCreateTable = R"sql(
CREATE TABLE article_tally (
  paper       TEXT NOT NULL,
  district_id INTEGER NOT NULL,
  month       TEXT NOT NULL,
  articles    INTEGER NOT NULL,
  first_key   TEXT NOT NULL,
  last_key    TEXT NOT NULL,
  PRIMARY KEY (paper, district_id, month)
) WITHOUT ROWID;
)sql";

// The month of row `r` (NEW, OLD or an alias): see the header.
std::string month_of(const std::string& r) {
  return "(CASE WHEN length(" + r + ".date_key) >= 7 THEN substr(" + r + ".date_key, 1, 7) ELSE '' END)";
}

// The tally row of article `r`.
std::string tally_row_of(const std::string& r) {
  return "paper = " + r + ".paper AND district_id = ifnull(" + r +
         ".district_id, 0) AND month = " + month_of(r);
}

// Counts article `r` in, when it is listed (a joined continuation is not).
std::string add(const std::string& r) {
  return "INSERT INTO article_tally (paper, district_id, month, articles, first_key, last_key) SELECT " + r +
         ".paper, ifnull(" + r + ".district_id, 0), " + month_of(r) + ", 1, " + r + ".date_key, " + r +
         ".date_key WHERE " + r +
         ".joined_to IS NULL ON CONFLICT (paper, district_id, month) DO UPDATE SET articles = articles + 1, "
         "first_key = min(first_key, excluded.first_key), last_key = max(last_key, excluded.last_key);\n";
}

// The listed articles of `r`'s group, for the first and last key after `r`
// left it (the range on date_key lets articles_district_date serve it).
std::string group_of(const std::string& r) {
  return " FROM articles a WHERE a.district_id IS " + r + ".district_id AND a.date_key >= " + month_of(r) +
         " AND a.date_key < " + month_of(r) + " || '~' AND " + month_of("a") + " = " + month_of(r) +
         " AND a.paper = " + r + ".paper AND a.joined_to IS NULL";
}

// Counts article `r` out. The group's first and last key are looked up
// again only when `r` held one of them, so removing most articles costs one
// row update.
std::string remove(const std::string& r) {
  const std::string listed = " AND " + r + ".joined_to IS NULL";
  return "UPDATE article_tally SET articles = articles - 1 WHERE " + tally_row_of(r) + listed + ";\n" +
         "DELETE FROM article_tally WHERE " + tally_row_of(r) + " AND articles <= 0;\n" +
         "UPDATE article_tally SET first_key = (SELECT min(a.date_key)" + group_of(r) +
         "), last_key = (SELECT max(a.date_key)" + group_of(r) + ") WHERE " + tally_row_of(r) + listed +
         " AND (" + "first_key = " + r + ".date_key OR last_key = " + r + ".date_key);\n";
}

std::string triggers() {
  return "CREATE TRIGGER article_tally_insert AFTER INSERT ON articles BEGIN\n" + add("NEW") + "END;\n" +
         "CREATE TRIGGER article_tally_delete AFTER DELETE ON articles BEGIN\n" + remove("OLD") + "END;\n" +
         "CREATE TRIGGER article_tally_update AFTER UPDATE OF paper, district_id, date_key, joined_to ON "
         "articles BEGIN\n" +
         remove("OLD") + add("NEW") + "END;\n";
}

constexpr const char* kFill = R"sql(
INSERT INTO article_tally (paper, district_id, month, articles, first_key, last_key)
SELECT paper, ifnull(district_id, 0),
       CASE WHEN length(date_key) >= 7 THEN substr(date_key, 1, 7) ELSE '' END AS m,
       count(*), min(date_key), max(date_key)
FROM articles WHERE joined_to IS NULL GROUP BY 1, 2, 3;
)sql";

}  // namespace

Status create_article_tally(sql::Db& db) {
  KANBAO_TRY(db.exec(kCreateTable));
  KANBAO_TRY(db.exec(triggers().c_str()));
  return db.exec(kFill);
}

}  // namespace kanbao::store
