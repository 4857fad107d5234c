// SPDX-License-Identifier: MIT
// Runs a test's browser strings in English: the catalog compiled into the
// build tree (KANBAO_BUILD_LOCALEDIR), Chinese again on destruction.
#pragma once

#include <stdlib.h>

#include <string>

#include "tui/i18n.h"

namespace kanbao::tui::testing {

class English {
 public:
  English() {
    ::setenv("KANBAO_LOCALEDIR", KANBAO_BUILD_LOCALEDIR, 1);
    const Status st = set_language(Language::kEnglish);
    error_ = st ? "" : st.error().message();
  }
  ~English() {
    if (!set_language(Language::kChinese)) std::abort();  // Chinese needs no catalog: cannot fail
  }
  English(const English&) = delete;
  English& operator=(const English&) = delete;
  // "" when English is in force.
  const std::string& error() const { return error_; }

 private:
  std::string error_;
};

}  // namespace kanbao::tui::testing
