// SPDX-License-Identifier: MIT
// Actions, their default keys and descriptions: one table used by the key
// dispatcher, the help screen, the bottom key-hint line and the config parser.
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kanbao::tui {

// Key codes: Unicode code points for characters (Ctrl-A..Ctrl-Z are 1..26),
// values above U+10FFFF for special keys.
namespace key {
inline constexpr int kSpecial = 0x110000;
inline constexpr int kUp = kSpecial + 1, kDown = kSpecial + 2, kLeft = kSpecial + 3, kRight = kSpecial + 4,
                     kPageUp = kSpecial + 5, kPageDown = kSpecial + 6, kHome = kSpecial + 7,
                     kEnd = kSpecial + 8, kBackspace = kSpecial + 9, kEnter = kSpecial + 10,
                     kTab = kSpecial + 11, kBackTab = kSpecial + 12, kEscape = kSpecial + 13,
                     kDelete = kSpecial + 14, kResize = kSpecial + 15, kMouse = kSpecial + 16,
                     kF1 = kSpecial + 20;  // F1..F12 follow
inline constexpr int kSpace = ' ';
constexpr int ctrl(char c) { return c & 0x1F; }
}  // namespace key

enum class Action {
  kDown,
  kUp,
  kPageDown,
  kPageUp,
  kHalfPageDown,
  kHalfPageUp,
  kTop,
  kBottom,
  kOpen,
  kBack,
  kQuit,
  kNextArticle,
  kPrevArticle,
  kSearch,
  kNextHit,
  kPrevHit,
  kFilter,
  kSort,
  kWiden,
  kHelp,
  kRedraw,
  kCopy,
  kPager,
  kBookmark,
  kRefresh,
  kLayout,
  kGoTo,
  kPrevIssue,
  kNextIssue,
  kToggleRead,
  kMarkAllRead,
  kNextUnread,
  kPercent,
  kSave,
  kEditor,
  kCount,
};

// Where an action works; help lists each action under its screens, and a
// test walks every screen with every action listed for it.
enum Where : unsigned {
  kAnywhere = 1,     // every screen, help included
  kLists = 2,        // districts, article lists, search results, bookmarks
  kArticleList = 4,  // a district's (or all) articles
  kResults = 8,      // search results
  kReader = 16,      // an open article
};

// A screen's key table, as htop's: the actions that work on that screen, in
// the keymap's order. The browser gives a screen only the actions of its
// table, and the screen's help lists exactly them, so the two cannot drift.
using KeyTable = std::vector<Action>;
// The actions that work `where` (Where bits), and `more` besides.
KeyTable key_table(unsigned where, std::initializer_list<Action> more = {});
bool in_key_table(const KeyTable& table, Action action);

// Actions the application handles itself on every screen (a view may act
// first: `q` in a filtered list clears the filter, `/` in the reader
// searches the article).
bool is_app_action(Action action);

// "Ctrl-D", "PgDn", "j", "Space", ... (as shown in help and accepted in config).
std::string key_name(int key);
// Parses a key name: a single character, Space, Enter, Tab, Esc, Backspace,
// Up/Down/Left/Right, PgUp/PgDn, Home/End, Delete, F1..F12, Ctrl-x / C-x / ^x,
// Hash (the # key, which the config file cannot write bare).
std::optional<int> parse_key(std::string_view name);

class Keymap {
 public:
  Keymap();  // the defaults

  std::optional<Action> lookup(int key) const;
  const std::vector<int>& keys(Action action) const;
  // "j Down" style list of the keys bound to `action`.
  std::string keys_text(Action action) const;
  // Binds `keys` to `action`, replacing its previous keys and taking them
  // away from any other action.
  void bind(Action action, const std::vector<int>& keys);

  static std::string_view name(Action action);         // config name: "page_down"
  static std::string_view description(Action action);  // help text
  static std::string_view short_label(Action action);  // bottom line: "page"
  static unsigned where(Action action);                // Where bits
  static std::optional<Action> from_name(std::string_view name);

  // One line per action of `table` (default: all): keys, padded to the
  // widest keys of any action, then the description.
  std::vector<std::string> help_lines(const KeyTable& table) const;
  std::vector<std::string> help_lines() const { return help_lines(key_table(~0u)); }

 private:
  std::vector<std::vector<int>> keys_;
};

}  // namespace kanbao::tui
