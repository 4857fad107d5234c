// SPDX-License-Identifier: MIT
// `?`: every key binding, generated from the keymap itself.
#include <algorithm>

#include "tui/help_wrap.h"
#include "tui/i18n.h"
#include "tui/scroller.h"
#include "tui/view.h"

namespace kanbao::tui {
namespace {

class HelpView : public View {
 public:
  HelpView(const Keymap& keymap, unsigned where) {
    lines_ = keymap.help_lines(where);
    lines_.insert(
        lines_.end(),
        {"", _("列表左边的标记：• 未读  * 书签（两个都可能出现）"),
         _("阅读状态（书签、已读、位置、搜索历史）保存在 $XDG_STATE_HOME/kanbao/state.db"), "",
         _("搜索框 / 过滤框中："), _("  Backspace 删除一个字  ←/→ Home/End 移动  Ctrl-U 删除到行首"),
         _("  Ctrl-W 删除前一个词  ↑/↓ 历史  Enter 确认  Esc 取消"), "",
         _("按键可在配置文件中修改：key.<动作> = <键>  (例如 key.down = j Down)")});
  }
  std::string title() const override { return _("帮助"); }

  void render(Screen& screen, const Rect& area) override {
    height_ = area.rows;
    if (area.cols - 1 != width_) {
      width_ = area.cols - 1;
      shown_ = wrap_help(lines_, width_);
    }
    scroller_.select(scroller_.top, static_cast<int>(shown_.size()), height_);
    for (int r = 0; r < area.rows; ++r) {
      const int i = scroller_.top + r;
      if (i >= static_cast<int>(shown_.size())) break;
      screen.put(area.row + r, area.col + 1, shown_[static_cast<std::size_t>(i)], Style::kNormal,
                 area.col + area.cols);
    }
  }

  bool on_action(Action action, Context& ctx) override {
    const int count = static_cast<int>(shown_.size());
    // The help text scrolls: move the top, not a selection.
    switch (action) {
      case Action::kDown:
        scroller_.top = std::min(scroller_.top + 1, std::max(count - height_, 0));
        return true;
      case Action::kUp:
        scroller_.top = std::max(scroller_.top - 1, 0);
        return true;
      case Action::kHelp:
      case Action::kBack:
        ctx.pop();
        return true;
      default:
        return scroller_.apply(action, count, height_);
    }
  }

  std::vector<Action> hints() const override { return {Action::kDown, Action::kBack}; }
  unsigned where() const override { return kAnywhere; }

  bool go_to(std::int64_t index, Context&) override {
    const int count = static_cast<int>(shown_.size());
    scroller_.top = static_cast<int>(std::clamp<std::int64_t>(index, 0, std::max(count - height_, 0)));
    return true;
  }
  std::int64_t length() const override { return static_cast<std::int64_t>(shown_.size()); }

 private:
  std::vector<std::string> lines_;
  std::vector<std::string> shown_;  // lines_ wrapped to width_
  int width_ = -1;
  Scroller scroller_;
  int height_ = 1;
};

}  // namespace

std::unique_ptr<View> make_help_view(const Keymap& keymap, unsigned where) {
  return std::make_unique<HelpView>(keymap, where);
}

}  // namespace kanbao::tui
