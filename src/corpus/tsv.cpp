// SPDX-License-Identifier: MIT
#include "corpus/tsv.h"

#include <fstream>
#include <sstream>

namespace kanbao::corpus {

std::vector<TsvRow> tsv_rows(std::string_view tsv) {
  std::vector<TsvRow> rows;
  int number = 0;
  while (!tsv.empty()) {
    const std::size_t nl = tsv.find('\n');
    std::string_view line = tsv.substr(0, nl);
    tsv.remove_prefix(nl == std::string_view::npos ? tsv.size() : nl + 1);
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    TsvRow row{number, {}};
    for (;;) {
      const std::size_t tab = line.find('\t');
      row.fields.emplace_back(line.substr(0, tab));
      if (tab == std::string_view::npos) break;
      line.remove_prefix(tab + 1);
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

Result<std::string> read_data_file(const std::string& path, std::string_view what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Error("cannot read " + std::string(what) + " " + path +
                 " (reinstall kanbao, or see data/README.md)");
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace kanbao::corpus
