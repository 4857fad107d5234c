// SPDX-License-Identifier: MIT
// bench_search: kanbao's search against a plain FTS5 trigram table over the
// same articles, in one run.
//
//   KANBAO_BENCH_CORPUS=DIR (pages, e.g. from kanbao-gen-corpus; default: the
//   sample pages)  KANBAO_BENCH_DIR=DIR (scratch space; default: temp, removed)
//   KANBAO_BENCH_REUSE=1 (keep both databases already in KANBAO_BENCH_DIR:
//   no index times)  KANBAO_BENCH_PER_QUERY=1 (also print each query's
//   median time on both sides; =kanbao: kanbao's side only)
//   KANBAO_BENCH_KANBAO=FILE (the kanbao binary the whole-process side runs;
//   default: this build's, to compare two builds on the same databases)
//   bench_search [--benchmark_* flags]
//
// Reports index time (kanbao's whole `index`, and rebuilding only its search
// index) against filling the trigram table, size on disk, p50/p99 latency of
// a mixed query set - 1-6 Han characters (common, rare, no-hit), two terms,
// `a -b`, `a OR b` and pinyin - in-process and as whole processes (`kanbao
// search` against the sqlite3 shell). kanbao: top 20 with snippets and the
// total; trigram: its best plan, top 20 without a total, ranked when it can
// MATCH, LIKE for terms under 3 characters as trigram tables require, and
// for pinyin the Han phrase it stands for (a trigram table cannot read
// pinyin). Every kanbao total is checked against a brute-force count (pinyin
// by every reading of each character, and by initials); a total kanbao marks
// as an estimate is printed beside the count instead. It ends with both
// sides' p50/p99 side by side.
#include <benchmark/benchmark.h>
#include <fmt/core.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#include "store/library.h"
#include "text/utf8.h"
#include "store/pinyin.h"
#include "store/search_index.h"
#include "store/sqlite.h"

namespace {

namespace fs = std::filesystem;
using kanbao::store::Library;
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

std::u32string decode(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = kanbao::text::decode(s, i);
    if (c != kanbao::text::kInvalid) out.push_back(c);
  }
  return out;
}

// Trigram tables find nothing shorter than three characters: LIKE it is.
bool needs_like(const std::string& query) { return decode(query).size() < 3; }

std::string encode(const std::u32string& s) {
  std::string out;
  for (char32_t c : s) kanbao::text::append_utf8(out, c);
  return out;
}

bool is_han(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }
bool is_alnum(char32_t c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Han characters of a text in runs: punctuation and spaces are skipped, line
// breaks and letters/digits end a run (the brute-force reference).
std::u32string skeleton(std::string_view text) {
  std::u32string out;
  for (char32_t c : decode(text)) {
    if (is_han(c)) out += kanbao::store::han::simplified(c);
    else if (c == U'\n' || is_alnum(c)) {
      if (!out.empty() && out.back() != U'|') out += U'|';
    }
  }
  return out;
}

// One query of the mix. `text` is what kanbao is asked; `trigram` the WHERE
// clause the trigram table is given for the same question (its best plan:
// MATCH for terms of three or more characters, LIKE for shorter ones, the
// Han phrase itself for a pinyin query, which a trigram table cannot read).
struct Query {
  std::string text, kind;
  std::int64_t brute = 0;
  std::string trigram;
  bool estimate = false;  // kanbao's total is marked as an estimate
};

struct World {
  fs::path dir, lib_path, tri_path;
  std::unique_ptr<Library> library;
  sqlite3* trigram = nullptr;
  std::vector<std::u32string> skeletons;  // per article, fields joined by '|'
  std::vector<Query> queries;
};
World* g = nullptr;
// p50 and p99 of each benchmark, by name, for the side-by-side summary.
std::map<std::string, std::pair<double, double>> g_results;
std::vector<std::string> g_headlines;  // index times, sizes, totals checked

std::int64_t bytes_of(const fs::path& p) {
  std::error_code ec;
  auto n = fs::file_size(p, ec);
  return ec ? 0 : static_cast<std::int64_t>(n);
}

void exec(sqlite3* db, const char* sql) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql, nullptr, nullptr, &err) != SQLITE_OK) {
    fmt::print(stderr, "{}: {}\n", sql, err ? err : "?");
    std::exit(1);
  }
}

std::int64_t trigram_query(const Query& q);

// Median of five runs of each query in-process, slowest first: where the
// percentiles come from.
void print_per_query(bool with_trigram) {
  auto median_ms = [](auto&& run) {
    std::vector<double> ms;
    for (int i = 0; i < 5; ++i) {
      auto t0 = Clock::now();
      run();
      ms.push_back(seconds_since(t0) * 1000);
    }
    std::sort(ms.begin(), ms.end());
    return ms[2];
  };
  std::vector<std::pair<double, std::string>> lines;
  for (const auto& q : g->queries) {
    double kanbao_ms = median_ms([&] {
      kanbao::store::SearchRequest r;
      r.query = q.text;
      benchmark::DoNotOptimize(g->library->search(r));
    });
    std::string trigram = with_trigram
        ? fmt::format("{:9.2f} ms", median_ms([&] { benchmark::DoNotOptimize(trigram_query(q)); }))
        : std::string();
    lines.emplace_back(kanbao_ms, fmt::format("{:9.2f} ms {}  {:>7} hits  {:<9}  {}", kanbao_ms, trigram, q.brute,
                                              q.kind, q.text));
  }
  std::sort(lines.rbegin(), lines.rend());
  fmt::print("per query, median of 5 (kanbao{}):\n", with_trigram ? ", trigram" : "");
  for (const auto& l : lines) fmt::print("{}\n", l.second);

  // Beyond the mix: operators, a district scope and pinyin, built from the
  // mix's own queries (kanbao only: the trigram table has no equivalent).
  auto first_of = [](const std::string& kind, std::size_t skip) -> std::string {
    for (const auto& q : g->queries)
      if (q.kind == kind && skip-- == 0) return q.text;
    return "";
  };
  const std::string a = first_of("2 chars", 0), b = first_of("2 chars", 1), phrase = first_of("3-6 chars", 0);
  auto districts = g->library->districts();
  const std::string district = districts && !districts->empty() ? districts->front().name : "";
  struct Extra {
    std::string query, scope;
  };
  fmt::print("beyond the mix, median of 5 (kanbao):\n");
  for (const Extra& e : {Extra{a + " " + b, ""}, Extra{a + " -" + b, ""}, Extra{a + " OR " + b, ""},
                         Extra{first_of("1 common", 0), district}, Extra{phrase, district}, Extra{a, district},
                         Extra{"baojiaolou", ""}, Extra{"guancheng", ""}, Extra{"changjiang", ""},
                         Extra{"zhongyao", ""}, Extra{"bjl", ""}, Extra{"zym", ""}, Extra{"gcq", ""}}) {
    std::int64_t total = -1;
    double ms = median_ms([&] {
      kanbao::store::SearchRequest r;
      r.query = e.query;
      if (!e.scope.empty()) r.district = e.scope;
      auto page = g->library->search(r);
      total = page ? page->total : -1;
    });
    fmt::print("{:9.2f} ms  {:>7} hits  {}{}\n", ms, total, e.query, e.scope.empty() ? "" : "  (in " + e.scope + ")");
  }
}

std::string sql_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("''") : std::string(1, c);
  return out + "'";
}

std::string fts_phrase(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// The trigram table's WHERE for "all of `all`, none of `none`" or, with
// `any`, "one of `all`": long terms in one MATCH, short ones as LIKE over the
// four columns, as a trigram table requires.
std::string trigram_where(const std::vector<std::string>& all, const std::vector<std::string>& none, bool any) {
  auto like = [](const std::string& t) {
    std::string l = sql_quote("%" + t + "%");
    return "(title LIKE " + l + " OR subtitle LIKE " + l + " OR body LIKE " + l + " OR byline LIKE " + l + ")";
  };
  std::string match, likes;
  for (const auto& t : all) {
    if (!needs_like(t)) match += (match.empty() ? "" : any ? " OR " : " AND ") + fts_phrase(t);
    else likes += (likes.empty() ? "" : any ? " OR " : " AND ") + like(t);
  }
  if (any && !match.empty() && !likes.empty()) {
    // One MATCH cannot be OR-ed with a scan: the whole thing is a scan.
    std::string where;
    for (const auto& t : all) where += (where.empty() ? "" : " OR ") + like(t);
    return where;
  }
  std::string not_match;
  for (const auto& t : none) {
    if (!needs_like(t) && !match.empty()) match += " NOT " + fts_phrase(t);
    else if (!needs_like(t)) not_match += " AND rowid NOT IN (SELECT rowid FROM tri WHERE tri MATCH " + sql_quote(fts_phrase(t)) + ")";
    else likes += std::string(likes.empty() ? "" : " AND ") + "NOT " + like(t);
  }
  std::string where;
  if (!match.empty()) where = "tri MATCH " + sql_quote(match);
  if (!likes.empty()) where += (where.empty() ? "" : " AND ") + likes;
  return where + not_match;
}

// Whether a skeleton holds a run of Han characters that reads `letters`:
// each character by one of its readings, or (3 to 6 letters) each a common
// character with that initial - kanbao's pinyin rules (README, Search).
bool reads_as(const std::u32string& s, std::string_view letters) {
  auto from = [&](auto&& self, std::size_t at, std::size_t offset) -> bool {
    if (offset == letters.size()) return true;
    if (at >= s.size() || s[at] == U'|') return false;
    for (std::string_view r : kanbao::store::han::readings(s[at]))
      if (letters.substr(offset, r.size()) == r && self(self, at + 1, offset + r.size())) return true;
    return false;
  };
  const bool initials = letters.size() >= 3 && letters.size() <= 6;
  for (std::size_t at = 0; at < s.size(); ++at) {
    if (from(from, at, 0)) return true;
    if (!initials || at + letters.size() > s.size()) continue;
    std::size_t k = 0;
    while (k < letters.size() && s[at + k] != U'|' && kanbao::store::han::is_common(s[at + k]) &&
           kanbao::store::han::has_initial(s[at + k], letters[k]))
      ++k;
    if (k == letters.size()) return true;
  }
  return false;
}

// The toneless pinyin of a Han phrase, each character by its first reading;
// "" when one has none.
std::string pinyin_of(const std::u32string& phrase) {
  std::string out;
  for (char32_t c : phrase) {
    auto r = kanbao::store::han::readings(c);
    if (r.empty()) return "";
    out += r.front();
  }
  return out;
}

// Brute-force count for one query of the mix.
std::int64_t brute_count(const Query& q, const std::vector<std::u32string>& skeletons) {
  std::int64_t n = 0;
  auto has = [](const std::u32string& s, const std::u32string& t) { return s.find(t) != std::u32string::npos; };
  std::vector<std::u32string> words;
  for (std::size_t at = 0; at <= q.text.size();) {
    std::size_t space = std::min(q.text.find(' ', at), q.text.size());
    if (space > at) words.push_back(decode(std::string_view(q.text).substr(at, space - at)));
    at = space + 1;
  }
  for (const auto& s : skeletons) {
    bool hit = false;
    if (q.kind == "pinyin") hit = reads_as(s, q.text);
    else if (q.kind == "a OR b") hit = has(s, words[0]) || has(s, words[2]);
    else if (q.kind == "a -b") hit = has(s, words[0]) && !has(s, words[1].substr(1));
    else hit = std::all_of(words.begin(), words.end(), [&](const std::u32string& w) { return has(s, w); });
    n += hit ? 1 : 0;
  }
  return n;
}

void build() {
  const char* corpus_env = std::getenv("KANBAO_BENCH_CORPUS");
  const char* dir_env = std::getenv("KANBAO_BENCH_DIR");
  std::string corpus = corpus_env ? corpus_env : KANBAO_SAMPLE_DIR;
  g->dir = dir_env ? fs::path(dir_env) : fs::temp_directory_path() / fmt::format("kanbao-bench-{}", ::getpid());
  fs::path lib_path = g->dir / "kanbao.db", tri_path = g->dir / "trigram.db";
  g->lib_path = lib_path;
  g->tri_path = tri_path;
  const bool reuse = dir_env && std::getenv("KANBAO_BENCH_REUSE") && fs::exists(lib_path) && fs::exists(tri_path);
  if (!reuse) {
    fs::remove_all(g->dir);
    fs::create_directories(g->dir);
  }

  // kanbao: the whole `index` (decode, parse, tables, search index).
  auto t0 = Clock::now();
  if (!reuse) {
    auto lib = Library::open(lib_path.string(), kanbao::store::OpenMode::kReadWrite);
    if (!lib) {
      fmt::print(stderr, "{}\n", lib.error().message());
      std::exit(1);
    }
    auto report = lib->index({corpus}, {});
    if (!report) {
      fmt::print(stderr, "{}\n", report.error().message());
      std::exit(1);
    }
  }
  double index_s = seconds_since(t0);

  // Only the search index: rebuild article_fts from the articles table.
  auto db = kanbao::store::sql::Db::open(lib_path.string(), SQLITE_OPEN_READWRITE);
  if (!db || !kanbao::store::register_search_functions(*db).ok()) std::exit(1);
  t0 = Clock::now();
  if (!reuse && !db->exec("INSERT INTO article_fts(article_fts) VALUES('rebuild')").ok()) {
    fmt::print(stderr, "rebuild: {}\n", db->error_message());
    std::exit(1);
  }
  double rebuild_s = seconds_since(t0);
  (void)db->exec("PRAGMA wal_checkpoint(TRUNCATE)");

  // The same articles into a trigram table with its content.
  sqlite3* tri = nullptr;
  sqlite3_open(tri_path.string().c_str(), &tri);
  if (!reuse)
    exec(tri, "PRAGMA journal_mode=WAL; CREATE VIRTUAL TABLE tri USING fts5(title, subtitle, body, byline, tokenize='trigram')");
  auto rows = db->prepare("SELECT id, title, subtitle, body, byline FROM articles ORDER BY id");
  std::vector<std::array<std::string, 4>> texts;
  std::vector<std::int64_t> ids;
  while (*rows->step()) {
    ids.push_back(rows->int64(0));
    texts.push_back({rows->text(1), rows->text(2), rows->text(3), rows->text(4)});
  }
  t0 = Clock::now();
  if (!reuse) exec(tri, "BEGIN");
  sqlite3_stmt* ins = nullptr;
  sqlite3_prepare_v2(tri, "INSERT INTO tri(rowid, title, subtitle, body, byline) VALUES (?,?,?,?,?)", -1, &ins, nullptr);
  for (std::size_t i = 0; !reuse && i < texts.size(); ++i) {
    sqlite3_bind_int64(ins, 1, ids[i]);
    for (int k = 0; k < 4; ++k)
      sqlite3_bind_text(ins, k + 2, texts[i][static_cast<std::size_t>(k)].data(),
                        static_cast<int>(texts[i][static_cast<std::size_t>(k)].size()), SQLITE_STATIC);
    sqlite3_step(ins);
    sqlite3_reset(ins);
  }
  sqlite3_finalize(ins);
  if (!reuse) exec(tri, "COMMIT");
  double trigram_s = seconds_since(t0);
  exec(tri, "PRAGMA wal_checkpoint(TRUNCATE)");
  g->trigram = tri;

  // Sizes: whole files, and the search index's own tables.
  auto fts_bytes = [&]() -> std::int64_t {
    auto s = db->prepare("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'article_fts%'");
    if (!s || !*s->step()) return -1;
    return s->int64(0);
  }();
  g_headlines.push_back(fmt::format("articles: {}", texts.size()));
  if (reuse)
    g_headlines.push_back(fmt::format("index time: not measured (KANBAO_BENCH_REUSE: the databases in {} were kept)",
                                      g->dir.string()));
  else
    g_headlines.push_back(fmt::format("index time: kanbao index {:.2f} s (its search index alone {:.2f} s); trigram "
                                      "fill {:.2f} s; kanbao index / trigram fill {:.2f}",
                                      index_s, rebuild_s, trigram_s, index_s / trigram_s));
  g_headlines.push_back(fmt::format("size: kanbao library {:.1f} MB (search index {:.1f} MB); trigram table with "
                                    "content {:.1f} MB",
                                    static_cast<double>(bytes_of(lib_path)) / 1e6, static_cast<double>(fts_bytes) / 1e6,
                                    static_cast<double>(bytes_of(tri_path)) / 1e6));
  for (const auto& line : g_headlines) fmt::print("{}\n", line);

  auto opened = Library::open(lib_path.string(), kanbao::store::OpenMode::kReadOnly);
  if (!opened) {
    fmt::print(stderr, "{}\n", opened.error().message());
    std::exit(1);
  }
  g->library = std::make_unique<Library>(std::move(*opened));

  // Brute-force reference and the query set.
  std::map<char32_t, std::int64_t> freq;
  for (const auto& t : texts) {
    std::u32string s = skeleton(t[0]) + U"|" + skeleton(t[1]) + U"|" + skeleton(t[2]) + U"|" + skeleton(t[3]);
    for (char32_t c : s)
      if (c != U'|') freq[c]++;
    g->skeletons.push_back(std::move(s));
  }
  std::vector<std::pair<std::int64_t, char32_t>> by_freq;
  for (auto [c, n] : freq) by_freq.emplace_back(n, c);
  std::sort(by_freq.rbegin(), by_freq.rend());
  std::mt19937_64 rng(7);
  auto add = [&](std::u32string q, const char* kind) { g->queries.push_back({encode(q), kind, 0, "", false}); };
  for (std::size_t i = 0; i < 10 && i < by_freq.size(); ++i) add(std::u32string(1, by_freq[i].second), "1 common");
  // Rare: the least frequent characters of the corpus (whatever its size).
  std::vector<char32_t> rare;
  for (std::size_t i = by_freq.size() > 200 ? by_freq.size() - 200 : 0; i < by_freq.size(); ++i)
    rare.push_back(by_freq[i].second);
  for (std::size_t i = 0; i < 10 && !rare.empty(); ++i) add(std::u32string(1, rare[rng() % rare.size()]), "1 rare");
  for (std::size_t len = 2; len <= 6; ++len) {
    for (int i = 0; i < 8; ++i) {
      const std::u32string& s = g->skeletons[rng() % g->skeletons.size()];
      if (s.size() < len + 1) continue;
      std::size_t at = rng() % (s.size() - len);
      std::u32string q = s.substr(at, len);
      if (q.find(U'|') != std::u32string::npos) continue;
      add(q, len <= 2 ? "2 chars" : "3-6 chars");
    }
  }
  // No hit: characters the corpus never holds (most of CJK Extension A), or
  // three rare ones in a row.
  int absent = 0;
  for (char32_t c = 0x3400; c < 0x4DB5 && absent < 2; c += 97) {
    if (freq.count(c) != 0 || kanbao::store::han::simplified(c) != c) continue;
    add(std::u32string(1, c), "no-hit");
    ++absent;
  }
  for (int i = 0; i < 6 && rare.size() > 1; ++i)
    add(std::u32string{rare[rng() % rare.size()], rare[rng() % rare.size()], rare[rng() % rare.size()]}, "no-hit");
  // Operators and pinyin, built from the mix's own phrases.
  std::vector<std::string> two, longer;
  for (const auto& q : g->queries) {
    if (q.kind == "2 chars") two.push_back(q.text);
    if (q.kind == "3-6 chars") longer.push_back(q.text);
  }
  for (std::size_t i = 0; i + 1 < two.size() && i < 6; i += 2) {
    g->queries.push_back({two[i] + " " + two[i + 1], "a b", 0, trigram_where({two[i], two[i + 1]}, {}, false), false});
    g->queries.push_back({two[i] + " -" + two[i + 1], "a -b", 0, trigram_where({two[i]}, {two[i + 1]}, false), false});
  }
  for (std::size_t i = 0; i + 1 < longer.size() && i < 6; i += 2) {
    g->queries.push_back({longer[i] + " " + longer[i + 1], "a b", 0, trigram_where({longer[i], longer[i + 1]}, {}, false), false});
    g->queries.push_back({longer[i] + " OR " + longer[i + 1], "a OR b", 0, trigram_where({longer[i], longer[i + 1]}, {}, true), false});
  }
  for (std::size_t i = 0; i + 1 < two.size() && i < 4; i += 2)
    g->queries.push_back({two[i] + " OR " + two[i + 1], "a OR b", 0, trigram_where({two[i], two[i + 1]}, {}, true), false});
  // Pinyin: the readings of phrases of the corpus (2 and 3 characters) and
  // the initials of 3-character ones; the trigram side is given the phrase.
  int pinyin = 0, initials = 0;
  for (const auto& t : two) {
    std::string letters = pinyin_of(decode(t));
    if (letters.empty() || pinyin >= 3) continue;
    g->queries.push_back({letters, "pinyin", 0, trigram_where({t}, {}, false), false});
    ++pinyin;
  }
  for (const auto& t : longer) {
    std::u32string phrase = decode(t).substr(0, 3);
    std::string letters = pinyin_of(phrase);
    if (letters.empty()) continue;
    if (pinyin < 6) {
      g->queries.push_back({letters, "pinyin", 0, trigram_where({encode(phrase)}, {}, false), false});
      ++pinyin;
    } else if (initials < 2) {
      std::string first;
      for (char32_t c : phrase) first += kanbao::store::han::readings(c).front().front();
      g->queries.push_back({first, "pinyin", 0, trigram_where({encode(phrase)}, {}, false), false});
      ++initials;
    }
  }
  int mismatches = 0, estimates = 0;
  for (auto& q : g->queries) {
    if (q.trigram.empty()) q.trigram = trigram_where({q.text}, {}, false);
    q.brute = brute_count(q, g->skeletons);
    kanbao::store::SearchRequest r;
    r.query = q.text;
    auto page = g->library->search(r);
    q.estimate = page && page->total_is_estimate;
    if (q.estimate) {
      ++estimates;
      fmt::print("estimate {} ({}): kanbao ~{} brute force {}\n", q.text, q.kind, page->total, q.brute);
    } else if (!page || page->total != q.brute) {
      ++mismatches;
      fmt::print("MISMATCH {} ({}): kanbao {} brute force {}\n", q.text, q.kind, page ? page->total : -1, q.brute);
    }
  }
  g_headlines.push_back(fmt::format("totals checked against brute force: {} queries, {} mismatches, {} marked as "
                                    "estimates", g->queries.size(), mismatches, estimates));
  fmt::print("{}\n", g_headlines.back());
  if (const char* per_query = std::getenv("KANBAO_BENCH_PER_QUERY")) print_per_query(std::string(per_query) != "kanbao");
}

// The trigram side's query: the top 20 (by rank when there is a MATCH),
// no total - the plan that answers fastest; kanbao also counts every match.
std::string trigram_sql(const Query& q) {
  const bool ranked = q.trigram.find("tri MATCH") != std::string::npos;
  return "SELECT rowid, body FROM tri WHERE " + q.trigram + (ranked ? " ORDER BY rank" : "") + " LIMIT 20";
}

// Whether the trigram side scans the whole table (a LIKE term).
bool scans(const Query& q) { return q.trigram.find(" LIKE ") != std::string::npos; }

std::int64_t trigram_query(const Query& q) {
  static std::map<std::string, sqlite3_stmt*> cache;
  auto& s = cache[q.text];
  if (s == nullptr && sqlite3_prepare_v2(g->trigram, trigram_sql(q).c_str(), -1, &s, nullptr) != SQLITE_OK) {
    fmt::print(stderr, "trigram: {}: {}\n", trigram_sql(q), sqlite3_errmsg(g->trigram));
    std::exit(1);
  }
  sqlite3_reset(s);
  std::int64_t n = 0;
  while (sqlite3_step(s) == SQLITE_ROW) ++n;
  return n;
}

// Runs a program with stdout and stderr on /dev/null; false if it failed.
// posix_spawn, not fork: copying this process's page tables (1 GB of texts at
// 200,000 articles) would be timed as part of either side's query.
bool run_quietly(const std::vector<std::string>& argv) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, 1, 2);
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  int spawned = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  int status = 0;
  if (spawned != 0 || waitpid(pid, &status, 0) < 0) return false;
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

// The trigram side as a whole process: the sqlite3 shell answering the same
// question (trigram_sql).
std::vector<std::string> trigram_process(const Query& q) { return {"sqlite3", g->tri_path.string(), trigram_sql(q) + ";"}; }

void report(benchmark::State& state, std::vector<double>& ms, const std::string& name) {
  std::sort(ms.begin(), ms.end());
  if (ms.empty()) return;
  const double p50 = ms[ms.size() / 2], p99 = ms[std::min(ms.size() - 1, ms.size() * 99 / 100)];
  state.counters["p50_ms"] = p50;
  state.counters["p99_ms"] = p99;
  g_results[name] = {p50, p99};
}

// Both sides' percentiles, one line a kind, after all the benchmarks ran.
void print_summary(const std::vector<std::string>& kinds) {
  auto cell = [](const std::string& name) {
    auto it = g_results.find(name);
    if (it == g_results.end()) return fmt::format("{:>19}", "-");
    return fmt::format("{:>8.2f} / {:>8.2f}", it->second.first, it->second.second);
  };
  fmt::print("\n== side by side: p50 / p99 ms, top 20 (kanbao with snippets and its total; the trigram table\n"
             "   LIMIT 20 without a total, ranked when it can MATCH, LIKE for terms under 3 characters)\n");
  for (const auto& line : g_headlines) fmt::print("{}\n", line);
  fmt::print("{:<10} {:>19} {:>19}   {:>19} {:>19}\n", "queries", "kanbao in-process", "trigram in-process",
             "kanbao search", "sqlite3 shell");
  for (const auto& kind : kinds) {
    std::size_t n = static_cast<std::size_t>(std::count_if(g->queries.begin(), g->queries.end(),
                                                            [&](const Query& q) { return kind == "all" || q.kind == kind; }));
    if (n == 0) continue;
    fmt::print("{:<10} {} {}   {} {}   ({} queries)\n", kind == "all" ? "ALL" : kind, cell("kanbao/" + kind),
               cell("trigram/" + kind), cell("kanbao-process/" + kind), cell("trigram-process/" + kind), n);
  }
}

// One query on one side; false if a process failed.
bool run_query(const Query& q, bool kanbao, bool process) {
  if (process) {
    static const std::string binary = std::getenv("KANBAO_BENCH_KANBAO") ? std::getenv("KANBAO_BENCH_KANBAO") : KANBAO_BINARY;
    return kanbao ? run_quietly({binary, "--db", g->lib_path.string(), "search", q.text, "--limit", "20"})
                  : run_quietly(trigram_process(q));
  }
  if (kanbao) {
    kanbao::store::SearchRequest r;
    r.query = q.text;
    auto page = g->library->search(r);
    benchmark::DoNotOptimize(page);
  } else {
    benchmark::DoNotOptimize(trigram_query(q));
  }
  return true;
}

void BM_Search(benchmark::State& state, const std::string& kind, bool kanbao, bool process) {
  const std::string name = std::string(kanbao ? "kanbao" : "trigram") + (process ? "-process/" : "/") + kind;
  std::vector<const Query*> qs;
  for (const auto& q : g->queries)
    if (kind == "all" || q.kind == kind) qs.push_back(&q);
  if (qs.empty()) {
    state.SkipWithError("no queries of this kind");
    return;
  }
  // Steady state, not the first read after the other side pushed these
  // pages out of the OS cache: each query once, untimed - except the trigram
  // table's LIKE scans, which read the whole table every time anyway.
  for (const Query* q : qs)
    if (kanbao || !scans(*q)) run_query(*q, kanbao, process);
  std::vector<double> ms;
  std::size_t i = 0;
  for (auto _ : state) {
    const Query& q = *qs[i++ % qs.size()];
    auto t0 = Clock::now();
    if (!run_query(q, kanbao, process)) state.SkipWithError("the process failed");
    ms.push_back(seconds_since(t0) * 1000);
  }
  report(state, ms, name);
}

}  // namespace

const std::vector<std::string> kKinds = {"1 common", "1 rare", "2 chars", "3-6 chars", "no-hit",
                                         "a b",      "a -b",   "a OR b",  "pinyin",    "all"};

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  World world;
  g = &world;
  build();
  // In-process (kanbao's Library, the trigram table through one connection),
  // then as whole processes (`kanbao search`, the sqlite3 shell).
  for (bool process : {false, true}) {
    const std::string suffix = process ? "-process/" : "/";
    for (const std::string& kind : kKinds) {
      // Whole passes over the queries of a kind, so every query weighs the
      // same in the percentiles (left to itself, the library stops a slow
      // side after its first few queries): five for kanbao, one for the
      // trigram table, whose LIKE scans take seconds at 200,000 articles.
      auto queries = static_cast<benchmark::IterationCount>(
          std::count_if(g->queries.begin(), g->queries.end(),
                        [&](const Query& q) { return kind == "all" || q.kind == kind; }));
      if (queries == 0) continue;
      benchmark::RegisterBenchmark(("kanbao" + suffix + kind).c_str(),
                                   [kind, process](benchmark::State& s) { BM_Search(s, kind, true, process); })
          ->Unit(benchmark::kMillisecond)
          ->Iterations(queries * 5);
      benchmark::RegisterBenchmark(("trigram" + suffix + kind).c_str(),
                                   [kind, process](benchmark::State& s) { BM_Search(s, kind, false, process); })
          ->Unit(benchmark::kMillisecond)
          ->Iterations(queries);
    }
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  print_summary(kKinds);
  g->library.reset();
  sqlite3_close(g->trigram);
  if (!std::getenv("KANBAO_BENCH_DIR")) fs::remove_all(g->dir);
  return 0;
}
