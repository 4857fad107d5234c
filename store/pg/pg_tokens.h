// SPDX-License-Identifier: MIT
// An article's search tokens for the PostgreSQL index, from the tokenizer
// the SQLite index uses (store/tokenizer.h). Internal to store/.
#pragma once

#include <string>
#include <vector>

#include "store/fold.h"
#include "store/search_index.h"

namespace kanbao::store::pg {

struct ArticleTokens {
  std::vector<std::string> tokens;  // each distinct token once, sorted
  int positions = 0;                // token positions in all four fields (FTS5's document size)
  std::vector<std::string> han;     // the Han characters (UTF-8), each once
};

ArticleTokens article_tokens(const IndexedText& text);

// The distinct, non-prefix tokens of the phrase of folded `term`: an article
// holding the term holds all of them (store/tokenizer.h's literal_phrase).
std::vector<std::string> term_tokens(const std::vector<fold::Char>& term);

}  // namespace kanbao::store::pg
