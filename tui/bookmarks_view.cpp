// SPDX-License-Identifier: MIT
// The bookmarks list. Bookmarks are keyed by path+position+title; the stored
// row id is only a hint, checked against the key before use.
#include <fmt/format.h>

#include "text/width.h"
#include "tui/scroller.h"
#include "tui/view.h"

namespace kanbao::tui {
namespace {

class BookmarksView : public View, public ArticleSequence {
 public:
  explicit BookmarksView(Context& ctx) : marks_(ctx.state().bookmarks()) {}

  std::string title() const override { return "书签"; }
  std::string position() const override {
    return marks_.empty() ? "0" : fmt::format("{}/{}", scroller_.selected + 1, marks_.size());
  }

  void render(Screen& screen, const Rect& area) override {
    height_ = area.rows;
    const int count = static_cast<int>(marks_.size());
    scroller_.select(scroller_.selected, count, height_);
    const int right = area.col + area.cols;
    if (marks_.empty()) screen.put(area.row, area.col + 1, "（还没有书签：在文章里按 m 添加）", Style::kDim, right);
    for (int r = 0; r < area.rows; ++r) {
      const int i = scroller_.top + r;
      if (i >= count) break;
      const auto& b = marks_[static_cast<std::size_t>(i)];
      const bool sel = i == scroller_.selected;
      const int y = area.row + r;
      screen.fill(y, area.col, right, sel ? Style::kSelected : Style::kNormal);
      int col = screen.put(y, area.col + 1, text::fit(b.date, 10), sel ? Style::kSelected : Style::kDim, right) + 1;
      col = screen.put(y, col, text::fit(district_label(b.district), 12), sel ? Style::kSelected : Style::kDim, right);
      screen.put(y, col + 1, text::truncate(b.title, right - col - 2), sel ? Style::kSelected : Style::kTitle, right);
    }
  }

  bool on_action(Action action, Context& ctx) override {
    if (scroller_.apply(action, static_cast<int>(marks_.size()), height_)) return true;
    if (action == Action::kOpen && !marks_.empty()) {
      if (const auto id = resolve(ctx, scroller_.selected)) {
        ReaderOptions options;
        options.sequence = this;
        options.from_list = true;  // bookmarks span every district: search them all
        ctx.push(make_reader_view(ctx, *id, options));
      }
      return true;
    }
    return false;
  }

  std::optional<std::int64_t> step(int delta, Context& ctx) override {
    const int next = scroller_.selected + delta;
    if (next < 0 || next >= static_cast<int>(marks_.size())) return std::nullopt;
    scroller_.select(next, static_cast<int>(marks_.size()), height_);
    return resolve(ctx, next);
  }

  std::vector<Action> hints() const override { return {Action::kDown, Action::kOpen, Action::kBack}; }

 private:
  // The article's current id: the stored one if it still has the same key,
  // else found again by title among the articles.
  std::optional<std::int64_t> resolve(Context& ctx, int index) {
    const auto& b = marks_[static_cast<std::size_t>(index)];
    auto a = ctx.library().article(b.id);
    if (a && a->has_value() && State::key(**a) == b.key) return b.id;
    store::ListQuery q;
    q.title_filter = b.title;
    q.limit = 50;
    auto page = ctx.library().list(q);
    if (page) {
      for (const auto& row : page->rows) {
        auto c = ctx.library().article(row.id);
        if (c && c->has_value() && State::key(**c) == b.key) return row.id;
      }
    }
    ctx.message("书签里的文章已不在库中：" + b.title, true);
    return std::nullopt;
  }

  std::vector<Bookmark> marks_;
  Scroller scroller_;
  int height_ = 1;
};

}  // namespace

std::unique_ptr<View> make_bookmarks_view(Context& ctx) { return std::make_unique<BookmarksView>(ctx); }

}  // namespace kanbao::tui
