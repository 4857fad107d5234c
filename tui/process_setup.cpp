// SPDX-License-Identifier: MIT
#include "tui/process_setup.h"

#include <langinfo.h>

#include <clocale>
#include <string>

namespace kanbao::tui {
namespace {

// The one piece of global mutable state: the signal that asked us to exit.
volatile std::sig_atomic_t g_exit_signal = 0;

extern "C" void on_exit_signal(int sig) { g_exit_signal = sig; }

}  // namespace

bool ensure_utf8_locale() {
  const auto is_utf8 = [] {
    const char* cs = nl_langinfo(CODESET);
    return cs && (std::string(cs) == "UTF-8" || std::string(cs) == "utf8");
  };
  // Null when the environment names a locale that is not installed: the
  // locale stays "C", and the fallbacks below apply.
  if (std::setlocale(LC_ALL, "") != nullptr && is_utf8()) return true;
  for (const char* name : {"C.UTF-8", "C.utf8", "en_US.UTF-8"}) {
    if (std::setlocale(LC_CTYPE, name) && is_utf8()) return true;
  }
  return false;
}

SignalGuard::SignalGuard() {
  struct sigaction sa {};
  sa.sa_handler = on_exit_signal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: let the input wait return early
  for (int i = 0; i < 3; ++i) sigaction(kSignals[i], &sa, &old_[i]);
  g_exit_signal = 0;
}

SignalGuard::~SignalGuard() {
  for (int i = 0; i < 3; ++i) sigaction(kSignals[i], &old_[i], nullptr);
}

int exit_signal() { return g_exit_signal; }

}  // namespace kanbao::tui
