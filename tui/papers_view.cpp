// SPDX-License-Identifier: MIT
// The first screen of a library with more than one paper, or of one national
// paper (whose articles have no district): every paper with
// its article count, number of issues and first and last issue, then a row
// that opens the districts (editions) screen as a one-paper library shows
// it, and last 书签 (N), the bookmarks, as on that screen. Enter on a paper
// opens its newest issue; on 未知报纸 (articles of no known paper), their list.
#include <fmt/format.h>

#include "text/width.h"
#include "tui/i18n.h"
#include "tui/reader_layout.h"
#include "tui/scroller.h"
#include "tui/view.h"

namespace kanbao::tui {
namespace {

class PapersView : public View {
 public:
  PapersView(std::vector<store::PaperRow> papers, const State& state)
      : papers_(std::move(papers)), state_(&state) {}

  std::string title() const override { return _("报纸"); }
  std::string position() const override {
    std::int64_t total = 0;
    for (const auto& p : papers_) total += p.articles;
    return trf("{} 份报纸 · {} 篇", papers_.size(), total);
  }
  std::optional<std::string> paper() const override {
    const auto i = static_cast<std::size_t>(scroller_.selected);
    if (i < papers_.size()) return papers_[i].name;
    return std::nullopt;
  }

  // Counts again (`R`). The selected row stays on its paper (or on 按地区浏览,
  // or 书签), wherever the new counts put it, else on the same row number.
  void reload(Context& ctx) override {
    auto rows = ctx.library().papers();
    if (!rows) {
      ctx.message(failed(rows.error()), true);
      return;
    }
    const int from_end = count() - scroller_.selected;  // 2: 按地区浏览, 1: 书签
    const std::optional<std::string> kept = paper();
    papers_ = std::move(*rows);
    if (from_end <= 2) scroller_.select(count() - from_end, count(), height_);
    for (std::size_t i = 0; kept && i < papers_.size(); ++i)
      if (papers_[i].name == *kept) scroller_.select(static_cast<int>(i), count(), height_);
  }

  int count() const { return static_cast<int>(papers_.size()) + 2; }  // papers + 地区 + 书签
  int districts_row() const { return count() - 2; }
  int bookmarks_row() const { return count() - 1; }

  void render(Screen& screen, const Rect& area) override {
    height_ = area.rows;
    scroller_.select(scroller_.selected, count(), height_);
    const int right = area.col + area.cols;
    int name_w = text::display_width(_("按地区浏览"));
    for (const auto& p : papers_) name_w = std::max(name_w, text::display_width(label(p)));
    name_w = std::min(name_w, std::max(area.cols / 3, 4));
    // The count columns as wide as their widest cell in the browser's
    // language ("9739 art.", "150 issues"), so no label is cut, and no
    // wider: a narrow terminal keeps room for the dates.
    std::int64_t most = 0;
    for (const auto& p : papers_) most = std::max(most, p.articles);
    const int digits = static_cast<int>(std::to_string(most).size());
    int articles_w = 0, issues_w = 0;
    for (const auto& p : papers_) {
      articles_w = std::max(articles_w, text::display_width(trf(" {:>{}} 篇", p.articles, digits)));
      issues_w = std::max(issues_w, text::display_width(trf("{} 期", p.issues)));
    }
    for (int r = 0; r < area.rows; ++r) {
      const int i = scroller_.top + r;
      if (i >= count()) break;
      const int y = area.row + r;
      const bool selected = i == scroller_.selected;
      const Style base = selected ? Style::kSelected : Style::kNormal;
      const Style dim = selected ? Style::kSelected : Style::kDim;
      screen.fill(y, area.col, right, base);
      if (i == districts_row()) {
        screen.put(y, area.col + 1, _("按地区浏览 ›"), base, right);
        continue;
      }
      if (i == bookmarks_row()) {
        // Read at every frame: current after `m` elsewhere or in another session.
        screen.put(y, area.col + 1, trf("书签 ({})", state_->bookmarks().size()), base, right);
        continue;
      }
      const auto& p = papers_[static_cast<std::size_t>(i)];
      int col = screen.put(y, area.col + 1, text::fit(text::truncate(label(p), name_w), name_w), base, right);
      col = screen.put(y, col, text::fit(trf(" {:>{}} 篇", p.articles, digits), articles_w), dim, right);
      col = screen.put(y, col + 2, text::fit(trf("{} 期", p.issues), issues_w), dim, right);
      if (p.first_issue.known()) {
        screen.put(y, col + 2, date_range_label(p.first_issue, p.last_issue, right - col - 2), dim, right);
      }
    }
  }

  bool on_action(Action action, Context& ctx) override {
    if (scroller_.apply(action, count(), height_)) return true;
    if (action != Action::kOpen) return false;
    const int i = scroller_.selected;
    if (i == districts_row()) {
      ctx.push(make_districts_view(ctx));
      return true;
    }
    if (i == bookmarks_row()) {
      ctx.push(make_bookmarks_view(ctx));
      return true;
    }
    const auto& p = papers_[static_cast<std::size_t>(i)];
    // No paper, no issue to open: 未知报纸 lists its articles.
    if (p.name.empty()) {
      ctx.push(make_paper_articles_view(ctx, "", label(p)));
      return true;
    }
    if (!p.last_issue.known()) {
      ctx.message(trf("{} 的文章没有出版日期；按地区浏览或搜索", label(p)), true);
      return true;
    }
    if (auto view = make_issue_view(ctx, p.name, p.last_issue)) ctx.push(std::move(view));
    return true;
  }

  void on_click(int row, Context&) override { scroller_.select(scroller_.top + row, count(), height_); }

  std::vector<Action> hints() const override {
    return {Action::kDown, Action::kOpen, Action::kGoTo, Action::kSearch, Action::kHelp, Action::kBack};
  }

 private:
  static std::string label(const store::PaperRow& p) {
    return p.name.empty() ? std::string(_("未知报纸")) : p.name;
  }

  std::vector<store::PaperRow> papers_;
  const State* state_ = nullptr;
  Scroller scroller_;
  int height_ = 1;
};

}  // namespace

namespace {

// Whether the home screen lists papers: several papers, or one national
// paper (人民日报), whose articles have no district - its districts screen
// would offer nothing but 全部, so it is browsed paper -> issue -> page.
// Asked of the papers' names alone (Library::paper_names).
bool papers_first(const std::vector<std::string>& names, const corpus::Papers& known) {
  return names.size() > 1 || (names.size() == 1 && !names[0].empty() && known.national(names[0]));
}

}  // namespace

std::unique_ptr<View> make_home_view(Context& ctx) {
  // One paper of a city: its districts. Several, or a national one: the
  // papers. Which one is decided by the papers' names: listing the papers
  // counts their issues, which reads an index entry per page (27 ms of the
  // first screen at 1,000,000 articles of one paper).
  auto names = ctx.library().paper_names();
  if (!names) {
    ctx.message(failed(names.error()), true);
  } else if (papers_first(*names, ctx.papers())) {
    auto papers = ctx.library().papers();
    if (!papers) {
      ctx.message(failed(papers.error()), true);
    } else {
      return std::make_unique<PapersView>(std::move(*papers), ctx.state());
    }
  }
  return make_districts_view(ctx);
}

bool holds_several_papers(Context& ctx) {
  auto names = ctx.library().paper_names();
  return names && names->size() > 1;
}

bool home_view_is_stale(const View& home, Context& ctx) {
  auto names = ctx.library().paper_names();
  if (!names) return false;
  return papers_first(*names, ctx.papers()) != (dynamic_cast<const PapersView*>(&home) != nullptr);
}

}  // namespace kanbao::tui
