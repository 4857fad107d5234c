// SPDX-License-Identifier: MIT
#include "tui/reader_layout.h"

#include <fmt/format.h>

#include <algorithm>

#include "text/strings.h"
#include "text/width.h"
#include "tui/i18n.h"

namespace kanbao::tui {
namespace {

// Appends the wrapped lines of one block, splitting out highlighted spans.
void add_block(ReaderLayout& layout, int block, const std::string& text,
               const std::vector<store::Span>* spans, int width, int indent, Style style,
               const text::Wrapper& wrapper) {
  const auto wrapped = wrapper.wrap(text, width, indent);
  std::size_t span_index = 0;
  const std::size_t first_hit = layout.hit_lines.size();
  std::vector<bool> hit_seen(spans ? spans->size() : 0, false);
  for (std::size_t li = 0; li < wrapped.size(); ++li) {
    const auto& w = wrapped[li];
    ReaderLine line;
    line.block = block;
    line.byte = w.begin;
    if (li == 0 && indent > 0) line.parts.push_back({kParagraphIndent, style, -1});
    std::size_t pos = w.begin;
    if (spans) {
      while (span_index < spans->size() && (*spans)[span_index].end <= w.begin) ++span_index;
      for (std::size_t s = span_index; s < spans->size() && (*spans)[s].begin < w.end; ++s) {
        const auto b = std::max((*spans)[s].begin, w.begin);
        const auto e = std::min((*spans)[s].end, w.end);
        if (b >= e) continue;
        if (b > pos) line.parts.push_back({text.substr(pos, b - pos), style, -1});
        if (!hit_seen[s]) {  // a hit broken over two lines is found on its first
          hit_seen[s] = true;
          layout.hit_lines.push_back(static_cast<int>(layout.lines.size()));
        }
        line.parts.push_back({text.substr(b, e - b), Style::kHighlight, static_cast<int>(first_hit + s)});
        pos = e;
      }
    }
    if (w.end > pos) line.parts.push_back({text.substr(pos, w.end - pos), style, -1});
    layout.lines.push_back(std::move(line));
  }
}

void blank(ReaderLayout& layout, int block, std::size_t byte) {
  layout.lines.push_back(ReaderLine{{}, block, byte});
}

}  // namespace

int first_hit_from(const ReaderLayout& layout, int top) {
  const auto& hits = layout.hit_lines;
  if (hits.empty()) return -1;
  const auto at = std::find_if(hits.begin(), hits.end(), [top](int line) { return line >= top; });
  return at == hits.end() ? 0 : static_cast<int>(at - hits.begin());
}

std::string reader_position(const ReaderLayout& layout, int top, int height, int current_hit) {
  if (layout.lines.empty()) return {};
  const int total = static_cast<int>(layout.lines.size());
  const int bottom = std::min(top + height, total);
  const int percent = total <= height ? 100 : bottom * 100 / total;
  std::string out = fmt::format("{}%", percent);
  if (layout.hit_lines.empty()) return out;
  return (current_hit >= 0 ? trf("命中 {}/{}  ", current_hit + 1, layout.hit_lines.size())
                           : trf("命中 {}  ", layout.hit_lines.size())) +
         out;
}

std::string pages_label(const std::vector<std::string>& pages) {
  const std::string shown = store::pages_label(pages, header_words().list_separator);
  return shown.empty() ? shown : trf("第{}版", shown);
}

std::string several_pages_label(const std::vector<std::string>& pages) {
  return pages.size() > 1 ? pages_label(pages) : std::string();
}

namespace {

constexpr std::string_view kMetaSeparator = " · ";

// The meta line's lines at `width`: broken at its " · " separators (which
// go at a break), never inside a part unless a part alone is wider than a
// line (the wrapper then breaks it as it would any text).
void add_meta_block(ReaderLayout& layout, const std::vector<std::string>& parts, int width,
                    const text::Wrapper& wrapper) {
  const int sep_w = text::display_width(kMetaSeparator);
  std::string chunk;
  std::size_t chunk_at = 0, at = 0;  // byte offsets in the joined line (meta_line)
  const auto flush = [&] {
    if (chunk.empty()) return;
    const std::size_t first = layout.lines.size();
    add_block(layout, ReaderLayout::kMetaBlock, chunk, nullptr, width, 0, Style::kDim, wrapper);
    for (std::size_t i = first; i < layout.lines.size(); ++i) layout.lines[i].byte += chunk_at;
    chunk.clear();
  };
  for (const std::string& part : parts) {
    if (!chunk.empty() && text::display_width(chunk) + sep_w + text::display_width(part) <= width) {
      chunk += std::string(kMetaSeparator) + part;
    } else {
      flush();
      chunk = part;
      chunk_at = at;
    }
    at += part.size() + kMetaSeparator.size();
  }
  flush();
}

}  // namespace

ReaderLayout layout_article(const store::Article& a, const store::ArticleMatches* m, int width,
                            const text::Wrapper& wrapper) {
  ReaderLayout layout;
  layout.width = width = std::max(width, 2);
  // The kicker (引题) above the title, never as it.
  if (!a.kicker.empty()) {
    add_block(layout, ReaderLayout::kKickerBlock, a.kicker, m ? &m->kicker : nullptr, width, 0, Style::kDim,
              wrapper);
  }
  add_block(layout, ReaderLayout::kTitleBlock, a.title, m ? &m->title : nullptr, width, 0, Style::kTitle,
            wrapper);
  // Subtitle lines are joined by "\n"; wrap each, keeping hit offsets and
  // line anchors relative to the whole subtitle.
  for (std::size_t start = 0; start < a.subtitle.size();) {
    std::size_t end = a.subtitle.find('\n', start);
    if (end == std::string::npos) end = a.subtitle.size();
    std::vector<store::Span> spans;
    if (m) {
      for (const auto& sp : m->subtitle) {
        if (sp.end > start && sp.begin < end) {
          spans.push_back({std::max(sp.begin, start) - start, std::min(sp.end, end) - start});
        }
      }
    }
    const std::size_t first = layout.lines.size();
    add_block(layout, ReaderLayout::kSubtitleBlock, a.subtitle.substr(start, end - start), &spans, width, 0,
              Style::kNormal, wrapper);
    for (std::size_t i = first; i < layout.lines.size(); ++i) layout.lines[i].byte += start;
    start = end + 1;
  }
  add_meta_block(layout, store::header_parts(a, header_words()), width, wrapper);
  for (std::size_t p = 0; p < a.paragraphs.size(); ++p) {
    const int block = static_cast<int>(p);
    blank(layout, block, 0);
    const std::vector<store::Span>* spans = m && p < m->paragraphs.size() ? &m->paragraphs[p] : nullptr;
    add_block(layout, block, a.paragraphs[p], spans, width, text::display_width(kParagraphIndent),
              Style::kNormal, wrapper);
  }
  // A photo item (a heading over a picture the text archive does not hold):
  // say so rather than show an empty reader that looks broken.
  if (a.paragraphs.empty()) {
    blank(layout, 0, 0);
    add_block(layout, 0, no_body_text(), nullptr, width, 0, Style::kDim, wrapper);
  }
  const int end_block = static_cast<int>(a.paragraphs.size());
  if (store::byline_shown_apart(a)) {
    blank(layout, end_block, 0);
    add_block(layout, end_block, a.byline, m ? &m->byline : nullptr, width, 0, Style::kDim, wrapper);
  }
  if (!a.source.empty()) {
    blank(layout, end_block + 1, 0);
    add_block(layout, end_block + 1, _("来源 ") + store::sources_label(a), nullptr, width, 0, Style::kDim,
              wrapper);
  }
  return layout;
}

int find_line(const ReaderLayout& layout, int block, std::size_t byte) {
  for (std::size_t i = 0; i < layout.lines.size(); ++i) {
    const auto& l = layout.lines[i];
    if (l.block > block) return static_cast<int>(i);
    if (l.block == block && !l.parts.empty()) {
      // The line containing `byte`: the last line of the block starting at or before it.
      std::size_t j = i;
      while (j + 1 < layout.lines.size() && layout.lines[j + 1].block == block &&
             layout.lines[j + 1].byte <= byte)
        ++j;
      return static_cast<int>(j);
    }
  }
  return layout.lines.empty() ? 0 : static_cast<int>(layout.lines.size()) - 1;
}

namespace {

// `s` and a newline, each of its lines sanitised (a subtitle can hold
// several): the page's escape sequences (a title-setting OSC, a screen
// clear) become visible placeholders, as `kanbao show` prints them.
std::string sanitized_line(std::string_view s) {
  std::string out;
  for (;;) {
    const std::size_t end = s.find('\n');
    out += text::sanitize(s.substr(0, end)) + "\n";
    if (end == std::string_view::npos) return out;
    s.remove_prefix(end + 1);
  }
}

}  // namespace

std::string article_text(const store::Article& a) {
  // The pager must not get raw control bytes: more and less -r pass them
  // to the terminal.
  std::string out = a.kicker.empty() ? std::string() : sanitized_line(a.kicker);
  out += sanitized_line(a.title);
  if (!a.subtitle.empty()) out += sanitized_line(a.subtitle);
  out += sanitized_line(meta_line(a));
  for (const auto& p : a.paragraphs) out += "\n" + sanitized_line(std::string(kParagraphIndent) + p);
  if (store::byline_shown_apart(a)) out += "\n" + sanitized_line(a.byline);
  if (!a.source.empty()) out += "\n" + sanitized_line(std::string(_("来源 ")) + store::sources_label(a));
  return out;
}

}  // namespace kanbao::tui
