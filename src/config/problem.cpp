// SPDX-License-Identifier: MIT
#include "config/config.h"

namespace kanbao::config {

std::string Problem::str() const {
  if (line <= 0) return file + ": " + message;
  return file + ":" + std::to_string(line) + ": " + message;
}

}  // namespace kanbao::config
