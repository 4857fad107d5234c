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
  HelpView(const Keymap& keymap, const KeyTable& table) {
    lines_ = keymap.help_lines(table);
    lines_.insert(
        lines_.end(),
        {"", _("列表左边的标记：• 未读  * 书签（两个都可能出现）"),
         _("阅读状态（书签、已读、位置、搜索历史）保存在 $XDG_STATE_HOME/kanbao/state.db"), "",
         _("搜索框 / 过滤框中："), _("  Backspace 删除一个字  ←/→ Home/End 移动  Ctrl-U 删除到行首"),
         _("  Ctrl-W 删除前一个词  ↑/↓ 历史  Enter 确认  Esc 取消"), "",
         _("按键可在配置文件中修改：key.<动作> = <键>  (例如 key.down = j Down)")});
    scroll_keys_ = first_key(keymap, Action::kDown) + " " + first_key(keymap, Action::kPageDown);
  }
  std::string title() const override { return _("帮助"); }

  void render(Screen& screen, const Rect& area) override {
    if (area.cols - 1 != width_) {
      width_ = area.cols - 1;
      shown_ = wrap_help(lines_, width_);
    }
    const int count = static_cast<int>(shown_.size());
    // When the help does not fit, the last row says how much is below and
    // which keys scroll, so the keys past the fold are not missed.
    height_ = count > area.rows && area.rows > 1 ? area.rows - 1 : area.rows;
    top_ = std::clamp(top_, 0, max_top());
    for (int r = 0; r < height_; ++r) {
      const int i = top_ + r;
      if (i >= count) break;
      screen.put(area.row + r, area.col + 1, shown_[static_cast<std::size_t>(i)], Style::kNormal,
                 area.col + area.cols);
    }
    if (height_ < area.rows) {
      const int below = count - top_ - height_;
      const std::string more = below > 0 ? trf("↓ 下面还有 {} 行（{} 滚动）", below, scroll_keys_)
                                         : std::string(_("（帮助到此为止）"));
      screen.put(area.row + height_, area.col + 1, more, Style::kDim, area.col + area.cols);
    }
  }

  bool on_action(Action action, Context& ctx) override {
    switch (action) {
      case Action::kHelp:
      case Action::kBack:
        ctx.pop();
        return true;
      default:
        break;
    }
    // The help text scrolls: every movement moves the top line, as in a pager.
    const auto target = movement_target(action, top_, max_top() + 1, height_);
    if (!target) return false;
    top_ = static_cast<int>(std::clamp<long long>(*target, 0, max_top()));
    return true;
  }

  std::vector<Action> hints() const override { return {Action::kDown, Action::kPageDown, Action::kBack}; }
  unsigned where() const override { return kAnywhere; }

  bool go_to(std::int64_t index, Context&) override {
    top_ = static_cast<int>(std::clamp<std::int64_t>(index, 0, max_top()));
    return true;
  }
  std::int64_t length() const override { return static_cast<std::int64_t>(shown_.size()); }

 private:
  static std::string first_key(const Keymap& keymap, Action action) {
    const auto& keys = keymap.keys(action);
    return keys.empty() ? std::string() : key_name(keys.front());
  }
  // The top line of the last screen.
  int max_top() const { return std::max(static_cast<int>(shown_.size()) - height_, 0); }

  std::vector<std::string> lines_;
  std::vector<std::string> shown_;  // lines_ wrapped to width_
  int width_ = -1;
  std::string scroll_keys_;  // "j Space": the first keys of down and page down
  int top_ = 0;
  int height_ = 1;
};

}  // namespace

std::unique_ptr<View> make_help_view(const Keymap& keymap, const KeyTable& table) {
  return std::make_unique<HelpView>(keymap, table);
}

}  // namespace kanbao::tui
