// SPDX-License-Identifier: MIT
// bench_search: kanbao's search against a plain FTS5 trigram table over the
// same articles, in one run.
//
//   KANBAO_BENCH_CORPUS=DIR (pages, e.g. from kanbao-gen-corpus; default: the
//   sample pages)  KANBAO_BENCH_DIR=DIR (scratch space; default: temp, removed)
//   KANBAO_BENCH_REUSE=1 (keep each database already in KANBAO_BENCH_DIR,
//   build the other; no index time for a kept one)  KANBAO_BENCH_PER_QUERY=1 (also print each query's
//   median time on both sides; =kanbao: kanbao's side only)
//   KANBAO_BENCH_KANBAO=FILE (the kanbao binary the whole-process side runs;
//   default: this build's, to compare two builds on the same databases)
//   KANBAO_BENCH_QUERIES=FILE (also write the mix there, one query a line:
//   kind, query, the sqlite3 shell's SQL, tab-separated; to replay either
//   side's whole process under callgrind or perf stat)
//   KANBAO_BENCH_SIDES=kanbao (kanbao's side only: no trigram table is
//   filled or queried; for a million articles, where the 1M targets are
//   kanbao's own and the table's LIKE scans take tens of seconds each)
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
#include <fcntl.h>
#include <fmt/core.h>
#include <spawn.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "per_query.h"
#include "search_mix.h"
#include "store/library.h"
#include "store/pinyin.h"
#include "store/search_index.h"
#include "store/sqlite.h"
#include "text/utf8.h"

namespace {

namespace fs = std::filesystem;
using namespace kanbao::bench;
using kanbao::store::Library;
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

struct World {
  fs::path dir, lib_path, tri_path;
  std::unique_ptr<Library> library;
  sqlite3* trigram = nullptr;
  bool trigram_side = true;               // KANBAO_BENCH_SIDES is not "kanbao"
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

std::string trigram_sql(const Query& q);

// The mix as KANBAO_BENCH_QUERIES writes it.
void write_queries(const char* path) {
  std::FILE* out = std::fopen(path, "w");
  if (out == nullptr) {
    fmt::print(stderr, "cannot write {}\n", path);
    std::exit(1);
  }
  for (const auto& q : g->queries) fmt::print(out, "{}\t{}\t{};\n", q.kind, q.text, trigram_sql(q));
  if (std::fclose(out) != 0) {
    fmt::print(stderr, "cannot write {}\n", path);
    std::exit(1);
  }
}

// Opens the trigram table at `tri_path` (kept by KANBAO_BENCH_REUSE, or
// made empty).
sqlite3* open_trigram(const fs::path& tri_path, bool kept) {
  sqlite3* tri = nullptr;
  sqlite3_open(tri_path.string().c_str(), &tri);
  if (!kept)
    exec(tri,
         "PRAGMA journal_mode=WAL; CREATE VIRTUAL TABLE tri USING fts5(title, subtitle, body, byline, "
         "tokenize='trigram')");
  return tri;
}

// Fills the empty trigram table with the articles' text, in one
// transaction; the seconds it took.
double fill_trigram(sqlite3* tri, const std::vector<std::int64_t>& ids,
                    const std::vector<std::array<std::string, 4>>& texts) {
  const auto t0 = Clock::now();
  exec(tri, "BEGIN");
  sqlite3_stmt* ins = nullptr;
  sqlite3_prepare_v2(tri, "INSERT INTO tri(rowid, title, subtitle, body, byline) VALUES (?,?,?,?,?)", -1,
                     &ins, nullptr);
  for (std::size_t i = 0; i < texts.size(); ++i) {
    sqlite3_bind_int64(ins, 1, ids[i]);
    for (int k = 0; k < 4; ++k)
      sqlite3_bind_text(ins, k + 2, texts[i][static_cast<std::size_t>(k)].data(),
                        static_cast<int>(texts[i][static_cast<std::size_t>(k)].size()), SQLITE_STATIC);
    sqlite3_step(ins);
    sqlite3_reset(ins);
  }
  sqlite3_finalize(ins);
  exec(tri, "COMMIT");
  const double seconds = seconds_since(t0);
  exec(tri, "PRAGMA wal_checkpoint(TRUNCATE)");
  return seconds;
}

void build() {
  const char* corpus_env = std::getenv("KANBAO_BENCH_CORPUS");
  const char* dir_env = std::getenv("KANBAO_BENCH_DIR");
  std::string corpus = corpus_env ? corpus_env : KANBAO_SAMPLE_DIR;
  g->dir =
      dir_env ? fs::path(dir_env) : fs::temp_directory_path() / fmt::format("kanbao-bench-{}", ::getpid());
  fs::path lib_path = g->dir / "kanbao.db", tri_path = g->dir / "trigram.db";
  g->lib_path = lib_path;
  g->tri_path = tri_path;
  // KANBAO_BENCH_REUSE keeps each database that is there (a library of a
  // million articles indexed by `bench/run N browse` first) and builds the other.
  const bool keep = dir_env && std::getenv("KANBAO_BENCH_REUSE");
  const bool reuse = keep && fs::exists(lib_path);
  // (A library built afresh never meets an old table of other articles.)
  const bool reuse_trigram = keep && reuse && fs::exists(tri_path);
  fs::create_directories(g->dir);
  for (const auto& [path, kept] : {std::pair{lib_path, reuse}, std::pair{tri_path, reuse_trigram}}) {
    if (kept) continue;
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(path.string() + suffix);
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
  if (!db->exec("PRAGMA wal_checkpoint(TRUNCATE)").ok()) {
    fmt::print(stderr, "checkpoint: {}\n", db->error_message());
    std::exit(1);
  }

  // The articles' text: the trigram table's content and the brute-force reference.
  auto rows = db->prepare("SELECT id, title, subtitle, body, byline FROM articles ORDER BY id");
  std::vector<std::array<std::string, 4>> texts;
  std::vector<std::int64_t> ids;
  while (*rows->step()) {
    ids.push_back(rows->int64(0));
    texts.push_back({rows->text(1), rows->text(2), rows->text(3), rows->text(4)});
  }
  // The same articles into a trigram table with its content.
  double trigram_s = 0;
  if (g->trigram_side) {
    g->trigram = open_trigram(tri_path, reuse_trigram);
    if (!reuse_trigram) trigram_s = fill_trigram(g->trigram, ids, texts);
  }

  // Sizes: whole files, and the search index's own tables.
  auto fts_bytes = [&]() -> std::int64_t {
    auto s = db->prepare("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'article_fts%'");
    if (!s || !*s->step()) return -1;
    return s->int64(0);
  }();
  g_headlines.push_back(fmt::format("articles: {}", texts.size()));
  const std::string kanbao_time =
      reuse ? fmt::format("kanbao's not measured (KANBAO_BENCH_REUSE: the library in {} was kept)",
                          g->dir.string())
            : fmt::format("kanbao index {:.2f} s (its search index alone {:.2f} s)", index_s, rebuild_s);
  std::string trigram_time = "no trigram table (KANBAO_BENCH_SIDES=kanbao)";
  if (g->trigram_side && reuse_trigram) trigram_time = "trigram fill not measured (the table was kept)";
  if (g->trigram_side && !reuse_trigram) trigram_time = fmt::format("trigram fill {:.2f} s", trigram_s);
  if (g->trigram_side && !reuse && !reuse_trigram)
    trigram_time += fmt::format("; kanbao index / trigram fill {:.2f}", index_s / trigram_s);
  g_headlines.push_back(fmt::format("index time: {}; {}", kanbao_time, trigram_time));
  std::string sizes =
      fmt::format("size: kanbao library {:.1f} MB (search index {:.1f} MB)",
                  static_cast<double>(bytes_of(lib_path)) / 1e6, static_cast<double>(fts_bytes) / 1e6);
  if (g->trigram_side)
    sizes +=
        fmt::format("; trigram table with content {:.1f} MB", static_cast<double>(bytes_of(tri_path)) / 1e6);
  g_headlines.push_back(sizes);
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
  g->queries = query_mix(g->skeletons, freq);
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
      fmt::print("MISMATCH {} ({}): kanbao {} brute force {}\n", q.text, q.kind, page ? page->total : -1,
                 q.brute);
    }
  }
  g_headlines.push_back(
      fmt::format("totals checked against brute force: {} queries, {} mismatches, {} marked as "
                  "estimates",
                  g->queries.size(), mismatches, estimates));
  fmt::print("{}\n", g_headlines.back());
  if (const char* list = std::getenv("KANBAO_BENCH_QUERIES")) write_queries(list);
  if (const char* per_query = std::getenv("KANBAO_BENCH_PER_QUERY")) {
    std::function<std::int64_t(const Query&)> trigram;
    if (std::string(per_query) != "kanbao" && g->trigram_side) trigram = trigram_query;
    print_per_query(g->queries, *g->library, trigram);
  }
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
std::vector<std::string> trigram_process(const Query& q) {
  return {"sqlite3", g->tri_path.string(), trigram_sql(q) + ";"};
}

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
  fmt::print(
      "\n== side by side: p50 / p99 ms, top 20 (kanbao with snippets and its total; the trigram table\n"
      "   LIMIT 20 without a total, ranked when it can MATCH, LIKE for terms under 3 characters)\n");
  for (const auto& line : g_headlines) fmt::print("{}\n", line);
  fmt::print("{:<10} {:>19} {:>19}   {:>19} {:>19}\n", "queries", "kanbao in-process", "trigram in-process",
             "kanbao search", "sqlite3 shell");
  for (const auto& kind : kinds) {
    std::size_t n =
        static_cast<std::size_t>(std::count_if(g->queries.begin(), g->queries.end(), [&](const Query& q) {
          return kind == "all" || q.kind == kind;
        }));
    if (n == 0) continue;
    fmt::print("{:<10} {} {}   {} {}   ({} queries)\n", kind == "all" ? "ALL" : kind, cell("kanbao/" + kind),
               cell("trigram/" + kind), cell("kanbao-process/" + kind), cell("trigram-process/" + kind), n);
  }
}

// One query on one side; false if a process failed.
bool run_query(const Query& q, bool kanbao, bool process) {
  if (process) {
    static const std::string binary =
        std::getenv("KANBAO_BENCH_KANBAO") ? std::getenv("KANBAO_BENCH_KANBAO") : KANBAO_BINARY;
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
  if (const char* sides = std::getenv("KANBAO_BENCH_SIDES"))
    world.trigram_side = std::string(sides) != "kanbao";
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
      benchmark::RegisterBenchmark(
          ("kanbao" + suffix + kind).c_str(),
          [kind, process](benchmark::State& s) { BM_Search(s, kind, true, process); })
          ->Unit(benchmark::kMillisecond)
          ->Iterations(queries * 5);
      if (!g->trigram_side) continue;
      benchmark::RegisterBenchmark(
          ("trigram" + suffix + kind).c_str(),
          [kind, process](benchmark::State& s) { BM_Search(s, kind, false, process); })
          ->Unit(benchmark::kMillisecond)
          ->Iterations(queries);
    }
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  print_summary(kKinds);
  g->library.reset();
  if (g->trigram != nullptr) sqlite3_close(g->trigram);
  if (!std::getenv("KANBAO_BENCH_DIR")) fs::remove_all(g->dir);
  return 0;
}
