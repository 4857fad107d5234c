// SPDX-License-Identifier: MIT
// kanbao's library: one SQLite file holding the indexed articles.
//
// This is the only public interface of the store module. Nothing outside
// store/ sees SQL or sqlite3.h. A Library is not thread-safe; open one per
// thread. Many processes may open the same file: readers never block on the
// indexer (WAL mode).
#pragma once

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/date.h"
#include "base/result.h"
#include "corpus/gazetteer.h"
#include "corpus/papers.h"

namespace kanbao::store {

enum class OpenMode {
  kReadOnly,   // browse and search; fails if the file does not exist
  kReadWrite,  // index; creates the file (and its directory) if missing
};

// A date as stored (base/date.h): year 0 = unknown year; month 0 = no date
// at all (a publication year alone is kept, but is not known()).
using StoredDate = kanbao::Date;

// The one way an unknown date and an unknown district are shown, in the
// browser (in Chinese) and the command line's text and Markdown output; JSON
// leaves them empty.
inline constexpr const char* kUnknownDateLabel = "日期不详";
inline constexpr const char* kUnknownDistrictLabel = "未知地区";
// What an article with a heading and no body text (a photo item, whose
// picture the text archive does not hold) shows in place of its body.
inline constexpr const char* kNoBodyTextLabel = "图片新闻（档案中无正文）";
inline std::string district_label(const std::string& district) {
  return district.empty() ? kUnknownDistrictLabel : district;
}
// 未知地区 as English output (cli's set_english_placeholders) prints it.
inline constexpr const char* kUnknownDistrictShown = "district unknown";
// The district a name typed in a filter (--district, district:) selects: ""
// (no district) for either name above, else the name itself.
inline std::string district_selected(const std::string& typed) {
  return typed == kUnknownDistrictLabel || typed == kUnknownDistrictShown ? std::string() : typed;
}
// The articles of no known paper, as the browser's papers screen names them
// and as `kanbao papers` prints them.
inline constexpr const char* kUnknownPaperLabel = "未知报纸";
inline constexpr const char* kUnknownPaperShown = "(unknown)";
// The paper a name typed in a filter (--paper, paper:) selects: "" (no known
// paper) for either name above, else the name itself.
inline std::string paper_selected(const std::string& typed) {
  return typed == kUnknownPaperLabel || typed == kUnknownPaperShown ? std::string() : typed;
}
// A row's district as lists show it: as above, except that an article of a
// national paper (corpus::Papers::national, e.g. 人民日报) shows "": no
// district applies to it, so none is unknown, and 未知地区 on every row of
// a national paper would say the archive lacks something it never had.
inline std::string district_label(const std::string& district, const std::string& paper,
                                  const corpus::Papers& papers) {
  if (district.empty() && !paper.empty() && papers.national(paper)) return {};
  return district_label(district);
}
// The known pages of `pages` (ArticleRow::pages) joined by `separator`, as
// lists and `show` name them: "01, 04" (the reader's Chinese header joins
// them by 、); "" when none is known.
std::string pages_label(const std::vector<std::string>& pages, std::string_view separator = ", ");
// The pages of a row (an ArticleRow, an Article, a SearchHit): `pages`, or
// its own page alone for a row made without them.
template <typename Row>
std::vector<std::string> row_pages(const Row& row) {
  return row.pages.empty() ? std::vector<std::string>{row.page} : row.pages;
}
// As people are shown a date: "YYYY-MM-DD", "MM-DD" without a year,
// kUnknownDateLabel without a date.
std::string date_label(const StoredDate& date);

struct ArticleRow {
  std::int64_t id = 0;
  std::string district;   // canonical name, "" if unknown
  StoredDate date;        // the event date (from the lead)
  StoredDate published;   // the issue's date; year alone (month 0) is not "known"
  std::string paper;      // "" if unknown
  std::string page;       // page code "05", "A05"; "" if unknown
  std::string page_name;  // "要闻"; "" if unknown
  std::string kicker;     // 引题, "" if none
  std::string title;
  std::string subtitle;
  std::vector<std::string> reporters;
  std::vector<std::string> correspondents;
  std::string source;  // "path:first_line-last_line"
  // With the title, what identifies an article across re-indexing (row ids
  // do not survive `index --rebuild`): reading state is keyed by them.
  std::string path;  // source file path as indexed
  int position = 0;  // index on the page
  // Its own page, then the pages of the parts joined to it (下转/上接, or a
  // reprint's copies) in page order: "01", "03". Rows of list() and
  // article() carry every page; an issue's rows (issue()) their own only,
  // their parts being in the other pages' `joined`.
  std::vector<std::string> pages;
};

struct Article : ArticleRow {
  std::vector<std::int64_t> part_ids;     // the ids of the parts on pages[1..], joined to this one
  std::vector<std::string> part_sources;  // each part's "path:first_line-last_line", as part_ids
  std::vector<int> part_starts;           // index in `paragraphs` where each continuation begins
                                          // (paragraphs.size() for a reprint's kept copy)
  std::string byline;
  bool photo_credit = false;
  std::vector<std::string> paragraphs;
  int first_line = 0;  // source line range
  int last_line = 0;
};

// The `source` of lines [first, last] of the file `path`: "path:first-last".
inline std::string line_source(std::string_view path, std::int64_t first, std::int64_t last) {
  return std::string(path) + ":" + std::to_string(first) + "-" + std::to_string(last);
}

// Where an article's text comes from: its own lines, then each joined
// part's, in page order ("a/01.txt:3-20, a/04.txt:1-8"); `source` alone for
// an article of one part.
inline std::string sources_label(const Article& a) {
  std::string out = a.source;
  for (const auto& part : a.part_sources) out += ", " + part;
  return out;
}

// Whether the byline is shown on its own after the body: not when a
// paragraph holds it as printed (a lead's "（记者梅世雄、黎云、樊永强）"),
// where showing it again reads as a credit line the page does not have.
inline bool byline_shown_apart(const Article& a) {
  if (a.byline.empty()) return false;
  for (const auto& paragraph : a.paragraphs)
    if (paragraph.find(a.byline) != std::string::npos) return false;
  return true;
}

struct MonthCount {
  int year = 0;   // 0 when unknown
  int month = 0;  // 1..12
  std::int64_t articles = 0;
};

struct PaperRow {
  std::string name;  // "" collects articles whose paper is unknown
  std::int64_t articles = 0;
  std::int64_t issues = 0;             // distinct publication dates
  StoredDate first_issue, last_issue;  // unknown when no article has one
};

// A part printed on one page of an article listed on another: the rest of
// a continued article (下转/上接), or a reprint's later copy. Lists show the
// article once, as its head; an issue's page shows the part as that head.
struct JoinedPart {
  ArticleRow head;                 // the article the part belongs to (head.page: where it is listed)
  bool reprint = false;            // the head's text printed again, not the rest of it
  std::size_t after_articles = 0;  // how many of its page's own articles precede it
};

// One page of an issue, its articles in page order, and the parts on it of
// articles listed on other pages (a page may hold such parts alone).
struct IssuePage {
  std::string page;       // "01"; "" for articles whose page is unknown
  std::string page_name;  // "要闻", "" if unknown
  std::vector<ArticleRow> articles;
  std::vector<JoinedPart> joined;  // in page order
};

// One issue (a paper on one publication date), pages in order: 01..99,
// then A01.., B01..; the unknown page last.
struct Issue {
  std::string paper;
  StoredDate date;
  std::vector<IssuePage> pages;
};

// The page text an article came from, for `show --source`.
struct SourceText {
  std::string page;  // the page code ("01"; "" unknown)
  std::string path;
  int first_line = 0, last_line = 0;  // the article's lines in `text`
  std::string text;                   // the file as decoded now, or rebuilt from what was stored
  // false: the file changed or vanished since it was indexed, and `text`
  // is rebuilt from the stored articles and furniture (paragraphs whole).
  bool current = true;
};

struct DistrictRow {
  std::string name;  // "" collects articles whose district is unknown
  // With districts(papers): the row of the national papers' articles
  // without a district (name ""), to which no district applies: they count
  // in 全部 but are not 未知地区.
  bool no_district_applies = false;
  std::int64_t articles = 0;
  StoredDate first_date, last_date;  // over articles with a known date
  std::vector<MonthCount> months;    // ascending, only months with articles
};

// The rows of districts(papers) that the districts screen and `kanbao
// districts` show below 全部: without the national papers' row, and none
// when the rows are a lone "" row, whose 未知地区 would repeat 全部 (no
// article has a district: 全部 alone lists them).
std::vector<DistrictRow> shown_districts(std::vector<DistrictRow> rows);
// 全部 over the rows of districts(): every article, named "", its first
// (last) date the earliest (latest) of the rows' with a known year when
// there is one, else of all; months not kept.
DistrictRow all_districts(const std::vector<DistrictRow>& rows);

// ---- Listing (keyset paging; never OFFSET) ----

// Titles and reporters sort by pinyin (ICU collator "zh"); articles with no
// reporter come last when sorting by reporter.
enum class ListSort { kDateNewestFirst, kDateOldestFirst, kTitle, kReporter };

// Opaque position in a listing: the sort key of a row, its id and its place.
struct ListCursor {
  std::string key;
  std::int64_t id = 0;
  // The article's place in its issue, which orders the articles of one
  // date (list_order.h): paper, page, file, position on the page.
  std::string paper;
  std::string page;
  std::int64_t file_id = 0;
  int position = 0;
  friend bool operator==(const ListCursor&, const ListCursor&) = default;
};

// An inclusive range of listing dates (listing_date(): the publication date
// when known, else the event date), as the keys a search's date:A..B
// compares: "2023-06-01" .. "2023-06-99" holds every day of June 2023. An
// article of an unknown year or with no date is in no range.
struct DateRange {
  std::string from = "0001-00-00";
  std::string to = "9999-99-99";
};
// The first (range_start) or last (range_end) key of a day, a month or a
// year in any form kanbao::read_typed_date() reads (2023-06-21,
// 2023年6月, 2023), read as an end of a search's date:A..B is; nullopt
// when `value` is none of them, no day of the calendar, or a day without
// its year.
std::optional<std::string> range_start(std::string_view value);
std::optional<std::string> range_end(std::string_view value);

struct ListQuery {
  std::optional<std::string> district;  // canonical name or alias; nullopt = all
  std::optional<std::string> paper;     // a paper's name ("" = unknown paper); nullopt = all
  // Papers whose articles are left out: the national ones under 未知地区,
  // which no district applies to (districts(papers) counts them apart).
  std::vector<std::string> without_papers;
  ListSort sort = ListSort::kDateNewestFirst;
  std::string title_filter;          // substring of the title, folded like search (fold_text); "" = all
  std::optional<DateRange> dates;    // only articles dated in this range; nullopt = all
  std::optional<ListCursor> after;   // rows strictly after this cursor in sort order
  std::optional<ListCursor> before;  // or: rows strictly before it (returned in sort order)
  bool from_end = false;             // with no cursor: the last `limit` rows
  int limit = 100;                   // 0 = no limit
};

struct ListPage {
  std::vector<ArticleRow> rows;
  std::vector<ListCursor> cursors;  // cursors[i] is the cursor of rows[i]
};

// ---- Indexing ----

struct IndexOptions {
  std::optional<int> year;         // `index --year`
  bool rebuild = false;            // drop every article and re-parse everything
  std::string paper;               // `index --paper`: the paper of every page ("" = from the path)
  std::optional<StoredDate> date;  // `index --date`: the issue of every page
};

struct SkippedFile {
  std::string path;
  std::string reason;
};

struct IndexReport {
  int files_seen = 0;
  int files_unchanged = 0;            // skipped by size+mtime (or identical hash)
  int files_indexed = 0;              // new or changed files parsed
  int files_reread = 0;               // of those, unchanged files an older kanbao's parser had read
  int files_removed = 0;              // vanished from an indexed folder
  std::int64_t articles_added = 0;    // new positions of a page
  std::int64_t articles_updated = 0;  // read again in place, keeping their ids (file_writer.h)
  std::int64_t articles_removed = 0;  // gone from their file, or with it
  std::vector<SkippedFile> skipped;   // not text, unreadable, ...
  std::vector<std::string>
      not_pages;  // left out of a walked folder by name: README.md, truth.tsv (file_walk.h)
  std::vector<std::string> warnings;  // "path: replaced 3 invalid byte sequences", ...
};

struct IndexProgress {
  int files_done = 0;
  int files_total = 0;
  std::int64_t bytes_done = 0;
  std::int64_t bytes_total = 0;
  std::int64_t articles = 0;
};
using ProgressFn = std::function<void(const IndexProgress&)>;

// ---- Search ----

struct Span {
  std::size_t begin = 0;  // byte offsets into the text they refer to
  std::size_t end = 0;
  friend bool operator==(const Span&, const Span&) = default;
};

struct SearchCursor {
  int tier = 0;      // 0: literal match, 1: pinyin-only match
  double score = 0;  // lower is better: bm25 as SQLite reports it, or for
                     // a broad search 0 (title tier) or 1 (the rest)
  std::string date_key;
  std::int64_t id = 0;
};

struct SearchRequest {
  std::string query;                    // as the user typed it
  std::optional<std::string> district;  // scope; canonical name or alias, "" = no district
  // Papers no district applies to (the national ones, held_national_papers):
  // their articles without a district are none of the unknown district's,
  // so a "" district (scope or district: filter) leaves them out, as
  // ListQuery::without_papers does for a listing of 未知地区.
  std::vector<std::string> national_papers;
  std::optional<SearchCursor> after;  // keyset: hits after this one
  int limit = 20;                     // 0 = no limit
  int snippet_columns = 40;           // display width of a snippet
  // A plain query (no pinyin, reporter: or date:) matching more articles
  // than this is ranked broadly - title matches first, then the rest, newest
  // first within each - because scoring every hit with bm25 takes too long
  // (store/broad_ranking.h). Negative: always bm25.
  std::int64_t bm25_up_to = 3000;
  // A plain query without filters that matches more articles than this
  // (and than bm25_up_to), by an estimate from samples of the library, gets
  // that estimate as its total (SearchPage::total_is_estimate) instead of a
  // count: counting would read a doclist of that many entries, 50 ms at a
  // million. The page is the same either way. A limit of 0 always counts.
  // Negative: always count.
  std::int64_t count_up_to = 50000;
};

struct SearchHit {
  std::int64_t id = 0;
  std::string district;
  StoredDate date;
  StoredDate published;
  std::string paper;
  std::string page;
  std::vector<std::string> pages;  // as ArticleRow::pages: its own, then its parts'
  std::string kicker;
  std::string title;
  std::string subtitle;
  std::string snippet;           // about snippet_columns display columns
  std::vector<Span> highlights;  // byte ranges into `snippet`
  int hit_count = 0;             // matches of the query in the whole article
  double score = 0;
  SearchCursor cursor;
};

// The one date of an article that is shown, sorted by and filtered on
// (date:, the date_key): the publication date when known, else the event
// date. For an ArticleRow, an Article or a SearchHit.
template <typename Row>
requires requires(const Row& r) {
  { r.published } -> std::convertible_to<const StoredDate&>;
  { r.date } -> std::convertible_to<const StoredDate&>;
}
const StoredDate& listing_date(const Row& row) { return row.published.known() ? row.published : row.date; }

struct SearchPage {
  std::vector<SearchHit> hits;
  std::int64_t total = 0;  // all matching articles, not just this page
  // Set when `total` is extrapolated rather than counted: a query whose FTS
  // candidates must each be checked in C++ (pinyin, very long terms) checks
  // at most a few thousand of them for the count once the page is full; a
  // plain query matching more than SearchRequest::count_up_to articles is
  // counted in samples of the library. The hits themselves are always
  // checked, so they are never wrong.
  bool total_is_estimate = false;
};

// Where a query matches inside one article, for in-article highlighting.
struct ArticleMatches {
  std::vector<Span> kicker;  // the line above the title (引题)
  std::vector<Span> title;
  std::vector<Span> subtitle;
  std::vector<std::vector<Span>> paragraphs;  // one vector per paragraph
  std::vector<Span> byline;
  int total() const;
};

// Who a library is, so reading state (store/reading_state.h) follows a
// library that is moved or copied and two libraries never share it.
struct LibraryIdentity {
  // "uuid:<uuid>": the UUID kept in the library, given on its first
  // read-write open (an older library gets it on its next `kanbao index`).
  // "path:<canonical path>" while an older library opened read-only has none.
  std::string key;
  std::string path_key;  // always "path:<canonical path>"
};

// For `index --rebuild` of a damaged library file: the UUID the file still
// holds, read from its bytes (never written) as far as the damage allows;
// nullopt when it cannot be found. A new library
// that adopts it (adopt_library_uuid) keeps the identity the users' reading
// state is recorded under, so no read mark, position or bookmark is lost.
std::optional<std::string> salvaged_library_uuid(const std::string& path);

// Gives the SQLite library at `path` (just created, nothing read from it
// yet, not open elsewhere) the UUID `uuid` in place of the one it was given.
Status adopt_library_uuid(const std::string& path, const std::string& uuid);

// What the first read-write open of the library at `location` (a file)
// will do before anything else to bring a library an older kanbao wrote up
// to this build - its schema upgraded, its search index built again from
// the stored text - said for a person, so that a long silence can be
// explained first; nullopt when nothing, when `location` is no kanbao
// library file (opening says what is wrong), or a PostgreSQL database.
std::optional<std::string> pending_upgrade(const std::string& location);

// What a library resolves names with, given when it is opened (the program
// on top builds it from the configuration; the defaults suit tests and tools).
struct LibrarySetup {
  // District names: Zhengzhou's, extended by the configuration's aliases.
  corpus::Gazetteer gazetteer = corpus::Gazetteer::zhengzhou();
  // The papers, their cities and the divisions, used when indexing
  // (nullptr: the built-in papers, no divisions).
  std::shared_ptr<const corpus::Papers> papers;
  // Whether a name is a county-level division of the country (西湖区 of
  // Hangzhou): a real district, though neither the gazetteer knows it nor
  // this library holds an article of it, so no mistake to search for.
  // Asked only for such a name (the program reads the divisions then);
  // an error when it cannot tell (the divisions are missing). Empty: no
  // name is.
  std::function<Result<bool>(const std::string&)> country_district;
  // SQLite's page cache, in pages; 0 keeps SQLite's default (2 MB). A
  // process that answers one command and exits reads most pages once: with
  // a small cache it reuses the same buffers instead of touching fresh
  // memory for every page, and a fresh page of memory (a page fault) costs
  // several times a read from the OS's file cache.
  int cache_pages = 0;
};

class Library {
 public:
  // Opens (and in kReadWrite mode creates or migrates) the library at `path`.
  // Fails with an actionable message if the file is not a kanbao library, is
  // corrupt, or comes from a newer kanbao.
  static Result<Library> open(const std::string& path, OpenMode mode, LibrarySetup setup = {});

  Library(Library&&) noexcept;
  Library& operator=(Library&&) noexcept;
  ~Library();

  const std::string& path() const;
  const LibraryIdentity& identity() const;

  // Indexes files and folders (recursively, *.txt and any other regular file
  // that decodes as text). Incremental: unchanged files are not parsed,
  // changed ones replaced, vanished files of an indexed folder removed.
  // Each file is committed in its own transaction.
  Result<IndexReport> index(const std::vector<std::string>& paths, const IndexOptions& options,
                            const ProgressFn& progress = {});

  // Moves the library `source` into this one (open kReadWrite) without
  // parsing a page: every file (path, size, mtime, hash, encoding, origin,
  // furniture), every article with its id and every column, stored by this
  // library's own writer (so its search index is its own), then its UUID,
  // so reading state follows the move. One transaction per file: a run that
  // stops leaves every file whole or absent, and running it again finishes
  // it (a library holding files of `source`'s UUID is brought up to date:
  // files already there with the same size, mtime and hash are skipped,
  // files `source` no longer holds are removed). Refused, with nothing
  // written: `source` is this library, or this library holds files of
  // another library. The report counts files_indexed (copied),
  // files_unchanged (already there), files_removed and articles.
  // `source`'s files are read `files_per_batch` at a time (at least 1), so
  // its whole file list is never in memory.
  static constexpr int kImportBatch = 1000;
  Result<IndexReport> import_from(Library& source, const ProgressFn& progress = {},
                                  int files_per_batch = kImportBatch);

  // Districts with counts, most articles first. Given `papers`, the
  // articles without a district of its national papers (人民日报) are not
  // in the "" (unknown) row but in a last row of their own marked
  // no_district_applies; without, every article without one is unknown.
  Result<std::vector<DistrictRow>> districts(const corpus::Papers* papers = nullptr);
  // Papers with counts and issue ranges, most articles first.
  Result<std::vector<PaperRow>> papers();
  // How many of the library's files a parser other than this build's read
  // (an older or newer kanbao): their articles are that parser's reading
  // until `kanbao index` on their folders reads them again. As the last
  // index run recorded it: 0 when no run of a kanbao that records it has
  // indexed the library. Reads one row.
  Result<std::int64_t> files_to_read_again();
  // The names of papers()'s rows ("" for articles of no paper among them),
  // in no order, without counting anything: a search asks it on every run
  // (held_national_papers), and the browser's home view chooses by it
  // between the papers and the districts.
  Result<std::vector<std::string>> paper_names();
  // The issue of `paper` on `date` (paper "": the first paper, by name, with
  // an issue on that date); nullopt when there is none. Every page holding an
  // article or a part of one is listed; each article is in `articles` once,
  // on its first page, its parts on other pages in those pages' `joined`.
  Result<std::optional<Issue>> issue(const std::string& paper, const StoredDate& date);
  // The date of the issue of `paper` just before (direction < 0) or after
  // `date`; nullopt at either end.
  Result<std::optional<StoredDate>> adjacent_issue(const std::string& paper, const StoredDate& date,
                                                   int direction);
  // The page text article `id` came from; nullopt when there is no such article.
  Result<std::optional<SourceText>> source(std::int64_t id);
  // The page texts of the article `id` is read as (Article::pages: its own
  // page, then those of the parts joined to it, 下转/上接), each with its
  // page code, in that order; empty when there is no such article.
  Result<std::vector<SourceText>> sources(std::int64_t id);
  Result<std::int64_t> count(const ListQuery& query);  // ignores cursors and limit
  Result<ListPage> list(const ListQuery& query);
  // The index of article `id` in the listing `query` (cursors and limit
  // ignored), or nullopt when the listing does not hold it: for keeping a
  // selection across a change of sort order.
  Result<std::optional<std::int64_t>> position(const ListQuery& query, std::int64_t id);
  Result<std::optional<Article>> article(std::int64_t id);

  // Full-text search; see the SEARCH section of the manual for the syntax.
  // A query that cannot be understood fails with a message naming the problem;
  // one of -terms alone, with no filter or district, is a usage error
  // (ErrorKind::kUsage).
  Result<SearchPage> search(const SearchRequest& request);
  Result<ArticleMatches> matches(std::int64_t id, const std::string& query);

  struct Impl;

 private:
  explicit Library(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// `utf8` folded as search folds text: NFKC and case folding, traditional
// to simplified Han, punctuation dropped ("區１０" -> "区10") but for the
// marks that end a sentence, which become one 。 ("好！吗" -> "好。吗").
std::string fold_text(std::string_view utf8);

// Where `needle` occurs in `text` once both are folded (as the title filter
// matches): byte ranges into `text`, in order, not overlapping.
std::vector<Span> find_folded(std::string_view text, std::string_view needle);

// Ok when the library holds articles of a paper named `name` exactly as
// papers() lists it; else an error naming the papers it does hold - the
// same message for list, export and search (--paper, paper:).
Status check_paper(Library& library, const std::string& name);

// The version of the SQLite library in use, e.g. "3.40.1".
std::string sqlite_version();

}  // namespace kanbao::store
