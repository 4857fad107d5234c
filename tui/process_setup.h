// SPDX-License-Identifier: MIT
// What the browser sets up in the process around the terminal: a UTF-8
// locale for ncursesw, and the signals that end it cleanly (internal header).
#pragma once

#include <csignal>

namespace kanbao::tui {

// ncursesw draws wide characters only in a UTF-8 locale. SSH logins often
// have LANG unset (the C locale): switch LC_CTYPE for our own use. False
// when no UTF-8 locale is installed.
bool ensure_utf8_locale();

// While it lives, SIGINT, SIGTERM and SIGHUP set exit_signal() instead of
// ending the process, so that the terminal is restored first.
class SignalGuard {
 public:
  SignalGuard();  // also clears exit_signal()
  ~SignalGuard();
  SignalGuard(const SignalGuard&) = delete;
  SignalGuard& operator=(const SignalGuard&) = delete;

 private:
  static constexpr int kSignals[3] = {SIGINT, SIGTERM, SIGHUP};
  struct sigaction old_[3] = {};
};

// The signal that asked the browser to exit, 0 if none.
int exit_signal();

}  // namespace kanbao::tui
