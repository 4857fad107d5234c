// SPDX-License-Identifier: MIT
// run_browser(): the event loop. Owns the view stack, the screen model and
// the terminal; dispatches keys through the keymap to the top view.
#include "tui/app.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "text/width.h"
#include "tui/article_actions.h"
#include "tui/browser.h"
#include "tui/config.h"
#include "tui/count_prefix.h"
#include "tui/external.h"
#include "tui/i18n.h"
#include "tui/message_lines.h"
#include "tui/panes.h"
#include "tui/process_setup.h"
#include "tui/status_line.h"
#include "tui/terminal.h"
#include "tui/view.h"

namespace kanbao::tui {
namespace {

constexpr int kMinRows = 6, kMinCols = 20;
constexpr int kThreePaneCols = 160;

class App : public Context {
 public:
  App(const BrowserOptions& options, const config::Config& config, store::Library library, Keymap keymap,
      Terminal& terminal)
      : options_(options),
        config_(config),
        library_(std::move(library)),
        keymap_(std::move(keymap)),
        terminal_(terminal),
        papers_(options.papers ? options.papers : std::make_shared<const corpus::Papers>()),
        three_pane_(config.three_pane.value) {}

  int run() {
    screen_.resize(terminal_.rows(), terminal_.cols());
    // Show something before the first (possibly slow) query.
    screen_.put(0, 0, _("看报 kanbao · 正在打开 ") + library_.path(), Style::kHeader);
    terminal_.draw(screen_);
    state_.use_papers(papers_.get());
    state_.open(options_.state_dir, library_.identity());
    views_.push_back(make_home_view(*this));
    // The note first: an error shown after it replaces it.
    note_files_to_read_again();
    if (!state_.open_error().empty())
      message(_("阅读状态不可用，书签和阅读标记不会保存：") + state_.open_error(), true);
    while (!quit_ && exit_signal() == 0) {
      // Another session's bookmarks, read marks and history show up here.
      if (auto changed = state_.refresh(); !changed) message(failed(changed.error()), true);
      render();
      terminal_.draw(screen_);
      const InputEvent ev = terminal_.read(wait_ms());
      if (exit_signal() != 0) break;
      handle(ev);
      apply_pops();
    }
    leave_all();
    return exit_signal() != 0 ? 128 + exit_signal() : 0;
  }

  // Says so when some of the library's files were read by another
  // kanbao's parser: their articles stay that parser's reading until
  // `kanbao index` reads them again.
  void note_files_to_read_again() {
    const Result<std::int64_t> files = library_.files_to_read_again();
    if (!files) {
      message(failed(files.error()), true);
    } else if (*files > 0) {
      message(trf("有 {} 个文件由另一版本的 kanbao 解析，kanbao index 会重新读取", *files), false);
    }
  }

  // An error the browser could not show before it quit (a reading position
  // not saved), for the caller to print once the terminal is restored; ""
  // if none.
  const std::string& exit_error() const { return exit_error_; }

  // ---- Context ----
  store::Library& library() override { return library_; }
  State& state() override { return state_; }
  const Keymap& keymap() const override { return keymap_; }
  const config::Config& config() const override { return config_; }
  const corpus::Papers& papers() const override { return *papers_; }
  void push(std::unique_ptr<View> view) override { pushed_.push_back(std::move(view)); }
  void pop() override { ++pops_; }
  void message(std::string text, bool error) override {
    message_ = std::move(text);
    message_is_error_ = error;
  }
  void message_now(std::string text) override {
    message(std::move(text), false);
    render();
    terminal_.draw(screen_);
  }
  Status copy_to_clipboard(const std::string& text) override {
    return terminal_.write_raw("\x1b]52;c;" + base64(text) + "\x07");
  }
  void show_in_pager(const std::string& text) override;
  void run_external(const std::string& program, const std::string& args) override {
    if (const Status st = run_program(terminal_, program, args); !st) message(st.error().message(), true);
  }
  std::vector<std::string>& filter_history() override { return filter_history_; }

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

  // Every open view, top first, saves what it would save when left. A
  // reading state that never opened was reported at the start, and each
  // save said so: quitting is not an error of its own then.
  void leave_all() {
    message_.clear();
    message_is_error_ = false;
    for (auto it = views_.rbegin(); it != views_.rend(); ++it) {
      (*it)->on_leave(*this);
      if (message_is_error_ && exit_error_.empty() && state_.open_error().empty()) exit_error_ = message_;
    }
  }

  bool three_panes() const { return three_pane_ && screen_.cols() >= kThreePaneCols && views_.size() >= 2; }

  Rect body() const { return Rect{1, 0, std::max(screen_.rows() - 2, 0), screen_.cols()}; }

  void render() {
    screen_.clear();
    const int rows = screen_.rows(), cols = screen_.cols();
    if (rows < kMinRows || cols < kMinCols) {
      screen_.put(0, 0, too_small_notice(cols, rows, kMinCols, kMinRows), Style::kError);
      if (rows > 1) screen_.put(1, 0, text::truncate(_("Q 退出"), cols), Style::kDim);
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
    std::string crumbs = _("看报");
    for (const auto& v : views_) crumbs += " › " + v->title();
    const int crumbs_w = cols - pos_w - 3;
    if (text::display_width(crumbs) > crumbs_w) crumbs = "… › " + top.title();
    screen_.put(0, 1, text::truncate(crumbs, crumbs_w), Style::kHeader, cols - pos_w - 1);
    screen_.put(0, cols - pos_w - 1, text::truncate(pos, pos_w), Style::kHeader, cols);
    render_bottom(top);
  }

  void render_three_panes(const Rect& b) {
    View& top = *views_.back();
    const TopKind kind = top.preview_id()               ? TopKind::kList
                         : (top.where() & kReader) != 0 ? TopKind::kReader
                                                        : TopKind::kOther;
    const PanePlan plan = plan_panes(views_.size(), kind, b.cols);
    const auto area = [&](const PaneRect& r) { return Rect{b.row, r.col, b.rows, r.cols}; };
    views_[static_cast<std::size_t>(plan.left)]->render(screen_, area(plan.left_rect));
    for (const PaneRect* r : {&plan.middle_rect, &plan.right_rect}) {
      if (r->cols <= 0 || r->col <= 0) continue;
      for (int row = 0; row < b.rows; ++row) screen_.put(b.row + row, r->col - 1, "│", Style::kDim);
    }
    if (plan.middle >= 0)
      views_[static_cast<std::size_t>(plan.middle)]->render(screen_, area(plan.middle_rect));
    if (plan.right >= 0) {
      // The top view (the reader) renders last: it learns its size then.
      views_[static_cast<std::size_t>(plan.right)]->render(screen_, area(plan.right_rect));
      return;
    }
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
    preview_->render(screen_, area(plan.right_rect));
  }

  void render_bottom(const View& top) {
    render_status_line(screen_, StatusLine{message_, message_is_error_, count_.text(), top.hints()}, keymap_);
  }

  void handle(const InputEvent& ev) {
    if (handle_pointer(ev)) return;
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
    if (top.on_key(ev.key, *this)) {
      count_.take();
      return;
    }
    if (count_.feed(ev.key, keymap_)) return;
    const auto action = keymap_.lookup(ev.key);
    const auto count = count_.take();
    if (!action) return;
    // A key not in this screen's table is not passed on (nor is it in its help).
    if (!in_key_table(top.key_table(), *action)) {
      say_not_here(*action, ev.key);
      return;
    }
    if (count && apply_count(top, *this, *action, *count, [this] { return pops_ == 0 && pushed_.empty(); }))
      return;
    if (top.on_action(*action, *this)) return;
    // m, y, o, u on the selected article of any list the view did not take.
    if (act_on_article(*action, top.preview_id(), *this)) return;
    handle_global(*action, ev.key, top);
  }

  // A tick, the wheel or a click; false for a key, which handle() goes on with.
  bool handle_pointer(const InputEvent& ev) {
    switch (ev.kind) {
      case InputEvent::Kind::kTimeout:
        if (const auto d = views_.back()->deadline(); d && Clock::now() >= *d) views_.back()->on_tick(*this);
        return true;
      case InputEvent::Kind::kWheelUp:
      case InputEvent::Kind::kWheelDown:
        message_.clear();
        for (int i = 0; i < 3; ++i) {
          views_.back()->on_action(ev.kind == InputEvent::Kind::kWheelUp ? Action::kUp : Action::kDown,
                                   *this);
        }
        return true;
      case InputEvent::Kind::kClick:
        message_.clear();
        if (ev.row >= 1 && ev.row < screen_.rows() - 1) views_.back()->on_click(ev.row - 1, *this);
        return true;
      case InputEvent::Kind::kKey:
        break;
    }
    return false;
  }

  // The actions no view took: the browser's own (quit, back, help, search...).
  void handle_global(Action action, int key, View& top) {
    switch (action) {
      case Action::kQuit:
        quit_ = true;
        break;
      case Action::kBack:
        // Esc pressed once too often on the way back must not end the
        // program: on the top screen it only says how to quit.
        if (views_.size() == 1 && key == key::kEscape) {
          message(quit_hint(), false);
          break;
        }
        pop();
        break;
      case Action::kHelp:
        push(make_help_view(keymap_, top.key_table()));
        break;
      case Action::kSearch:
        push(make_search_view(*this, top.scope(), top.search_query()));
        break;
      case Action::kRedraw:
        terminal_.invalidate();
        break;
      case Action::kGoTo:
        push(make_goto_view(current_paper()));
        break;
      case Action::kPrevIssue:
      case Action::kNextIssue:
        message(_("[ ] 在一期报纸的版面或其中的文章里翻期；先用 : 加日期跳到一期（如 :2020-01-25）"), false);
        break;
      case Action::kPercent:
        message(_("先输入数字再按 %，如 50% 到一半处"), false);
        break;
      case Action::kRefresh:
        refresh();
        break;
      case Action::kNextUnread:
        if (const auto id = first_unread(*this)) open_unread(*this, *id, &top);
        break;
      case Action::kLayout:
        three_pane_ = !three_pane_;
        if (three_pane_ && screen_.cols() < kThreePaneCols) {
          message(trf("三栏布局需要至少 {} 列", kThreePaneCols), false);
        }
        break;
      default:
        say_not_here(action, key);
        break;
    }
  }

  // A key this screen has no use for (f or s in an issue, J in a list) says
  // so, as [ ] and % do, rather than doing nothing.
  void say_not_here(Action action, int key) {
    message(trf("{}（{}）在这里不适用；按 ? 看这里能用的键", key_name(key), Keymap::description(action)),
            false);
  }

  // How to quit from the top screen: a back key other than Esc (q), else quit's own key (Q).
  std::string quit_hint() const {
    for (int k : keymap_.keys(Action::kBack))
      if (k != key::kEscape) return trf("已在最上层；按 {} 退出", key_name(k));
    return trf("已在最上层；按 {} 退出", keymap_.keys_text(Action::kQuit));
  }

  // The paper of the nearest view that browses one (an issue, the papers screen).
  std::optional<std::string> current_paper() const {
    for (auto it = views_.rbegin(); it != views_.rend(); ++it)
      if (auto p = (*it)->paper()) return p;
    return std::nullopt;
  }

  void refresh() {
    auto reopened = store::Library::open(options_.library_path, store::OpenMode::kReadOnly,
                                         {options_.gazetteer, nullptr, options_.country_district});
    if (!reopened) {
      message(failed(reopened.error()), true);
      return;
    }
    library_ = std::move(*reopened);
    preview_.reset();
    for (auto& v : views_) v->reload(*this);
    // A second paper indexed since the browser opened: the papers first,
    // as a new session would show them.
    if (!views_.empty() && home_view_is_stale(*views_.front(), *this)) views_.front() = make_home_view(*this);
    message(_("已重新打开资料库"), false);
  }

  const BrowserOptions& options_;
  const config::Config& config_;
  store::Library library_;
  Keymap keymap_;
  Terminal& terminal_;
  std::shared_ptr<const corpus::Papers> papers_;
  State state_;
  bool three_pane_;
  Screen screen_;
  std::vector<std::unique_ptr<View>> views_;
  std::vector<std::unique_ptr<View>> pushed_;
  int pops_ = 0;
  bool quit_ = false;
  std::string exit_error_;  // see exit_error()
  std::unique_ptr<View> preview_;
  std::int64_t preview_id_ = 0;
  std::string preview_query_;
  std::string message_;
  bool message_is_error_ = false;
  std::vector<std::string> filter_history_;
  CountPrefix count_;
};

void App::show_in_pager(const std::string& text) {
  auto path = write_temp_file(text);
  if (!path) {
    message(path.error().message(), true);
    return;
  }
  const Status st = run_program(terminal_, program_from_env("PAGER", "less"), shell_quote(*path));
  ::unlink(path->c_str());
  if (!st) message(st.error().message(), true);
}

// Writes `line` and a newline to stderr: false when it did not get there.
bool write_stderr_line(const std::string& line) {
  const std::string out = line + "\n";
  return std::fwrite(out.data(), 1, out.size(), stderr) == out.size() && std::fflush(stderr) == 0;
}

// Opens the library and the terminal and runs the browser until the user
// quits: the browser's exit status. `problems` is how many problems the
// configuration has (run_browser prints them once the terminal is restored).
int browse(const BrowserOptions& options, const config::Config& config, Keymap keymap, std::size_t problems) {
  // Before anything is measured: the terminal draws ambiguous characters this wide.
  text::set_ambiguous_width(config.ambiguous_width.value);
  if (!ensure_utf8_locale()) {
    // Exit status 1 says it whether or not the message gets through.
    write_stderr_line("kanbao: no UTF-8 locale available; install one and set LANG=C.UTF-8");
    return 1;
  }
  // After setlocale(): English needs LC_MESSAGES, which the locale sets.
  const Status language_set = use_browser_language(config);
  auto library = store::Library::open(options.library_path, store::OpenMode::kReadOnly,
                                      {options.gazetteer, nullptr, options.country_district});
  if (!library) {
    write_stderr_line("kanbao: " + library.error().message());  // the status (1) tells if this is lost
    return 1;
  }
  SignalGuard signals;
  auto terminal = Terminal::open(options.mouse || config.mouse.value, config);
  if (!terminal) {
    write_stderr_line(terminal.error().message());  // the status (1) tells if this is lost
    return 1;
  }
  int rc = 0;
  std::string exit_error;
  {
    App app(options, config, std::move(*library), std::move(keymap), **terminal);
    if (problems > 0) {
      app.message(problems == 1 ? std::string(_("配置文件有 1 个问题，见 kanbao config"))
                                : trf("配置文件有 {} 个问题，见 kanbao config", problems),
                  true);
    }
    if (!language_set) app.message(language_set.error().message(), true);
    rc = app.run();
    exit_error = app.exit_error();
  }
  terminal->reset();  // endwin: the terminal is restored before we return
  if (!exit_error.empty()) {
    write_stderr_line("kanbao: " + exit_error);  // the status (1) tells if this is lost
    if (rc == 0) rc = 1;
  }
  return rc;
}

}  // namespace

int run_app(const BrowserOptions& options, store::Library library, Terminal& terminal) {
  App app(options, options.config, std::move(library), Keymap(), terminal);
  return app.run();
}

Status use_browser_language(const config::Config& config) {
  return set_language(choose_language(config.language.value, std::getenv));
}

int run_browser(const BrowserOptions& options) {
  config::Loaded loaded{options.config, options.config_problems};
  Keymap keymap;
  for (auto& p : apply_key_bindings(loaded.config.key_bindings, keymap))
    loaded.problems.push_back(std::move(p));
  int rc = browse(options, loaded.config, std::move(keymap), loaded.problems.size());
  // The configuration's problems, after the alternate screen is gone (the
  // browser showed their count): a problem that cannot be told fails the run.
  for (const auto& p : loaded.problems) {
    if (!write_stderr_line(p.str()) && rc == 0) rc = 1;
  }
  return rc;
}

}  // namespace kanbao::tui
