// SPDX-License-Identifier: MIT
#include "tui/keymap.h"

#include <algorithm>
#include <array>

#include "text/utf8.h"
#include "text/width.h"

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
      {Action::kDown, "down", "down", "Move down one line", {'j', kDown}},
      {Action::kUp, "up", "up", "Move up one line", {'k', kUp}},
      {Action::kPageDown, "page_down", "page", "Page down (at the end: next article)", {kSpace, kPageDown}},
      {Action::kPageUp, "page_up", "page up", "Page up", {'b', kPageUp}},
      {Action::kHalfPageDown, "half_page_down", "half page", "Half a page down", {ctrl('d')}},
      {Action::kHalfPageUp, "half_page_up", "half page up", "Half a page up", {ctrl('u')}},
      {Action::kTop, "top", "top", "Go to the top", {'g', kHome}},
      {Action::kBottom, "bottom", "end", "Go to the end", {'G', kEnd}},
      {Action::kOpen, "open", "open", "Open the selected item", {kEnter, 'l', kRight}, kLists},
      {Action::kBack, "back", "back", "Back one level; clears a filter first (quits at the top)",
       {'q', 'h', kLeft, kBackspace, kEscape}},
      {Action::kQuit, "quit", "quit", "Quit at once", {'Q'}},
      {Action::kNextArticle, "next_article", "next", "Next article (reader)", {'J'}, kReader},
      {Action::kPrevArticle, "prev_article", "prev", "Previous article (reader)", {'K'}, kReader},
      {Action::kSearch, "search", "search", "Search (in the reader: this article; Tab widens)", {'/'}},
      {Action::kNextHit, "next_hit", "next hit", "Next search hit", {'n'}, kReader},
      {Action::kPrevHit, "prev_hit", "prev hit", "Previous search hit", {'N'}, kReader},
      {Action::kFilter, "filter", "filter", "Filter the list by title", {'f'}, kArticleList},
      {Action::kSort, "sort", "sort", "Sort: newest, oldest, title (pinyin), reporter; results: relevance/date",
       {'s'}, kArticleList | kResults},
      {Action::kWiden, "widen", "widen", "Search all districts / back to the district; reader: the library",
       {kTab}, kResults | kReader},
      {Action::kHelp, "help", "help", "Show this help", {'?'}},
      {Action::kRedraw, "redraw", "redraw", "Redraw the screen", {ctrl('l')}},
      {Action::kCopy, "copy", "copy", "Copy title and source (OSC 52)", {'y'}, kReader | kArticleList | kResults},
      {Action::kPager, "pager", "pager", "Open the article in $PAGER", {'o'}, kReader | kArticleList | kResults},
      {Action::kBookmark, "bookmark", "bookmark", "Toggle bookmark (in the bookmarks list: remove)", {'m'}, kReader | kArticleList | kResults},
      {Action::kRefresh, "refresh", "refresh", "Reopen the library", {'R'}},
      {Action::kLayout, "layout", "panes", "Toggle the three-pane layout", {'v'}},
      {Action::kGoTo, "goto", "go to", "Go to an article ID or an issue's date (:2020-01-25)", {':'}},
      {Action::kPrevIssue, "prev_issue", "prev issue", "Previous issue (issue view, reader)", {'['}, kLists},
      {Action::kNextIssue, "next_issue", "next issue", "Next issue (issue view, reader)", {']'}, kLists},
      // Not newsboat's N/A/n: N and n are the search-hit keys here.
      {Action::kToggleRead, "toggle_read", "read/unread", "Mark the article read / unread", {'u'}, kReader | kArticleList | kResults},
      {Action::kMarkAllRead, "mark_all_read", "all read", "Mark every article of the list read", {'A'}, kArticleList},
      {Action::kNextUnread, "next_unread", "next unread", "Next unread article, any district", {'U'}},
      {Action::kPercent, "percent", "percent",
       "With a count: go to N% (50%); before j, k, G... a count repeats", {'%'}},
      {Action::kSave, "save", "save", "Save the article to a file (.txt or .md)", {'w'}, kReader},
      {Action::kEditor, "editor", "edit", "Open the article's source page at its line in $EDITOR", {'e'}, kReader},
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
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return (x | 0x20) == (y | 0x20);
         });
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

std::optional<int> parse_key(std::string_view name) {
  if (name.empty()) return std::nullopt;
  for (const auto& named : kNamedKeys) {
    if (iequals(named.name, name) && named.key != key::kResize) return named.key;
  }
  if (iequals(name, "PageUp")) return key::kPageUp;
  if (iequals(name, "PageDown")) return key::kPageDown;
  if (iequals(name, "Escape")) return key::kEscape;
  if (iequals(name, "Return")) return key::kEnter;
  if (iequals(name, "Hash")) return '#';  // a `#` in the config file starts a comment
  if ((name[0] == 'F' || name[0] == 'f') && name.size() >= 2 && name.size() <= 3) {
    int n = 0;
    for (char c : name.substr(1)) {
      if (c < '0' || c > '9') return std::nullopt;
      n = n * 10 + (c - '0');
    }
    if (n >= 1 && n <= 12) return key::kF1 + n - 1;
    return std::nullopt;
  }
  std::string_view rest;
  if (name.size() == 2 && name[0] == '^') rest = name.substr(1);
  if (name.size() == 3 && (name.substr(0, 2) == "C-" || name.substr(0, 2) == "c-")) rest = name.substr(2);
  if (name.size() == 6 && iequals(name.substr(0, 5), "Ctrl-")) rest = name.substr(5);
  if (!rest.empty()) {
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
    list.erase(std::remove_if(list.begin(), list.end(),
                              [&](int k) { return std::find(new_keys.begin(), new_keys.end(), k) != new_keys.end(); }),
               list.end());
  }
  keys_[static_cast<std::size_t>(action)] = new_keys;
}

std::string_view Keymap::name(Action action) { return info(action).name; }
std::string_view Keymap::description(Action action) { return info(action).description; }
std::string_view Keymap::short_label(Action action) { return info(action).label; }
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
    case Action::kNextUnread: return true;
    default: return false;
  }
}

std::optional<Action> Keymap::from_name(std::string_view n) {
  for (const auto& i : table()) {
    if (i.name == n) return i.action;
  }
  return std::nullopt;
}

std::vector<std::string> Keymap::help_lines(unsigned where) const {
  int width = 0;
  for (const auto& i : table()) width = std::max(width, text::display_width(keys_text(i.action)));
  std::vector<std::string> lines;
  for (const auto& i : table()) {
    if ((i.where & where) == 0) continue;
    std::string keys = keys_text(i.action);
    if (keys.empty()) keys = "(unbound)";
    lines.push_back(text::fit(keys, std::max(width, 9) + 2) + std::string(i.description));
  }
  return lines;
}

}  // namespace kanbao::tui
