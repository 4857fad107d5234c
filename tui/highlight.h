// SPDX-License-Identifier: MIT
// Drawing text with some byte ranges highlighted (filter matches in titles,
// hits in snippets).
#pragma once

#include <string_view>
#include <vector>

#include "store/library.h"
#include "tui/screen.h"

namespace kanbao::tui {

// Draws `text` from `col`, clipped at `end_col` (a cut ends in "…"), the
// byte ranges `spans` (ascending, inside `text`; others are skipped) in
// `highlight`, the rest in `style`. Returns the column after the text.
int put_highlighted(Screen& screen, int row, int col, int end_col, std::string_view text,
                    const std::vector<store::Span>& spans, Style style, Style highlight);

}  // namespace kanbao::tui
