// SPDX-License-Identifier: MIT
// The browser's own latencies on a large library, measured through its real
// views (tui/view.h) rendering into the Screen model, as the terminal layer
// would draw them: the first screen (open the library and the reading state,
// build the home view, render it), the full article list, `G` to its end and
// `g` back, a district's list and its end, and the searches a reader types.
// Ends with the process's peak resident memory after all of it, which is what
// a browsing and searching session holds.
//
//   KANBAO_BENCH_LIBRARY=FILE   an indexed library (required; bench/run N browse
//                               makes one from the corpus)
//   KANBAO_BENCH_REPEAT=N       runs per measurement (default 20)
//
// Whole processes add the start of the binary (`kanbao --version`), measured
// by bench/run beside this.
#include <fmt/core.h>
#include <malloc.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "store/library.h"
#include "tui/keymap.h"
#include "tui/screen.h"
#include "tui/state.h"
#include "tui/view.h"

namespace {

namespace fs = std::filesystem;
using kanbao::tui::Action;
using kanbao::tui::Rect;
using kanbao::tui::Screen;
using kanbao::tui::View;
using Clock = std::chrono::steady_clock;

constexpr int kRows = 30, kCols = 100;

// The application's services, without a terminal: pushes are kept so the
// benchmark can render what a key opened.
class BenchContext : public kanbao::tui::Context {
 public:
  BenchContext(kanbao::store::Library library, const std::string& state_dir) : library_(std::move(library)) {
    state_.open(state_dir, library_.identity());
  }
  kanbao::store::Library& library() override { return library_; }
  kanbao::tui::State& state() override { return state_; }
  const kanbao::tui::Keymap& keymap() const override { return keymap_; }
  const kanbao::config::Config& config() const override { return config_; }
  const kanbao::corpus::Papers& papers() const override { return papers_; }
  void push(std::unique_ptr<View> view) override { pushed.push_back(std::move(view)); }
  void pop() override {}
  void message(std::string text, bool error) override {
    if (error) errors.push_back(std::move(text));
  }
  kanbao::Status copy_to_clipboard(const std::string& /*text*/) override { return kanbao::Status::Ok(); }
  void show_in_pager(const std::string& /*text*/) override {}
  void run_external(const std::string& /*program*/, const std::string& /*args*/) override {}
  std::vector<std::string>& filter_history() override { return filters_; }

  std::vector<std::unique_ptr<View>> pushed;
  std::vector<std::string> errors;

 private:
  kanbao::store::Library library_;
  kanbao::tui::State state_;
  kanbao::tui::Keymap keymap_;
  kanbao::config::Config config_;
  kanbao::corpus::Papers papers_;  // the built-in national papers, as the browser knows them unconfigured
  std::vector<std::string> filters_;
};

double ms_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

void render(View& view) {
  Screen screen(kRows, kCols);
  view.render(screen, Rect{0, 0, kRows, kCols});
}

[[noreturn]] void fail(const std::string& what) {
  fmt::print(stderr, "bench_browse: {}\n", what);
  std::exit(1);
}

std::unique_ptr<BenchContext> open_context(const std::string& library, const std::string& state_dir) {
  auto lib = kanbao::store::Library::open(library, kanbao::store::OpenMode::kReadOnly);
  if (!lib) fail(lib.error().message());
  return std::make_unique<BenchContext>(std::move(*lib), state_dir);
}

void check(const BenchContext& ctx, const char* step) {
  if (!ctx.errors.empty()) fail(fmt::format("{}: {}", step, ctx.errors.front()));
}

struct Summary {
  std::string name;
  std::vector<double> ms;
};

void print(const Summary& s) {
  auto ms = s.ms;
  std::sort(ms.begin(), ms.end());
  const double p50 = ms[ms.size() / 2];
  const double p99 = ms[std::min(ms.size() - 1, ms.size() * 99 / 100)];
  fmt::print("{:<52} p50 {:8.2f} ms   max {:8.2f} ms   ({} runs)\n", s.name, p50, p99, ms.size());
}

// Open, home view, first render: what stands between `kanbao` and a screen,
// and its three parts.
std::vector<Summary> first_screen(const std::string& library, const std::string& state_dir, int repeat) {
  Summary all{"first screen (open, home view, render)", {}},
      open{"  of which: open library and reading state", {}}, home{"  of which: home view", {}},
      draw{"  of which: render", {}};
  for (int i = 0; i < repeat; ++i) {
    const auto t0 = Clock::now();
    auto ctx = open_context(library, state_dir);
    open.ms.push_back(ms_since(t0));
    auto t1 = Clock::now();
    auto view = kanbao::tui::make_home_view(*ctx);
    home.ms.push_back(ms_since(t1));
    t1 = Clock::now();
    render(*view);
    draw.ms.push_back(ms_since(t1));
    all.ms.push_back(ms_since(t0));
    check(*ctx, "first screen");
  }
  return {all, open, home, draw};
}

// One list (all districts, or one): opening it, `G` to its last row, `g`
// back to the first, each with the render that shows it.
std::vector<Summary> list_ends(BenchContext& ctx, const std::optional<std::string>& district,
                               const std::string& label, int repeat) {
  Summary open{fmt::format("{}: open the list", label), {}},
      bottom{fmt::format("{}: G (to the end)", label), {}},
      top{fmt::format("{}: g (back to the top)", label), {}};
  for (int i = 0; i < repeat; ++i) {
    auto t0 = Clock::now();
    auto view = kanbao::tui::make_articles_view(ctx, district, label);
    render(*view);
    open.ms.push_back(ms_since(t0));
    t0 = Clock::now();
    view->on_action(Action::kBottom, ctx);
    render(*view);
    bottom.ms.push_back(ms_since(t0));
    t0 = Clock::now();
    view->on_action(Action::kTop, ctx);
    render(*view);
    top.ms.push_back(ms_since(t0));
    check(ctx, "list");
  }
  return {open, bottom, top};
}

// The searches of the 1,000,000-article figures, top 20 with snippets
// and the total, as the search screen asks for them; and pinyin in its other
// forms: a reading most articles hold, initials, one syllable alone, one
// syllable beside a reading (as-you-type: de, then de gongzuo).
std::vector<Summary> searches(BenchContext& ctx, int repeat) {
  const std::vector<std::string> queries = {
      "的",           "区",         "工作",       "社区",    "交楼工作", "术产业发", "工作 -社区",
      "管城 OR 二七", "changjiang", "baojiaolou", "gongzuo", "bjl",      "zheng",    "de gongzuo"};
  std::vector<Summary> out;
  for (const auto& q : queries) {
    Summary s{fmt::format("search {}", q), {}};
    std::int64_t total = 0;
    bool estimate = false;
    for (int i = 0; i < repeat; ++i) {
      kanbao::store::SearchRequest request;
      request.query = q;
      const auto t0 = Clock::now();
      auto page = ctx.library().search(request);
      s.ms.push_back(ms_since(t0));
      if (!page) fail(fmt::format("search {}: {}", q, page.error().message()));
      total = page->total;
      estimate = page->total_is_estimate;
    }
    s.name += fmt::format(" ({}{} articles)", estimate ? "about " : "", total);
    out.push_back(std::move(s));
  }
  return out;
}

long resident_kb() {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::strtol(line.c_str() + 6, nullptr, 10);
  }
  return -1;
}

std::optional<std::string> largest_district(BenchContext& ctx) {
  auto rows = ctx.library().districts();
  if (!rows) fail(rows.error().message());
  const kanbao::store::DistrictRow* best = nullptr;
  for (const auto& row : *rows) {
    if (!row.name.empty() && (!best || row.articles > best->articles)) best = &row;
  }
  if (!best) return std::nullopt;
  return best->name;
}

}  // namespace

int main() try {
  // As cli/main.cpp: big blocks are given back when freed.
  static_cast<void>(mallopt(M_MMAP_THRESHOLD, 1 << 20));
  const char* library = std::getenv("KANBAO_BENCH_LIBRARY");
  if (!library || !fs::exists(library)) fail("set KANBAO_BENCH_LIBRARY to an indexed library");
  const char* repeat_env = std::getenv("KANBAO_BENCH_REPEAT");
  const int repeat = repeat_env ? std::max(1, std::atoi(repeat_env)) : 20;

  std::string state_dir =
      (fs::temp_directory_path() / fmt::format("kanbao-bench-state-{}", ::getpid())).string();
  fs::create_directories(state_dir);

  fmt::print("library: {} ({:.1f} MB), screen {}x{}\n", library,
             static_cast<double>(fs::file_size(library)) / 1e6, kCols, kRows);
  for (const auto& s : first_screen(library, state_dir, repeat)) print(s);
  auto ctx = open_context(library, state_dir);
  auto articles = ctx->library().count(kanbao::store::ListQuery{});
  if (!articles) fail(articles.error().message());
  fmt::print("articles: {}\n", *articles);
  for (const auto& s : list_ends(*ctx, std::nullopt, "all articles", repeat)) print(s);
  if (const auto district = largest_district(*ctx)) {
    for (const auto& s : list_ends(*ctx, district, "district " + *district, repeat)) print(s);
  }
  for (const auto& s : searches(*ctx, std::max(1, repeat / 4))) print(s);

  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  fmt::print("resident memory: now {:.1f} MB, peak {:.1f} MB (browsing and searching above, one process)\n",
             static_cast<double>(resident_kb()) / 1024.0, static_cast<double>(usage.ru_maxrss) / 1024.0);
  fs::remove_all(state_dir);
  return 0;
} catch (const std::exception& e) {
  fmt::print(stderr, "bench_browse: {}\n", e.what());
  return 1;
}
