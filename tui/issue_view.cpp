// SPDX-License-Identifier: MIT
// Browsing by issue, the way a digital newspaper (数字报) is read: one
// paper's issue of one day, its pages in order (01版 要闻, 02版 …) and each
// page's articles in page order; `[` / `]` step to the previous / next
// issue. Also the `:` prompt (go to an article ID or an issue's date).
#include <fmt/format.h>

#include <algorithm>
#include <functional>
#include <vector>

#include "base/typed_date.h"
#include "text/width.h"
#include "tui/article_actions.h"
#include "tui/error_words.h"
#include "tui/i18n.h"
#include "tui/prompt.h"
#include "tui/reader_layout.h"
#include "tui/row_fit.h"
#include "tui/scroller.h"
#include "tui/view.h"

namespace kanbao::tui {

std::optional<store::StoredDate> parse_date_key(std::string_view text) {
  const auto date = parse_typed_date(text);
  if (!date || date->kind != TypedDate::Kind::kDay) return std::nullopt;
  // Eight digits out of this century and the last are more likely an article's ID.
  if (date->year < 1900 || date->year > 2099) return std::nullopt;
  return store::StoredDate{date->year, date->month, date->day};
}

std::optional<std::string> date_key_problem(std::string_view text) {
  // Not of 20200230: eight digits alone may be an article's ID.
  if (text.find_first_not_of("0123456789") == std::string_view::npos) return std::nullopt;
  const auto date = read_typed_date(text);
  if (!date || date->kind != TypedDate::Kind::kDay) return std::nullopt;
  const auto problem = calendar_problem(*date, text::sanitize(text));
  if (!problem) return std::nullopt;
  return error_in_language(Error(*problem, ErrorKind::kUsage));
}

namespace {

// "01版 要闻  (3 篇)" / "A05版" / "版次不明": the count is of the page's rows,
// its own articles and the parts of articles listed on other pages.
std::string page_heading(const store::IssuePage& p) {
  std::string out = p.page.empty() ? std::string(_("版次不明")) : trf("{}版", p.page);
  if (!p.page_name.empty()) out += " " + p.page_name;
  return out + trf("  ({} 篇)", p.articles.size() + p.joined.size());
}

// What follows the title of a part of an article listed on another page:
// "（续第02版）" for the rest of a continued article, "（同第02版）" for a reprint.
std::string joined_marker(const store::JoinedPart& part) {
  return part.reprint ? trf("（同第{}版）", part.head.page) : trf("（续第{}版）", part.head.page);
}

// The issue of `paper` next to `from` (direction +1: later, -1: earlier)
// that has articles; nullopt at the last / first issue.
Result<std::optional<store::Issue>> next_issue(Context& ctx, const std::string& paper, store::StoredDate from,
                                               int direction) {
  // An issue whose pages hold no article is skipped (a few at most).
  for (int tries = 0; tries < 32; ++tries) {
    auto next = ctx.library().adjacent_issue(paper, from, direction);
    if (!next) return next.error();
    if (!*next) break;
    auto found = ctx.library().issue(paper, **next);
    if (!found) return found.error();
    if (*found) return std::optional<store::Issue>(std::move(**found));
    from = **next;
  }
  return std::optional<store::Issue>();
}

// Shows an issue in the issue view the prompt came from and opens one of
// its articles there (by id).
using OpenInIssue = std::function<void(store::Issue, std::int64_t, Context&)>;

// The `:` prompt (GoToView below); `show` empty: a date found opens a new
// issue view. `open_in_issue` (may be empty): an article number opens the
// article inside its own issue.
std::unique_ptr<View> make_goto_prompt(std::optional<std::string> paper, ShowIssue show,
                                       OpenInIssue open_in_issue = nullptr);

class IssueView : public View, public ArticleSequence {
 public:
  // `papers` and `state` (the Context's) outlive the view.
  IssueView(store::Issue issue, const corpus::Papers& papers, const State& state)
      : issue_(std::move(issue)), papers_(&papers), state_(&state) {
    build();
  }

  std::string title() const override {
    return (issue_.paper.empty() ? std::string(_("未知报纸")) : issue_.paper) + " " + issue_.date.str();
  }
  std::string position() const override { return trf("{} 版 · {} 篇", issue_.pages.size(), articles_); }
  std::optional<std::string> paper() const override { return issue_.paper; }

  void render(Screen& screen, const Rect& area) override {
    height_ = area.rows;
    scroller_.select(scroller_.selected, count(), height_);
    const int right = area.col + area.cols;
    for (int r = 0; r < area.rows; ++r) {
      const int i = scroller_.top + r;
      if (i >= count()) break;
      const int y = area.row + r;
      const bool selected = i == scroller_.selected;
      const Style base = selected ? Style::kSelected : Style::kNormal;
      screen.fill(y, area.col, right, base);
      const Line& line = lines_[static_cast<std::size_t>(i)];
      if (is_heading(line)) {
        screen.put(y, area.col + 1, page_heading(page(line)), selected ? base : Style::kTitle, right);
        continue;
      }
      draw_row(screen, y, area.col, area.cols, line, selected);
    }
  }

  bool on_action(Action action, Context& ctx) override {
    if (scroller_.apply(action, count(), height_)) return true;
    switch (action) {
      case Action::kOpen: {
        const Line& line = lines_[static_cast<std::size_t>(scroller_.selected)];
        if (is_heading(line)) return true;
        ReaderOptions options;
        options.sequence = this;
        options.issue_paper = issue_.paper;
        options.show_issue = [this](store::Issue issue, Context& c) { show(std::move(issue), c); };
        ctx.push(make_reader_view(ctx, article(line).id, options));
        return true;
      }
      case Action::kPrevIssue:
      case Action::kNextIssue:
        return on_counted(action, 1, ctx);
      case Action::kMarkAllRead:
        mark_issue_read(ctx);
        return true;
      case Action::kGoTo:
        // A date jumps to that issue in this view, as `[` / `]` do, rather
        // than stacking one issue on another in the breadcrumb.
        ctx.push(make_goto_prompt(
            issue_.paper, [this](store::Issue issue, Context& c) { show(std::move(issue), c); },
            [this](store::Issue issue, std::int64_t id, Context& c) { open_in(std::move(issue), id, c); }));
        return true;
      default:
        return false;
    }
  }

  // `[` / `]` with a count: that many issues back / on, or the first / last.
  bool on_counted(Action action, std::int64_t steps, Context& ctx) override {
    if (action != Action::kPrevIssue && action != Action::kNextIssue) return false;
    auto next =
        find_adjacent_issue(ctx, issue_.paper, issue_.date, action == Action::kNextIssue ? 1 : -1, steps);
    if (!next) return true;
    issue_ = std::move(*next);
    build();
    ctx.message(title());
    return true;
  }

  void on_click(int row, Context&) override { scroller_.select(scroller_.top + row, count(), height_); }

  std::vector<Action> hints() const override {
    return {Action::kDown,      Action::kOpen, Action::kPrevIssue,
            Action::kNextIssue, Action::kGoTo, Action::kBack};
  }
  // m, u, y, o act on the selected article (act_on_article); A on the issue.
  KeyTable key_table() const override {
    return tui::key_table(where(), {Action::kBookmark, Action::kToggleRead, Action::kMarkAllRead,
                                    Action::kCopy, Action::kPager});
  }

  std::optional<std::int64_t> preview_id() const override {
    if (lines_.empty()) return std::nullopt;
    const Line& line = lines_[static_cast<std::size_t>(scroller_.selected)];
    if (is_heading(line)) return std::nullopt;
    return article(line).id;
  }

  // J/K in the reader: the next article of the issue, across pages; a part
  // of an article listed on another page is not read a second time.
  std::optional<std::int64_t> step(int delta, Context&) override {
    for (int i = scroller_.selected + delta; i >= 0 && i < count(); i += delta) {
      if (lines_[static_cast<std::size_t>(i)].article >= 0) {
        scroller_.select(i, count(), height_);
        return article(lines_[static_cast<std::size_t>(i)]).id;
      }
    }
    return std::nullopt;
  }

  bool select_article(std::int64_t id, Context&) override {
    for (int i = 0; i < count(); ++i) {
      const Line& line = lines_[static_cast<std::size_t>(i)];
      if (!is_heading(line) && article(line).id == id) {
        scroller_.select(i, count(), height_);
        return true;
      }
    }
    return false;
  }

  void reload(Context& ctx) override { load(issue_.date, ctx); }

  // `:DATE` here or in a reader opened here: that issue in place of this one.
  void show(store::Issue issue, Context&) {
    issue_ = std::move(issue);
    build();
  }

  // `issue` shown here, its article `id` selected and opened, as Enter
  // opens it (the reader walks the issue; the breadcrumb names it). An id
  // the issue does not list (a part shown under its head) opens the head's
  // row.
  void open_in(store::Issue issue, std::int64_t id, Context& ctx) {
    show(std::move(issue), ctx);
    for (std::size_t i = 0; i < lines_.size(); ++i) {
      if (!is_heading(lines_[i]) && article(lines_[i]).id == id) {
        scroller_.selected = static_cast<int>(i);
        on_action(Action::kOpen, ctx);
        return;
      }
    }
    ctx.push(make_reader_view(ctx, id, ReaderOptions{}));
  }

 private:
  struct Line {
    int page = 0;
    int article = -1;  // an article of the page, or
    int joined = -1;   // a part on it of an article of another page; neither: the page's heading
  };

  int count() const { return static_cast<int>(lines_.size()); }
  static bool is_heading(const Line& l) { return l.article < 0 && l.joined < 0; }
  const store::IssuePage& page(const Line& l) const { return issue_.pages[static_cast<std::size_t>(l.page)]; }
  // The article a row shows (for a joined part, the article it belongs to).
  const store::ArticleRow& article(const Line& l) const {
    if (l.joined >= 0) return page(l).joined[static_cast<std::size_t>(l.joined)].head;
    return page(l).articles[static_cast<std::size_t>(l.article)];
  }

  // An article's row as the other lists draw one (articles_view.cpp): read
  // and bookmark markers, the title, then district and reporter; a joined
  // part's title says which page its article is listed on.
  void draw_row(Screen& screen, int y, int col0, int cols, const Line& line, bool selected) const {
    const int right = col0 + cols;
    const Style base = selected ? Style::kSelected : Style::kNormal;
    const Style dim = selected ? Style::kSelected : Style::kDim;
    const store::ArticleRow& row = article(line);
    const bool read = state_->is_read(row);
    int col = screen.put(y, col0, read ? " " : "•", base, right);
    col = screen.put(y, col, state_->is_bookmarked(row) ? "*" : " ", base, right) + 1;
    std::string text = row.kicker.empty() ? row.title : row.title + "  〔" + row.kicker + "〕";
    const std::string marker =
        line.joined >= 0 ? joined_marker(page(line).joined[static_cast<std::size_t>(line.joined)]) : "";
    std::string reporter = row.reporters.empty() ? "" : row.reporters.front();
    if (row.reporters.size() > 1) reporter += _(" 等");
    // An issue's own paper places its articles: a national paper's show no
    // district (district_label), as in a list of that paper.
    const std::string where = district_label(row.district, row.paper, *papers_);
    const std::string tail = where.empty() ? reporter : (reporter.empty() ? where : where + " " + reporter);
    const int marker_w = text::display_width(marker);
    const RowWidths w =
        split_row(right - col - 1, text::display_width(text) + marker_w, text::display_width(tail));
    const int title_w = w.meta > 0 ? w.title : right - col;
    const Style title_style = read && !selected ? Style::kNormal : (selected ? base : Style::kTitle);
    // The marker keeps its place at the end of the title while the title has
    // a few columns of its own left.
    const bool marker_fits = !marker.empty() && title_w - marker_w >= 4;
    const int text_w = marker_fits ? title_w - marker_w : title_w;
    col = screen.put(y, col, text, title_style, col + text_w);
    if (marker_fits) screen.put(y, col, marker, dim, col + marker_w);
    if (w.meta > 0) screen.put_right(y, right, w.meta, tail, dim);
  }

  // The page's rows: its heading, then its articles and the joined parts on
  // it in page order.
  void build() {
    lines_.clear();
    articles_ = 0;
    for (std::size_t p = 0; p < issue_.pages.size(); ++p) {
      const store::IssuePage& pg = issue_.pages[p];
      const int page_index = static_cast<int>(p);
      lines_.push_back({page_index, -1, -1});
      std::size_t next_part = 0;
      for (std::size_t a = 0; a <= pg.articles.size(); ++a) {
        for (; next_part < pg.joined.size() && pg.joined[next_part].after_articles <= a; ++next_part)
          lines_.push_back({page_index, -1, static_cast<int>(next_part)});
        if (a == pg.articles.size()) break;
        lines_.push_back({page_index, static_cast<int>(a), -1});
        ++articles_;
      }
      // Parts placed after more articles than the page has (not expected).
      for (; next_part < pg.joined.size(); ++next_part)
        lines_.push_back({page_index, -1, static_cast<int>(next_part)});
    }
    // The first article selected, the first page's heading above it in view:
    // not select(), which scrolls for the height of a view not yet drawn
    // (1 row) and would leave the heading off the top; render() scrolls
    // only if the screen has no room for both.
    scroller_ = Scroller{};
    if (lines_.size() > 1) scroller_.selected = 1;
  }

  // `A`: every unread article of the issue read, as `A` in the other
  // lists (an article also listed on another page counted once).
  void mark_issue_read(Context& ctx) const {
    std::vector<store::ArticleRow> rows;
    for (const Line& line : lines_) {
      if (is_heading(line)) continue;
      const store::ArticleRow& row = article(line);
      const bool listed =
          std::any_of(rows.begin(), rows.end(), [&](const auto& r) { return r.id == row.id; });
      if (!listed && !state_->is_read(row)) rows.push_back(row);
    }
    mark_rows_read(rows, ctx);
  }

  void load(const store::StoredDate& date, Context& ctx) {
    auto found = ctx.library().issue(issue_.paper, date);
    if (!found) {
      ctx.message(failed(found.error()), true);
      return;
    }
    if (!*found) return;
    issue_ = std::move(**found);
    build();
  }

  store::Issue issue_;
  const corpus::Papers* papers_;
  const State* state_;
  std::vector<Line> lines_;
  int articles_ = 0;
  Scroller scroller_;
  int height_ = 1;
};

// The `:` prompt: a number is an article ID, a date (2020-01-25, 20200125)
// the issue of that day of the paper being browsed (else the first paper
// with an issue that day).
class GoToView : public View {
 public:
  GoToView(std::optional<std::string> paper, ShowIssue show, OpenInIssue open_in_issue)
      : paper_(std::move(paper)), show_(std::move(show)), open_in_issue_(std::move(open_in_issue)) {}

  std::string title() const override { return _("跳转"); }

  void render(Screen& screen, const Rect& area) override {
    const std::string label = ": ";
    screen.fill(area.row, area.col, area.col + area.cols, Style::kNormal);
    int cursor = 0;
    const int col = screen.put(area.row, area.col + 1, label, Style::kKey);
    screen.put(area.row, col, prompt_.visible(std::max(area.cols - 4, 1), cursor), Style::kNormal);
    if (area.rows > 2) {
      screen.put(
          area.row + 2, area.col + 1,
          text::truncate(_("输入文章编号（如 42）或日期（如 2020-01-25、20200125），Enter 跳转，Esc 取消"),
                         area.cols - 2),
          Style::kDim);
    }
  }

  bool on_key(int key, Context& ctx) override {
    switch (prompt_.handle(key)) {
      case Prompt::Result::kAccept:
        go(ctx);
        return true;
      case Prompt::Result::kCancel:
        ctx.pop();
        return true;
      case Prompt::Result::kNone:
        return false;
      default:
        return true;
    }
  }

  bool on_action(Action, Context&) override { return false; }
  std::vector<Action> hints() const override { return {Action::kBack}; }

 private:
  void go(Context& ctx) {
    std::string text = prompt_.text();
    while (!text.empty() && text.back() == ' ') text.pop_back();
    while (!text.empty() && text.front() == ' ') text.erase(0, 1);
    if (auto date = parse_date_key(text)) {
      if (show_) return go_in_place(ctx, *date);
      auto view = make_issue_view(ctx, paper_.value_or(""), *date);
      if (!view && paper_) view = make_issue_view(ctx, "", *date);
      if (!view) return fail(ctx, trf("没有 {} 这一期", date->str()));
      ctx.pop();
      ctx.push(std::move(view));
      return;
    }
    std::int64_t id = 0;
    bool number = !text.empty() && text.size() < 16;
    for (char c : text) {
      number = number && c >= '0' && c <= '9';
      if (number) id = id * 10 + (c - '0');
    }
    if (auto problem = date_key_problem(text)) return fail(ctx, *problem);
    if (!number || id <= 0)
      return fail(ctx, trf("“{}” 既不是文章编号也不是日期（YYYY-MM-DD）", text::sanitize(text)));
    auto article = ctx.library().article(id);
    if (!article || !*article)
      return fail(ctx, article ? trf("没有编号为 {} 的文章", id) : failed(article.error()));
    if (open_in_issue_ && (*article)->published.known()) {
      // From an issue view: the article inside its own issue, not under
      // the one being browsed.
      auto issue = ctx.library().issue((*article)->paper, (*article)->published);
      if (!issue) return fail(ctx, failed(issue.error()));
      if (*issue) {
        const OpenInIssue open = open_in_issue_;  // not a member of the prompt being closed
        ctx.pop();
        return open(std::move(**issue), id, ctx);
      }
    }
    ctx.pop();
    ctx.push(make_reader_view(ctx, id, ReaderOptions{}));
  }

  // The issue of `date` (of the paper being browsed, else the first paper
  // with one that day) shown by the issue view the prompt came from.
  void go_in_place(Context& ctx, const store::StoredDate& date) {
    auto found = ctx.library().issue(paper_.value_or(""), date);
    if (found && !*found && paper_) found = ctx.library().issue("", date);
    if (!found) return fail(ctx, failed(found.error()));
    if (!*found) return fail(ctx, trf("没有 {} 这一期", date.str()));
    const ShowIssue show = show_;  // not a member of the prompt being closed
    ctx.pop();
    show(std::move(**found), ctx);
  }

  // A jump that cannot be made closes the prompt and says why in the status
  // line, as a failed search or command does: left open, the old text would
  // run into the next thing typed (:2020-02-01:2026-04-04, or a Q meant to quit).
  static void fail(Context& ctx, std::string why) {
    ctx.pop();
    ctx.message(std::move(why), true);
  }

  std::optional<std::string> paper_;
  ShowIssue show_;
  OpenInIssue open_in_issue_;
  Prompt prompt_;
};

std::unique_ptr<View> make_goto_prompt(std::optional<std::string> paper, ShowIssue show,
                                       OpenInIssue open_in_issue) {
  return std::make_unique<GoToView>(std::move(paper), std::move(show), std::move(open_in_issue));
}

}  // namespace

std::unique_ptr<View> make_issue_view(Context& ctx, const std::string& paper, const store::StoredDate& date) {
  auto issue = ctx.library().issue(paper, date);
  if (!issue) {
    ctx.message(failed(issue.error()), true);
    return nullptr;
  }
  if (!*issue) return nullptr;
  return std::make_unique<IssueView>(std::move(**issue), ctx.papers(), ctx.state());
}

std::optional<store::Issue> find_adjacent_issue(Context& ctx, const std::string& paper,
                                                const store::StoredDate& date, int direction,
                                                std::int64_t steps) {
  std::optional<store::Issue> reached;
  store::StoredDate from = date;
  for (std::int64_t i = 0; i < std::max<std::int64_t>(steps, 1); ++i) {
    auto next = next_issue(ctx, paper, from, direction);
    if (!next) {
      ctx.message(failed(next.error()), true);
      return std::nullopt;
    }
    // Short of `steps`: the first / last issue.
    if (!*next) {
      if (!reached) ctx.message(direction > 0 ? _("已是最新一期") : _("已是最早一期"));
      break;
    }
    from = (*next)->date;
    reached = std::move(*next);
  }
  return reached;
}

std::unique_ptr<View> make_adjacent_issue_view(Context& ctx, const std::string& paper,
                                               const store::StoredDate& date, int direction,
                                               std::int64_t steps) {
  auto issue = find_adjacent_issue(ctx, paper, date, direction, steps);
  if (!issue) return nullptr;
  return std::make_unique<IssueView>(std::move(*issue), ctx.papers(), ctx.state());
}

std::unique_ptr<View> make_goto_view(std::optional<std::string> paper, ShowIssue show) {
  return make_goto_prompt(std::move(paper), std::move(show));
}

}  // namespace kanbao::tui
