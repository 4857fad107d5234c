// SPDX-License-Identifier: MIT
// Drives the browser's views without a terminal: a Context over a real
// library indexed from the sample pages, rendering into the Screen model.
#pragma once

#include <stdlib.h>

#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <system_error>
#include <vector>

#include "store/library.h"
#include "text/width.h"
#include "tui/view.h"

namespace kanbao::tui::testing {

// A new folder `<parent>/<prefix>XXXXXX` (six random characters); its path.
inline std::string make_unique_dir(const std::filesystem::path& parent, const std::string& prefix) {
  std::string pattern = (parent / (prefix + "XXXXXX")).string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    throw std::runtime_error("cannot make a folder in " + parent.string());
  }
  return pattern;
}

// The one folder under the system's temporary folder that holds every folder
// this test process makes; removed, with all it holds, when the process
// exits. (Each test of a binary runs in a process of its own under ctest: a
// folder per test left in /tmp grows by hundreds a run.)
class TestTempRoot {
 public:
  static const std::filesystem::path& path() {
    static const TestTempRoot root;
    return root.path_;
  }
  TestTempRoot(const TestTempRoot&) = delete;
  TestTempRoot& operator=(const TestTempRoot&) = delete;
  ~TestTempRoot() {
    std::error_code ignored;  // nothing to tell at exit: a leftover is harmless
    std::filesystem::remove_all(path_, ignored);
  }

 private:
  TestTempRoot() : path_(make_unique_dir(std::filesystem::temp_directory_path(), "kanbao_tui_test_")) {}
  std::filesystem::path path_;
};

// A new temporary folder, <prefix> and six random characters, removed with
// the test process's TestTempRoot.
inline std::string make_temp_dir(const std::string& prefix) {
  return make_unique_dir(TestTempRoot::path(), prefix);
}

// The pages under `pages` indexed into a new <dir>/library.db; its path.
inline std::string index_library(const std::string& dir, const std::string& pages) {
  std::string db = dir + "/library.db";
  auto lib = store::Library::open(db, store::OpenMode::kReadWrite);
  if (!lib) throw std::runtime_error(lib.error().message());
  auto report = lib->index({pages}, store::IndexOptions{});
  if (!report) throw std::runtime_error(report.error().message());
  return db;
}

// A sample library in a temporary folder, indexed once per test binary.
class SampleLibrary {
 public:
  static const std::string& db() {
    static const std::string* db =
        new std::string(index_library(make_temp_dir("kanbao_tui_"), KANBAO_SAMPLE_DIR));
    return *db;  // its folder goes with TestTempRoot
  }
};

class FakeContext : public Context {
 public:
  // `db`: another library than the sample one (a test's own archive).
  explicit FakeContext(const std::string& state_dir = "", const std::string& db = "")
      : library_(open(db.empty() ? SampleLibrary::db() : db)) {
    state_.use_papers(&papers_);
    state_.open(state_dir.empty() ? temp_state() : state_dir, library_.identity());
  }

  store::Library& library() override { return library_; }
  State& state() override { return state_; }
  const Keymap& keymap() const override { return keymap_; }
  const config::Config& config() const override { return config_; }
  const corpus::Papers& papers() const override { return papers_; }
  void push(std::unique_ptr<View> view) override { pushed.push_back(std::move(view)); }
  void pop() override { ++pops; }
  void message(std::string text, bool error) override {
    last_message = std::move(text);
    last_error = error;
  }
  void message_now(std::string text) override {
    said_now.push_back(text);
    message(std::move(text), false);
  }
  Status copy_to_clipboard(const std::string& text) override {
    clipboard = text;
    return Status::Ok();
  }
  void show_in_pager(const std::string& text) override { paged = text; }
  void run_external(const std::string& program, const std::string& args) override {
    externals.push_back(program + " " + args);
  }
  std::vector<std::string>& filter_history() override { return filters_; }

  config::Config config_;
  corpus::Papers papers_;
  Keymap keymap_;
  std::vector<std::unique_ptr<View>> pushed;
  int pops = 0;
  std::string last_message;
  std::vector<std::string> said_now;  // message_now, in order
  bool last_error = false;
  std::string clipboard, paged;
  std::vector<std::string> externals;

 private:
  static store::Library open(const std::string& db) {
    auto lib = store::Library::open(db, store::OpenMode::kReadOnly);
    if (!lib) throw std::runtime_error(lib.error().message());
    return std::move(*lib);
  }
  static std::string temp_state() { return make_temp_dir("kanbao_tui_state_"); }
  store::Library library_;
  State state_;
  std::vector<std::string> filters_;
};

inline Screen render(View& view, int rows, int cols) {
  Screen screen(rows, cols);
  view.render(screen, Rect{0, 0, rows, cols});
  return screen;
}

inline std::string screen_text(const Screen& s) {
  std::string out;
  for (int r = 0; r < s.rows(); ++r) out += s.row_text(r) + "\n";
  return out;
}

inline bool has_style(const Screen& s, Style style) {
  for (int r = 0; r < s.rows(); ++r) {
    for (int c = 0; c < s.cols(); ++c) {
      if (s.at(r, c).style == style) return true;
    }
  }
  return false;
}

// The reader of the first article of 全部 (newest first), rendered once at 10x80.
inline std::unique_ptr<View> first_article_reader(Context& ctx) {
  auto list = make_articles_view(ctx, std::nullopt, "全部");
  render(*list, 10, 80);
  auto reader = make_reader_view(ctx, *list->preview_id(), ReaderOptions{});
  render(*reader, 10, 80);
  return reader;
}

inline void type(View& view, Context& ctx, const std::u32string& keys) {
  for (char32_t k : keys) view.on_key(static_cast<int>(k), ctx);
}

}  // namespace kanbao::tui::testing
