// SPDX-License-Identifier: MIT
#include "store/stored_pages.h"

#include <algorithm>
#include <cstdlib>
#include <string_view>

#include "store/stored_date.h"

namespace kanbao::store {
namespace {

bool is_empty(const StoredDate& d) { return d.year == 0 && d.month == 0 && d.day == 0; }

// The body as the writers store it: paragraphs joined by "\n".
std::vector<std::string> paragraphs_of(std::string_view body, int own) {
  std::vector<std::string> out;
  if (body.empty()) return out;
  for (;;) {
    if (own >= 0 && static_cast<int>(out.size()) == own) break;
    const auto nl = body.find('\n');
    out.emplace_back(body.substr(0, nl));
    if (nl == std::string_view::npos) break;
    body.remove_prefix(nl + 1);
  }
  return out;
}

// "line<TAB>text" per line (furniture_text() in page_rebuild.h), back into lines.
std::vector<corpus::FurnitureLine> furniture_of(std::string_view text) {
  std::vector<corpus::FurnitureLine> out;
  while (!text.empty()) {
    const auto nl = text.find('\n');
    const std::string_view line = text.substr(0, nl);
    const auto tab = line.find('\t');
    if (tab != std::string_view::npos) {
      corpus::FurnitureLine f;
      f.line = std::atoi(std::string(line.substr(0, tab)).c_str());
      f.text = std::string(line.substr(tab + 1));
      out.push_back(std::move(f));
    }
    if (nl == std::string_view::npos) break;
    text.remove_prefix(nl + 1);
  }
  return out;
}

corpus::Article to_article(StoredArticle&& s) {
  corpus::Article a;
  a.kicker = std::move(s.kicker);
  a.title = std::move(s.title);
  a.subtitle = std::move(s.subtitle);
  a.paragraphs = paragraphs_of(s.body, s.own_paragraphs);
  a.byline = std::move(s.byline);
  a.reporters = std::move(s.reporters);
  a.correspondents = std::move(s.correspondents);
  a.photo_credit = s.photo_credit;
  // The writers store an absent date as the unknown one: the same row again.
  if (!is_empty(s.date)) a.date = s.date;
  a.district = std::move(s.district);
  a.continued_to = std::move(s.continued_to);
  a.continued_from = std::move(s.continued_from);
  a.position = s.position;
  a.first_line = s.first_line;
  a.last_line = s.last_line;
  return a;
}

}  // namespace

StoredPage to_page(const StoredFile& file, std::vector<StoredArticle> articles) {
  StoredPage out;
  corpus::PageOrigin& origin = out.page.origin;
  origin.paper = file.paper;
  origin.page = file.page;
  origin.page_name = file.page_name;
  // The articles keep the issue's date as the origin gave it (a year alone
  // too, which issue_key cannot hold); a page without articles has its key.
  const StoredDate issue = articles.empty() ? date_from_key(file.issue_key) : articles.front().published;
  if (!is_empty(issue)) origin.issue = issue;
  out.page.furniture = furniture_of(file.furniture);
  std::stable_sort(articles.begin(), articles.end(),
                   [](const StoredArticle& a, const StoredArticle& b) { return a.position < b.position; });
  for (auto& s : articles) {
    out.ids.push_back(s.id);
    out.page.articles.push_back(to_article(std::move(s)));
  }
  return out;
}

}  // namespace kanbao::store
