// SPDX-License-Identifier: MIT
// A one-line editor for the search prompt. Works on whole code points so
// Backspace after input-method text removes one Chinese character, never a
// byte of it. History is browsed with Up/Down. Text offered (the last query
// when a prompt opens again, a proposed file name) is replaced by the first
// character typed, as a selected field is; any editing or moving key keeps
// it for editing.
#pragma once

#include <string>
#include <vector>

#include "tui/screen.h"

namespace kanbao::tui {

class Prompt {
 public:
  // kNone: the key is not an editing key (let the keymap have it).
  enum class Result { kNone, kMoved, kEdited, kAccept, kCancel };

  void set_text(const std::string& utf8);
  // `utf8` as the text, offered: the first character typed replaces it.
  void offer(const std::string& utf8);
  // The text is offered and nothing has been typed or moved since.
  bool offered() const { return offered_; }
  std::string text() const;
  int cursor() const { return static_cast<int>(cursor_); }  // in code points
  // Display columns before the cursor.
  int cursor_column() const;

  void set_history(std::vector<std::string> history) {
    history_ = std::move(history);
    history_pos_ = history_.size();
  }
  const std::vector<std::string>& history() const { return history_; }
  // Adds `query` as the most recent entry (deduplicated, bounded).
  void remember(const std::string& query);

  // Handles one key (see keymap.h key codes). Returns what happened.
  Result handle(int key);

  // The visible part of the text for a field `width` columns wide, keeping
  // the cursor in view; `cursor_col` gets the cursor column inside it.
  std::string visible(int width, int& cursor_col) const;

 private:
  Result handle_key(int key);
  Result delete_word_before();
  Result history_back();
  Result history_forward();
  Result insert(int key);

  std::u32string text_;
  std::size_t cursor_ = 0;
  std::vector<std::string> history_;  // oldest first
  std::size_t history_pos_ = 0;       // == size(): editing a new line
  std::u32string draft_;              // what was typed before browsing history
  bool offered_ = false;              // see offer()
};

// How a prompt's field is drawn: offered text as the selected row is, so
// that it shows it goes when a character is typed.
inline Style prompt_style(const Prompt& prompt) {
  return prompt.offered() ? Style::kSelected : Style::kNormal;
}

}  // namespace kanbao::tui
