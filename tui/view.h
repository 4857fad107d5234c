// SPDX-License-Identifier: MIT
// One screen of the browser (districts, articles, reader, search, help) and
// the services the application offers it. Each view is a small controller:
// it renders into a Rect of the Screen model and handles actions.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "config/config.h"
#include "store/library.h"
#include "tui/keymap.h"
#include "tui/reader_layout.h"
#include "tui/screen.h"
#include "tui/state.h"

namespace kanbao::tui {

struct Rect {
  int row = 0, col = 0, rows = 0, cols = 0;
};

using Clock = std::chrono::steady_clock;

class View;

// What a view may ask of the application.
class Context {
 public:
  virtual ~Context() = default;
  virtual store::Library& library() = 0;
  virtual State& state() = 0;
  virtual const Keymap& keymap() const = 0;
  virtual const config::Config& config() const = 0;  // reader width, snippet length, ...
  // The papers as configured: which are national (their articles show no district).
  virtual const corpus::Papers& papers() const = 0;
  virtual void push(std::unique_ptr<View> view) = 0;
  virtual void pop() = 0;  // back one level (quits at the top)
  virtual void message(std::string text, bool error = false) = 0;
  // Says `text` on the message line at once, before work that takes a
  // while (sorting by title), not when the key has been handled.
  virtual void message_now(std::string text) { message(std::move(text)); }
  virtual Status copy_to_clipboard(const std::string& text) = 0;  // OSC 52
  virtual void show_in_pager(const std::string& text) = 0;        // $PAGER
  // Runs `program` + " " + `args` (shell words) with the terminal handed
  // over; an error (not found, non-zero exit) is shown as a message.
  virtual void run_external(const std::string& program, const std::string& args) = 0;
  // The `f` filters typed this session, oldest first (↑/↓ in the prompt).
  virtual std::vector<std::string>& filter_history() = 0;
};

class View {
 public:
  virtual ~View() = default;
  virtual std::string title() const = 0;               // header breadcrumb part
  virtual std::string position() const { return {}; }  // header, right side
  virtual void render(Screen& screen, const Rect& area) = 0;
  // A raw key before the keymap sees it (text entry). True if consumed.
  virtual bool on_key(int /*key*/, Context& /*ctx*/) { return false; }
  // An action from the keymap. True if handled.
  virtual bool on_action(Action action, Context& ctx) = 0;
  // A click on row `row` of the area last rendered.
  virtual void on_click(int /*row*/, Context& /*ctx*/) {}
  // Keys worth showing in the bottom line.
  virtual std::vector<Action> hints() const = 0;
  // What kind of screen this is (Where bits, keymap.h).
  virtual unsigned where() const { return kAnywhere | kLists; }
  // The actions that work here (keymap.h): the browser passes this view
  // only these, and its help lists them. Each of them must do something.
  virtual KeyTable key_table() const { return tui::key_table(where()); }
  // Deferred work (debounced search); `deadline` is when it wants a tick.
  virtual std::optional<Clock::time_point> deadline() const { return std::nullopt; }
  virtual void on_tick(Context& /*ctx*/) {}
  // The district a search started here is limited to (nullopt: all).
  virtual std::optional<std::string> scope() const { return std::nullopt; }
  // Text the search prompt starts with when `/` is pressed here.
  virtual std::string search_query() const { return {}; }
  // The article under the selection (three-pane preview), if any.
  virtual std::optional<std::int64_t> preview_id() const { return std::nullopt; }
  // Where the terminal cursor belongs (text entry), else row -1.
  virtual void reload(Context& /*ctx*/) {}  // after `R`
  // The browser quits with this view open (Q, a signal, a lost terminal):
  // save now what leaving it with `q` would have saved (the reading
  // position), reporting a failure through ctx.message.
  virtual void on_leave(Context& /*ctx*/) {}
  // The paper being browsed here (papers screen, an issue), for `:DATE`.
  virtual std::optional<std::string> paper() const { return std::nullopt; }
  // Count prefixes (12G, 50%): moves to row/line `index` (0-based, clamped)
  // of `length()` rows/lines. False: this view has no rows to go to.
  virtual bool go_to(std::int64_t /*index*/, Context& /*ctx*/) { return false; }
  // A count before an action this view repeats itself, in one move (`3]`:
  // three issues on, or the last one). False: not such an action here.
  virtual bool on_counted(Action /*action*/, std::int64_t /*count*/, Context& /*ctx*/) { return false; }
  virtual std::int64_t length() const { return 0; }
};

// Factories (one file each).
// The first screen: papers when the library has more than one, or only a
// national paper (no district applies to it), else districts.
std::unique_ptr<View> make_home_view(Context& ctx);
// Whether `home`, made by make_home_view, is no longer the view it would
// make now: a second paper indexed since (the papers first), or all but one
// city paper gone (its districts). False when the library cannot say.
bool home_view_is_stale(const View& home, Context& ctx);
std::unique_ptr<View> make_districts_view(Context& ctx);
// The issue of `paper` on `date` (issue_view.cpp); nullptr when there is none.
std::unique_ptr<View> make_issue_view(Context& ctx, const std::string& paper, const store::StoredDate& date);
// The issue of `paper` `steps` issues before (direction -1) or after (+1)
// `date`, counting only issues that have articles (`[` / `]`, `3]`): the
// first / last one when fewer are left; nullopt, with a message, when there
// is none at all.
std::optional<store::Issue> find_adjacent_issue(Context& ctx, const std::string& paper,
                                                const store::StoredDate& date, int direction,
                                                std::int64_t steps = 1);
// An issue view of that issue (`[` / `]` in a reader not opened from an
// issue view); nullptr, with a message, when there is none.
std::unique_ptr<View> make_adjacent_issue_view(Context& ctx, const std::string& paper,
                                               const store::StoredDate& date, int direction,
                                               std::int64_t steps = 1);
// Shows the issue a date typed at the `:` prompt found, in place of the
// issue view the prompt was opened from (or from the reader above it).
using ShowIssue = std::function<void(store::Issue, Context&)>;
// The `:` prompt: an article ID or an issue's date; `paper` is the one being
// browsed. `show` empty: a date found opens a new issue view.
std::unique_ptr<View> make_goto_view(std::optional<std::string> paper, ShowIssue show = nullptr);
// A date key typed by the user: a real day of 1900..2099 in any form
// kanbao::read_typed_date() reads (2020-01-25, 20200125, 2020年1月25日…).
std::optional<store::StoredDate> parse_date_key(std::string_view text);
// Why a day typed as read_typed_date() reads one, but not as 8 digits alone
// (an article's ID, maybe), is none of the calendar, in the words of
// kanbao::calendar_problem() (Chinese: tui/error_words.cpp): "2020-02-30
// 不是日历上的一天（2020 年 2 月有 29 天）"; nullopt for a real day or another shape.
std::optional<std::string> date_key_problem(std::string_view text);
std::unique_ptr<View> make_articles_view(Context& ctx, std::optional<std::string> district,
                                         std::string label);
// Whether the library holds the articles of more than one paper (of no
// known paper counting as one): lists not scoped to a paper then name each
// article's paper (paper_and_district). False when the library cannot say
// (the list then names districts as for one paper; its error shows elsewhere).
bool holds_several_papers(Context& ctx);
// The articles of `paper` ("": those of no known paper, the papers screen's
// 未知报纸), newest first, titled `label`.
std::unique_ptr<View> make_paper_articles_view(Context& ctx, std::string paper, std::string label);
std::unique_ptr<View> make_bookmarks_view(Context& ctx);
// The help of a screen whose key table is `table` (default: every action).
std::unique_ptr<View> make_help_view(const Keymap& keymap, const KeyTable& table = key_table(~0u));
std::unique_ptr<View> make_search_view(Context& ctx, std::optional<std::string> district,
                                       const std::string& query);

// Steps through a sequence of articles from the reader (J/K, and n/N across
// articles). Returns the id `delta` steps away, moving the owner's selection.
class ArticleSequence {
 public:
  virtual ~ArticleSequence() = default;
  virtual std::optional<std::int64_t> step(int delta, Context& ctx) = 0;
  // Selects article `id` when this sequence holds it (`U` to an unread
  // article: J/K then walk on from there); false, unchanged, when not.
  virtual bool select_article(std::int64_t /*id*/, Context& /*ctx*/) { return false; }
};

// `U` to the unread article `id`: opened in `from` (a list that holds it,
// with J/K walking that list) when `from` can, else in the 全部 list (newest
// first, the order `U` looks in), pushed selected on it, with the reader of
// it above. So the breadcrumb names a list the article is in.
void open_unread(Context& ctx, std::int64_t id, View* from);

struct ReaderOptions {
  std::string query;  // highlight these hits ("" = none)
  bool start_at_first_hit = false;
  bool start_at_last_hit = false;
  ArticleSequence* sequence = nullptr;  // owned by the view below the reader
  bool preview = false;                 // three-pane preview: not marked read
  // The search scope of the list the reader was opened from: `/` in the
  // reader searches where you were (a district's list, or all districts),
  // not the district of the article you happen to read.
  bool from_list = false;
  std::optional<std::string> list_scope;
  // Opened from an issue view (of paper `issue_paper`): `:DATE` in the
  // reader goes back to that view and shows the issue there, in place of
  // the one it showed, as `:DATE` in the issue view does.
  std::optional<std::string> issue_paper;
  ShowIssue show_issue;
};
std::unique_ptr<View> make_reader_view(Context& ctx, std::int64_t id, ReaderOptions options);

}  // namespace kanbao::tui
