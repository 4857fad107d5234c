// SPDX-License-Identifier: MIT
// Aligned text columns for people, measured in display columns.
#pragma once

#include <string>
#include <vector>

namespace kanbao::cli {

// How a table gives way to a narrow terminal (Table::render).
struct Fitting {
  int max_width = 0;       // columns a line may take; 0: no limit
  std::size_t shrink = 0;  // the column cut with … (the title)
  // Columns left out, in this order, while the shrinking column would get
  // fewer than kReadable columns: what matters least first.
  std::vector<std::size_t> droppable;
  static constexpr int kReadable = 20;  // ten Chinese characters
  static constexpr int kFloor = 8;      // the shrinking column is never cut below this
};

class Table {
 public:
  explicit Table(std::vector<std::string> headers) : headers_(std::move(headers)) {}
  void add(std::vector<std::string> row) { rows_.push_back(std::move(row)); }
  bool empty() const { return rows_.empty(); }

  // Renders with columns padded to their widest cell (CJK counts two).
  // With a max_width, the droppable columns go (see Fitting) and the shrink
  // column is truncated with an ellipsis so that every line fits (unless the
  // columns left need more than max_width with the shrink column at kFloor).
  // Every cell is sanitised for the terminal.
  std::string render(const Fitting& fitting = {}) const;

 private:
  std::vector<std::string> headers_;
  std::vector<std::vector<std::string>> rows_;
};

}  // namespace kanbao::cli
