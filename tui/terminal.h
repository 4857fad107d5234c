// SPDX-License-Identifier: MIT
// The one layer that writes to the terminal (implemented over ncursesw in
// curses_backend.cpp, the only file that includes <curses.h>).
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "base/result.h"
#include "config/config.h"
#include "tui/screen.h"

namespace kanbao::tui {

struct InputEvent {
  enum class Kind { kKey, kTimeout, kWheelUp, kWheelDown, kClick };
  Kind kind = Kind::kTimeout;
  int key = 0;           // for kKey (keymap.h codes)
  int row = 0, col = 0;  // for kClick
};

class Terminal {
 public:
  // Starts curses on the controlling terminal (newterm, so an unknown TERM
  // is an error we report rather than an exit inside curses), with the
  // configuration's colours (see theme.h; NO_COLOR set means monochrome).
  static Result<std::unique_ptr<Terminal>> open(bool mouse, const config::Config& config);
  virtual ~Terminal() = default;  // restores the terminal

  virtual int rows() const = 0;
  virtual int cols() const = 0;
  // Blits the screen model; only cells that changed reach the terminal.
  virtual void draw(const Screen& screen) = 0;
  // Waits up to `timeout_ms` for input (so signals and timers are noticed).
  virtual InputEvent read(int timeout_ms) = 0;
  // Clears and repaints everything on the next draw (Ctrl-L).
  virtual void invalidate() = 0;
  // Writes an escape sequence of our own making (OSC 52) directly.
  virtual Status write_raw(const std::string& bytes) = 0;
  // Leaves curses mode for a child program (the pager) and comes back.
  virtual void suspend() = 0;
  virtual void resume() = 0;
};

// Base64 (RFC 4648, with padding), for OSC 52.
std::string base64(const std::string& bytes);

}  // namespace kanbao::tui
