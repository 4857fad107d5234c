// SPDX-License-Identifier: MIT
// Search: a prompt whose results update as you type (debounced), then a
// result list; Enter opens the reader at the first hit.
#include <algorithm>
#include <fmt/format.h>

#include "text/width.h"
#include "tui/prompt.h"
#include "tui/reader_layout.h"
#include "tui/scroller.h"
#include "tui/view.h"

namespace kanbao::tui {
namespace {

constexpr auto kSearchDelay = std::chrono::milliseconds(150);
constexpr int kPageSize = 30;

class SearchView : public View, public ArticleSequence {
 public:
  SearchView(Context& ctx, std::optional<std::string> district, std::string query)
      : district_(std::move(district)), snippet_columns_(ctx.config().snippet_columns.value) {
    prompt_.set_history(ctx.state().history());
    prompt_.set_text(query);
    if (!query.empty()) run(ctx);
  }

  std::string title() const override { return "搜索"; }
  std::string position() const override {
    if (query_.empty()) return {};
    if (hits_.empty()) return "0 篇";
    return fmt::format("{}/{} 篇", scroller_.selected + 1, total_);
  }
  std::optional<std::string> scope() const override { return district_; }
  std::string search_query() const override { return prompt_.text(); }
  std::optional<std::int64_t> preview_id() const override {
    if (hits_.empty()) return std::nullopt;
    return hits_[static_cast<std::size_t>(scroller_.selected)].id;
  }

  void render(Screen& screen, const Rect& area) override {
    const int right = area.col + area.cols;
    // The prompt line: "/ query      [scope]"
    const std::string scope = "[" + (district_ ? district_label(*district_) : std::string("全部")) + "]";
    const int scope_w = std::min(text::display_width(scope), std::max(area.cols / 3, 0));
    int col = screen.put(area.row, area.col, "/ ", Style::kKey, right);
    int cursor = 0;
    const int field = std::max(right - col - scope_w - 1, 1);
    screen.put(area.row, col, prompt_.visible(field, cursor), editing_ ? Style::kNormal : Style::kTitle, col + field);
    if (scope_w > 0) screen.put(area.row, right - scope_w, text::truncate(scope, scope_w), Style::kDim, right);
    if (editing_) screen.set_cursor(area.row, col + cursor);

    height_ = std::max((area.rows - 1) / 2, 1);
    scroller_.select(scroller_.selected, static_cast<int>(hits_.size()), height_);
    if (!error_.empty()) {
      screen.put(area.row + 1, area.col + 2, error_, Style::kError, right);
      return;
    }
    if (hits_.empty() && !query_.empty() && !deadline_) {
      screen.put(area.row + 1, area.col + 2, "没有找到「" + query_ + "」", Style::kDim, right);
    }
    for (int r = 0; r < height_; ++r) {
      const int i = scroller_.top + r;
      if (i >= static_cast<int>(hits_.size())) break;
      draw_hit(screen, area.row + 1 + 2 * r, area.col, area.cols, area.row + area.rows,
               hits_[static_cast<std::size_t>(i)], i == scroller_.selected && !editing_);
    }
  }

  bool on_key(int key, Context& ctx) override {
    if (!editing_) return false;
    switch (prompt_.handle(key)) {
      case Prompt::Result::kEdited:
        deadline_ = Clock::now() + kSearchDelay;
        return true;
      case Prompt::Result::kMoved:
        return true;
      case Prompt::Result::kAccept:
        if (deadline_ || prompt_.text() != query_) run(ctx);
        remember(ctx);
        editing_ = hits_.empty() && query_.empty();
        return true;
      case Prompt::Result::kCancel:
        remember(ctx);
        ctx.pop();
        return true;
      case Prompt::Result::kNone:
        return false;
    }
    return false;
  }

  std::optional<Clock::time_point> deadline() const override { return deadline_; }
  void on_tick(Context& ctx) override { run(ctx); }

  bool on_action(Action action, Context& ctx) override {
    const int count = static_cast<int>(hits_.size());
    if (scroller_.apply(action, count, height_)) {
      load_more_if_needed(ctx);
      return true;
    }
    switch (action) {
      case Action::kOpen:
        if (!hits_.empty()) open(ctx, 1);
        return true;
      case Action::kSearch:
        editing_ = true;
        return true;
      case Action::kWiden:
        if (district_) {
          district_.reset();
          run(ctx);
          ctx.message("在全部地区搜索");
        }
        return true;
      case Action::kBack:
        remember(ctx);
        ctx.pop();
        return true;
      default:
        return false;
    }
  }

  void on_click(int row, Context&) override {
    if (row >= 1) scroller_.select(scroller_.top + (row - 1) / 2, static_cast<int>(hits_.size()), height_);
  }

  std::vector<Action> hints() const override {
    if (editing_) return {Action::kOpen, Action::kWiden, Action::kHelp};
    return {Action::kDown, Action::kOpen, Action::kSearch, Action::kWiden, Action::kBack};
  }

  bool editing() const { return editing_; }

  std::optional<std::int64_t> step(int delta, Context& ctx) override {
    const int next = scroller_.selected + delta;
    if (next < 0) return std::nullopt;
    if (next >= static_cast<int>(hits_.size())) {
      load_more(ctx);
      if (next >= static_cast<int>(hits_.size())) return std::nullopt;
    }
    scroller_.select(next, static_cast<int>(hits_.size()), height_);
    return hits_[static_cast<std::size_t>(next)].id;
  }

 private:
  void draw_hit(Screen& screen, int y, int col0, int cols, int bottom, const store::SearchHit& hit, bool selected) const {
    if (y >= bottom) return;
    const int right = col0 + cols;
    const Style base = selected ? Style::kSelected : Style::kNormal;
    const Style dim = selected ? Style::kSelected : Style::kDim;
    screen.fill(y, col0, right, base);
    const std::string meta = fmt::format("{} · {} · {} 处", district_label(hit.district),
                                         hit.date.known() ? date_label(hit.date) : "日期不详", hit.hit_count);
    const int meta_w = std::min(text::display_width(meta), cols / 2);
    const int title_w = std::max(cols - meta_w - 3, 0);
    screen.put(y, col0 + 1, text::truncate(hit.title, title_w), selected ? base : Style::kTitle, col0 + 1 + title_w);
    screen.put(y, right - meta_w - 1, text::truncate(meta, meta_w), dim, right);
    if (y + 1 >= bottom) return;
    screen.fill(y + 1, col0, right, base);
    // The snippet with its highlighted byte ranges.
    int col = col0 + 3;
    std::size_t pos = 0;
    const std::string& s = hit.snippet;
    for (const auto& span : hit.highlights) {
      if (span.begin < pos || span.end > s.size() || span.begin >= span.end) continue;
      col = screen.put(y + 1, col, s.substr(pos, span.begin - pos), dim, right);
      col = screen.put(y + 1, col, s.substr(span.begin, span.end - span.begin),
                       selected ? Style::kSelectedHighlight : Style::kHighlight, right);
      pos = span.end;
    }
    if (pos < s.size()) screen.put(y + 1, col, s.substr(pos), dim, right);
  }

  void remember(Context& ctx) {
    const std::string q = prompt_.text();
    if (q.empty()) return;
    prompt_.remember(q);
    ctx.state().set_history(prompt_.history());
    ctx.state().save();
  }

  store::SearchRequest request() const {
    store::SearchRequest r;
    r.query = query_;
    r.district = district_;
    r.limit = kPageSize;
    r.snippet_columns = snippet_columns_;
    return r;
  }

  void run(Context& ctx) {
    deadline_.reset();
    query_ = prompt_.text();
    hits_.clear();
    total_ = 0;
    error_.clear();
    scroller_ = Scroller{};
    if (query_.empty()) return;
    auto page = ctx.library().search(request());
    if (!page) {
      error_ = page.error().message();
      ctx.message(error_, true);
      return;
    }
    hits_ = std::move(page->hits);
    total_ = page->total;
  }

  void load_more(Context& ctx) {
    if (hits_.empty() || static_cast<std::int64_t>(hits_.size()) >= total_) return;
    auto r = request();
    r.after = hits_.back().cursor;
    auto page = ctx.library().search(r);
    if (!page) {
      ctx.message(page.error().message(), true);
      return;
    }
    if (page->hits.empty()) total_ = static_cast<std::int64_t>(hits_.size());
    hits_.insert(hits_.end(), page->hits.begin(), page->hits.end());
  }

  void load_more_if_needed(Context& ctx) {
    if (scroller_.selected + height_ >= static_cast<int>(hits_.size())) load_more(ctx);
  }

  void open(Context& ctx, int direction) {
    ReaderOptions options;
    options.query = query_;
    options.start_at_first_hit = direction > 0;
    options.sequence = this;
    options.from_list = true;
    options.list_scope = district_;
    ctx.push(make_reader_view(ctx, hits_[static_cast<std::size_t>(scroller_.selected)].id, options));
  }

  std::optional<std::string> district_;
  int snippet_columns_;  // `search.snippet`
  Prompt prompt_;
  bool editing_ = true;
  std::string query_;  // the query the results are for
  std::vector<store::SearchHit> hits_;
  std::int64_t total_ = 0;
  std::string error_;
  std::optional<Clock::time_point> deadline_;
  Scroller scroller_;
  int height_ = 1;
};

}  // namespace

std::unique_ptr<View> make_search_view(Context& ctx, std::optional<std::string> district, std::string query) {
  return std::make_unique<SearchView>(ctx, std::move(district), std::move(query));
}

}  // namespace kanbao::tui
