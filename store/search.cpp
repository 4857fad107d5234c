// SPDX-License-Identifier: MIT
// Library::search and Library::matches: query -> FTS5 candidates -> exact
// matches, ranking, snippets. See store/query.h for the syntax and
// store/tokenizer.h for why the FTS5 phrases are exact.
#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>
#include <variant>

#include "store/article_order.h"
#include "store/broad_ranking.h"
#include "store/hit_scan.h"
#include "store/library.h"
#include "store/library_impl.h"
#include "store/query.h"
#include "store/search_index.h"
#include "store/snippet.h"

namespace kanbao::store {

// Prepared statements, by SQL text (the SQL varies only in shape: how many
// filters, whether there is a pinyin tier; never in user text).
class SearchEngine {
 public:
  explicit SearchEngine(sql::Db& db) : db_(db) {}

  Result<sql::Statement*> statement(const std::string& sql_text) {
    auto it = cache_.find(sql_text);
    if (it == cache_.end()) {
      auto stmt = db_.prepare(sql_text);
      if (!stmt) return Error("search failed: " + stmt.error().message());
      if (cache_.size() > 64) cache_.clear();
      it = cache_.emplace(sql_text, std::move(*stmt)).first;
    }
    it->second.reset();
    return &it->second;
  }

  // Whether `bigram` is a token of the full-text index (fts5vocab, looked up
  // by term). Answers are cached while the library is unchanged, like
  // present_han() (which runs first and clears the cache on a change).
  bool bigram_exists(std::string_view bigram) {
    std::string key(bigram);
    if (auto it = bigrams_.find(key); it != bigrams_.end()) return it->second;
    if (!vocab_ready_) {
      vocab_ready_ = db_.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.kanbao_vocab "
                              "USING fts5vocab(main, 'article_fts', 'row')")
                         .ok();
      // Cannot tell: keep the bigram. A stated degradation, never a lost
      // hit: the expression only grows (slower, same results).
      if (!vocab_ready_) return true;
    }
    auto stmt = statement("SELECT 1 FROM temp.kanbao_vocab WHERE term = ?1");
    if (!stmt) return true;
    (*stmt)->bind(1, bigram);
    auto row = (*stmt)->step();
    bool found = !row || *row;  // an error keeps the bigram: never lose a hit
    (*stmt)->reset();
    bigrams_[key] = found;
    return found;
  }

  // Changes whenever the database changes, by this connection or another.
  Result<std::int64_t> version() {
    std::int64_t v = sqlite3_total_changes64(db_.get());
    auto dv = statement("PRAGMA data_version");
    if (!dv) return dv.error();
    auto row = (*dv)->step();
    if (!row) return Error("search failed: " + row.error().message());
    v = v * 1000003 + (*dv)->int64(0);
    (*dv)->reset();
    return v;
  }

  // The articles in date order, with their districts (only filtered broad
  // searches load it), reloaded when the database changed.
  Result<const ArticleOrder*> order() {
    auto v = version();
    if (!v) return v.error();
    if (!order_ || *v != order_version_) {
      auto loaded = ArticleOrder::load(db_);
      if (!loaded) return loaded.error();
      order_ = std::move(*loaded);
      order_version_ = *v;
    }
    return &*order_;
  }

  // The Han characters the library holds (search_han), reloaded when the
  // database changed since the last look.
  Result<const std::unordered_set<char32_t>*> present_han() {
    auto current = version();
    if (!current) return current.error();
    const std::int64_t version = *current;
    if (version != han_version_) {
      han_.clear();
      bigrams_.clear();
      // Pinyin is never silently off: without this table it is an error.
      auto all = statement("SELECT c FROM search_han");
      if (!all)
        return Error("pinyin search is unavailable (" + all.error().message() +
                     "); rebuild the library with `kanbao index --rebuild`");
      for (;;) {
        auto more = (*all)->step();
        if (!more) return Error("search failed: " + more.error().message());
        if (!*more) break;
        han_.insert(static_cast<char32_t>((*all)->int64(0)));
      }
      (*all)->reset();
      han_version_ = version;
    }
    return &han_;
  }

 private:
  sql::Db& db_;
  std::map<std::string, sql::Statement> cache_;
  std::unordered_set<char32_t> han_;
  std::int64_t han_version_ = -1;
  std::unordered_map<std::string, bool> bigrams_;
  bool vocab_ready_ = false;
  std::optional<ArticleOrder> order_;
  std::int64_t order_version_ = -1;
};

void SearchEngineDeleter::operator()(SearchEngine* engine) const { delete engine; }

int ArticleMatches::total() const {
  auto count = [](const std::vector<Span>& spans) { return static_cast<int>(spans.size()); };
  int n = count(title) + count(subtitle) + count(byline);
  for (const auto& p : paragraphs) n += count(p);
  return n;
}

namespace {

using Value = std::variant<std::int64_t, double, std::string>;

// SQL text with numbered parameters, bound in order.
struct Sql {
  std::string text;
  std::vector<Value> values;

  std::string param(Value v) {
    values.push_back(std::move(v));
    return "?" + std::to_string(values.size());
  }
  void bind(sql::Statement& stmt) const {
    for (std::size_t i = 0; i < values.size(); ++i) {
      int index = static_cast<int>(i + 1);
      if (const auto* n = std::get_if<std::int64_t>(&values[i])) stmt.bind(index, *n);
      if (const auto* d = std::get_if<double>(&values[i])) stmt.bind(index, *d);
      if (const auto* s = std::get_if<std::string>(&values[i])) stmt.bind(index, std::string_view(*s));
    }
  }
};

Result<std::string> canonical_district(const corpus::Gazetteer& gazetteer, const std::string& name) {
  if (auto c = gazetteer.canonical(name)) return *c;
  std::string known;
  for (const auto& n : gazetteer.canonical_names()) known += (known.empty() ? "" : ", ") + n;
  return Error("unknown district \"" + name + "\"; known districts: " + known);
}

// " AND ..." restricting articles `a` to the query's filters and the scope.
// `checking_matches`: the filters only check the hits of a full-text match.
// Then a unary + keeps SQLite from driving the query by the district or date
// index instead, probing the full-text index once per article of the
// district (3.9 s for a phrase scoped to one district of 200,000 articles).
Result<std::string> filters(const query::Query& q, const std::optional<std::string>& scope,
                            const corpus::Gazetteer& gazetteer, Sql& sql, bool checking_matches) {
  const std::string a = checking_matches ? "+a." : "a.";
  std::string out;
  if (scope) {
    auto name = canonical_district(gazetteer, *scope);
    if (!name) return name.error();
    out += " AND " + a + "district_id = (SELECT id FROM districts WHERE name = " + sql.param(*name) + ")";
  }
  if (!q.districts.empty()) {
    std::string any;
    for (const auto& d : q.districts) {
      auto name = canonical_district(gazetteer, d);
      if (!name) return name.error();
      any += (any.empty() ? "" : ", ") + sql.param(*name);
    }
    out += " AND " + a + "district_id IN (SELECT id FROM districts WHERE name IN (" + any + "))";
  }
  for (const auto& r : q.reporters) {
    out += " AND EXISTS (SELECT 1 FROM article_people ap JOIN people p ON p.id = ap.person_id "
           "WHERE ap.article_id = a.id AND p.name = " + sql.param(r) + ")";
  }
  if (!q.dates.empty()) {
    std::string any;
    for (const auto& d : q.dates) {
      any += any.empty() ? "" : " OR ";
      if (d.month != 0) {
        any += "(a.date_month = " + sql.param(std::int64_t{d.month}) +
               " AND a.date_day = " + sql.param(std::int64_t{d.day}) + ")";
      } else {
        any += "(" + a + "date_key BETWEEN " + sql.param(d.from) + " AND " + sql.param(d.to) + ")";
      }
    }
    out += " AND (" + any + ")";
  }
  return out;
}

struct Plan {
  Sql ranked;  // id, score, date_key, tier in rank order
  Sql count;   // count(*) of the candidates
  bool exact = true;
  // Without filters: id, score, tier in (tier, score, id) order, without the
  // join to `articles` (which costs more than bm25 itself on common terms);
  // search() orders the first rows by date itself. `fast_limit` rows.
  std::optional<Sql> fast;
  int fast_limit = 0;
};

// The tier of a pinyin query's row: 0 the letters themselves, 1 a full
// reading, 2 initials only.
std::string tier_expression(const query::Query& q, const query::FtsExpression& fts, Sql& sql) {
  std::string in = "article_fts.rowid IN (SELECT rowid FROM article_fts WHERE article_fts MATCH ";
  std::string out = "CASE WHEN " + in + sql.param(fts.literal) + ") THEN 0 ";
  if (q.has_initials()) out += "WHEN " + in + sql.param(fts.readings) + ") THEN 1 ELSE 2 END";
  else out += "ELSE 1 END";
  return out;
}

Result<Plan> plan(const query::Query& q, const query::FtsExpression& fts, const SearchRequest* request,
                  const corpus::Gazetteer& gazetteer) {
  Plan p;
  p.exact = fts.exact;
  std::optional<std::string> scope = request != nullptr ? request->district : std::nullopt;
  std::string inner;
  if (!fts.all.empty()) {
    std::string match = p.ranked.param(fts.all);
    std::string tier = "0";
    if (q.has_pinyin()) tier = tier_expression(q, fts, p.ranked);
    auto where = filters(q, scope, gazetteer, p.ranked, true);
    if (!where) return where.error();
    inner = "SELECT article_fts.rowid AS id, " + bm25_call() + " AS score, ifnull(a.date_key, '') AS dk, " +
            tier + " AS tier FROM article_fts JOIN articles a ON a.id = article_fts.rowid WHERE article_fts MATCH " +
            match + *where;
    if (where->empty() && request != nullptr && request->limit > 0 && p.exact) {
      Sql fast;
      std::string fast_match = fast.param(fts.all);
      std::string fast_tier = "0";
      if (q.has_pinyin()) fast_tier = tier_expression(q, fts, fast);
      fast.text = "SELECT id, score, tier FROM (SELECT article_fts.rowid AS id, " + bm25_call() +
                  " AS score, " + fast_tier + " AS tier FROM article_fts WHERE article_fts MATCH " + fast_match + ")";
      if (request->after) {
        // Coarse: also rows tied with the cursor; search() drops those before it.
        std::string t = fast.param(std::int64_t{request->after->tier}), s = fast.param(request->after->score);
        fast.text += " WHERE (tier > " + t + " OR (tier = " + t + " AND score >= " + s + "))";
      }
      p.fast_limit = request->limit * 2 + 50;
      fast.text += " ORDER BY tier, score, id LIMIT " + fast.param(std::int64_t{p.fast_limit});
      p.fast = std::move(fast);
    }
    std::string count_match = p.count.param(fts.all);
    auto count_where = filters(q, scope, gazetteer, p.count, true);
    if (!count_where) return count_where.error();
    p.count.text = count_where->empty()
                       ? "SELECT count(*) FROM article_fts WHERE article_fts MATCH " + count_match
                       : "SELECT count(*) FROM article_fts JOIN articles a ON a.id = article_fts.rowid "
                         "WHERE article_fts MATCH " + count_match + *count_where;
  } else {
    // Only negated terms and filters: every article in scope, newest first.
    for (Sql* sql : {&p.ranked, &p.count}) {
      auto where = filters(q, scope, gazetteer, *sql, false);
      if (!where) return where.error();
      std::string cond = "1" + *where;
      if (!fts.negative.empty() && fts.exact)
        cond += " AND a.id NOT IN (SELECT rowid FROM article_fts WHERE article_fts MATCH " +
                sql->param(fts.negative) + ")";
      if (sql == &p.ranked)
        inner = "SELECT a.id AS id, 0.0 AS score, ifnull(a.date_key, '') AS dk, 0 AS tier FROM articles a WHERE " + cond;
      else
        sql->text = "SELECT count(*) FROM articles a WHERE " + cond;
    }
  }
  p.ranked.text = "SELECT id, score, dk, tier FROM (" + inner + ")";
  if (request != nullptr && request->after && p.exact) {
    const SearchCursor& c = *request->after;
    std::string t = p.ranked.param(std::int64_t{c.tier}), s = p.ranked.param(c.score),
                d = p.ranked.param(c.date_key), i = p.ranked.param(c.id);
    p.ranked.text += " WHERE (tier > " + t + " OR (tier = " + t + " AND (score > " + s + " OR (score = " + s +
                     " AND (dk < " + d + " OR (dk = " + d + " AND id < " + i + "))))))";
  }
  p.ranked.text += " ORDER BY tier, score, dk DESC, id DESC";
  if (request != nullptr && request->limit > 0 && p.exact)
    p.ranked.text += " LIMIT " + p.ranked.param(std::int64_t{request->limit});
  return p;
}

bool after(const SearchCursor& row, const SearchCursor& cursor) {
  if (row.tier != cursor.tier) return row.tier > cursor.tier;
  if (row.score != cursor.score) return row.score > cursor.score;
  if (row.date_key != cursor.date_key) return row.date_key < cursor.date_key;
  return row.id < cursor.id;
}

struct Loaded {
  match::Fields fields;
  std::string district;
  StoredDate date;
};

constexpr const char* kLoadArticle =
    "SELECT a.title, a.subtitle, a.body, a.byline, ifnull(d.name, ''), a.date_year, a.date_month, a.date_day "
    "FROM articles a LEFT JOIN districts d ON d.id = a.district_id WHERE a.id = ?1";

Result<std::optional<Loaded>> load(SearchEngine& engine, std::int64_t id) {
  auto stmt = engine.statement(kLoadArticle);
  if (!stmt) return stmt.error();
  (*stmt)->bind(1, id);
  auto row = (*stmt)->step();
  if (!row) return Error("search failed: " + row.error().message());
  if (!*row) return std::optional<Loaded>();
  Loaded l;
  sql::Statement& s = **stmt;
  l.fields = {s.text(0), s.text(1), s.text(2), s.text(3)};
  l.district = s.text(4);
  l.date = {s.integer(5), s.integer(6), s.integer(7)};
  (*stmt)->reset();
  return std::optional<Loaded>(std::move(l));
}

// An article's date key ("" when undated or gone).
Result<std::string> date_key_of(SearchEngine& engine, std::int64_t id) {
  auto stmt = engine.statement("SELECT ifnull(date_key, '') FROM articles WHERE id = ?1");
  if (!stmt) return stmt.error();
  (*stmt)->bind(1, id);
  auto found = (*stmt)->step();
  if (!found) return Error("search failed: " + found.error().message());
  std::string key = *found ? (*stmt)->text(0) : std::string();
  (*stmt)->reset();
  return key;
}

// The page from Plan::fast: the first fast_limit rows by (tier, score, id),
// ordered by date within equal scores here. nullopt when ties at the edge of
// what was fetched make that order unknowable (then the full query runs).
Result<std::optional<std::vector<SearchCursor>>> fast_rows(SearchEngine& engine, const Plan& p,
                                                           const SearchRequest& request) {
  std::vector<SearchCursor> fetched;
  {
    auto stmt = engine.statement(p.fast->text);
    if (!stmt) return stmt.error();
    p.fast->bind(**stmt);
    for (;;) {
      auto more = (*stmt)->step();
      if (!more) return Error("search failed: " + more.error().message());
      if (!*more) break;
      fetched.push_back({(*stmt)->integer(2), (*stmt)->real(1), "", (*stmt)->int64(0)});
    }
    (*stmt)->reset();
  }
  for (auto& row : fetched) {
    auto key = date_key_of(engine, row.id);
    if (!key) return key.error();
    row.date_key = std::move(*key);
  }
  const bool more_exist = static_cast<int>(fetched.size()) == p.fast_limit;
  const SearchCursor edge = fetched.empty() ? SearchCursor{} : fetched.back();
  std::sort(fetched.begin(), fetched.end(), [](const SearchCursor& a, const SearchCursor& b) {
    if (a.tier != b.tier) return a.tier < b.tier;
    if (a.score != b.score) return a.score < b.score;
    if (a.date_key != b.date_key) return a.date_key > b.date_key;
    return a.id > b.id;
  });
  std::vector<SearchCursor> page;
  for (const auto& row : fetched) {
    if (request.after && !after(row, *request.after)) continue;
    if (static_cast<int>(page.size()) == request.limit) break;
    page.push_back(row);
  }
  if (more_exist) {
    // Rows not fetched rank at or after `edge`; the page is right only if it
    // is full and ends strictly before `edge`.
    if (static_cast<int>(page.size()) < request.limit) return std::optional<std::vector<SearchCursor>>();
    const SearchCursor& last = page.back();
    if (last.tier == edge.tier && last.score == edge.score) return std::optional<std::vector<SearchCursor>>();
  }
  return std::optional<std::vector<SearchCursor>>(std::move(page));
}

// Every article matching an FTS expression, by id: in article_fts, or in
// another full-text table's `sql`.
Result<std::vector<std::int64_t>> matching_ids(SearchEngine& engine, const std::string& expression,
                                               const char* sql = kMatchingIdsSql) {
  auto stmt = engine.statement(sql);
  if (!stmt) return stmt.error();
  (*stmt)->bind(1, std::string_view(expression));
  std::vector<std::int64_t> ids;
  for (;;) {
    auto more = (*stmt)->step();
    if (!more) return Error("search failed: " + more.error().message());
    if (!*more) break;
    ids.push_back((*stmt)->int64(0));
  }
  (*stmt)->reset();
  return ids;
}

// The ids of the districts named (canonically or by alias): sorted.
Result<std::vector<std::int64_t>> district_ids(SearchEngine& engine, const corpus::Gazetteer& gazetteer,
                                               const std::vector<std::string>& names) {
  std::vector<std::int64_t> ids;
  for (const auto& n : names) {
    auto name = canonical_district(gazetteer, n);
    if (!name) return name.error();
    auto stmt = engine.statement("SELECT id FROM districts WHERE name = ?1");
    if (!stmt) return stmt.error();
    (*stmt)->bind(1, std::string_view(*name));
    auto row = (*stmt)->step();
    if (!row) return Error("search failed: " + row.error().message());
    if (*row) ids.push_back((*stmt)->int64(0));
    (*stmt)->reset();
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

// The districts each filter allows (the scope, the query's district:
// terms): an article must be in one of every set. Sorted ids.
Result<std::vector<std::vector<std::int64_t>>> allowed_districts(SearchEngine& engine, const query::Query& q,
                                                                 const SearchRequest& request,
                                                                 const corpus::Gazetteer& gazetteer) {
  std::vector<std::vector<std::int64_t>> allowed;
  if (request.district) {
    auto scope = district_ids(engine, gazetteer, {*request.district});
    if (!scope) return scope.error();
    allowed.push_back(std::move(*scope));
  }
  if (!q.districts.empty()) {
    auto any = district_ids(engine, gazetteer, q.districts);
    if (!any) return any.error();
    allowed.push_back(std::move(*any));
  }
  return allowed;
}

// Whether a district is in every set of allowed_districts().
bool in_every(const std::vector<std::vector<std::int64_t>>& allowed, std::int64_t district) {
  for (const auto& set : allowed)
    if (!std::binary_search(set.begin(), set.end(), district)) return false;
  return true;
}

// The hits of `hits` that the scope and the district filters let through
// (one lookup each: there are at most bm25_up_to).
Result<std::vector<ScannedHit>> passing_filters(SearchEngine& engine, const query::Query& q,
                                                const SearchRequest& request, const corpus::Gazetteer& gazetteer,
                                                const std::vector<ScannedHit>& hits) {
  auto allowed = allowed_districts(engine, q, request, gazetteer);
  if (!allowed) return allowed.error();
  auto stmt = engine.statement("SELECT district_id FROM articles WHERE id = ?1");
  if (!stmt) return stmt.error();
  std::vector<ScannedHit> kept;
  for (const ScannedHit& hit : hits) {
    (*stmt)->bind(1, hit.id);
    auto found = (*stmt)->step();
    if (!found) return Error("search failed: " + found.error().message());
    const std::int64_t district = *found && !(*stmt)->is_null(0) ? (*stmt)->int64(0) : 0;
    (*stmt)->reset();
    if (*found && in_every(*allowed, district)) kept.push_back(hit);
  }
  return kept;
}

// The page of a single-phrase query with at most bm25_up_to matches, from
// its one scan (store/hit_scan.h), in Plan::ranked's order: bm25, then newest
// first, then the higher id. Dates are read only where they decide the order
// (equal scores, the cursor's score) and for the page's own cursors.
Result<std::vector<SearchCursor>> scanned_rows(SearchEngine& engine, const HitScan& scan,
                                               const SearchRequest& request) {
  std::vector<SearchCursor> rows;
  rows.reserve(scan.scored.size());
  for (const ScannedHit& hit : scan.scored) rows.push_back({0, bm25(scan, hit), "", hit.id});
  std::sort(rows.begin(), rows.end(), [](const SearchCursor& a, const SearchCursor& b) {
    return a.score != b.score ? a.score < b.score : a.id > b.id;
  });
  std::vector<bool> dated(rows.size(), false);
  auto date = [&](std::size_t i) -> Status {
    if (dated[i]) return Status::Ok();
    auto key = date_key_of(engine, rows[i].id);
    if (!key) return key.error();
    rows[i].date_key = std::move(*key);
    dated[i] = true;
    return Status::Ok();
  };
  // Puts the run of equal scores that starts at `i` in date order; returns
  // where the run ends. Only the runs the cursor or the page fall in.
  auto order_run = [&](std::size_t i) -> Result<std::size_t> {
    std::size_t end = i + 1;
    while (end < rows.size() && rows[end].score == rows[i].score) ++end;
    if (end - i > 1) {
      for (std::size_t k = i; k < end; ++k) KANBAO_TRY(date(k));
      std::sort(rows.begin() + static_cast<std::ptrdiff_t>(i), rows.begin() + static_cast<std::ptrdiff_t>(end),
                [](const SearchCursor& a, const SearchCursor& b) {
                  return a.date_key != b.date_key ? a.date_key > b.date_key : a.id > b.id;
                });
    }
    return end;
  };
  std::size_t first = 0;
  if (request.after) {
    while (first < rows.size() && rows[first].score < request.after->score) ++first;
    if (first < rows.size() && rows[first].score == request.after->score) {
      auto end = order_run(first);
      if (!end) return end.error();
      for (; first < *end; ++first) {
        KANBAO_TRY(date(first));  // a run of one is not dated yet
        if (after(rows[first], *request.after)) break;
      }
    }
  }
  std::vector<SearchCursor> page;
  for (std::size_t k = first, run_end = first; k < rows.size(); ++k) {
    if (request.limit > 0 && static_cast<int>(page.size()) == request.limit) break;
    if (k == run_end) {
      auto end = order_run(k);
      if (!end) return end.error();
      run_end = *end;
    }
    KANBAO_TRY(date(k));
    page.push_back(std::move(rows[k]));
  }
  return page;
}

// The page of a query with more matches than bm25_up_to (see
// store/broad_ranking.h). `ids`: all its matches.
// `first`: the matches of the first tier (those with the query in their
// title, or for pinyin those with the letters themselves).
Result<BroadPage> broad_rows(SearchEngine& engine, const query::Query& q, const SearchRequest& request,
                             const corpus::Gazetteer& gazetteer, std::vector<std::int64_t> ids,
                             std::vector<std::int64_t> first) {
  if (!request.district && q.districts.empty()) {
    // Nothing to filter: walk the date order only as far as the page needs
    // rather than load all of it (40 ms at 200,000 articles, per process).
    DateWalk dates;
    dates.walk = [&engine](const DateWalk::From& from,
                           const std::function<bool(const std::string&, std::int64_t)>& visit) -> Status {
      auto stmt = engine.statement(from ? "SELECT date_key, id FROM articles WHERE (date_key, id) < (?1, ?2) "
                                          "ORDER BY date_key DESC, id DESC"
                                        : "SELECT date_key, id FROM articles ORDER BY date_key DESC, id DESC");
      if (!stmt) return stmt.error();
      if (from) (*stmt)->bind(1, std::string_view(from->first)).bind(2, from->second);
      for (;;) {
        auto more = (*stmt)->step();
        if (!more) return Error("search failed: " + more.error().message());
        if (!*more || !visit((*stmt)->text(0), (*stmt)->int64(1))) break;
      }
      (*stmt)->reset();
      return Status::Ok();
    };
    dates.date_key = [&engine](std::int64_t id) { return date_key_of(engine, id); };
    BroadSource source;
    source.matches = std::move(ids);
    source.in_titles = std::move(first);
    return rank_broad_walking(dates, source, request.after, request.limit);
  }
  auto order = engine.order();
  if (!order) return order.error();
  auto allowed = allowed_districts(engine, q, request, gazetteer);
  if (!allowed) return allowed.error();
  const ArticleOrder& articles = **order;
  BroadSource source;
  source.matches = std::move(ids);
  source.allowed = [&](std::int64_t id) { return in_every(*allowed, articles.district(id)); };
  source.in_titles = std::move(first);
  return rank_broad(articles, source, request.after, request.limit);
}

SearchEngine& engine_of(Library::Impl& impl) {
  if (!impl.search) impl.search.reset(new SearchEngine(impl.db));
  return *impl.search;
}

SearchHit make_hit(std::int64_t id, Loaded&& l, const match::Evaluation& e, const SearchCursor& cursor,
                   int columns) {
  SearchHit hit;
  hit.id = id;
  hit.district = std::move(l.district);
  hit.date = l.date;
  hit.title = l.fields.title;
  hit.subtitle = l.fields.subtitle;
  // The first match in the body, else in the subtitle, title or byline.
  const std::string* text = &l.fields.body;
  const std::vector<Span>* spans = &e.body;
  if (e.body.empty()) {
    if (!e.subtitle.empty()) {
      text = &l.fields.subtitle;
      spans = &e.subtitle;
    } else if (!e.title.empty()) {
      text = &l.fields.title;
      spans = &e.title;
    } else if (!e.byline.empty()) {
      text = &l.fields.byline;
      spans = &e.byline;
    }
  }
  match::Snippet s = match::make_snippet(*text, *spans, 0, columns);
  hit.snippet = std::move(s.text);
  hit.highlights = std::move(s.highlights);
  hit.hit_count = e.count();
  hit.score = cursor.score;
  hit.cursor = cursor;
  return hit;
}

}  // namespace

Result<SearchPage> Library::search(const SearchRequest& request) {
  auto q = query::parse(request.query);
  if (!q) return q.error();
  auto snapshot = sql::ReadTransaction::begin(impl_->db);
  if (!snapshot) return Error("search failed: " + snapshot.error().message());
  SearchEngine& engine = engine_of(*impl_);
  const std::unordered_set<char32_t>* present = nullptr;
  if (q->has_pinyin()) {
    auto han = engine.present_han();
    if (!han) return han.error();
    present = *han;
  }
  const query::FtsExpression fts =
      query::translate(*q, present, [&engine](std::string_view bigram) { return engine.bigram_exists(bigram); });
  auto p = plan(*q, fts, &request, impl_->gazetteer);
  if (!p) return p.error();
  const int columns = std::max(request.snippet_columns, 4);

  // Rank-ordered candidates. Exact plans only return the page; the rest are
  // verified one by one (lazily: stop once the page is full, unless the total
  // must be counted here too).
  std::vector<SearchCursor> rows;
  bool ranked = false;
  std::optional<std::int64_t> known_total;
  // A plain query first collects its matches: too many for bm25 and it is
  // ranked broadly; few, and they are counted already.
  if (request.bm25_up_to >= 0 && p->exact && !fts.all.empty() && !q->has_pinyin() && q->reporters.empty() &&
      q->dates.empty()) {
    const bool unfiltered = !request.district && q->districts.empty();
    auto scan_stmt = engine.statement(kHitScanSql);
    if (!scan_stmt) return scan_stmt.error();
    auto ids_stmt = engine.statement(kMatchingIdsSql);
    if (!ids_stmt) return ids_stmt.error();
    auto scan = scan_hits(**scan_stmt, **ids_stmt, fts.all, static_cast<std::size_t>(request.bm25_up_to));
    if (!scan) return scan.error();
    if (scan->ids.empty()) {
      known_total = 0;
      ranked = true;  // nothing to rank
    } else if (static_cast<std::int64_t>(scan->ids.size()) > request.bm25_up_to) {
      auto titled = matching_ids(engine, fts.titles, "SELECT rowid FROM title_fts WHERE title_fts MATCH ?1");
      if (!titled) return titled.error();
      auto broad = broad_rows(engine, *q, request, impl_->gazetteer, std::move(scan->ids), std::move(*titled));
      if (!broad) return broad.error();
      rows = std::move(broad->rows);
      known_total = broad->total;
      ranked = true;
    } else if (scan->scored_all) {
      if (!unfiltered) {
        // bm25 counts the phrase in the whole library (scan->ids, kept); the
        // page and the total only what the scope and filters let through.
        auto kept = passing_filters(engine, *q, request, impl_->gazetteer, scan->scored);
        if (!kept) return kept.error();
        scan->scored = std::move(*kept);
      }
      known_total = static_cast<std::int64_t>(scan->scored.size());
      auto scanned = scanned_rows(engine, *scan, request);
      if (!scanned) return scanned.error();
      rows = std::move(*scanned);
      ranked = true;
    } else if (unfiltered) {
      known_total = static_cast<std::int64_t>(scan->ids.size());
    }
  }
  // Pinyin readings can match most of a big library (every way of cutting
  // the letters into syllables): past bm25_up_to candidates they are ranked
  // broadly too, the articles with the letters themselves first, and the
  // loop below verifies them only as far as the page and the count need.
  if (request.bm25_up_to >= 0 && q->has_pinyin() && q->reporters.empty() && q->dates.empty()) {
    auto ids = matching_ids(engine, fts.all);
    if (!ids) return ids.error();
    if (static_cast<std::int64_t>(ids->size()) > request.bm25_up_to) {
      auto literal = matching_ids(engine, fts.literal);
      if (!literal) return literal.error();
      SearchRequest wanted = request;
      if (!p->exact) {  // every candidate, in order: the loop below skips to the cursor and samples the count
        wanted.after.reset();
        wanted.limit = 0;
      }
      auto broad = broad_rows(engine, *q, wanted, impl_->gazetteer, std::move(*ids), std::move(*literal));
      if (!broad) return broad.error();
      rows = std::move(broad->rows);
      for (auto& row : rows) row.tier = row.score < 0.5 ? 0 : 1;  // the letters themselves, or a reading
      if (q->has_initials()) {
        // Initials only (an inexact plan: `rows` holds every candidate) after full readings.
        auto full = matching_ids(engine, fts.readings);
        if (!full) return full.error();
        std::unordered_set<std::int64_t> read(full->begin(), full->end());
        for (auto& row : rows)
          if (row.tier == 1 && read.count(row.id) == 0) row.tier = 2;
        std::stable_sort(rows.begin(), rows.end(),
                         [](const SearchCursor& a, const SearchCursor& b) { return a.tier < b.tier; });
      }
      if (p->exact) known_total = broad->total;
      ranked = true;
    }
  }
  if (!ranked && p->fast) {
    auto fast = fast_rows(engine, *p, request);
    if (!fast) return fast.error();
    ranked = fast->has_value();
    if (ranked) rows = std::move(**fast);
  }
  if (!ranked) {
    auto stmt = engine.statement(p->ranked.text);
    if (!stmt) return stmt.error();
    p->ranked.bind(**stmt);
    for (;;) {
      auto more = (*stmt)->step();
      if (!more) return Error("search failed: " + more.error().message());
      if (!*more) break;
      sql::Statement& s = **stmt;
      rows.push_back({s.integer(3), s.real(1), s.text(2), s.int64(0)});
    }
    (*stmt)->reset();
  }

  // Candidates of an inexact plan are checked one by one. Checking every one
  // just to count them took seconds for a common pinyin word on 20,000
  // articles, so past kCountBudget checks the rest of the count is
  // extrapolated from the share that matched (SearchPage::total_is_estimate).
  constexpr std::int64_t kCountBudget = 2000;
  std::int64_t examined = 0, matched = 0, unexamined = 0;
  SearchPage page;
  for (const SearchCursor& row : rows) {
    bool wanted = request.limit <= 0 || static_cast<int>(page.hits.size()) < request.limit;
    if (!p->exact && request.after && !after(row, *request.after)) wanted = false;
    if (p->exact && !wanted) break;
    if (!p->exact && !wanted && examined >= kCountBudget) {
      ++unexamined;
      continue;
    }
    auto loaded = load(engine, row.id);
    if (!loaded) return loaded.error();
    if (!*loaded) continue;  // deleted meanwhile
    ++examined;
    match::Evaluation e = match::evaluate(*q, (*loaded)->fields);
    if (!e.matches) continue;  // FTS proposed a superset (see query::FtsExpression::exact)
    ++matched;
    if (wanted) page.hits.push_back(make_hit(row.id, std::move(**loaded), e, row, columns));
  }
  if (!p->exact) {
    page.total = matched;
    if (unexamined > 0 && examined > 0) {
      page.total += (unexamined * matched + examined / 2) / examined;
      page.total_is_estimate = true;
    }
  }

  if (known_total) {
    page.total = *known_total;
  } else if (p->exact) {
    auto stmt = engine.statement(p->count.text);
    if (!stmt) return stmt.error();
    p->count.bind(**stmt);
    auto row = (*stmt)->step();
    if (!row) return Error("search failed: " + row.error().message());
    page.total = *row ? (*stmt)->int64(0) : 0;
    (*stmt)->reset();
  }
  return page;
}

Result<ArticleMatches> Library::matches(std::int64_t id, const std::string& query_text) {
  auto q = query::parse(query_text);
  if (!q) return q.error();
  auto loaded = load(engine_of(*impl_), id);
  if (!loaded) return loaded.error();
  if (!*loaded) return Error("there is no article " + std::to_string(id) + " in the library");
  const match::Fields& f = (*loaded)->fields;
  match::Evaluation e = match::evaluate(*q, f);
  ArticleMatches m;
  m.title = std::move(e.title);
  m.subtitle = std::move(e.subtitle);
  m.byline = std::move(e.byline);
  // Body spans never cross a "\n" (a break in the folded text): split them
  // by paragraph, as offsets into each paragraph.
  if (!f.body.empty()) {
    std::size_t start = 0;
    auto span = e.body.begin();
    for (;;) {
      std::size_t end = f.body.find('\n', start);
      if (end == std::string::npos) end = f.body.size();
      std::vector<Span> in_paragraph;
      for (; span != e.body.end() && span->begin < end; ++span)
        in_paragraph.push_back({span->begin - start, std::min(span->end, end) - start});
      m.paragraphs.push_back(std::move(in_paragraph));
      if (end == f.body.size()) break;
      start = end + 1;
    }
  }
  return m;
}

}  // namespace kanbao::store
