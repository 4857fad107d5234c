// SPDX-License-Identifier: MIT
// The bundled tab-separated data files (data/divisions.tsv, data/papers.tsv):
// reading them and splitting them into rows (internal header).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace kanbao::corpus {

struct TsvRow {
  int line = 0;                     // 1-based, for messages naming file and line
  std::vector<std::string> fields;  // split at every tab
};

// The rows of `tsv`: every line but empty ones and `#` comments, a CR
// before its newline dropped.
std::vector<TsvRow> tsv_rows(std::string_view tsv);

// The whole file, or an error naming it as `what` ("the gazetteer") with
// the advice to reinstall.
Result<std::string> read_data_file(const std::string& path, std::string_view what);

}  // namespace kanbao::corpus
