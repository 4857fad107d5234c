// SPDX-License-Identifier: MIT
#include "tui/keymap.h"

#include <algorithm>
#include <array>

#include "text/utf8.h"
#include "text/width.h"
#include "tui/i18n.h"

namespace kanbao::tui {
namespace {

struct ActionInfo {
  Action action;
  std::string_view name;
  std::string_view label;
  std::string_view description;
  std::vector<int> defaults;
  unsigned where = kAnywhere;
};

const std::vector<ActionInfo>& table() {
  using namespace key;
  static const std::vector<ActionInfo> infos = {
      {Action::kDown, "down", NC_("key", "下移"), N_("下移一行"), {'j', kDown}},
      {Action::kUp, "up", NC_("key", "上移"), N_("上移一行"), {'k', kUp}},
      {Action::kPageDown,
       "page_down",
       NC_("key", "翻页"),
       N_("下翻一页（在文章末尾：下一篇文章）"),
       {kSpace, kPageDown}},
      {Action::kPageUp, "page_up", NC_("key", "上翻"), N_("上翻一页"), {'b', kPageUp}},
      {Action::kHalfPageDown, "half_page_down", NC_("key", "半页"), N_("下翻半页"), {ctrl('d')}},
      {Action::kHalfPageUp, "half_page_up", NC_("key", "上半页"), N_("上翻半页"), {ctrl('u')}},
      {Action::kTop, "top", NC_("key", "顶部"), N_("到顶部"), {'g', kHome}},
      {Action::kBottom, "bottom", NC_("key", "末尾"), N_("到末尾"), {'G', kEnd}},
      {Action::kOpen, "open", NC_("key", "打开"), N_("打开所选项"), {kEnter, 'l', kRight}, kLists},
      {Action::kBack,
       "back",
       NC_("key", "返回"),
       N_("返回上一层；有筛选时先清除筛选（在顶层时退出，Esc 除外）"),
       {'q', 'h', kLeft, kBackspace, kEscape}},
      {Action::kQuit, "quit", NC_("key", "退出"), N_("立即退出"), {'Q'}},
      {Action::kNextArticle,
       "next_article",
       NC_("key", "下一篇"),
       N_("下一篇文章（阅读器）"),
       {'J'},
       kReader},
      {Action::kPrevArticle,
       "prev_article",
       NC_("key", "上一篇"),
       N_("上一篇文章（阅读器）"),
       {'K'},
       kReader},
      {Action::kSearch,
       "search",
       NC_("key", "搜索"),
       N_("搜索（在阅读器中：搜索本文；Tab 扩大到文库）"),
       {'/'}},
      {Action::kNextHit, "next_hit", NC_("key", "下一处"), N_("下一个搜索匹配"), {'n'}, kReader},
      {Action::kPrevHit, "prev_hit", NC_("key", "上一处"), N_("上一个搜索匹配"), {'N'}, kReader},
      {Action::kFilter, "filter", NC_("key", "过滤"), N_("按标题筛选列表"), {'f'}, kArticleList},
      {Action::kSort,
       "sort",
       NC_("key", "排序"),
       N_("排序：最新、最旧、标题（拼音）、记者；搜索结果：相关度 / 日期"),
       {'s'},
       kArticleList | kResults},
      {Action::kWiden,
       "widen",
       NC_("key", "扩大"),
       N_("在所有区中搜索 / 回到本区；阅读器中：搜索文库"),
       {kTab},
       kResults | kReader},
      {Action::kHelp, "help", NC_("key", "帮助"), N_("显示本帮助"), {'?'}},
      {Action::kRedraw, "redraw", NC_("key", "重绘"), N_("重绘屏幕"), {ctrl('l')}},
      {Action::kCopy,
       "copy",
       NC_("key", "复制"),
       N_("复制标题和出处（OSC 52）"),
       {'y'},
       kReader | kArticleList | kResults},
      {Action::kPager,
       "pager",
       NC_("key", "分页器"),
       N_("在 $PAGER 中打开文章"),
       {'o'},
       kReader | kArticleList | kResults},
      {Action::kBookmark,
       "bookmark",
       NC_("key", "书签"),
       N_("切换书签（在书签列表中：移除）"),
       {'m'},
       kReader | kArticleList | kResults},
      {Action::kRefresh, "refresh", NC_("key", "刷新"), N_("重新打开文库"), {'R'}},
      {Action::kLayout, "layout", NC_("key", "三栏"), N_("切换三栏布局"), {'v'}},
      {Action::kGoTo, "goto", NC_("key", "跳转"), N_("跳到文章编号或某一期的日期（:2020-01-25）"), {':'}},
      {Action::kPrevIssue,
       "prev_issue",
       NC_("key", "上一期"),
       N_("上一期（期次视图、阅读器）"),
       {'['},
       kLists | kReader},
      {Action::kNextIssue,
       "next_issue",
       NC_("key", "下一期"),
       N_("下一期（期次视图、阅读器）"),
       {']'},
       kLists | kReader},
      // Not newsboat's N/A/n: N and n are the search-hit keys here.
      {Action::kToggleRead,
       "toggle_read",
       NC_("key", "已读/未读"),
       N_("把文章标为已读 / 未读"),
       {'u'},
       kReader | kArticleList | kResults},
      {Action::kMarkAllRead,
       "mark_all_read",
       NC_("key", "全部已读"),
       N_("把列表中的每篇文章标为已读"),
       {'A'},
       kArticleList},
      {Action::kNextUnread, "next_unread", NC_("key", "下一未读"), N_("下一篇未读文章，不限于本区"), {'U'}},
      {Action::kPercent,
       "percent",
       NC_("key", "百分比"),
       N_("带次数时跳到 N%（50%）；在 j、k、G 等之前，次数表示重复"),
       {'%'}},
      {Action::kSave, "save", NC_("key", "保存"), N_("把文章保存到文件（.txt 或 .md）"), {'w'}, kReader},
      {Action::kEditor,
       "editor",
       NC_("key", "源版面"),
       N_("只读打开文章的源版面（$EDITOR -R 或 $PAGER），定位到文章所在的行"),
       {'e'},
       kReader},
  };
  return infos;
}

const ActionInfo& info(Action action) { return table()[static_cast<std::size_t>(action)]; }

struct NamedKey {
  std::string_view name;
  int key;
};
constexpr std::array<NamedKey, 16> kNamedKeys = {{
    {"Space", key::kSpace},
    {"Enter", key::kEnter},
    {"Tab", key::kTab},
    {"BackTab", key::kBackTab},
    {"Esc", key::kEscape},
    {"Backspace", key::kBackspace},
    {"Up", key::kUp},
    {"Down", key::kDown},
    {"Left", key::kLeft},
    {"Right", key::kRight},
    {"PgUp", key::kPageUp},
    {"PgDn", key::kPageDown},
    {"Home", key::kHome},
    {"End", key::kEnd},
    {"Delete", key::kDelete},
    {"Resize", key::kResize},
}};

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return (x | 0x20) == (y | 0x20); });
}

}  // namespace

std::string key_name(int k) {
  for (const auto& named : kNamedKeys) {
    if (named.key == k) return std::string(named.name);
  }
  if (k >= key::kF1 && k < key::kF1 + 12) return "F" + std::to_string(k - key::kF1 + 1);
  if (k >= 1 && k <= 26) return std::string("Ctrl-") + static_cast<char>('A' + k - 1);
  if (k > 0x20 && k < key::kSpecial && k != 0x7F) {
    std::string s;
    text::append_utf8(s, static_cast<char32_t>(k));
    return s;
  }
  return "?";
}

namespace {

// Keys by name: the table's (but Resize), and a few other spellings.
std::optional<int> named_key(std::string_view name) {
  for (const auto& named : kNamedKeys) {
    if (iequals(named.name, name) && named.key != key::kResize) return named.key;
  }
  if (iequals(name, "PageUp")) return key::kPageUp;
  if (iequals(name, "PageDown")) return key::kPageDown;
  if (iequals(name, "Escape")) return key::kEscape;
  if (iequals(name, "Return")) return key::kEnter;
  if (iequals(name, "Hash")) return '#';  // a `#` in the config file starts a comment
  return std::nullopt;
}

// "F1" to "F12" (nullopt: another F-name, which names no key).
std::optional<int> function_key(std::string_view name) {
  int n = 0;
  for (char c : name.substr(1)) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + (c - '0');
  }
  if (n >= 1 && n <= 12) return key::kF1 + n - 1;
  return std::nullopt;
}

// What follows the control prefix of "^x", "C-x" or "Ctrl-x"; empty when
// `name` has none.
std::string_view after_ctrl_prefix(std::string_view name) {
  if (name.size() == 2 && name[0] == '^') return name.substr(1);
  if (name.size() == 3 && (name.substr(0, 2) == "C-" || name.substr(0, 2) == "c-")) return name.substr(2);
  if (name.size() == 6 && iequals(name.substr(0, 5), "Ctrl-")) return name.substr(5);
  return {};
}

}  // namespace

std::optional<int> parse_key(std::string_view name) {
  if (name.empty()) return std::nullopt;
  if (auto named = named_key(name)) return named;
  if ((name[0] == 'F' || name[0] == 'f') && name.size() >= 2 && name.size() <= 3) return function_key(name);
  if (const std::string_view rest = after_ctrl_prefix(name); !rest.empty()) {
    const char c = static_cast<char>(rest[0] | 0x20);
    if (c >= 'a' && c <= 'z') return key::ctrl(c);
    return std::nullopt;
  }
  std::size_t i = 0;
  const char32_t c = text::decode(name, i);
  if (i != name.size() || c == text::kInvalid || c <= 0x20 || c == 0x7F) return std::nullopt;
  return static_cast<int>(c);
}

Keymap::Keymap() {
  keys_.resize(static_cast<std::size_t>(Action::kCount));
  for (const auto& i : table()) keys_[static_cast<std::size_t>(i.action)] = i.defaults;
}

std::optional<Action> Keymap::lookup(int k) const {
  for (std::size_t a = 0; a < keys_.size(); ++a) {
    if (std::find(keys_[a].begin(), keys_[a].end(), k) != keys_[a].end()) return static_cast<Action>(a);
  }
  return std::nullopt;
}

const std::vector<int>& Keymap::keys(Action action) const { return keys_[static_cast<std::size_t>(action)]; }

std::string Keymap::keys_text(Action action) const {
  std::string out;
  for (int k : keys(action)) {
    if (!out.empty()) out += ' ';
    out += key_name(k);
  }
  return out;
}

void Keymap::bind(Action action, const std::vector<int>& new_keys) {
  for (auto& list : keys_) {
    list.erase(std::remove_if(
                   list.begin(), list.end(),
                   [&](int k) { return std::find(new_keys.begin(), new_keys.end(), k) != new_keys.end(); }),
               list.end());
  }
  keys_[static_cast<std::size_t>(action)] = new_keys;
}

std::string_view Keymap::name(Action action) { return info(action).name; }
// Written in Chinese, shown in the browser's language.
std::string_view Keymap::description(Action action) { return tr(info(action).description.data()); }
std::string_view Keymap::short_label(Action action) { return tr_context("key", info(action).label.data()); }
unsigned Keymap::where(Action action) { return info(action).where; }

bool is_app_action(Action action) {
  switch (action) {
    case Action::kQuit:
    case Action::kBack:
    case Action::kHelp:
    case Action::kSearch:
    case Action::kRedraw:
    case Action::kRefresh:
    case Action::kLayout:
    case Action::kPercent:
    // The app acts on the selected or open article of any screen
    // (act_on_article), and goes to IDs, issues and unread articles itself.
    case Action::kCopy:
    case Action::kPager:
    case Action::kBookmark:
    case Action::kToggleRead:
    case Action::kGoTo:
    case Action::kPrevIssue:
    case Action::kNextIssue:
    case Action::kNextUnread:
      return true;
    default:
      return false;
  }
}

std::optional<Action> Keymap::from_name(std::string_view n) {
  for (const auto& i : table()) {
    if (i.name == n) return i.action;
  }
  return std::nullopt;
}

KeyTable key_table(unsigned where, std::initializer_list<Action> more) {
  KeyTable actions;
  for (const auto& i : table()) {
    if ((i.where & where) != 0 || std::find(more.begin(), more.end(), i.action) != more.end())
      actions.push_back(i.action);
  }
  return actions;
}

bool in_key_table(const KeyTable& actions, Action action) {
  return std::find(actions.begin(), actions.end(), action) != actions.end();
}

std::vector<std::string> Keymap::help_lines(const KeyTable& actions) const {
  int width = 0;
  for (const auto& i : table()) width = std::max(width, text::display_width(keys_text(i.action)));
  std::vector<std::string> lines;
  for (const auto& i : table()) {
    if (!in_key_table(actions, i.action)) continue;
    std::string keys = keys_text(i.action);
    if (keys.empty()) keys = _("（未绑定）");
    lines.push_back(text::fit(keys, std::max(width, 9) + 2) + std::string(description(i.action)));
  }
  return lines;
}

}  // namespace kanbao::tui
