// SPDX-License-Identifier: MIT
// The progress bar `index` draws on a terminal's stderr.
#pragma once

#include <chrono>

#include "store/library.h"

namespace kanbao::cli {

class ProgressBar {
 public:
  // A disabled bar draws nothing (stderr is not a terminal, or --quiet).
  explicit ProgressBar(bool enabled);
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;

  // Redraws at most ten times a second: files, articles, MB/s and ETA.
  void update(const store::IndexProgress& progress);
  // Clears the bar's line.
  void finish();

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_;
  bool drawn_ = false;
  Clock::time_point start_ = Clock::now();
  Clock::time_point last_draw_{};
};

}  // namespace kanbao::cli
