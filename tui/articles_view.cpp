// SPDX-License-Identifier: MIT
// A district's (or all) articles, newest first, paged through the store with
// keyset cursors so that 200,000 rows never have to be loaded.
#include <fmt/format.h>

#include <algorithm>

#include "store/national_papers.h"
#include "text/width.h"
#include "tui/article_actions.h"
#include "tui/article_words.h"
#include "tui/highlight.h"
#include "tui/i18n.h"
#include "tui/list_sort.h"
#include "tui/list_window.h"
#include "tui/prompt.h"
#include "tui/reader_layout.h"
#include "tui/row_fit.h"
#include "tui/scroller.h"
#include "tui/view.h"

namespace kanbao::tui {
namespace {

constexpr auto kFilterDelay = std::chrono::milliseconds(150);

class ArticlesView final : public View, public ArticleSequence {
 public:
  ArticlesView(Context& ctx, std::optional<std::string> district, std::string label,
               std::optional<std::string> paper = std::nullopt)
      : district_(std::move(district)),
        paper_(std::move(paper)),
        label_(std::move(label)),
        papers_(&ctx.papers()),
        window_([this, &ctx](const PageRequest& r) { return fetch(ctx, r); }) {
    reload(ctx);
  }

  std::string title() const override {
    std::string t = label_;
    if (sort_ != store::ListSort::kDateNewestFirst) t += std::string(" (") + sort_label(sort_) + ")";
    if (!filter_.empty()) t += " 「" + filter_ + "」";
    return t;
  }

  std::string position() const override {
    if (window_.total() == 0) return _("0 篇");
    return fmt::format("{}/{}", window_.selected() + 1, window_.total());
  }

  std::optional<std::string> scope() const override { return district_; }

  std::optional<std::int64_t> preview_id() const override {
    const auto* row = window_.row(window_.selected());
    return row ? std::optional<std::int64_t>(row->id) : std::nullopt;
  }

  // Counts again and keeps the selected article selected (`R`, a new sort
  // order or filter), or the same row number when it is gone.
  void reload(Context& ctx) override {
    const auto keep = preview_id();
    const auto row = window_.selected();
    std::optional<store::ListCursor> keep_place;
    if (const auto* c = window_.cursor(row); c && keep_sort_ == sort_) keep_place = *c;
    keep_sort_ = sort_;
    if (district_ && district_->empty()) national_papers_ = national_papers(ctx);
    name_papers_ = !paper_ && holds_several_papers(ctx);
    store::ListQuery q = query();
    auto total = ctx.library().count(q);
    if (!total) {
      ctx.message(failed(total.error()), true);
      // With no rows reset() fetches nothing; should that ever change, say so.
      if (auto st = window_.reset(0); !st) ctx.message(failed(st.error()), true);
      return;
    }
    if (auto st = window_.reset(*total); !st) {
      ctx.message(failed(st.error()), true);
      return;
    }
    std::int64_t target = row;
    if (keep) {
      auto pos = ctx.library().position(q, *keep);
      if (!pos) ctx.message(failed(pos.error()), true);
      if (pos && pos->has_value()) {
        target = **pos;
      } else if (pos && keep_place) {
        // Filtered out: like less's search, the first match from here on.
        if (const auto next = first_row_after(ctx, q, *keep_place)) target = *next;
      }
    }
    if (auto st = window_.select(target, height_); !st) ctx.message(failed(st.error()), true);
  }

  void render(Screen& screen, const Rect& area) override {
    int rows = area.rows;
    const bool editing = filtering_;
    if (editing) --rows;  // the filter field takes the last row
    if (rows != height_ || !resize_status_) {
      height_ = std::max(rows, 1);
      resize_status_ = window_.set_height(height_);  // fetches rows the taller window shows
    }
    const int right = area.col + area.cols;
    if (!resize_status_) {
      screen.put(area.row, area.col + 1, failed(resize_status_.error()), Style::kDim, right);
      return;
    }
    if (window_.total() == 0) {
      screen.put(
          area.row, area.col + 1,
          filter_.empty() ? std::string(_("（没有文章）")) : trf("（没有标题含「{}」的文章）", filter_),
          Style::kDim, right);
    }
    date_w_ = 0;  // the widest date on screen: year-less dates take 5 columns, not 10
    for (int r = 0; r < rows && window_.top() + r < window_.total(); ++r) {
      if (const auto* row = window_.row(window_.top() + r)) {
        date_w_ = std::max(date_w_, text::display_width(date_label(store::listing_date(*row))));
      }
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
      int col = screen.put(y, area.col, _("过滤: "), Style::kKey, right);
      int cursor = 0;
      screen.put(y, col, prompt_.visible(std::max(right - col, 1), cursor), prompt_style(prompt_), right);
      screen.set_cursor(y, col + cursor);
    }
  }

  // One row: read/bookmark markers, date, title, then district, the pages
  // of an article printed on several (下转/上接: 第01, 04版) and reporter.
  // The title gets the space; the metadata shrinks first (row_fit.h), the
  // date goes when even the title's first characters would not fit.
  void draw_row(Screen& screen, int y, int col0, int cols, const store::ArticleRow& row, bool selected,
                const State& state) const {
    const int right = col0 + cols;
    const Style base = selected ? Style::kSelected : Style::kNormal;
    const Style dim = selected ? Style::kSelected : Style::kDim;
    const bool read = state.is_read(row);
    const bool marked = state.is_bookmarked(row);
    // Two marker columns, so a bookmark never hides that it is unread:
    // • unread, * bookmarked (explained in help and the manual).
    int col = screen.put(y, col0, read ? " " : "•", base, right);
    col = screen.put(y, col, marked ? "*" : " ", base, right);
    std::string reporter;
    if (!row.reporters.empty()) reporter = row.reporters.front();
    if (row.reporters.size() > 1) reporter += _(" 等");
    // A list of one district names none; a list mixing papers names each
    // row's paper, with its district (未知地区's rows: the paper alone).
    std::string where;
    if (name_papers_ && (!district_ || district_->empty())) {
      where = district_ ? row.paper : paper_and_district(row.district, row.paper, *papers_);
    } else if (!district_) {
      where = district_label(row.district, row.paper, *papers_);
    }
    std::string tail;
    for (const std::string& part : {where, several_pages_label(row.pages), reporter}) {
      if (part.empty()) continue;
      tail += (tail.empty() ? "" : " ") + part;
    }
    const int title_full = text::display_width(row.title);
    int avail = right - col;
    if (date_w_ > 0 && avail - date_w_ - 1 >= std::min(title_full, 16)) {
      col = screen.put(y, col, text::fit(date_label(store::listing_date(row)), date_w_), dim, right) + 1;
      avail = right - col;
    }
    const RowWidths w = split_row(avail - 1, title_full, text::display_width(tail));
    const int title_w = w.meta > 0 ? w.title : avail;
    const Style title_style = read && !selected ? Style::kNormal : (selected ? base : Style::kTitle);
    put_highlighted(screen, y, col, col + title_w, row.title,
                    filter_.empty() ? std::vector<store::Span>{} : store::find_folded(row.title, filter_),
                    title_style, selected ? Style::kSelectedHighlight : Style::kHighlight);
    if (w.meta > 0) screen.put_right(y, right, w.meta, tail, dim);
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
        if (!filter_.empty()) remember_filter(ctx, filter_);
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
    const auto moved = movement_target(action, window_.selected(), window_.total(), height_);
    if (moved) {
      const long long target = std::max(*moved, 0LL);
      if (action == Action::kPageDown || action == Action::kPageUp) {
        // Page: move the view as well as the selection.
        const long long delta = target - window_.selected();
        auto st = window_.select(window_.top() + delta + height_ - 1, height_);
        if (st) st = window_.select(window_.top() + delta, height_);
        if (st) st = window_.select(target, height_);
        if (!st) ctx.message(failed(st.error()), true);
        return true;
      }
      if (auto st = window_.select(target, height_); !st) ctx.message(failed(st.error()), true);
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
      case Action::kMarkAllRead:
        mark_list_read(query(), ctx);
        return true;
      case Action::kFilter:
        filtering_ = true;
        prompt_.set_history(ctx.filter_history());
        prompt_.offer(filter_);
        return true;
      case Action::kSort:
        // Titles and reporters sort by the ICU collator, row by row, with no
        // index: a second on 10,000 articles.
        if (const auto next = next_sort(sort_);
            next == store::ListSort::kTitle || next == store::ListSort::kReporter)
          ctx.message_now(_("排序中…"));
        sort_ = next_sort(sort_);
        reload(ctx);
        ctx.message(_("排序：") + std::string(sort_label(sort_)));
        return true;
      case Action::kBack:
        // Like less and mutt: the first `q` drops the filter, the next leaves.
        if (filter_.empty()) return false;
        prompt_.set_text("");
        apply_filter(ctx);
        ctx.message(_("已清除过滤"));
        return true;
      default:
        return false;
    }
  }

  // A click selects a row; a click on the selected row opens it.
  void on_click(int row, Context& ctx) override {
    const std::int64_t target = window_.top() + row;
    if (target == window_.selected() && target < window_.total()) {
      on_action(Action::kOpen, ctx);
      return;
    }
    if (auto st = window_.select(target, height_); !st) ctx.message(failed(st.error()), true);
  }

  bool go_to(std::int64_t index, Context& ctx) override {
    if (auto st = window_.select(index, height_); !st) ctx.message(failed(st.error()), true);
    return true;
  }
  std::int64_t length() const override { return window_.total(); }

  unsigned where() const override { return kAnywhere | kLists | kArticleList; }

  std::vector<Action> hints() const override {
    return {Action::kDown,   Action::kOpen, Action::kFilter, Action::kSort,
            Action::kSearch, Action::kHelp, Action::kBack};
  }

  std::optional<std::int64_t> step(int delta, Context& ctx) override {
    const auto next = window_.selected() + delta;
    if (next < 0 || next >= window_.total()) return std::nullopt;
    if (auto st = window_.select(next, height_); !st) {
      ctx.message(failed(st.error()), true);
      return std::nullopt;
    }
    return preview_id();
  }

  void set_state(const State* state) { ctx_state_ = state; }

  bool select_article(std::int64_t id, Context& ctx) override {
    auto pos = ctx.library().position(query(), id);
    if (!pos) {
      ctx.message(failed(pos.error()), true);
      return false;
    }
    if (!*pos) return false;
    if (auto st = window_.select(**pos, height_); !st) {
      ctx.message(failed(st.error()), true);
      return false;
    }
    return true;
  }

 private:
  store::ListQuery query() const {
    store::ListQuery q;
    q.district = district_;
    q.paper = paper_;
    q.without_papers = national_papers_;
    q.sort = sort_;
    q.title_filter = filter_;
    return q;
  }

  // The row number in `q` of its first row after `place` (a cursor of the
  // same sort order), or nullopt when none follows or the store fails.
  static std::optional<std::int64_t> first_row_after(Context& ctx, const store::ListQuery& q,
                                                     const store::ListCursor& place) {
    store::ListQuery next = q;
    next.after = place;
    next.limit = 1;
    auto page = ctx.library().list(next);
    if (!page) {
      ctx.message(failed(page.error()), true);
      return std::nullopt;
    }
    if (page->rows.empty()) return std::nullopt;
    auto pos = ctx.library().position(q, page->rows.front().id);
    if (!pos) {
      ctx.message(failed(pos.error()), true);
      return std::nullopt;
    }
    return *pos;
  }

  // The national papers the library holds (人民日报): no district applies to
  // their articles, so 未知地区 lists only city papers' articles, as the
  // districts screen counts them.
  std::vector<std::string> national_papers(Context& ctx) const {
    auto held = store::held_national_papers(ctx.library(), *papers_);
    if (!held) {
      // 未知地区 then lists them too; say why rather than hide the failure.
      ctx.message(failed(held.error()), true);
      return {};
    }
    return std::move(*held);
  }

  Result<store::ListPage> fetch(Context& ctx, const PageRequest& r) const {
    store::ListQuery q = query();
    q.limit = r.limit;
    switch (r.kind) {
      case PageRequest::Kind::kFirst:
        break;
      case PageRequest::Kind::kLast:
        q.from_end = true;
        break;
      case PageRequest::Kind::kAfter:
        q.after = r.cursor;
        break;
      case PageRequest::Kind::kBefore:
        q.before = r.cursor;
        break;
    }
    return ctx.library().list(q);
  }

  static void remember_filter(Context& ctx, const std::string& filter) {
    auto& history = ctx.filter_history();
    history.erase(std::remove(history.begin(), history.end(), filter), history.end());
    history.push_back(filter);
    if (history.size() > 100) history.erase(history.begin());
  }

  void apply_filter(Context& ctx) {
    deadline_.reset();
    const std::string text = prompt_.text();
    if (text == filter_) return;
    filter_ = text;
    reload(ctx);
  }

  std::optional<std::string> district_;
  std::optional<std::string> paper_;          // one paper's articles ("": of no known paper); nullopt: any
  bool name_papers_ = false;                  // rows name their paper: several papers, paper_ unset
  std::vector<std::string> national_papers_;  // left out of 未知地区 (national_papers())
  std::string label_;
  const corpus::Papers* papers_;  // the Context's, which outlives the view
  store::ListSort sort_ = store::ListSort::kDateNewestFirst;
  store::ListSort keep_sort_ = sort_;  // the order of the rows reload() starts from
  std::string filter_;
  bool filtering_ = false;
  Prompt prompt_;
  std::optional<Clock::time_point> deadline_;
  ListWindow window_;
  const State* ctx_state_ = nullptr;
  int height_ = 1;
  Status resize_status_;  // of the last set_height(): shown instead of the rows, retried on each frame
  int date_w_ = 0;
};

}  // namespace

std::unique_ptr<View> make_articles_view(Context& ctx, std::optional<std::string> district,
                                         std::string label) {
  auto view = std::make_unique<ArticlesView>(ctx, std::move(district), std::move(label));
  view->set_state(&ctx.state());
  return view;
}

std::unique_ptr<View> make_paper_articles_view(Context& ctx, std::string paper, std::string label) {
  auto view = std::make_unique<ArticlesView>(ctx, std::nullopt, std::move(label), std::move(paper));
  view->set_state(&ctx.state());
  return view;
}

void open_unread(Context& ctx, std::int64_t id, View* from) {
  if (auto* list = dynamic_cast<ArticleSequence*>(from); list && list->select_article(id, ctx)) {
    from->on_action(Action::kOpen, ctx);
    return;
  }
  auto all = std::make_unique<ArticlesView>(ctx, std::nullopt, all_districts_label());
  all->set_state(&ctx.state());
  if (!all->select_article(id, ctx)) return;  // gone meanwhile, or a failed read (said)
  ArticlesView& opened = *all;
  ctx.push(std::move(all));
  opened.on_action(Action::kOpen, ctx);
}

}  // namespace kanbao::tui
