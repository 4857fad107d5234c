// SPDX-License-Identifier: MIT
// Library::papers, issue and adjacent_issue: the archive read as a paper's
// issues and pages, the way a digital newspaper (数字报) is read.

#include <algorithm>
#include <map>

#include "store/article_rows.h"
#include "store/continuation_rules.h"
#include "store/issue_pages.h"
#include "store/library.h"
#include "store/library_impl.h"
#include "store/overview_order.h"
#include "store/stored_date.h"

namespace kanbao::store {
namespace {

// The first paper, by name, with an issue on the date `key` (nullopt: none).
Result<std::optional<std::string>> first_paper_of_issue(sql::Db& db, const std::string& key) {
  KANBAO_ASSIGN_OR_RETURN(auto first,
                          db.prepare("SELECT paper FROM files WHERE issue_key = ?1 ORDER BY paper LIMIT 1"));
  first.bind(1, key);
  KANBAO_ASSIGN_OR_RETURN(auto row, first.step());
  if (!row) return std::optional<std::string>();
  return std::optional<std::string>(first.text(0));
}

// The articles of `paper`'s issue on the date `key` (continuations with
// their heads), each with its position on its page.
Result<std::vector<std::pair<int, ArticleRow>>> issue_rows(sql::Db& db, const std::string& paper,
                                                           const std::string& key) {
  KANBAO_ASSIGN_OR_RETURN(auto stmt,
                          db.prepare(std::string("SELECT ") + kRowColumns + ", a.position" + kRowFrom +
                                     " WHERE a.paper = ?1 AND a.date_key = ?2 AND a.pub_month != 0"
                                     " AND a.joined_to IS NULL"));
  stmt.bind(1, paper).bind(2, key);
  std::vector<std::pair<int, ArticleRow>> rows;
  for (;;) {
    KANBAO_ASSIGN_OR_RETURN(auto more, stmt.step());
    if (!more) break;
    rows.emplace_back(stmt.integer(kRowColumnCount), read_row(stmt));
  }
  return rows;
}

// The parts printed in `paper`'s issue on the date `key` that are joined to
// an article (their head, read as the row lists show it); see JoinedPart.
Result<std::vector<PartRow>> issue_parts(sql::Db& db, const std::string& paper, const std::string& key) {
  // A reprint's kept copy has no text added: its own paragraphs are all of
  // them (continuation_rules.h, Reprint).
  KANBAO_ASSIGN_OR_RETURN(
      auto stmt, db.prepare(std::string("SELECT ") + kRowColumns +
                            ", p.page, p.page_name, pf.path, p.first_line, p.last_line, p.position,"
                            " a.own_paragraphs = " +
                            continuations::paragraph_count_sql("a.body") + kRowFrom +
                            " JOIN articles p ON p.joined_to = a.id JOIN files pf ON pf.id = p.file_id"
                            " WHERE p.paper = ?1 AND p.date_key = ?2 AND p.pub_month != 0"));
  stmt.bind(1, paper).bind(2, key);
  std::vector<PartRow> parts;
  for (;;) {
    KANBAO_ASSIGN_OR_RETURN(auto more, stmt.step());
    if (!more) break;
    const int c = kRowColumnCount;
    PartRow part;
    part.page = stmt.text(c);
    part.page_name = stmt.text(c + 1);
    part.source = line_source(stmt.text(c + 2), stmt.int64(c + 3), stmt.int64(c + 4));
    part.position = stmt.integer(c + 5);
    part.part.head = read_row(stmt);
    part.part.reprint = stmt.integer(c + 6) != 0;
    parts.push_back(std::move(part));
  }
  return parts;
}

}  // namespace

Result<std::vector<PaperRow>> Library::papers() {
  if (impl_->backend) return impl_->backend->papers();
  std::map<std::string, PaperRow> rows;
  // Articles per paper, from article_tally (store/article_tally.h): listed
  // articles only, a joined continuation being part of its head.
  KANBAO_ASSIGN_OR_RETURN(auto counts,
                          impl_->db.prepare("SELECT paper, sum(articles) FROM article_tally GROUP BY paper"));
  for (;;) {
    KANBAO_ASSIGN_OR_RETURN(auto more, counts.step());
    if (!more) break;
    PaperRow& r = rows[counts.text(0)];
    r.name = counts.text(0);
    r.articles = counts.int64(1);
  }
  // Issues from the files (one row a page, far fewer than articles).
  KANBAO_ASSIGN_OR_RETURN(auto issues,
                          impl_->db.prepare("SELECT paper, count(DISTINCT issue_key), min(issue_key), "
                                            "max(issue_key) FROM files INDEXED BY files_issue"
                                            " WHERE issue_key != '' GROUP BY paper"));
  for (;;) {
    KANBAO_ASSIGN_OR_RETURN(auto more, issues.step());
    if (!more) break;
    auto it = rows.find(issues.text(0));
    if (it == rows.end()) continue;  // a paper whose pages hold no article
    it->second.issues = issues.int64(1);
    it->second.first_issue = date_from_key(issues.text_view(2));
    it->second.last_issue = date_from_key(issues.text_view(3));
  }
  return papers_in_order(std::move(rows));
}

Result<std::vector<std::string>> Library::paper_names() {
  if (impl_->backend) return impl_->backend->paper_names();
  // article_tally's papers (a few hundred rows; store/article_tally.h).
  KANBAO_ASSIGN_OR_RETURN(auto select, impl_->db.prepare("SELECT DISTINCT paper FROM article_tally"));
  std::vector<std::string> names;
  for (;;) {
    KANBAO_ASSIGN_OR_RETURN(const bool more, select.step());
    if (!more) break;
    names.push_back(select.text(0));
  }
  return names;
}

Result<std::optional<Issue>> Library::issue(const std::string& paper, const StoredDate& date) {
  if (impl_->backend) return impl_->backend->issue(paper, date);
  if (!date.known() || date.year == 0) return std::optional<Issue>();
  const std::string key = date_key(date);
  std::string name = paper;
  if (paper.empty()) {
    KANBAO_ASSIGN_OR_RETURN(auto first, first_paper_of_issue(impl_->db, key));
    if (!first) return std::optional<Issue>();
    name = std::move(*first);
  }
  KANBAO_ASSIGN_OR_RETURN(auto rows, issue_rows(impl_->db, name, key));
  KANBAO_ASSIGN_OR_RETURN(auto parts, issue_parts(impl_->db, name, key));
  if (rows.empty() && parts.empty()) return std::optional<Issue>();
  KANBAO_ASSIGN_OR_RETURN(auto people, PeopleReader::prepare(impl_->db));
  for (auto& [position, row] : rows) KANBAO_TRY(people.read(row));
  for (PartRow& part : parts) KANBAO_TRY(people.read(part.part.head));
  Issue issue = issue_from_rows(name, date, std::move(rows), std::move(parts));
  return std::optional<Issue>(std::move(issue));
}

Result<std::optional<StoredDate>> Library::adjacent_issue(const std::string& paper, const StoredDate& date,
                                                          int direction) {
  if (impl_->backend) return impl_->backend->adjacent_issue(paper, date, direction);
  KANBAO_ASSIGN_OR_RETURN(
      auto stmt,
      impl_->db.prepare(
          direction < 0
              ? "SELECT max(issue_key) FROM files WHERE paper = ?1 AND issue_key != '' AND issue_key < ?2"
              : "SELECT min(issue_key) FROM files WHERE paper = ?1 AND issue_key > ?2"));
  stmt.bind(1, paper).bind(2, date_key(date));
  KANBAO_ASSIGN_OR_RETURN(auto row, stmt.step());
  if (!row || stmt.is_null(0)) return std::optional<StoredDate>();
  return std::optional<StoredDate>(date_from_key(stmt.text_view(0)));
}

Status check_paper(Library& library, const std::string& name) {
  KANBAO_ASSIGN_OR_RETURN(const std::vector<PaperRow> rows, library.papers());
  std::string held;
  for (const auto& row : rows) {
    if (row.name == name) return Status::Ok();
    if (!row.name.empty()) held += (held.empty() ? "" : ", ") + row.name;
  }
  const std::string named = name.empty() ? kUnknownPaperLabel : name;
  if (held.empty())
    return Error(ErrorWords{"no paper is named \"{}\"; this library names no paper", {named}});
  return Error(ErrorWords{"no paper is named \"{}\"; this library's papers: {}", {named, held}});
}

}  // namespace kanbao::store
