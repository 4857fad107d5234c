// SPDX-License-Identifier: MIT
// PgLibrary::districts, papers, issue and adjacent_issue: the overviews,
// grouped by the server, arranged as on SQLite (districts.cpp, issues.cpp).
#include <fmt/format.h>

#include <map>

#include "store/continuation_rules.h"
#include "store/issue_pages.h"
#include "store/overview_order.h"
#include "store/pg/pg_library.h"
#include "store/stored_date.h"

namespace kanbao::store::pg {

Result<std::vector<DistrictRow>> PgLibrary::districts(const corpus::Papers* papers) {
  KANBAO_ASSIGN_OR_RETURN(Transaction tx, Transaction::begin(conn_, true));
  // date_key is "YYYY-MM-DD", "0000-MM-DD" (year unknown) or "" (no date):
  // its first seven bytes name the month. Listed articles only, as on
  // SQLite: a joined continuation is part of its head.
  KANBAO_ASSIGN_OR_RETURN(
      Rows groups,
      conn_.query("SELECT paper, district, substr(date_key, 1, 7) AS month, count(*), min(date_key),"
                  " max(date_key) FROM articles WHERE joined_to IS NULL GROUP BY 1, 2, 3"));
  DistrictOverview overview(papers);
  for (int i = 0; i < groups.size(); ++i) {
    overview.add(groups.text(i, 0), groups.text(i, 1), groups.text(i, 2), groups.int64(i, 3),
                 groups.text(i, 4), groups.text(i, 5));
  }
  return std::move(overview).rows();
}

Result<std::vector<PaperRow>> PgLibrary::papers() {
  KANBAO_ASSIGN_OR_RETURN(Transaction tx, Transaction::begin(conn_, true));
  std::map<std::string, PaperRow> rows;
  KANBAO_ASSIGN_OR_RETURN(Rows counts,
                          conn_.query("SELECT paper, count(*) FROM articles WHERE joined_to IS NULL"
                                      " GROUP BY paper"));
  for (int i = 0; i < counts.size(); ++i) {
    PaperRow& r = rows[counts.text(i, 0)];
    r.name = counts.text(i, 0);
    r.articles = counts.int64(i, 1);
  }
  KANBAO_ASSIGN_OR_RETURN(Rows issues,
                          conn_.query("SELECT paper, count(DISTINCT issue_key), min(issue_key),"
                                      " max(issue_key) FROM files WHERE issue_key != '' GROUP BY paper"));
  for (int i = 0; i < issues.size(); ++i) {
    auto it = rows.find(issues.text(i, 0));
    if (it == rows.end()) continue;  // a paper whose pages hold no article
    it->second.issues = issues.int64(i, 1);
    it->second.first_issue = date_from_key(issues.text(i, 2));
    it->second.last_issue = date_from_key(issues.text(i, 3));
  }
  return papers_in_order(std::move(rows));
}

Result<std::vector<std::string>> PgLibrary::paper_names() {
  // A skip scan of articles_paper_date (paper first): one probe a paper,
  // where DISTINCT would read an entry an article. (A continuation's part
  // is printed in its head's paper, so the papers of every article are
  // those of the listed ones, papers()'s.)
  KANBAO_ASSIGN_OR_RETURN(
      Rows found, conn_.query("WITH RECURSIVE p(paper) AS (SELECT min(paper) FROM articles UNION ALL"
                              " SELECT (SELECT min(a.paper) FROM articles a WHERE a.paper > p.paper) FROM p"
                              " WHERE p.paper IS NOT NULL) SELECT paper FROM p WHERE paper IS NOT NULL"));
  std::vector<std::string> names;
  names.reserve(static_cast<std::size_t>(found.size()));
  for (int i = 0; i < found.size(); ++i) names.push_back(found.text(i, 0));
  return names;
}

Result<std::vector<PartRow>> PgLibrary::issue_parts(const std::string& paper, const std::string& key) {
  // As store/issues.cpp: a reprint's kept copy has all its paragraphs as its own.
  KANBAO_ASSIGN_OR_RETURN(
      Rows found, conn_.query(std::string("SELECT ") + kRowColumns +
                                  ", p.page, p.page_name, pf.path, p.first_line, p.last_line, p.position,"
                                  " a.own_paragraphs = " +
                                  continuations::paragraph_count_sql("a.body") + kRowFrom +
                                  " JOIN articles p ON p.joined_to = a.id JOIN files pf ON pf.id = p.file_id"
                                  " WHERE p.paper = $1 AND p.date_key = $2 AND p.pub_month != 0",
                              {param(paper), param(key)}));
  std::vector<PartRow> parts;
  for (int i = 0; i < found.size(); ++i) {
    const int c = kRowColumnCount;
    PartRow part;
    part.page = found.text(i, c);
    part.page_name = found.text(i, c + 1);
    part.source =
        found.text(i, c + 2) + fmt::format(":{}-{}", found.integer(i, c + 3), found.integer(i, c + 4));
    part.position = found.integer(i, c + 5);
    part.part.head = read_row(found, i);
    part.part.reprint = found.text(i, c + 6) == "t";
    parts.push_back(std::move(part));
  }
  return parts;
}

Result<std::optional<Issue>> PgLibrary::issue(const std::string& paper, const StoredDate& date) {
  if (!date.known() || date.year == 0) return std::optional<Issue>();
  KANBAO_ASSIGN_OR_RETURN(Transaction tx, Transaction::begin(conn_, true));
  const std::string key = date_key(date);
  std::string name = paper;
  if (paper.empty()) {
    KANBAO_ASSIGN_OR_RETURN(Rows first,
                            conn_.query("SELECT paper FROM files WHERE issue_key = $1 ORDER BY paper"
                                        " LIMIT 1",
                                        {param(key)}));
    if (first.size() == 0) return std::optional<Issue>();
    name = first.text(0, 0);
  }
  KANBAO_ASSIGN_OR_RETURN(Rows found,
                          conn_.query(std::string("SELECT ") + kRowColumns + kRowFrom +
                                          " WHERE a.paper = $1 AND a.date_key = $2 AND a.pub_month != 0"
                                          " AND a.joined_to IS NULL",
                                      {param(name), param(key)}));
  if (found.size() == 0) return std::optional<Issue>();
  std::vector<std::pair<int, ArticleRow>> rows;
  for (int i = 0; i < found.size(); ++i) {
    ArticleRow row = read_row(found, i);
    const int position = row.position;
    rows.emplace_back(position, std::move(row));
  }
  KANBAO_ASSIGN_OR_RETURN(auto parts, issue_parts(name, key));
  return std::optional<Issue>(issue_from_rows(name, date, std::move(rows), std::move(parts)));
}

Result<std::optional<StoredDate>> PgLibrary::adjacent_issue(const std::string& paper, const StoredDate& date,
                                                            int direction) {
  KANBAO_ASSIGN_OR_RETURN(Transaction tx, Transaction::begin(conn_, true));
  KANBAO_ASSIGN_OR_RETURN(
      Rows rows,
      conn_.query(
          direction < 0
              ? "SELECT max(issue_key) FROM files WHERE paper = $1 AND issue_key != '' AND issue_key < $2"
              : "SELECT min(issue_key) FROM files WHERE paper = $1 AND issue_key > $2",
          {param(paper), param(date_key(date))}));
  if (rows.size() == 0 || rows.null(0, 0)) return std::optional<StoredDate>();
  return std::optional<StoredDate>(date_from_key(rows.text(0, 0)));
}

}  // namespace kanbao::store::pg
