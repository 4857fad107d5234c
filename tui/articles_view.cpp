// SPDX-License-Identifier: MIT
// A district's (or all) articles, newest first, paged through the store with
// keyset cursors so that 200,000 rows never have to be loaded.
#include <algorithm>
#include <fmt/format.h>

#include "text/width.h"
#include "tui/list_window.h"
#include "tui/prompt.h"
#include "tui/reader_layout.h"
#include "tui/scroller.h"
#include "tui/view.h"

namespace kanbao::tui {
namespace {

constexpr auto kFilterDelay = std::chrono::milliseconds(150);

class ArticlesView : public View, public ArticleSequence {
 public:
  ArticlesView(Context& ctx, std::optional<std::string> district, std::string label)
      : district_(std::move(district)), label_(std::move(label)),
        window_([this, &ctx](const PageRequest& r) { return fetch(ctx, r); }) {
    reload(ctx);
  }

  std::string title() const override {
    std::string t = label_;
    if (sort_ == store::ListSort::kTitle) t += " (按标题)";
    if (!filter_.empty()) t += " 「" + filter_ + "」";
    return t;
  }

  std::string position() const override {
    if (window_.total() == 0) return "0 篇";
    return fmt::format("{}/{}", window_.selected() + 1, window_.total());
  }

  std::optional<std::string> scope() const override { return district_; }

  std::optional<std::int64_t> preview_id() const override {
    const auto* row = window_.row(window_.selected());
    return row ? std::optional<std::int64_t>(row->id) : std::nullopt;
  }

  void reload(Context& ctx) override {
    store::ListQuery q = query();
    auto total = ctx.library().count(q);
    if (!total) {
      ctx.message(total.error().message(), true);
      (void)window_.reset(0);
      return;
    }
    if (auto st = window_.reset(*total); !st) ctx.message(st.error().message(), true);
  }

  void render(Screen& screen, const Rect& area) override {
    int rows = area.rows;
    const bool editing = filtering_;
    if (editing) --rows;  // the filter field takes the last row
    if (rows != height_) {
      height_ = std::max(rows, 1);
      (void)window_.set_height(height_);
    }
    const int right = area.col + area.cols;
    if (window_.total() == 0) {
      screen.put(area.row, area.col + 1, filter_.empty() ? "（没有文章）" : "（没有标题含「" + filter_ + "」的文章）",
                 Style::kDim, right);
    }
    for (int r = 0; r < rows; ++r) {
      const std::int64_t i = window_.top() + r;
      if (i >= window_.total()) break;
      const auto* row = window_.row(i);
      const int y = area.row + r;
      const bool selected = i == window_.selected();
      const Style base = selected ? Style::kSelected : Style::kNormal;
      screen.fill(y, area.col, right, base);
      if (!row) {
        screen.put(y, area.col + 1, "…", Style::kDim, right);
        continue;
      }
      draw_row(screen, y, area.col, area.cols, *row, selected, *ctx_state_);
    }
    if (editing) {
      const int y = area.row + area.rows - 1;
      screen.fill(y, area.col, right, Style::kNormal);
      int col = screen.put(y, area.col, "过滤: ", Style::kKey, right);
      int cursor = 0;
      screen.put(y, col, prompt_.visible(std::max(right - col, 1), cursor), Style::kNormal, right);
      screen.set_cursor(y, col + cursor);
    }
  }

  void draw_row(Screen& screen, int y, int col0, int cols, const store::ArticleRow& row, bool selected,
                const State& state) const {
    const int right = col0 + cols;
    const Style base = selected ? Style::kSelected : Style::kNormal;
    const Style dim = selected ? Style::kSelected : Style::kDim;
    const bool read = state.is_read(row);
    const bool marked = state.is_bookmarked_row(row);
    int col = screen.put(y, col0, marked ? "*" : (read ? " " : "•"), base, right);
    const std::string date = date_label(row.date);
    col = screen.put(y, col + 0, text::fit(date, 10), dim, right) + 1;
    std::string reporter;
    if (!row.reporters.empty()) reporter = row.reporters.front();
    if (row.reporters.size() > 1) reporter += " 等";
    std::string where = district_ ? "" : district_label(row.district);
    std::string tail = where.empty() ? reporter : (reporter.empty() ? where : where + " " + reporter);
    const int tail_w = std::min(text::display_width(tail), std::max(cols / 4, 0));
    const int title_w = std::max(right - col - tail_w - 2, 0);
    col = screen.put(y, col, text::fit(text::truncate(row.title, title_w), title_w), read && !selected ? Style::kNormal : (selected ? base : Style::kTitle), right);
    if (tail_w > 0) screen.put(y, right - tail_w - 1, text::truncate(tail, tail_w), dim, right);
  }

  bool on_key(int key, Context& ctx) override {
    if (!filtering_) return false;
    switch (prompt_.handle(key)) {
      case Prompt::Result::kEdited:
        deadline_ = Clock::now() + kFilterDelay;
        return true;
      case Prompt::Result::kAccept:
        filtering_ = false;
        apply_filter(ctx);
        return true;
      case Prompt::Result::kCancel:
        filtering_ = false;
        prompt_.set_text("");
        apply_filter(ctx);
        return true;
      case Prompt::Result::kMoved:
        return true;
      case Prompt::Result::kNone:
        // Up/Down, PgUp/PgDn... still move the list while typing the filter.
        return false;
    }
    return false;
  }

  std::optional<Clock::time_point> deadline() const override { return deadline_; }
  void on_tick(Context& ctx) override {
    deadline_.reset();
    apply_filter(ctx);
  }

  bool on_action(Action action, Context& ctx) override {
    ctx_state_ = &ctx.state();
    const long long target = movement_target(action, window_.selected(), window_.total(), height_);
    if (target >= 0) {
      if (action == Action::kPageDown || action == Action::kPageUp) {
        // Page: move the view as well as the selection.
        const long long delta = target - window_.selected();
        auto st = window_.select(window_.top() + delta + height_ - 1, height_);
        if (st) st = window_.select(window_.top() + delta, height_);
        if (st) st = window_.select(target, height_);
        if (!st) ctx.message(st.error().message(), true);
        return true;
      }
      if (auto st = window_.select(target, height_); !st) ctx.message(st.error().message(), true);
      return true;
    }
    switch (action) {
      case Action::kOpen: {
        const auto id = preview_id();
        if (id) {
          ReaderOptions options;
          options.sequence = this;
          options.from_list = true;
          options.list_scope = scope();
          ctx.push(make_reader_view(ctx, *id, options));
        }
        return true;
      }
      case Action::kFilter:
        filtering_ = true;
        prompt_.set_text(filter_);
        return true;
      case Action::kSort:
        sort_ = sort_ == store::ListSort::kDateNewestFirst ? store::ListSort::kTitle : store::ListSort::kDateNewestFirst;
        reload(ctx);
        ctx.message(sort_ == store::ListSort::kTitle ? "按标题排序" : "按日期排序（最新在前）");
        return true;
      default:
        return false;
    }
  }

  void on_click(int row, Context& ctx) override {
    if (auto st = window_.select(window_.top() + row, height_); !st) ctx.message(st.error().message(), true);
  }

  std::vector<Action> hints() const override {
    return {Action::kDown, Action::kOpen, Action::kFilter, Action::kSort, Action::kSearch, Action::kHelp, Action::kBack};
  }

  std::optional<std::int64_t> step(int delta, Context& ctx) override {
    const auto next = window_.selected() + delta;
    if (next < 0 || next >= window_.total()) return std::nullopt;
    if (auto st = window_.select(next, height_); !st) {
      ctx.message(st.error().message(), true);
      return std::nullopt;
    }
    return preview_id();
  }

  void set_state(const State* state) { ctx_state_ = state; }

 private:
  store::ListQuery query() const {
    store::ListQuery q;
    q.district = district_;
    q.sort = sort_;
    q.title_filter = filter_;
    return q;
  }

  Result<store::ListPage> fetch(Context& ctx, const PageRequest& r) const {
    store::ListQuery q = query();
    q.limit = r.limit;
    switch (r.kind) {
      case PageRequest::Kind::kFirst: break;
      case PageRequest::Kind::kLast: q.from_end = true; break;
      case PageRequest::Kind::kAfter: q.after = r.cursor; break;
      case PageRequest::Kind::kBefore: q.before = r.cursor; break;
    }
    return ctx.library().list(q);
  }

  void apply_filter(Context& ctx) {
    deadline_.reset();
    const std::string text = prompt_.text();
    if (text == filter_) return;
    filter_ = text;
    reload(ctx);
  }

  std::optional<std::string> district_;
  std::string label_;
  store::ListSort sort_ = store::ListSort::kDateNewestFirst;
  std::string filter_;
  bool filtering_ = false;
  Prompt prompt_;
  std::optional<Clock::time_point> deadline_;
  ListWindow window_;
  const State* ctx_state_ = nullptr;
  int height_ = 1;
};

}  // namespace

std::unique_ptr<View> make_articles_view(Context& ctx, std::optional<std::string> district, std::string label) {
  auto view = std::make_unique<ArticlesView>(ctx, std::move(district), std::move(label));
  view->set_state(&ctx.state());
  return view;
}

}  // namespace kanbao::tui
