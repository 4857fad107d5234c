// SPDX-License-Identifier: MIT
// run_browser(): the event loop. Owns the view stack, the screen model and
// the terminal; dispatches keys through the keymap to the top view.
#include <clocale>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <langinfo.h>
#include <unistd.h>

#include <algorithm>
#include <fmt/format.h>

#include "config/gazetteer.h"
#include "text/width.h"
#include "tui/browser.h"
#include "tui/config.h"
#include "tui/terminal.h"
#include "tui/view.h"

namespace kanbao::tui {
namespace {

// The one piece of global mutable state: the signal that asked us to exit.
volatile std::sig_atomic_t g_exit_signal = 0;

extern "C" void on_exit_signal(int sig) { g_exit_signal = sig; }

constexpr int kMinRows = 6, kMinCols = 20;
constexpr int kThreePaneCols = 160;

// ncursesw draws wide characters only in a UTF-8 locale. SSH logins often
// have LANG unset (the C locale): switch LC_CTYPE for our own use.
bool ensure_utf8_locale() {
  std::setlocale(LC_ALL, "");
  const auto is_utf8 = [] {
    const char* cs = nl_langinfo(CODESET);
    return cs && (std::string(cs) == "UTF-8" || std::string(cs) == "utf8");
  };
  if (is_utf8()) return true;
  for (const char* name : {"C.UTF-8", "C.utf8", "en_US.UTF-8"}) {
    if (std::setlocale(LC_CTYPE, name) && is_utf8()) return true;
  }
  return false;
}

class SignalGuard {
 public:
  SignalGuard() {
    struct sigaction sa {};
    sa.sa_handler = on_exit_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;  // no SA_RESTART: let the input wait return early
    for (int i = 0; i < 3; ++i) sigaction(kSignals[i], &sa, &old_[i]);
  }
  ~SignalGuard() {
    for (int i = 0; i < 3; ++i) sigaction(kSignals[i], &old_[i], nullptr);
  }
  SignalGuard(const SignalGuard&) = delete;
  SignalGuard& operator=(const SignalGuard&) = delete;

 private:
  static constexpr int kSignals[3] = {SIGINT, SIGTERM, SIGHUP};
  struct sigaction old_[3];
};

class App : public Context {
 public:
  App(const BrowserOptions& options, const config::Config& config, store::Library library, Keymap keymap,
      Terminal& terminal)
      : options_(options), config_(config), library_(std::move(library)), keymap_(std::move(keymap)),
        terminal_(terminal), state_(options.state_dir), three_pane_(config.three_pane.value) {}

  int run() {
    screen_.resize(terminal_.rows(), terminal_.cols());
    // Show something before the first (possibly slow) query.
    screen_.put(0, 0, "看报 kanbao · 正在打开 " + library_.path(), Style::kHeader);
    terminal_.draw(screen_);
    state_.load();
    views_.push_back(make_districts_view(*this));
    while (!quit_ && g_exit_signal == 0) {
      render();
      terminal_.draw(screen_);
      const InputEvent ev = terminal_.read(wait_ms());
      if (g_exit_signal != 0) break;
      handle(ev);
      apply_pops();
    }
    state_.save();
    return g_exit_signal != 0 ? 128 + g_exit_signal : 0;
  }

  // ---- Context ----
  store::Library& library() override { return library_; }
  State& state() override { return state_; }
  const Keymap& keymap() const override { return keymap_; }
  const config::Config& config() const override { return config_; }
  void push(std::unique_ptr<View> view) override { pushed_.push_back(std::move(view)); }
  void pop() override { ++pops_; }
  void message(std::string text, bool error) override {
    message_ = std::move(text);
    message_is_error_ = error;
  }
  void copy_to_clipboard(const std::string& text) override {
    terminal_.write_raw("\x1b]52;c;" + base64(text) + "\x07");
  }
  void show_in_pager(const std::string& text) override;

 private:
  int wait_ms() const {
    int ms = 250;  // wake up regularly so signals are noticed
    const auto now = Clock::now();
    if (const auto d = views_.back()->deadline()) {
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(*d - now).count();
      ms = static_cast<int>(std::clamp<long long>(left, 0, ms));
    }
    return ms;
  }

  void apply_pops() {
    // Views ask to be popped from inside their own handlers; remove them
    // only once those handlers have returned.
    while (pops_ > 0 && !views_.empty()) {
      --pops_;
      views_.pop_back();
    }
    pops_ = 0;
    for (auto& v : pushed_) views_.push_back(std::move(v));
    pushed_.clear();
    if (views_.empty()) quit_ = true;
  }

  bool three_panes() const { return three_pane_ && screen_.cols() >= kThreePaneCols && views_.size() >= 2; }

  Rect body() const { return Rect{1, 0, std::max(screen_.rows() - 2, 0), screen_.cols()}; }

  void render() {
    screen_.clear();
    const int rows = screen_.rows(), cols = screen_.cols();
    if (rows < kMinRows || cols < kMinCols) {
      const std::string notice = fmt::format("窗口太小 {}x{}，至少 {}x{}", cols, rows, kMinCols, kMinRows);
      screen_.put(0, 0, text::truncate(notice, cols), Style::kError);
      if (rows > 1) screen_.put(1, 0, text::truncate("Q 退出", cols), Style::kDim);
      return;
    }
    View& top = *views_.back();
    // The body first: a view learns its new size as it renders, and the
    // header's position (the reader's percentage) depends on that size.
    const Rect b = body();
    if (three_panes()) {
      render_three_panes(b);
    } else {
      top.render(screen_, b);
    }
    // Header: breadcrumb on the left, position on the right.
    screen_.fill(0, 0, cols, Style::kHeader);
    const std::string pos = top.position();
    const int pos_w = std::min(text::display_width(pos), cols / 2);
    std::string crumbs = "看报";
    for (const auto& v : views_) crumbs += " › " + v->title();
    const int crumbs_w = cols - pos_w - 3;
    if (text::display_width(crumbs) > crumbs_w) crumbs = "… › " + top.title();
    screen_.put(0, 1, text::truncate(crumbs, crumbs_w), Style::kHeader, cols - pos_w - 1);
    screen_.put(0, cols - pos_w - 1, text::truncate(pos, pos_w), Style::kHeader, cols);
    render_bottom(top);
  }

  void render_three_panes(const Rect& b) {
    View& top = *views_.back();
    View& left = *views_[views_.size() - 2];
    const int left_w = 32, mid_w = (b.cols - left_w) * 2 / 5;
    const int right_col = left_w + 1 + mid_w + 1;
    left.render(screen_, Rect{b.row, 0, b.rows, left_w});
    for (int r = 0; r < b.rows; ++r) {
      screen_.put(b.row + r, left_w, "│", Style::kDim);
      screen_.put(b.row + r, right_col - 1, "│", Style::kDim);
    }
    top.render(screen_, Rect{b.row, left_w + 1, b.rows, mid_w});
    const auto id = top.preview_id();
    if (!id) return;
    if (!preview_ || preview_id_ != *id || preview_query_ != top.search_query()) {
      ReaderOptions options;
      options.query = top.search_query();
      options.start_at_first_hit = !options.query.empty();
      options.preview = true;
      preview_ = make_reader_view(*this, *id, options);
      preview_id_ = *id;
      preview_query_ = options.query;
    }
    preview_->render(screen_, Rect{b.row, right_col, b.rows, b.cols - right_col});
  }

  void render_bottom(const View& top) {
    const int row = screen_.rows() - 1, cols = screen_.cols();
    if (!message_.empty()) {
      screen_.put(row, 1, text::truncate(message_, cols - 2), message_is_error_ ? Style::kError : Style::kStatus);
      return;
    }
    int col = 1;
    for (const Action a : top.hints()) {
      const auto& keys = keymap_.keys(a);
      if (keys.empty()) continue;
      const std::string k = key_name(keys.front());
      const std::string label = std::string(Keymap::short_label(a));
      if (col + text::display_width(k) + 1 + text::display_width(label) >= cols) break;
      col = screen_.put(row, col, k, Style::kKey);
      col = screen_.put(row, col + 1, label, Style::kStatus) + 2;
    }
  }

  void handle(const InputEvent& ev) {
    switch (ev.kind) {
      case InputEvent::Kind::kTimeout:
        if (const auto d = views_.back()->deadline(); d && Clock::now() >= *d) views_.back()->on_tick(*this);
        return;
      case InputEvent::Kind::kWheelUp:
      case InputEvent::Kind::kWheelDown:
        message_.clear();
        for (int i = 0; i < 3; ++i) {
          views_.back()->on_action(ev.kind == InputEvent::Kind::kWheelUp ? Action::kUp : Action::kDown, *this);
        }
        return;
      case InputEvent::Kind::kClick:
        message_.clear();
        if (ev.row >= 1 && ev.row < screen_.rows() - 1) views_.back()->on_click(ev.row - 1, *this);
        return;
      case InputEvent::Kind::kKey:
        break;
    }
    if (ev.key == key::kResize) {
      screen_.resize(terminal_.rows(), terminal_.cols());
      return;
    }
    message_.clear();
    View& top = *views_.back();
    if (screen_.rows() < kMinRows || screen_.cols() < kMinCols) {
      if (keymap_.lookup(ev.key) == Action::kQuit || ev.key == 'q') quit_ = true;
      return;
    }
    if (top.on_key(ev.key, *this)) return;
    const auto action = keymap_.lookup(ev.key);
    if (!action) return;
    if (top.on_action(*action, *this)) return;
    switch (*action) {
      case Action::kQuit: quit_ = true; break;
      case Action::kBack: pop(); break;
      case Action::kHelp: push(make_help_view(keymap_)); break;
      case Action::kSearch: push(make_search_view(*this, top.scope(), top.search_query())); break;
      case Action::kRedraw: terminal_.invalidate(); break;
      case Action::kRefresh: refresh(); break;
      case Action::kLayout:
        three_pane_ = !three_pane_;
        if (three_pane_ && screen_.cols() < kThreePaneCols) {
          message(fmt::format("三栏布局需要至少 {} 列", kThreePaneCols), false);
        }
        break;
      default: break;
    }
  }

  void refresh() {
    auto reopened = store::Library::open(options_.library_path, store::OpenMode::kReadOnly);
    if (!reopened) {
      message(reopened.error().message(), true);
      return;
    }
    library_ = std::move(*reopened);
    library_.set_gazetteer(config::extended_gazetteer(config_));
    preview_.reset();
    for (auto& v : views_) v->reload(*this);
    message("已重新打开资料库", false);
  }

  const BrowserOptions& options_;
  const config::Config& config_;
  store::Library library_;
  Keymap keymap_;
  Terminal& terminal_;
  State state_;
  bool three_pane_;
  Screen screen_;
  std::vector<std::unique_ptr<View>> views_;
  std::vector<std::unique_ptr<View>> pushed_;
  int pops_ = 0;
  bool quit_ = false;
  std::unique_ptr<View> preview_;
  std::int64_t preview_id_ = 0;
  std::string preview_query_;
  std::string message_;
  bool message_is_error_ = false;
};

void App::show_in_pager(const std::string& text) {
  const char* tmpdir = std::getenv("TMPDIR");
  std::string path = std::string(tmpdir && *tmpdir ? tmpdir : "/tmp") + "/kanbao-XXXXXX";
  const int fd = mkstemp(path.data());
  if (fd < 0) {
    message("无法创建临时文件", true);
    return;
  }
  const auto written = ::write(fd, text.data(), text.size());
  ::close(fd);
  if (written != static_cast<ssize_t>(text.size())) {
    message("无法写入临时文件", true);
    ::unlink(path.c_str());
    return;
  }
  const char* pager = std::getenv("PAGER");
  const std::string command = std::string(pager && *pager ? pager : "less") + " '" + path + "'";
  terminal_.suspend();
  const int rc = std::system(command.c_str());
  terminal_.resume();
  ::unlink(path.c_str());
  if (rc != 0) message("$PAGER 退出状态 " + std::to_string(rc), true);
}

// Prints the configuration's problems to stderr when it goes out of scope:
// declared before the terminal, it outlives it, so the problems appear
// after the alternate screen is gone, on every way out.
class ProblemReport {
 public:
  explicit ProblemReport(std::vector<config::Problem> problems) : problems_(std::move(problems)) {}
  ~ProblemReport() {
    for (const auto& p : problems_) std::fprintf(stderr, "%s\n", p.str().c_str());
  }
  ProblemReport(const ProblemReport&) = delete;
  ProblemReport& operator=(const ProblemReport&) = delete;
  std::size_t size() const { return problems_.size(); }

 private:
  std::vector<config::Problem> problems_;
};

}  // namespace

int run_browser(const BrowserOptions& options) {
  config::Loaded loaded{options.config, options.config_problems};
  if (!options.config_path.empty()) loaded = config::load(options.config_path);
  Keymap keymap;
  for (auto& p : apply_key_bindings(loaded.config.key_bindings, keymap)) loaded.problems.push_back(std::move(p));
  const ProblemReport report(std::move(loaded.problems));
  if (!ensure_utf8_locale()) {
    std::fprintf(stderr, "kanbao: no UTF-8 locale available; install one and set LANG=C.UTF-8\n");
    return 1;
  }
  auto library = store::Library::open(options.library_path, store::OpenMode::kReadOnly);
  if (!library) {
    std::fprintf(stderr, "kanbao: %s\n", library.error().message().c_str());
    return 1;
  }
  library->set_gazetteer(config::extended_gazetteer(loaded.config));
  SignalGuard signals;
  g_exit_signal = 0;
  auto terminal = Terminal::open(options.mouse || loaded.config.mouse.value, loaded.config);
  if (!terminal) {
    std::fprintf(stderr, "%s\n", terminal.error().message().c_str());
    return 1;
  }
  int rc = 0;
  {
    App app(options, loaded.config, std::move(*library), std::move(keymap), **terminal);
    if (report.size() > 0) {
      app.message(fmt::format("config: {} problem{}, see kanbao config", report.size(), report.size() == 1 ? "" : "s"),
                  true);
    }
    rc = app.run();
  }
  terminal->reset();  // endwin: the terminal is restored before we return
  return rc;
}

}  // namespace kanbao::tui
