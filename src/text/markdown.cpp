// SPDX-License-Identifier: MIT
#include "text/markdown.h"

#include <string_view>

#include "text/strings.h"
#include "text/width.h"

namespace kanbao::text {
namespace {

// Whether `line` starts as a Markdown list item would: "-", "+" or digits
// and "." (CommonMark also needs a space after it; escaping it anyway is
// harmless and keeps "1.5亿" from ever turning into a list).
bool opens_a_list(std::string_view line) {
  if (line.empty()) return false;
  if (line[0] == '-' || line[0] == '+') return true;
  std::size_t digits = 0;
  while (digits < line.size() && line[digits] >= '0' && line[digits] <= '9') ++digits;
  return digits > 0 && digits < line.size() && line[digits] == '.';
}

}  // namespace

std::string markdown_escape(const std::string& s) {
  // sanitize shows a line break as a visible sign, so the text is one line
  // and only its start can open a list.
  const std::string clean = sanitize(s);
  std::string out;
  out.reserve(clean.size() + 8);
  std::size_t from = 0;
  if (opens_a_list(clean)) {
    if (clean[0] == '-' || clean[0] == '+') {
      out += '\\';  // "\-" reads as the character itself
    } else {
      from = clean.find('.');  // "1\." likewise
      out.append(clean, 0, from).append("\\");
    }
  }
  for (std::size_t i = from; i < clean.size(); ++i) {
    if (std::string_view("\\`*_[]<>#|").find(clean[i]) != std::string_view::npos) out += '\\';
    out += clean[i];
  }
  return out;
}

std::string markdown_article(const MarkdownArticle& a) {
  std::vector<std::string> blocks;
  if (!a.kicker.empty()) blocks.push_back("### " + markdown_escape(a.kicker));
  blocks.push_back("# " + markdown_escape(a.title));
  for (const auto& line : a.subtitle) blocks.push_back("## " + markdown_escape(line));
  if (!a.meta.empty()) blocks.push_back("*" + markdown_escape(a.meta) + "*");
  if (a.paragraphs.empty() && !a.no_body.empty()) blocks.push_back("*" + markdown_escape(a.no_body) + "*");
  for (const auto& paragraph : a.paragraphs) blocks.push_back(markdown_escape(paragraph));
  if (!a.byline.empty()) blocks.push_back(markdown_escape(a.byline));
  if (!a.footer.empty()) blocks.push_back(a.footer);
  return join(blocks, "\n\n") + "\n";
}

}  // namespace kanbao::text
