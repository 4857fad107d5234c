// SPDX-License-Identifier: MIT
// Drives the browser's views without a terminal: a Context over a real
// library indexed from the sample pages, rendering into the Screen model.
#pragma once

#include <stdlib.h>

#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "store/library.h"
#include "text/width.h"
#include "tui/view.h"

namespace kanbao::tui::testing {

// A sample library in a temporary folder, indexed once per test binary.
class SampleLibrary {
 public:
  static const std::string& db() {
    static SampleLibrary* instance = new SampleLibrary();  // left for the process to reclaim
    return instance->db_;
  }

 private:
  SampleLibrary() {
    std::string pattern = (std::filesystem::temp_directory_path() / "kanbao_tui_XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    dir_ = pattern;
    db_ = dir_ + "/library.db";
    auto lib = store::Library::open(db_, store::OpenMode::kReadWrite);
    if (!lib) throw std::runtime_error(lib.error().message());
    auto report = lib->index({KANBAO_SAMPLE_DIR}, store::IndexOptions{});
    if (!report) throw std::runtime_error(report.error().message());
  }
  std::string dir_, db_;
};

class FakeContext : public Context {
 public:
  explicit FakeContext(const std::string& state_dir = "") : library_(open()) {
    state_.open(state_dir.empty() ? temp_state() : state_dir, library_.identity());
  }

  store::Library& library() override { return library_; }
  State& state() override { return state_; }
  const Keymap& keymap() const override { return keymap_; }
  const config::Config& config() const override { return config_; }
  void push(std::unique_ptr<View> view) override { pushed.push_back(std::move(view)); }
  void pop() override { ++pops; }
  void message(std::string text, bool error) override {
    last_message = std::move(text);
    last_error = error;
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
  Keymap keymap_;
  std::vector<std::unique_ptr<View>> pushed;
  int pops = 0;
  std::string last_message;
  bool last_error = false;
  std::string clipboard, paged;
  std::vector<std::string> externals;

 private:
  static store::Library open() {
    auto lib = store::Library::open(SampleLibrary::db(), store::OpenMode::kReadOnly);
    if (!lib) throw std::runtime_error(lib.error().message());
    return std::move(*lib);
  }
  static std::string temp_state() {
    std::string pattern = (std::filesystem::temp_directory_path() / "kanbao_tui_state_XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    return pattern;
  }
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

inline void type(View& view, Context& ctx, const std::u32string& keys) {
  for (char32_t k : keys) view.on_key(static_cast<int>(k), ctx);
}

}  // namespace kanbao::tui::testing
