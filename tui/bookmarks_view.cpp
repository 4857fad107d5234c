// SPDX-License-Identifier: MIT
// The bookmarks list, drawn from the reading state at every frame so it is
// current with this and other sessions. Bookmarks are keyed by
// path+position+title; the stored row id is only a hint, checked against the
// key before use.
#include <fmt/format.h>

#include "text/width.h"
#include "tui/article_actions.h"
#include "tui/article_words.h"
#include "tui/i18n.h"
#include "tui/scroller.h"
#include "tui/view.h"

namespace kanbao::tui {
namespace {

// The place column's width: a district (浦东新区), or a paper and its
// district (新民晚报 普陀区) when the library holds several papers.
constexpr int kPlaceColumns = 12;
constexpr int kPlaceColumnsNamingPapers = 20;

class BookmarksView : public View, public ArticleSequence {
 public:
  explicit BookmarksView(Context& ctx)
      : state_(ctx.state()), papers_(ctx.papers()), name_papers_(holds_several_papers(ctx)) {}

  std::string title() const override { return _("书签"); }
  std::string position() const override {
    return marks().empty() ? "0" : fmt::format("{}/{}", scroller_.selected + 1, marks().size());
  }

  void render(Screen& screen, const Rect& area) override {
    height_ = area.rows;
    const int count = static_cast<int>(marks().size());
    scroller_.select(scroller_.selected, count, height_);
    const int right = area.col + area.cols;
    if (count == 0)
      screen.put(area.row, area.col + 1, _("（还没有书签：在文章或列表里按 m 添加）"), Style::kDim, right);
    for (int r = 0; r < area.rows; ++r) {
      const int i = scroller_.top + r;
      if (i >= count) break;
      const auto& b = marks()[static_cast<std::size_t>(i)];
      const bool sel = i == scroller_.selected;
      const int y = area.row + r;
      screen.fill(y, area.col, right, sel ? Style::kSelected : Style::kNormal);
      // The unread mark has a column of its own, as in the article lists.
      int col = screen.put(y, area.col, state_.is_read(row_of(b)) ? " " : "•",
                           sel ? Style::kSelected : Style::kNormal, right) +
                1;
      col =
          screen.put(y, col, text::fit(date_label(b.date), 10), sel ? Style::kSelected : Style::kDim, right) +
          1;
      // A bookmark keeps no paper: the one its path names places it, so a
      // national paper's article (人民日报/…) shows no 未知地区, as in lists,
      // and with several papers in the library the paper comes first.
      const std::string paper = papers_.paper_of_path(b.key.path);
      const std::string place = name_papers_ ? paper_and_district(b.district, paper, papers_)
                                             : district_label(b.district, paper, papers_);
      col = screen.put(y, col, text::fit(place, name_papers_ ? kPlaceColumnsNamingPapers : kPlaceColumns),
                       sel ? Style::kSelected : Style::kDim, right);
      screen.put(y, col + 1, text::truncate(b.key.title, right - col - 2),
                 sel ? Style::kSelected : Style::kTitle, right);
    }
  }

  bool on_action(Action action, Context& ctx) override {
    if (scroller_.apply(action, static_cast<int>(marks().size()), height_)) return true;
    if ((action == Action::kOpen || action == Action::kMarkAllRead) && marks().empty()) {
      ctx.message(_("还没有书签：在文章里按 m 添加"));
      return true;
    }
    if (marks().empty()) return false;
    const auto& selected = marks()[static_cast<std::size_t>(scroller_.selected)];
    switch (action) {
      case Action::kOpen:
        if (const auto id = resolve(ctx, scroller_.selected)) {
          ReaderOptions options;
          options.sequence = this;
          options.from_list = true;  // bookmarks span every district: search them all
          ctx.push(make_reader_view(ctx, *id, options));
        }
        return true;
      case Action::kBookmark: {
        // Here `m` removes: the article may no longer be in the library.
        const std::string title = selected.key.title;
        if (auto s = ctx.state().remove_bookmark(selected.key); !s) {
          ctx.message(_("书签未删除：") + s.error().message(), true);
        } else {
          ctx.message(_("已移除书签：") + title);
        }
        return true;
      }
      case Action::kMarkAllRead: {
        std::vector<store::ArticleRow> rows;
        for (const auto& b : marks()) rows.push_back(row_of(b));
        mark_rows_read(rows, ctx);
        return true;
      }
      case Action::kCopy:
      case Action::kPager:
      case Action::kToggleRead:
        if (const auto id = resolve(ctx, scroller_.selected)) act_on_article(action, id, ctx);
        return true;
      default:
        return false;
    }
  }

  std::optional<std::int64_t> step(int delta, Context& ctx) override {
    const int next = scroller_.selected + delta;
    if (next < 0 || next >= static_cast<int>(marks().size())) return std::nullopt;
    scroller_.select(next, static_cast<int>(marks().size()), height_);
    return resolve(ctx, next);
  }

  std::vector<Action> hints() const override {
    return {Action::kDown, Action::kOpen, Action::kBookmark, Action::kBack};
  }
  KeyTable key_table() const override {
    return tui::key_table(where(), {Action::kBookmark, Action::kMarkAllRead, Action::kCopy, Action::kPager,
                                    Action::kToggleRead});
  }

  // A click selects a bookmark; a click on the selected one opens it.
  void on_click(int row, Context& ctx) override {
    const int target = scroller_.top + row;
    if (target == scroller_.selected && target < static_cast<int>(marks().size())) {
      on_action(Action::kOpen, ctx);
      return;
    }
    scroller_.select(target, static_cast<int>(marks().size()), height_);
  }

 private:
  const std::vector<Bookmark>& marks() const { return state_.bookmarks(); }

  // What the reading state needs of a bookmarked article (its key and district).
  static store::ArticleRow row_of(const Bookmark& b) {
    store::ArticleRow row;
    row.id = b.id;
    row.path = b.key.path;
    row.position = b.key.position;
    row.title = b.key.title;
    row.district = b.district;
    return row;
  }

  // The article's current id: the stored one if it still has the same key,
  // else found again by its key.
  std::optional<std::int64_t> resolve(Context& ctx, int index) {
    const Bookmark b = marks()[static_cast<std::size_t>(index)];
    auto found = find_article(b.key, b.id, ctx);
    if (!found) {
      ctx.message(failed(found.error()), true);
      return std::nullopt;
    }
    if (!*found) ctx.message(trf("书签里的文章已不在库中：{}（按 m 删除这个书签）", b.key.title), true);
    return *found;
  }

  const State& state_;
  const corpus::Papers& papers_;  // the Context's, which outlives the view
  bool name_papers_;              // the library holds several papers: rows name them
  Scroller scroller_;
  int height_ = 1;
};

}  // namespace

std::unique_ptr<View> make_bookmarks_view(Context& ctx) { return std::make_unique<BookmarksView>(ctx); }

}  // namespace kanbao::tui
