// SPDX-License-Identifier: MIT
// bench_backends: the same corpus in a SQLite library and a PostgreSQL one,
// side by side (issue 16): index time, size, query latency p50/p99 over one
// query mix (top 20 with snippets and the total), and every total equal.
// A total a backend marks as an estimate (SearchPage::total_is_estimate: a
// query matching more than 50,000 articles, see the manual) is printed with
// a ~ and must be within 5% of the other side's count; every other total
// must be equal.
//
//   KANBAO_BENCH_CORPUS=DIR   pages (e.g. from kanbao-gen-corpus; default: the sample pages)
//   KANBAO_BENCH_PG=URI       an empty PostgreSQL database (bench/run starts a server)
//   KANBAO_BENCH_ROUNDS=N     times each query runs on each backend (default 20)
//   KANBAO_BENCH_DIR=DIR      keep the SQLite library in DIR (default: a scratch folder, removed)
//   KANBAO_BENCH_REUSE=1      index nothing: query the libraries a run with the same
//                             KANBAO_BENCH_DIR and KANBAO_BENCH_PG left (index time is then 0)
//   bench_backends
//
// Latency is in-process (the Library API), the server round trips included
// for PostgreSQL (over a Unix socket when bench/run starts the server).
#include <fmt/core.h>
#include <libpq-fe.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "store/library.h"

namespace {

namespace fs = std::filesystem;
using kanbao::store::Library;
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

std::string env_or(const char* name, const std::string& fallback) {
  const char* v = std::getenv(name);
  return v != nullptr && *v != '\0' ? std::string(v) : fallback;
}

// The query mix: 1 to 5 characters, common and rare, pinyin and initials,
// negation, OR, a district filter.
const std::vector<std::string> kQueries = {"的",
                                           "区",
                                           "发展",
                                           "群众",
                                           "高质量",
                                           "高质量发展",
                                           "组织工作",
                                           "城中村改造",
                                           "社区 OR 街道",
                                           "发展 -管城",
                                           "district:高新区 工作",
                                           "zuzhi",
                                           "fazhan",
                                           "gxq",
                                           "踔厉奋发谱新篇",
                                           "没有这个词组"};

std::int64_t database_size(const std::string& uri) {
  std::unique_ptr<PGconn, decltype(&PQfinish)> conn(PQconnectdb(uri.c_str()), &PQfinish);
  if (PQstatus(conn.get()) != CONNECTION_OK) return -1;
  std::unique_ptr<PGresult, decltype(&PQclear)> r(
      PQexec(conn.get(), "SELECT pg_database_size(current_database())"), &PQclear);
  return PQresultStatus(r.get()) == PGRES_TUPLES_OK ? std::atoll(PQgetvalue(r.get(), 0, 0)) : -1;
}

std::int64_t file_size(const std::string& path) {
  std::int64_t total = 0;
  for (const char* suffix : {"", "-wal", "-shm"}) {
    std::error_code ec;
    const auto n = fs::file_size(path + suffix, ec);
    if (!ec) total += static_cast<std::int64_t>(n);
  }
  return total;
}

struct Side {
  std::string name, location;
  double index_seconds = 0;
  std::int64_t articles = 0, bytes = 0;
  std::vector<double> latencies_ms;
  std::vector<std::int64_t> totals;  // per query
  std::vector<bool> estimated;       // per query: the total is an estimate
};

// Two sides' totals of one query agree: equal, or within 5% when either is
// an estimate from samples (kanbao never estimates below 50,000 hits).
bool totals_agree(std::int64_t a, bool a_estimated, std::int64_t b, bool b_estimated) {
  if (!a_estimated && !b_estimated) return a == b;
  const std::int64_t larger = std::max(a, b);
  return std::abs(a - b) * 20 <= larger;
}

double percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[static_cast<std::size_t>(p * static_cast<double>(v.size() - 1))];
}

bool run(Side& side, const std::string& corpus, int rounds, bool reuse) {
  auto lib = Library::open(side.location, kanbao::store::OpenMode::kReadWrite);
  if (!lib) {
    fmt::print(stderr, "{}: {}\n", side.name, lib.error().message());
    return false;
  }
  const auto start = Clock::now();
  if (!reuse) {
    auto report = lib->index({corpus}, {});
    side.index_seconds = seconds_since(start);
    if (!report) {
      fmt::print(stderr, "{}: {}\n", side.name, report.error().message());
      return false;
    }
    side.articles = report->articles_added;
  }
  auto reader = Library::open(side.location, kanbao::store::OpenMode::kReadOnly);
  if (!reader) return false;
  for (const auto& q : kQueries) {
    kanbao::store::SearchRequest request;
    request.query = q;
    request.limit = 20;
    std::int64_t total = -1;
    bool estimated = false;
    for (int r = 0; r < rounds; ++r) {
      const auto t = Clock::now();
      auto page = reader->search(request);
      side.latencies_ms.push_back(seconds_since(t) * 1000);
      if (!page) {
        fmt::print(stderr, "{}: {}: {}\n", side.name, q, page.error().message());
        return false;
      }
      total = page->total;
      estimated = page->total_is_estimate;
    }
    side.totals.push_back(total);
    side.estimated.push_back(estimated);
  }
  return true;
}

}  // namespace

int main() {
  const std::string corpus = env_or("KANBAO_BENCH_CORPUS", KANBAO_SAMPLE_DIR);
  const std::string pg = env_or("KANBAO_BENCH_PG", "");
  const int rounds = std::atoi(env_or("KANBAO_BENCH_ROUNDS", "20").c_str());
  if (pg.empty()) {
    fmt::print(stderr,
               "bench_backends: set KANBAO_BENCH_PG to an empty PostgreSQL database (bench/run does)\n");
    return 2;
  }
  const bool reuse = env_or("KANBAO_BENCH_REUSE", "") == "1";
  const std::string kept = env_or("KANBAO_BENCH_DIR", "");
  const fs::path scratch =
      kept.empty() ? fs::temp_directory_path() / fmt::format("kanbao-bench-backends-{}", ::getpid())
                   : fs::path(kept);
  fs::create_directories(scratch);
  Side sqlite, postgres;
  sqlite.name = "SQLite";
  sqlite.location = (scratch / "library.db").string();
  postgres.name = "PostgreSQL";
  postgres.location = pg;
  const bool ok = run(sqlite, corpus, rounds, reuse) && run(postgres, corpus, rounds, reuse);
  sqlite.bytes = file_size(sqlite.location);
  postgres.bytes = database_size(pg);
  std::error_code ec;
  if (kept.empty()) fs::remove_all(scratch, ec);
  if (!ok) return 1;

  fmt::print("corpus {} ({} articles), {} rounds of {} queries (top 20 with snippets and total)\n", corpus,
             sqlite.articles, rounds, kQueries.size());
  fmt::print("{:<12} {:>10} {:>10} {:>10} {:>10}\n", "backend", "index s", "size MB", "p50 ms", "p99 ms");
  for (const Side* s : {&sqlite, &postgres}) {
    fmt::print("{:<12} {:>10.2f} {:>10.1f} {:>10.2f} {:>10.2f}\n", s->name, s->index_seconds,
               static_cast<double>(s->bytes) / 1e6, percentile(s->latencies_ms, 0.5),
               percentile(s->latencies_ms, 0.99));
  }
  bool equal = sqlite.articles == postgres.articles;
  auto shown = [](const Side& side, std::size_t query) {
    return fmt::format("{}{}", side.estimated[query] ? "~" : "", side.totals[query]);
  };
  // Each query's median on both sides.
  auto median_of = [rounds](const Side& side, std::size_t query) {
    const auto from = side.latencies_ms.begin() + static_cast<long>(query) * rounds;
    return percentile(std::vector<double>(from, from + rounds), 0.5);
  };
  for (std::size_t i = 0; i < kQueries.size(); ++i) {
    const bool agree =
        totals_agree(sqlite.totals[i], sqlite.estimated[i], postgres.totals[i], postgres.estimated[i]);
    equal = equal && agree;
    fmt::print("  {:<22} total {:>8} / {:>8}  p50 {:>8.2f} / {:>8.2f} ms{}\n", kQueries[i], shown(sqlite, i),
               shown(postgres, i), median_of(sqlite, i), median_of(postgres, i), agree ? "" : "  DIFFERENT");
  }
  fmt::print("totals {}\n", equal ? "agree on both backends (equal; ~ an estimate within 5%)" : "DIFFER");
  return equal ? 0 : 1;
}
