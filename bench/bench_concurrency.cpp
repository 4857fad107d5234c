// SPDX-License-Identifier: MIT
// bench_concurrency: twenty readers and one writer on one library.
//
//   KANBAO_BENCH_CORPUS=DIR  pages (e.g. kanbao-gen-corpus --articles 20000)
//   KANBAO_BENCH_SECONDS=N   how long to run (default 60)
//   KANBAO_BENCH_READERS=N   reader threads (default 20)
//   bench_concurrency
//
// Indexes the corpus into a fresh library, then runs N reader threads (each
// with its own read-only Library, as separate browser processes would have)
// searching, listing and reading articles, while one writer thread keeps
// editing pages and re-indexing them. Reports every error (there must be
// none) and the p50/p99/max latency of the readers' searches.
#include <fmt/core.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "store/library.h"

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

int env_int(const char* name, int fallback) {
  const char* value = std::getenv(name);
  return value != nullptr ? std::atoi(value) : fallback;
}

std::vector<std::string> page_files(const std::string& dir) {
  std::vector<std::string> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  auto at = static_cast<std::size_t>(p * static_cast<double>(values.size() - 1));
  return values[at];
}

}  // namespace

int main() {
  const char* corpus_env = std::getenv("KANBAO_BENCH_CORPUS");
  std::string source = corpus_env != nullptr ? corpus_env : KANBAO_SAMPLE_DIR;
  const int seconds = env_int("KANBAO_BENCH_SECONDS", 60);
  const int readers = env_int("KANBAO_BENCH_READERS", 20);

  fs::path scratch = fs::temp_directory_path() / fmt::format("kanbao-concurrency-{}", ::getpid());
  fs::create_directories(scratch);
  fs::copy(source, scratch / "pages", fs::copy_options::recursive);
  const std::string db = (scratch / "library.db").string();
  {
    auto library = kanbao::store::Library::open(db, kanbao::store::OpenMode::kReadWrite);
    if (!library) return fmt::print(stderr, "{}\n", library.error().message()), 1;
    auto report = library->index({(scratch / "pages").string()}, {});
    if (!report) return fmt::print(stderr, "{}\n", report.error().message()), 1;
    fmt::print("library: {} articles from {} files\n", report->articles_added, report->files_indexed);
  }

  const std::vector<std::string> queries = {"管城", "保交楼",     "持之以恒",   "工作",
                                            "的",   "高质量发展", "城市更新",   "张艳敏",
                                            "记者", "2023",       "不存在的词", "区委书记"};
  std::atomic<bool> stop{false};
  std::atomic<long> errors{0};
  std::atomic<long> writes{0};
  std::mutex latencies_mutex;
  std::vector<double> latencies_ms;

  std::thread writer([&] {
    auto library = kanbao::store::Library::open(db, kanbao::store::OpenMode::kReadWrite);
    if (!library) {
      fmt::print(stderr, "writer: {}\n", library.error().message());
      ++errors;
      return;
    }
    auto files = page_files((scratch / "pages").string());
    std::mt19937 rng(1);
    while (!stop) {
      for (int i = 0; i < 20; ++i) {  // edit a few pages, then re-index them
        std::ofstream(files[rng() % files.size()], std::ios::app)
            << "\n本报讯 编辑" << writes.load() << "。\n";
      }
      auto report = library->index({(scratch / "pages").string()}, {});
      if (!report) {
        fmt::print(stderr, "writer: {}\n", report.error().message());
        ++errors;
      }
      ++writes;
    }
  });

  std::vector<std::thread> threads;
  for (int r = 0; r < readers; ++r) {
    threads.emplace_back([&, r] {
      auto library = kanbao::store::Library::open(db, kanbao::store::OpenMode::kReadOnly);
      if (!library) {
        fmt::print(stderr, "reader {}: {}\n", r, library.error().message());
        ++errors;
        return;
      }
      std::mt19937 rng(static_cast<unsigned>(r));
      std::vector<double> mine;
      while (!stop) {
        kanbao::store::SearchRequest request;
        request.query = queries[rng() % queries.size()];
        auto start = Clock::now();
        auto page = library->search(request);
        mine.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        if (!page) {
          fmt::print(stderr, "reader {}: search {}: {}\n", r, request.query, page.error().message());
          ++errors;
          continue;
        }
        kanbao::store::ListQuery list;
        list.limit = 50;
        auto rows = library->list(list);
        if (!rows) {
          fmt::print(stderr, "reader {}: list: {}\n", r, rows.error().message());
          ++errors;
        } else if (!rows->rows.empty()) {
          auto article = library->article(rows->rows[rng() % rows->rows.size()].id);
          if (!article) {
            fmt::print(stderr, "reader {}: article: {}\n", r, article.error().message());
            ++errors;
          }
        }
      }
      std::lock_guard lock(latencies_mutex);
      latencies_ms.insert(latencies_ms.end(), mine.begin(), mine.end());
    });
  }

  std::this_thread::sleep_for(std::chrono::seconds(seconds));
  stop = true;
  writer.join();
  for (auto& t : threads) t.join();
  fs::remove_all(scratch);

  fmt::print("{} readers, 1 writer, {} s: {} searches, {} index runs, {} errors\n", readers, seconds,
             latencies_ms.size(), writes.load(), errors.load());
  fmt::print("search latency under load: p50 {:.1f} ms, p99 {:.1f} ms, max {:.1f} ms\n",
             percentile(latencies_ms, 0.50), percentile(latencies_ms, 0.99), percentile(latencies_ms, 1.0));
  return errors == 0 ? 0 : 1;
}
