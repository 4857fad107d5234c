// SPDX-License-Identifier: MIT
// Aligned text columns for people, measured in display columns.
#pragma once

#include <string>
#include <vector>

namespace kanbao::cli {

class Table {
 public:
  explicit Table(std::vector<std::string> headers) : headers_(std::move(headers)) {}
  void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  bool empty() const { return rows_.empty(); }

  // Renders with columns padded to their widest cell (CJK counts two).
  // When max_width > 0, the column `shrink` is truncated with an ellipsis so
  // every line fits. Every cell is sanitised for the terminal.
  std::string render(int max_width = 0, std::size_t shrink = 0) const;

 private:
  std::vector<std::string> headers_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace kanbao::cli
