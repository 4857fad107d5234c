// SPDX-License-Identifier: MIT
// Output formats of list, show, search and export: text for people, JSON,
// JSON Lines and Markdown for other tools.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "cli/args.h"
#include "cli/common.h"
#include "cli/json.h"
#include "store/library.h"

namespace kanbao::cli {

enum class Format { kText, kJson, kJsonl, kMarkdown };

// The format asked for with --json or --format FORMAT (default text);
// an error when the name is unknown or not in `allowed`.
Result<Format> chosen_format(const Invocation& invocation, const std::vector<Format>& allowed,
                             Format fallback = Format::kText);

// Text and Markdown output say an article's header line, an unknown date
// and district and a photo item's missing body in the browser's words and
// language (tui/article_words.h, after choose_output_language): 日期不详,
// 未知地区, 第05版 · 出版 … or date unknown, district unknown, page 05 ·
// published …. JSON keeps its nulls either way.

// One article, complete. Text wraps paragraphs to `wrap_columns` (0: no wrapping).
std::string article_text(const store::Article& article, int wrap_columns);
std::string article_markdown(const store::Article& article);

// Article rows (list): text is an aligned table fitted to `max_width` (0: no limit).
// `papers` tells the national papers, whose articles have an empty district
// cell rather than 未知地区 (store::district_label, tui::district_label).
std::string rows_text(const std::vector<store::ArticleRow>& rows, const corpus::Papers& papers,
                      int max_width);
std::string rows_markdown(const std::vector<store::ArticleRow>& rows, const corpus::Papers& papers);

// Papers: an aligned table fitted to `max_width` (0: no limit; the issue
// count and the first issue go before the name is cut), or a Markdown
// table. Articles of no known paper are the row "(unknown)".
std::string papers_text(const std::vector<store::PaperRow>& rows, int max_width);
std::string papers_markdown(const std::vector<store::PaperRow>& rows);

// Districts: an aligned table, or a Markdown table.
std::string districts_text(const std::vector<store::DistrictRow>& rows);
std::string districts_markdown(const std::vector<store::DistrictRow>& rows);

// Search hits; text marks matches with `em`, Markdown with **bold**. Text
// cuts titles with … so each hit's first line fits `max_width` (0: no limit)
// instead of wrapping in the middle of a word.
// A national paper's hit names no district (`papers`, as for rows).
std::string hits_text(const store::SearchPage& page, const corpus::Papers& papers, const Emphasis& em,
                      int max_width = 0);
std::string hits_markdown(const store::SearchPage& page, const corpus::Papers& papers);

// Rows, articles or hits as one JSON array (kJson) or one object per line (kJsonl).
template <class Items>
std::string json_items(const Items& items, Format format) {
  if (format == Format::kJsonl) {
    std::string out;
    for (const auto& item : items) out += dump_line(to_json(item));
    return out;
  }
  nlohmann::json array = nlohmann::json::array();
  for (const auto& item : items) array.push_back(to_json(item));
  return dump(array);
}

}  // namespace kanbao::cli
