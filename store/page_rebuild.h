// SPDX-License-Identifier: MIT
// The page text behind `show --source`, for every backend: the file itself
// while it still holds what was indexed, else the page rebuilt from what the
// library stored. Internal to store/.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "corpus/article.h"

namespace kanbao::store {

// The decoded text of `path` if its content hash is still `hash`.
std::optional<std::string> current_page_text(const std::string& path, const std::string& hash);

// One stored article of a page, as the rebuild needs it.
struct StoredPart {
  int first_line = 0;
  std::string kicker, title, subtitle, body, byline;
  int own_paragraphs = -1;  // paragraphs of `body` that are its own; -1: all
};

// The furniture of `page` as every backend stores it: "line<TAB>text" per
// furniture line, one a line (what rebuild_page reads back).
std::string furniture_text(const corpus::Page& page);

// The page as stored: furniture ("line<TAB>text" per line) at its lines,
// each article's heading block and paragraphs from its first line on
// (paragraphs joined across layout breaks stay joined, so later lines may
// shift).
std::string rebuild_page(const std::string& furniture, const std::vector<StoredPart>& parts);

}  // namespace kanbao::store
