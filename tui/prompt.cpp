// SPDX-License-Identifier: MIT
#include "tui/prompt.h"

#include <algorithm>

#include "text/utf8.h"
#include "text/width.h"
#include "tui/keymap.h"

namespace kanbao::tui {
namespace {

std::u32string decode_all(const std::string& s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = text::decode(s, i);
    if (c != text::kInvalid && c >= 0x20 && c != 0x7F) out += c;
  }
  return out;
}

std::string encode_all(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) text::append_utf8(out, c);
  return out;
}

bool is_word_char(char32_t c) { return c != ' ' && c != 0x3000; }

// A key that types a character (not a control or special key).
bool is_printable(int k) { return k >= 0x20 && k < key::kSpecial && k != 0x7F && !(k >= 0x80 && k < 0xA0); }

}  // namespace

void Prompt::set_text(const std::string& utf8) {
  text_ = decode_all(utf8);
  cursor_ = text_.size();
  offered_ = false;
}

void Prompt::offer(const std::string& utf8) {
  set_text(utf8);
  offered_ = !text_.empty();
}

std::string Prompt::text() const { return encode_all(text_); }

int Prompt::cursor_column() const {
  return text::display_width(encode_all(std::u32string_view(text_).substr(0, cursor_)));
}

void Prompt::remember(const std::string& query) {
  if (query.empty()) return;
  history_.erase(std::remove(history_.begin(), history_.end(), query), history_.end());
  history_.push_back(query);
  constexpr std::size_t kMax = 200;
  if (history_.size() > kMax) history_.erase(history_.begin(), history_.end() - kMax);
  history_pos_ = history_.size();
}

Prompt::Result Prompt::handle(int k) {
  if (offered_) {
    // The first character typed replaces the offered text; any other key
    // the prompt knows (not Enter or Escape, which end it) keeps it.
    if (is_printable(k)) {
      text_.clear();
      cursor_ = 0;
      offered_ = false;
    } else if (k != key::kEnter && k != key::kEscape && k != key::ctrl('g')) {
      const Result r = handle_key(k);
      if (r != Result::kNone) offered_ = false;
      return r;
    }
  }
  return handle_key(k);
}

Prompt::Result Prompt::handle_key(int k) {
  switch (k) {
    case key::kEnter:
      return Result::kAccept;
    case key::kEscape:
    case key::ctrl('g'):
      return Result::kCancel;
    case key::kBackspace:
      if (cursor_ == 0) return Result::kMoved;
      text_.erase(--cursor_, 1);
      return Result::kEdited;
    case key::kDelete:
    case key::ctrl('d'):
      if (cursor_ >= text_.size()) return Result::kMoved;
      text_.erase(cursor_, 1);
      return Result::kEdited;
    case key::kLeft:
    case key::ctrl('b'):
      if (cursor_ > 0) --cursor_;
      return Result::kMoved;
    case key::kRight:
    case key::ctrl('f'):
      if (cursor_ < text_.size()) ++cursor_;
      return Result::kMoved;
    case key::kHome:
    case key::ctrl('a'):
      cursor_ = 0;
      return Result::kMoved;
    case key::kEnd:
    case key::ctrl('e'):
      cursor_ = text_.size();
      return Result::kMoved;
    case key::ctrl('u'):
      if (cursor_ == 0) return Result::kMoved;
      text_.erase(0, cursor_);
      cursor_ = 0;
      return Result::kEdited;
    case key::ctrl('k'):
      if (cursor_ >= text_.size()) return Result::kMoved;
      text_.erase(cursor_);
      return Result::kEdited;
    case key::ctrl('w'):
      return delete_word_before();
    case key::kUp:
    case key::ctrl('p'):
      return history_back();
    case key::kDown:
    case key::ctrl('n'):
      return history_forward();
    default:
      break;
  }
  return insert(k);
}

// Deletes the word before the cursor. Chinese has no spaces between
// words, so a run of Han text counts as one word, as in readline.
Prompt::Result Prompt::delete_word_before() {
  std::size_t start = cursor_;
  while (start > 0 && !is_word_char(text_[start - 1])) --start;
  while (start > 0 && is_word_char(text_[start - 1])) --start;
  if (start == cursor_) return Result::kMoved;
  text_.erase(start, cursor_ - start);
  cursor_ = start;
  return Result::kEdited;
}

// The previous query of the history; what was being typed is kept.
Prompt::Result Prompt::history_back() {
  if (history_pos_ == 0) return Result::kNone;
  if (history_pos_ == history_.size()) draft_ = text_;
  --history_pos_;
  text_ = decode_all(history_[history_pos_]);
  cursor_ = text_.size();
  return Result::kEdited;
}

// The next query of the history, past the newest what was being typed.
Prompt::Result Prompt::history_forward() {
  if (history_pos_ >= history_.size()) return Result::kNone;
  ++history_pos_;
  text_ = history_pos_ == history_.size() ? draft_ : decode_all(history_[history_pos_]);
  cursor_ = text_.size();
  return Result::kEdited;
}

// A printable character is typed at the cursor; other keys do nothing.
Prompt::Result Prompt::insert(int k) {
  if (!is_printable(k)) return Result::kNone;
  text_.insert(cursor_++, 1, static_cast<char32_t>(k));
  history_pos_ = history_.size();
  return Result::kEdited;
}

std::string Prompt::visible(int width, int& cursor_col) const {
  width = std::max(width, 1);
  // Scroll so the cursor stays inside the field with one column to spare.
  std::size_t start = 0;
  int before = cursor_column();
  while (before >= width && start < cursor_) {
    before -= text::display_width(text_[start]);
    ++start;
  }
  cursor_col = before;
  return text::fit(encode_all(std::u32string_view(text_).substr(start)), width);
}

}  // namespace kanbao::tui
