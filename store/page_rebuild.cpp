// SPDX-License-Identifier: MIT
#include "store/page_rebuild.h"

#include <cstdlib>
#include <map>
#include <string_view>

#include "corpus/decode.h"
#include "store/file_reader.h"

namespace kanbao::store {
namespace {

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> out;
  for (;;) {
    const std::size_t nl = text.find('\n');
    out.push_back(text.substr(0, nl));
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
  return out;
}

}  // namespace

std::string furniture_text(const corpus::Page& page) {
  std::string out;
  for (const auto& f : page.furniture) {
    if (!out.empty()) out += '\n';
    out += std::to_string(f.line) + "\t" + f.text;
  }
  return out;
}

std::optional<std::string> current_page_text(const std::string& path, const std::string& hash) {
  auto content = read_file(path);
  if (!content || content_hash(content->bytes) != stamped_hash(hash)) return std::nullopt;
  auto decoded = corpus::decode(content->bytes);
  if (!decoded) return std::nullopt;
  return std::move(decoded->text);
}

std::string rebuild_page(const std::string& furniture, const std::vector<StoredPart>& parts) {
  std::map<int, std::vector<std::string>> at;  // first line -> lines
  for (std::string_view line : split_lines(furniture)) {
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    at[std::atoi(std::string(line.substr(0, tab)).c_str())].emplace_back(line.substr(tab + 1));
  }
  for (const StoredPart& part : parts) {
    auto& lines = at[part.first_line];
    for (const std::string* heading : {&part.kicker, &part.title, &part.subtitle}) {
      if (!heading->empty()) lines.push_back(*heading);
    }
    std::vector<std::string_view> body = split_lines(part.body);
    const int own = part.own_paragraphs;
    if (own >= 0 && static_cast<std::size_t>(own) < body.size()) body.resize(static_cast<std::size_t>(own));
    for (auto p : body)
      if (!p.empty()) lines.emplace_back(p);
    if (!part.byline.empty()) lines.push_back(part.byline);
  }
  std::string out;
  int next = 1;
  for (const auto& [first, lines] : at) {
    for (; next < first; ++next) out += '\n';
    for (const auto& l : lines) {
      out += l + '\n';
      ++next;
    }
  }
  return out;
}

}  // namespace kanbao::store
