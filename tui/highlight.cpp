// SPDX-License-Identifier: MIT
#include "tui/highlight.h"

#include <algorithm>

#include "text/width.h"

namespace kanbao::tui {

int put_highlighted(Screen& screen, int row, int col, int end_col, std::string_view text,
                    const std::vector<store::Span>& spans, Style style, Style highlight) {
  if (col >= end_col) return col;
  // Cut once, for the whole text, so the "…" comes at the end and not after
  // whichever piece happened to reach the edge.
  const std::string shown = text::truncate(text, end_col - col);
  constexpr std::string_view kEllipsis = "…";
  const bool cut = shown.size() != text.size() && std::string_view(shown).ends_with(kEllipsis);
  const std::size_t kept = cut ? shown.size() - kEllipsis.size() : shown.size();
  std::size_t pos = 0;
  for (const auto& span : spans) {
    if (span.begin < pos || span.end > text.size() || span.begin >= span.end) continue;
    if (span.begin >= kept) break;
    col = screen.put(row, col, text.substr(pos, span.begin - pos), style, end_col);
    const std::size_t end = std::min(span.end, kept);
    col = screen.put(row, col, text.substr(span.begin, end - span.begin), highlight, end_col);
    pos = end;
  }
  if (pos < kept) col = screen.put(row, col, text.substr(pos, kept - pos), style, end_col);
  if (cut) col = screen.put(row, col, kEllipsis, style, end_col);
  return col;
}

}  // namespace kanbao::tui
