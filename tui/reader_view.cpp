// SPDX-License-Identifier: MIT
// The reader: one article, scrolled by lines, with search hits highlighted.
#include <algorithm>
#include <fmt/format.h>

#include "text/width.h"
#include "tui/reader_layout.h"
#include "tui/view.h"

namespace kanbao::tui {
namespace {

class ReaderView : public View {
 public:
  ReaderView(Context& ctx, std::int64_t id, ReaderOptions options)
      : options_(std::move(options)), max_width_(ctx.config().reader_width.value) {
    load(ctx, id);
  }

  std::string title() const override { return article_ ? article_->title : "文章"; }

  std::string position() const override {
    if (layout_.lines.empty()) return {};
    const int total = static_cast<int>(layout_.lines.size());
    const int bottom = std::min(top_ + height_, total);
    const int percent = total <= height_ ? 100 : bottom * 100 / total;
    std::string out = fmt::format("{}%", percent);
    if (!layout_.hit_lines.empty() && current_hit_ >= 0) {
      out = fmt::format("命中 {}/{}  ", current_hit_ + 1, layout_.hit_lines.size()) + out;
    }
    return out;
  }

  std::optional<std::string> scope() const override {
    if (options_.from_list) return options_.list_scope;
    if (article_ && !article_->district.empty()) return article_->district;
    return std::nullopt;
  }
  std::string search_query() const override { return options_.query; }

  void render(Screen& screen, const Rect& area) override {
    if (!article_) {
      screen.put(area.row, area.col, error_.empty() ? "找不到这篇文章" : error_, Style::kError, area.col + area.cols);
      return;
    }
    const int width = std::min(area.cols, max_width_);
    if (width != layout_.width || relayout_) {
      // Keep the text at the top of the window the same across a resize.
      const auto anchor = top_anchor();
      layout_ = layout_article(*article_, matches_ ? &*matches_ : nullptr, width, wrapper_);
      relayout_ = false;
      top_ = find_line(layout_, anchor.first, anchor.second);
      if (pending_hit_ != 0) {
        current_hit_ = pending_hit_ > 0 ? 0 : static_cast<int>(layout_.hit_lines.size()) - 1;
        pending_hit_ = 0;
        if (current_hit_ >= 0) top_ = std::max(layout_.hit_lines[static_cast<std::size_t>(current_hit_)] - area.rows / 3, 0);
      }
    }
    height_ = area.rows;
    clamp_top();
    const int left = area.col + (area.cols - layout_.width) / 2;
    for (int r = 0; r < area.rows; ++r) {
      const int li = top_ + r;
      if (li >= static_cast<int>(layout_.lines.size())) break;
      int col = left;
      for (const auto& part : layout_.lines[static_cast<std::size_t>(li)].parts) {
        Style style = part.style;
        if (part.hit >= 0 && part.hit == current_hit_) style = Style::kCurrentHit;
        col = screen.put(area.row + r, col, part.text, style, area.col + area.cols);
      }
    }
  }

  bool on_action(Action action, Context& ctx) override {
    const int page = std::max(height_ - 1, 1);
    switch (action) {
      case Action::kDown: scroll(1); return true;
      case Action::kUp: scroll(-1); return true;
      case Action::kPageDown: scroll(page); return true;
      case Action::kPageUp: scroll(-page); return true;
      case Action::kHalfPageDown: scroll(std::max(height_ / 2, 1)); return true;
      case Action::kHalfPageUp: scroll(-std::max(height_ / 2, 1)); return true;
      case Action::kTop: top_ = 0; return true;
      case Action::kBottom: top_ = static_cast<int>(layout_.lines.size()); clamp_top(); return true;
      case Action::kNextArticle: return step_article(ctx, 1, 0);
      case Action::kPrevArticle: return step_article(ctx, -1, 0);
      case Action::kNextHit: return step_hit(ctx, 1);
      case Action::kPrevHit: return step_hit(ctx, -1);
      case Action::kCopy:
        if (article_) {
          ctx.copy_to_clipboard(article_->title + " — " + article_->source);
          ctx.message("已复制标题和出处 (OSC 52)");
        }
        return true;
      case Action::kPager:
        if (article_) ctx.show_in_pager(article_text(*article_));
        return true;
      case Action::kBookmark:
        if (article_) {
          const bool on = ctx.state().toggle_bookmark(*article_);
          ctx.state().save();
          ctx.message(on ? "已加入书签" : "已移除书签");
        }
        return true;
      case Action::kBack:
        save_position(ctx);
        ctx.pop();
        return true;
      default: return false;
    }
  }

  std::vector<Action> hints() const override {
    std::vector<Action> h = {Action::kPageDown, Action::kNextArticle, Action::kPrevArticle};
    if (!layout_.hit_lines.empty()) h.push_back(Action::kNextHit);
    h.insert(h.end(), {Action::kCopy, Action::kBookmark, Action::kSearch, Action::kHelp, Action::kBack});
    return h;
  }

  void reload(Context& ctx) override {
    if (article_) load(ctx, article_->id);
  }

 private:
  void load(Context& ctx, std::int64_t id) {
    article_.reset();
    matches_.reset();
    layout_ = ReaderLayout{};
    current_hit_ = -1;
    auto got = ctx.library().article(id);
    if (!got) {
      error_ = got.error().message();
      ctx.message(error_, true);
      return;
    }
    if (!got->has_value()) {
      error_ = "这篇文章已不在库中 (重新索引过？按 R 刷新)";
      return;
    }
    article_ = std::move(**got);
    if (!options_.preview) ctx.state().mark_read(*article_);
    if (!options_.query.empty()) {
      auto m = ctx.library().matches(id, options_.query);
      if (m) {
        matches_ = std::move(*m);
      } else {
        ctx.message(m.error().message(), true);
      }
    }
    relayout_ = true;
    if (matches_ && (options_.start_at_first_hit || options_.start_at_last_hit) && matches_->total() > 0) {
      pending_hit_ = options_.start_at_last_hit ? -1 : 1;
      anchor_ = {ReaderLayout::kTitleBlock, 0};
    } else {
      const auto pos = ctx.state().position(*article_);
      anchor_ = {pos.paragraph < 0 ? ReaderLayout::kTitleBlock : pos.paragraph, pos.byte};
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

  void save_position(Context& ctx) {
    if (!article_ || layout_.lines.empty()) return;
    const auto anchor = top_anchor();
    ctx.state().set_position(*article_, ReadingPosition{anchor.first < 0 ? -1 : anchor.first,
                                                        anchor.first < 0 ? 0 : anchor.second});
  }

  void clamp_top() {
    const int total = static_cast<int>(layout_.lines.size());
    top_ = std::clamp(top_, 0, std::max(total - height_, 0));
  }

  void scroll(int delta) {
    top_ += delta;
    clamp_top();
  }

  bool step_article(Context& ctx, int delta, int hit_direction) {
    if (!options_.sequence) {
      ctx.message("没有上一篇/下一篇", false);
      return true;
    }
    const auto next = options_.sequence->step(delta, ctx);
    if (!next) {
      ctx.message(delta > 0 ? "已是最后一篇" : "已是第一篇");
      return true;
    }
    save_position(ctx);
    options_.start_at_first_hit = hit_direction > 0;
    options_.start_at_last_hit = hit_direction < 0;
    load(ctx, *next);
    return true;
  }

  bool step_hit(Context& ctx, int direction) {
    const int n = static_cast<int>(layout_.hit_lines.size());
    if (n == 0 && options_.query.empty()) {
      ctx.message("没有搜索词：按 / 搜索");
      return true;
    }
    const int next = current_hit_ + direction;
    if (n == 0 || next < 0 || next >= n) {
      // Past the last (first) hit: on to the next (previous) hit article.
      return step_article(ctx, direction, direction);
    }
    current_hit_ = next;
    const int line = layout_.hit_lines[static_cast<std::size_t>(current_hit_)];
    if (line < top_ || line >= top_ + height_) top_ = line - height_ / 3;
    clamp_top();
    return true;
  }

  ReaderOptions options_;
  int max_width_;  // `reader.width`: a readable measure, centred on wide terminals
  std::optional<store::Article> article_;
  std::optional<store::ArticleMatches> matches_;
  std::string error_;
  text::Wrapper wrapper_;
  ReaderLayout layout_;
  bool relayout_ = true;
  std::pair<int, std::size_t> anchor_{ReaderLayout::kTitleBlock, 0};
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
