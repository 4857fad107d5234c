// SPDX-License-Identifier: MIT
// Browsing by issue, the way a digital newspaper (数字报) is read: one
// paper's issue of one day, its pages in order (01版 要闻, 02版 …) and each
// page's articles in page order; `[` / `]` step to the previous / next
// issue. Also the `:` prompt (go to an article ID or an issue's date).
#include <fmt/format.h>

#include "text/width.h"
#include "tui/i18n.h"
#include "tui/prompt.h"
#include "tui/reader_layout.h"
#include "tui/scroller.h"
#include "tui/view.h"

namespace kanbao::tui {

std::optional<store::StoredDate> parse_date_key(std::string_view text) {
  // YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD or YYYYMMDD; a real calendar day.
  std::string digits;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      digits += c;
    } else if (c != '-' && c != '/' && c != '.') {
      return std::nullopt;
    }
  }
  const bool separated = text.size() == 10 && digits.size() == 8;
  if (digits.size() != 8 || (text.size() != 8 && !separated)) return std::nullopt;
  const int y = std::stoi(digits.substr(0, 4)), m = std::stoi(digits.substr(4, 2)),
            d = std::stoi(digits.substr(6, 2));
  static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1900 || y > 2099 || m < 1 || m > 12 || d < 1 || d > kDays[m - 1]) return std::nullopt;
  if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return std::nullopt;
  return store::StoredDate{y, m, d};
}

namespace {

// "01版 要闻" / "A05版" / "版次不明".
std::string page_heading(const store::IssuePage& p) {
  std::string out = p.page.empty() ? std::string(_("版次不明")) : trf("{}版", p.page);
  if (!p.page_name.empty()) out += " " + p.page_name;
  return out + trf("  ({} 篇)", p.articles.size());
}

// The issue of `paper` next to `from` (direction +1: later, -1: earlier)
// that has articles; nullopt, with a message saying why, when there is none.
std::optional<store::Issue> adjacent_issue(Context& ctx, const std::string& paper, store::StoredDate from,
                                           int direction) {
  // An issue whose pages hold no article is skipped (a few at most).
  for (int tries = 0; tries < 32; ++tries) {
    auto next = ctx.library().adjacent_issue(paper, from, direction);
    if (!next) {
      ctx.message(failed(next.error()), true);
      return std::nullopt;
    }
    if (!*next) {
      ctx.message(direction > 0 ? _("已是最新一期") : _("已是最早一期"));
      return std::nullopt;
    }
    auto found = ctx.library().issue(paper, **next);
    if (!found) {
      ctx.message(failed(found.error()), true);
      return std::nullopt;
    }
    if (*found) return std::move(**found);
    from = **next;
  }
  ctx.message(direction > 0 ? _("已是最新一期") : _("已是最早一期"));
  return std::nullopt;
}

class IssueView : public View, public ArticleSequence {
 public:
  // `papers` (the Context's) outlives the view.
  IssueView(store::Issue issue, const corpus::Papers& papers) : issue_(std::move(issue)), papers_(&papers) {
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
      if (line.article < 0) {
        screen.put(y, area.col + 1, page_heading(page(line)), selected ? base : Style::kTitle, right);
        continue;
      }
      const store::ArticleRow& row = article(line);
      std::string text = row.kicker.empty() ? row.title : row.title + "  〔" + row.kicker + "〕";
      // An issue's own paper places its articles: a national paper's show
      // no district (district_label), so the row ends at its title.
      std::string tail =
          row.reporters.empty() ? district_label(row.district, row.paper, *papers_) : row.reporters.front();
      const int tail_w = std::min(text::display_width(tail), std::max(area.cols / 4, 0));
      const int title_w = std::max(area.cols - 4 - tail_w - 2, 0);
      screen.put(y, area.col + 3, text::fit(text::truncate(text, title_w), title_w), base, right);
      if (tail_w > 0)
        screen.put(y, right - tail_w - 1, text::truncate(tail, tail_w), selected ? base : Style::kDim, right);
    }
  }

  bool on_action(Action action, Context& ctx) override {
    if (scroller_.apply(action, count(), height_)) return true;
    switch (action) {
      case Action::kOpen: {
        const Line& line = lines_[static_cast<std::size_t>(scroller_.selected)];
        if (line.article < 0) return true;
        ReaderOptions options;
        options.sequence = this;
        ctx.push(make_reader_view(ctx, article(line).id, options));
        return true;
      }
      case Action::kPrevIssue:
      case Action::kNextIssue:
        step_issue(action == Action::kNextIssue ? 1 : -1, ctx);
        return true;
      default:
        return false;
    }
  }

  void on_click(int row, Context&) override { scroller_.select(scroller_.top + row, count(), height_); }

  std::vector<Action> hints() const override {
    return {Action::kDown,      Action::kOpen, Action::kPrevIssue,
            Action::kNextIssue, Action::kGoTo, Action::kBack};
  }

  std::optional<std::int64_t> preview_id() const override {
    if (lines_.empty()) return std::nullopt;
    const Line& line = lines_[static_cast<std::size_t>(scroller_.selected)];
    if (line.article < 0) return std::nullopt;
    return article(line).id;
  }

  // J/K in the reader: the next article of the issue, across pages.
  std::optional<std::int64_t> step(int delta, Context&) override {
    for (int i = scroller_.selected + delta; i >= 0 && i < count(); i += delta) {
      if (lines_[static_cast<std::size_t>(i)].article >= 0) {
        scroller_.select(i, count(), height_);
        return article(lines_[static_cast<std::size_t>(i)]).id;
      }
    }
    return std::nullopt;
  }

  void reload(Context& ctx) override { load(issue_.date, ctx); }

 private:
  struct Line {
    int page = 0;
    int article = -1;  // -1: the page's heading
  };

  int count() const { return static_cast<int>(lines_.size()); }
  const store::IssuePage& page(const Line& l) const { return issue_.pages[static_cast<std::size_t>(l.page)]; }
  const store::ArticleRow& article(const Line& l) const {
    return page(l).articles[static_cast<std::size_t>(l.article)];
  }

  void build() {
    lines_.clear();
    articles_ = 0;
    for (std::size_t p = 0; p < issue_.pages.size(); ++p) {
      lines_.push_back({static_cast<int>(p), -1});
      for (std::size_t a = 0; a < issue_.pages[p].articles.size(); ++a) {
        lines_.push_back({static_cast<int>(p), static_cast<int>(a)});
        ++articles_;
      }
    }
    // The first article selected, the first page's heading above it in view:
    // not select(), which scrolls for the height of a view not yet drawn
    // (1 row) and would leave the heading off the top; render() scrolls
    // only if the screen has no room for both.
    scroller_ = Scroller{};
    if (lines_.size() > 1) scroller_.selected = 1;
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

  void step_issue(int direction, Context& ctx) {
    auto next = adjacent_issue(ctx, issue_.paper, issue_.date, direction);
    if (!next) return;
    issue_ = std::move(*next);
    build();
    ctx.message(title());
  }

  store::Issue issue_;
  const corpus::Papers* papers_;
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
  explicit GoToView(std::optional<std::string> paper) : paper_(std::move(paper)) {}

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
    if (!number || id <= 0)
      return fail(ctx, trf("“{}” 既不是文章编号也不是日期（YYYY-MM-DD）", text::sanitize(text)));
    auto article = ctx.library().article(id);
    if (!article || !*article)
      return fail(ctx, article ? trf("没有编号为 {} 的文章", id) : failed(article.error()));
    ctx.pop();
    ctx.push(make_reader_view(ctx, id, ReaderOptions{}));
  }

  // A jump that cannot be made closes the prompt and says why in the status
  // line, as a failed search or command does: left open, the old text would
  // run into the next thing typed (:2020-02-01:2026-04-04, or a Q meant to quit).
  static void fail(Context& ctx, std::string why) {
    ctx.pop();
    ctx.message(std::move(why), true);
  }

  std::optional<std::string> paper_;
  Prompt prompt_;
};

}  // namespace

std::unique_ptr<View> make_issue_view(Context& ctx, const std::string& paper, const store::StoredDate& date) {
  auto issue = ctx.library().issue(paper, date);
  if (!issue) {
    ctx.message(failed(issue.error()), true);
    return nullptr;
  }
  if (!*issue) return nullptr;
  return std::make_unique<IssueView>(std::move(**issue), ctx.papers());
}

std::unique_ptr<View> make_adjacent_issue_view(Context& ctx, const std::string& paper,
                                               const store::StoredDate& date, int direction) {
  auto issue = adjacent_issue(ctx, paper, date, direction);
  if (!issue) return nullptr;
  return std::make_unique<IssueView>(std::move(*issue), ctx.papers());
}

std::unique_ptr<View> make_goto_view(std::optional<std::string> paper) {
  return std::make_unique<GoToView>(std::move(paper));
}

}  // namespace kanbao::tui
