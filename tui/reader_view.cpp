// SPDX-License-Identifier: MIT
// The reader: one article, scrolled by lines, with search hits highlighted.
#include <algorithm>

#include "text/width.h"
#include "tui/article_actions.h"
#include "tui/article_export.h"
#include "tui/i18n.h"
#include "tui/prompt.h"
#include "tui/reader_layout.h"
#include "tui/source_viewer.h"
#include "tui/view.h"

namespace kanbao::tui {
namespace {

class ReaderView : public View {
 public:
  ReaderView(Context& ctx, std::int64_t id, ReaderOptions options)
      : options_(std::move(options)),
        results_query_(options_.sequence ? options_.query : std::string()),
        max_width_(ctx.config().reader_width.value) {
    load(ctx, id);
  }

  std::string title() const override { return article_ ? article_->title : _("文章"); }

  std::string position() const override { return reader_position(layout_, top_, height_, current_hit_); }

  std::optional<std::string> scope() const override {
    if (options_.from_list) return options_.list_scope;
    if (article_ && !article_->district.empty()) return article_->district;
    return std::nullopt;
  }
  std::string search_query() const override { return options_.query; }

  void render(Screen& screen, const Rect& area) override {
    if (!article_) {
      screen.put(area.row, area.col, error_.empty() ? std::string(_("找不到这篇文章")) : error_,
                 Style::kError, area.col + area.cols);
      return;
    }
    const int width = std::min(area.cols, max_width_);
    // The current hit, when on screen, stays on screen across a resize.
    const bool resized = width != layout_.width || area.rows != height_;
    const bool keep_hit = resized && !relayout_ && hit_on_screen();
    if (width != layout_.width || relayout_) {
      // Keep the text at the top of the window the same across a resize.
      const auto anchor = top_anchor();
      layout_ = layout_article(*article_, matches_ ? &*matches_ : nullptr, width, wrapper_);
      relayout_ = false;
      top_ = find_line(layout_, anchor.first, anchor.second);
      if (pending_hit_ != 0) {
        current_hit_ = pending_hit_ > 0 ? 0 : static_cast<int>(layout_.hit_lines.size()) - 1;
        pending_hit_ = 0;
        if (current_hit_ >= 0)
          top_ = std::max(layout_.hit_lines[static_cast<std::size_t>(current_hit_)] - area.rows / 3, 0);
      }
    }
    const bool prompting = prompt_mode_ != PromptMode::kNone;
    height_ = std::max(area.rows - (prompting ? 1 : 0), 1);
    if (keep_hit) show_hit();
    clamp_top();
    const int left = area.col + (area.cols - layout_.width) / 2;
    const int total = static_cast<int>(layout_.lines.size());
    for (int r = 0; r < height_; ++r) {
      const int li = top_ + r;
      if (li > total) break;
      if (li == total) {
        // Like less: the end of the article is shown, not guessed.
        screen.put(area.row + r, left, "(END)", Style::kDim, area.col + area.cols);
        break;
      }
      int col = left;
      for (const auto& part : layout_.lines[static_cast<std::size_t>(li)].parts) {
        Style style = part.style;
        if (part.hit >= 0 && part.hit == current_hit_) style = Style::kCurrentHit;
        col = screen.put(area.row + r, col, part.text, style, area.col + area.cols);
      }
    }
    if (prompting) render_prompt(screen, area);
  }

  void render_prompt(Screen& screen, const Rect& area) const {
    const int y = area.row + area.rows - 1, right = area.col + area.cols;
    screen.fill(y, area.col, right, Style::kNormal);
    const char* label = prompt_mode_ == PromptMode::kSearch ? _("本文搜索: ") : _("保存到: ");
    const int col = screen.put(y, area.col, label, Style::kKey, right);
    int cursor = 0;
    screen.put(y, col, prompt_.visible(std::max(right - col, 1), cursor), prompt_style(prompt_), right);
    screen.set_cursor(y, col + cursor);
  }

  bool on_key(int key, Context& ctx) override {
    if (prompt_mode_ == PromptMode::kNone) return false;
    switch (prompt_.handle(key)) {
      case Prompt::Result::kEdited:
      case Prompt::Result::kMoved:
        return true;
      case Prompt::Result::kAccept: {
        const PromptMode mode = prompt_mode_;
        prompt_mode_ = PromptMode::kNone;
        if (mode == PromptMode::kSearch) search_here(ctx, prompt_.text());
        if (mode == PromptMode::kSave) save(ctx, prompt_.text());
        return true;
      }
      case Prompt::Result::kCancel:
        prompt_mode_ = PromptMode::kNone;
        return true;
      case Prompt::Result::kNone:
        // Tab at the search prompt: the same query over the library.
        if (prompt_mode_ == PromptMode::kSearch && ctx.keymap().lookup(key) == Action::kWiden) {
          prompt_mode_ = PromptMode::kNone;
          widen(ctx, prompt_.text());
        }
        return true;  // nothing else acts while a prompt is open
    }
    return true;
  }

  bool on_action(Action action, Context& ctx) override {
    const int page = std::max(height_ - 1, 1);
    switch (action) {
      case Action::kDown:
        scroll(1);
        return true;
      case Action::kUp:
        scroll(-1);
        return true;
      case Action::kPageDown:
        // At the end, Space goes on to the next article (mutt).
        if (at_end()) return step_article(ctx, 1, 0);
        scroll(page);
        return true;
      case Action::kPageUp:
        scroll(-page);
        return true;
      case Action::kHalfPageDown:
        scroll(std::max(height_ / 2, 1));
        return true;
      case Action::kHalfPageUp:
        scroll(-std::max(height_ / 2, 1));
        return true;
      case Action::kTop:
        top_ = 0;
        return true;
      case Action::kBottom:
        top_ = static_cast<int>(layout_.lines.size());
        clamp_top();
        return true;
      case Action::kNextArticle:
        return step_article(ctx, 1, 0);
      case Action::kPrevArticle:
        return step_article(ctx, -1, 0);
      case Action::kNextHit:
        return step_hit(ctx, 1);
      case Action::kPrevHit:
        return step_hit(ctx, -1);
      case Action::kNextUnread:
        return next_unread(ctx);
      case Action::kPrevIssue:
      case Action::kNextIssue:
        return on_counted(action, 1, ctx);
      case Action::kBookmark:
      case Action::kCopy:
      case Action::kPager:
      case Action::kToggleRead:
        return act_on_article(action, article_ ? std::optional<std::int64_t>(article_->id) : std::nullopt,
                              ctx);
      case Action::kBack:
        save_position(ctx);
        ctx.pop();
        return true;
      case Action::kGoTo:
        return go_to_prompt(ctx);
      case Action::kSearch:
        prompt_mode_ = PromptMode::kSearch;
        prompt_.set_history(ctx.state().history());
        prompt_.offer(options_.query);
        return true;
      case Action::kWiden:
        widen(ctx, options_.query);
        return true;
      case Action::kSave:
        if (!article_) return true;
        prompt_mode_ = PromptMode::kSave;
        prompt_.set_history({});
        prompt_.offer(proposed_file_name(*article_));
        return true;
      case Action::kEditor:
        if (article_) view_source(*article_, ctx);
        return true;
      default:
        return false;
    }
  }

  bool go_to(std::int64_t index, Context&) override {
    top_ = static_cast<int>(std::clamp<std::int64_t>(index, 0, std::max<std::int64_t>(length() - 1, 0)));
    clamp_top();
    return true;
  }
  std::int64_t length() const override { return static_cast<std::int64_t>(layout_.lines.size()); }

  unsigned where() const override { return kAnywhere | kReader; }

  std::vector<Action> hints() const override {
    if (prompt_mode_ == PromptMode::kSearch) return {Action::kWiden};
    std::vector<Action> h = {Action::kPageDown, Action::kNextArticle, Action::kPrevArticle};
    if (!layout_.hit_lines.empty()) h.push_back(Action::kNextHit);
    h.insert(h.end(), {Action::kCopy, Action::kBookmark, Action::kSearch, Action::kHelp, Action::kBack});
    return h;
  }

  // `R`: the article as the library now holds it, at the same place.
  // Another process may have re-indexed the library since it was loaded, so
  // it is found again by its key (file, position, title), not trusted to
  // have kept its row id; one that is gone is said to be gone, and a later
  // `R` looks for it again.
  void reload(Context& ctx) override {
    if (!key_) return;  // nothing was ever loaded
    const auto place = article_ ? top_anchor() : anchor_;
    auto found = find_article(*key_, key_id_, ctx);
    if (!found || !*found) {
      article_.reset();
      matches_.reset();
      layout_ = ReaderLayout{};
      error_ =
          found ? trf("这篇文章已不在库中（重新索引后找不到了）：{}", key_->title) : failed(found.error());
      ctx.message(error_, true);
      return;
    }
    load(ctx, **found, /*opened=*/false);
    if (article_ && pending_hit_ == 0) anchor_ = place;
  }

 private:
  // Shows article `id`; `opened`: the reader opens it now (marked read),
  // rather than showing it again.
  void load(Context& ctx, std::int64_t id, bool opened = true) {
    article_.reset();
    matches_.reset();
    layout_ = ReaderLayout{};
    current_hit_ = -1;
    auto got = ctx.library().article(id);
    if (!got) {
      error_ = failed(got.error());
      ctx.message(error_, true);
      return;
    }
    if (!got->has_value()) {
      error_ = _("这篇文章已不在库中 (重新索引过？按 R 刷新)");
      return;
    }
    article_ = std::move(**got);
    key_ = store::article_key(*article_);
    key_id_ = id;
    error_.clear();
    if (opened && !options_.preview) mark_opened(*article_, ctx);
    if (!options_.query.empty()) {
      auto m = ctx.library().matches(id, options_.query);
      if (m) {
        matches_ = std::move(*m);
      } else {
        ctx.message(failed(m.error()), true);
      }
    }
    relayout_ = true;
    if (matches_ && (options_.start_at_first_hit || options_.start_at_last_hit) && matches_->total() > 0) {
      pending_hit_ = options_.start_at_last_hit ? -1 : 1;
      anchor_ = {ReaderLayout::kTopBlock, 0};
    } else {
      const auto pos = ctx.state().position(*article_);
      // No saved place (or the heading): the top, not the title under the kicker.
      anchor_ = {pos.paragraph < 0 ? ReaderLayout::kTopBlock : pos.paragraph, pos.byte};
      pending_hit_ = 0;
    }
    top_ = 0;
  }

  std::pair<int, std::size_t> top_anchor() const {
    if (layout_.lines.empty()) return anchor_;
    // Blank lines carry no text: anchor on the first text line at or below the top.
    for (std::size_t i = static_cast<std::size_t>(std::max(top_, 0)); i < layout_.lines.size(); ++i) {
      if (!layout_.lines[i].parts.empty()) return {layout_.lines[i].block, layout_.lines[i].byte};
    }
    return {layout_.lines.back().block, layout_.lines.back().byte};
  }

  bool at_end() const { return top_ + height_ > static_cast<int>(layout_.lines.size()); }

  void on_leave(Context& ctx) override { save_position(ctx); }

  void save_position(Context& ctx) {
    if (!article_ || layout_.lines.empty()) return;
    // A finished article opens at the top next time, not at its last page.
    ReadingPosition pos;
    if (!at_end()) {
      const auto anchor = top_anchor();
      pos = {anchor.first < 0 ? -1 : anchor.first, anchor.first < 0 ? 0 : anchor.second};
    }
    if (auto s = ctx.state().set_position(*article_, pos); !s) {
      ctx.message(_("阅读位置未保存：") + s.error().message(), true);
    }
  }

  // `U`: on to the first unread article of the whole library (first_unread),
  // here when the list below holds it (J/K walk on from it), else in the
  // 全部 list in place of this reader (open_unread), so that the header
  // never names a list or issue the article is not in.
  bool next_unread(Context& ctx) {
    const auto next = first_unread(ctx, article_ ? std::optional<std::int64_t>(article_->id) : std::nullopt);
    if (!next) return true;
    save_position(ctx);
    if (options_.sequence && options_.sequence->select_article(*next, ctx)) {
      options_.start_at_first_hit = options_.start_at_last_hit = false;
      load(ctx, *next);
      return true;
    }
    ctx.pop();
    open_unread(ctx, *next, nullptr);
    return true;
  }

  // `:`. Opened from an issue view, a date goes back to it and shows that
  // issue in its place, so that q/Esc do not walk back through the issues
  // left behind; otherwise the browser's own prompt (false).
  bool go_to_prompt(Context& ctx) {
    if (!options_.show_issue) return false;
    ctx.push(make_goto_view(options_.issue_paper,
                            [this, show = options_.show_issue](store::Issue issue, Context& c) {
                              save_position(c);
                              c.pop();  // this reader, back to the issue view
                              show(std::move(issue), c);
                            }));
    return true;
  }

  // `[` / `]` (`3]`: three issues on): the issue before / after the one
  // this article is in. Opened from an issue view, that view shows it in
  // place of its issue, as `:DATE` does, so that q does not walk back
  // through the issues left behind; otherwise it is stacked on the reader
  // (q comes back here).
  bool on_counted(Action action, std::int64_t steps, Context& ctx) override {
    if (action != Action::kPrevIssue && action != Action::kNextIssue) return false;
    if (!article_) return true;
    if (article_->paper.empty()) {
      ctx.message(_("这篇文章的报纸不详，没有上一期/下一期"));
      return true;
    }
    if (!article_->published.known()) {
      ctx.message(_("这篇文章的出版日期不详，没有上一期/下一期"));
      return true;
    }
    const int direction = action == Action::kNextIssue ? 1 : -1;
    if (options_.show_issue && options_.issue_paper == article_->paper) {
      auto issue = find_adjacent_issue(ctx, article_->paper, article_->published, direction, steps);
      if (!issue) return true;
      const std::string title = issue->paper + " " + issue->date.str();
      save_position(ctx);
      ctx.pop();  // this reader, back to the issue view
      options_.show_issue(std::move(*issue), ctx);
      ctx.message(title);
      return true;
    }
    if (auto view = make_adjacent_issue_view(ctx, article_->paper, article_->published, direction, steps)) {
      ctx.message(view->title());
      ctx.push(std::move(view));
    }
    return true;
  }

  bool hit_on_screen() const {
    if (current_hit_ < 0 || current_hit_ >= static_cast<int>(layout_.hit_lines.size())) return false;
    const int line = layout_.hit_lines[static_cast<std::size_t>(current_hit_)];
    return line >= top_ && line < top_ + height_;
  }

  // Scrolls so the current hit is in view, a third of the way down.
  void show_hit() {
    if (current_hit_ < 0 || current_hit_ >= static_cast<int>(layout_.hit_lines.size())) return;
    const int line = layout_.hit_lines[static_cast<std::size_t>(current_hit_)];
    if (line < top_ || line >= top_ + height_) top_ = line - height_ / 3;
    clamp_top();
  }

  // The last screen ends with the (END) line after the text.
  void clamp_top() {
    const int total = static_cast<int>(layout_.lines.size()) + 1;
    top_ = std::clamp(top_, 0, std::max(total - height_, 0));
  }

  void scroll(int delta) {
    top_ += delta;
    clamp_top();
  }

  bool step_article(Context& ctx, int delta, int hit_direction) {
    if (!options_.sequence) {
      ctx.message(_("没有上一篇/下一篇"), false);
      return true;
    }
    const auto next = options_.sequence->step(delta, ctx);
    if (!next) {
      if (hit_direction != 0) {
        ctx.message(hit_direction > 0 ? _("已是最后一处命中") : _("已是第一处命中"));
      } else {
        ctx.message(delta > 0 ? _("已是最后一篇") : _("已是第一篇"));
      }
      return true;
    }
    save_position(ctx);
    // With a query, J/K land on the next article's first hit, so the header
    // keeps counting hits (命中 x/y) as it does after Enter in the results.
    if (hit_direction == 0 && !options_.query.empty()) hit_direction = 1;
    options_.start_at_first_hit = hit_direction > 0;
    options_.start_at_last_hit = hit_direction < 0;
    load(ctx, *next);
    return true;
  }

  bool step_hit(Context& ctx, int direction) {
    const int n = static_cast<int>(layout_.hit_lines.size());
    if (n == 0 && options_.query.empty()) {
      ctx.message(_("没有搜索词：按 / 搜索"));
      return true;
    }
    const int next = current_hit_ + direction;
    if (n == 0 || next < 0 || next >= n) {
      // Past the last (first) hit: on to the next (previous) hit article
      // when the reader came from the results of this query; a search in
      // this article only (`/` here) just ends, as in less.
      if (!results_query_.empty() && options_.query == results_query_)
        return step_article(ctx, direction, direction);
      if (n == 0) {
        say_no_hit(ctx, options_.query);
        return true;
      }
      ctx.message(direction > 0 ? _("已是最后一处命中") : _("已是第一处命中"));
      return true;
    }
    current_hit_ = next;
    show_hit();
    return true;
  }

  // `/` here: search this article (like less), keeping the query for n/N.
  void search_here(Context& ctx, const std::string& query) {
    if (!article_) return;
    if (query.empty()) {
      options_.query.clear();
      matches_.reset();
      relayout_ = true;
      current_hit_ = -1;
      return;
    }
    auto m = ctx.library().matches(article_->id, query);
    if (!m) {
      ctx.message(failed(m.error()), true);
      return;
    }
    options_.query = query;
    matches_ = std::move(*m);
    layout_ = layout_article(*article_, &*matches_, layout_.width, wrapper_);
    // The first hit from the top of the screen on, else the first one.
    current_hit_ = first_hit_from(layout_, top_);
    if (current_hit_ < 0) {
      say_no_hit(ctx, query);
      return;
    }
    show_hit();
  }

  // The article holds no hit of `query` (`/` here, and n or N after it).
  static void say_no_hit(Context& ctx, const std::string& query) {
    ctx.message(trf("本文没有「{}」：按 Tab 在全库搜索", query));
  }

  // Tab: the query over the library, scoped like `/` in the list below.
  void widen(Context& ctx, const std::string& query) { ctx.push(make_search_view(ctx, scope(), query)); }

  void save(Context& ctx, const std::string& path) {
    if (!article_) return;
    if (const Status st = save_article(*article_, path); !st) {
      ctx.message(st.error().message(), true);
      return;
    }
    ctx.message(_("已保存到 ") + path);
  }

  enum class PromptMode { kNone, kSearch, kSave };

  ReaderOptions options_;
  // The query of the search results the reader was opened from ("" if it
  // was not): only their next/previous article has the next/previous hit.
  std::string results_query_;
  PromptMode prompt_mode_ = PromptMode::kNone;
  Prompt prompt_;
  int max_width_;  // `reader.width`: a readable measure, centred on wide terminals
  std::optional<store::Article> article_;
  // What names the article last shown, and its row id then: what `R` finds
  // again, even after the article was gone for a while.
  std::optional<store::ArticleKey> key_;
  std::int64_t key_id_ = 0;
  std::optional<store::ArticleMatches> matches_;
  std::string error_;
  text::Wrapper wrapper_;
  ReaderLayout layout_;
  bool relayout_ = true;
  std::pair<int, std::size_t> anchor_{ReaderLayout::kTopBlock, 0};
  int pending_hit_ = 0;  // +1: go to the first hit after layout, -1: the last
  int current_hit_ = -1;
  int top_ = 0;
  int height_ = 1;
};

}  // namespace

std::unique_ptr<View> make_reader_view(Context& ctx, std::int64_t id, ReaderOptions options) {
  return std::make_unique<ReaderView>(ctx, id, std::move(options));
}

}  // namespace kanbao::tui
