// SPDX-License-Identifier: MIT
#include "cli/progress.h"

#include <fmt/format.h>

#include <algorithm>
#include <string>

#include "cli/common.h"
#include "cli/terminal.h"

namespace kanbao::cli {

ProgressBar::ProgressBar(bool enabled) : enabled_(enabled) {}

void ProgressBar::update(const store::IndexProgress& p) {
  if (!enabled_) return;
  auto now = Clock::now();
  if (drawn_ && now - last_draw_ < std::chrono::milliseconds(100) && p.files_done < p.files_total) return;
  last_draw_ = now;
  double seconds = std::chrono::duration<double>(now - start_).count();
  double fraction = p.bytes_total > 0 ? static_cast<double>(p.bytes_done) / static_cast<double>(p.bytes_total)
                    : p.files_total > 0
                        ? static_cast<double>(p.files_done) / static_cast<double>(p.files_total)
                        : 0.0;
  double mb_per_s = seconds > 0 ? static_cast<double>(p.bytes_done) / 1e6 / seconds : 0.0;
  std::string eta = "--:--";
  if (fraction > 0.01 && seconds > 0.5) {
    auto left = static_cast<long>(seconds * (1 - fraction) / fraction);
    eta = fmt::format("{}:{:02}", left / 60, left % 60);
  }
  std::string tail = fmt::format(" {}/{} files · {} articles · {:.1f} MB/s · ETA {}", p.files_done,
                                 p.files_total, p.articles, mb_per_s, eta);
  int columns = std::max(20, terminal_columns() - 1);
  int bar_width = std::clamp(columns - static_cast<int>(tail.size()) - 2, 0, 40);
  auto filled = static_cast<int>(fraction * bar_width);
  std::string bar = "[" + std::string(static_cast<std::size_t>(filled), '#') +
                    std::string(static_cast<std::size_t>(bar_width - filled), '.') + "]";
  write_stderr("\r\x1b[K" + (bar_width > 0 ? bar : std::string()) + tail);
  drawn_ = true;
}

void ProgressBar::finish() {
  if (!drawn_) return;
  write_stderr("\r\x1b[K");
  drawn_ = false;
}

}  // namespace kanbao::cli
