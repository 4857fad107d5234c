// SPDX-License-Identifier: MIT
#include "cli/json.h"

#include <fmt/format.h>

#include "text/utf8.h"
#include "text/width.h"

namespace kanbao::cli {

using nlohmann::json;

namespace {

json nullable(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

// nlohmann-json escapes only C0 controls: DEL, C1 controls (U+009B is an
// 8-bit CSI) and bidi overrides would reach a terminal showing the JSON raw.
// Such characters occur only inside strings, where \uXXXX stands for the same
// character, so escaping them in the serialised text keeps the value and
// valid JSON. Everything else (Han text included) stays as it is.
std::string escape_unsafe(const std::string& serialised) {
  std::string out;
  out.reserve(serialised.size());
  std::size_t i = 0;
  while (i < serialised.size()) {
    const std::size_t start = i;
    const char32_t c = text::decode(serialised, i);
    if (c != text::kInvalid && c >= 0x7F && text::is_unsafe_for_terminal(c)) {
      out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
    } else {
      out.append(serialised, start, i - start);
    }
  }
  return out;
}

// Every page a row's article is printed on, its own first (`page`), then
// those of its continued parts and reprinted copies; [] when unknown.
json pages_json(const std::vector<std::string>& pages) {
  json out = json::array();
  for (const auto& page : pages)
    if (!page.empty()) out.push_back(page);
  return out;
}

}  // namespace

json to_json(const store::ArticleRow& row) {
  return json{{"id", row.id},
              {"paper", nullable(row.paper)},
              {"page", nullable(row.page)},
              {"pages", pages_json(store::row_pages(row))},
              {"page_name", nullable(row.page_name)},
              {"district", nullable(row.district)},
              {"date", nullable(store::listing_date(row).str())},
              {"published", nullable(row.published.str())},
              {"event_date", nullable(row.date.str())},
              {"kicker", row.kicker},
              {"title", row.title},
              {"subtitle", row.subtitle},
              {"reporters", row.reporters},
              {"correspondents", row.correspondents},
              {"source", row.source}};
}

json to_json(const store::Article& article) {
  json out = to_json(static_cast<const store::ArticleRow&>(article));
  std::string body;
  for (const auto& paragraph : article.paragraphs) {
    if (!body.empty()) body += "\n";
    body += paragraph;
  }
  out["byline"] = article.byline;
  out["photo_credit"] = article.photo_credit;
  out["body"] = body;
  out["paragraphs"] = article.paragraphs;
  out["part_sources"] = article.part_sources;
  out["path"] = article.path;
  out["first_line"] = article.first_line;
  out["last_line"] = article.last_line;
  out["position"] = article.position;
  return out;
}

json to_json(const store::PaperRow& paper) {
  return json{{"name", nullable(paper.name)},
              {"articles", paper.articles},
              {"issues", paper.issues},
              {"first_issue", nullable(paper.first_issue.str())},
              {"last_issue", nullable(paper.last_issue.str())}};
}

json to_json(const store::DistrictRow& district) {
  json months = json::array();
  for (const auto& m : district.months) {
    store::StoredDate d{m.year, m.month, 1};
    std::string key = d.str();  // "YYYY-MM-01" or "--MM-01"
    months.push_back({{"month", key.substr(0, key.size() - 3)}, {"articles", m.articles}});
  }
  return json{{"name", nullable(district.name)},
              {"articles", district.articles},
              {"first_date", nullable(district.first_date.str())},
              {"last_date", nullable(district.last_date.str())},
              {"months", months}};
}

json to_json(const store::SearchHit& hit) {
  json highlights = json::array();
  for (const auto& span : hit.highlights) highlights.push_back(json::array({span.begin, span.end}));
  return json{{"id", hit.id},
              {"paper", nullable(hit.paper)},
              {"page", nullable(hit.page)},
              {"pages", pages_json(store::row_pages(hit))},
              {"district", nullable(hit.district)},
              {"date", nullable(store::listing_date(hit).str())},
              {"published", nullable(hit.published.str())},
              {"event_date", nullable(hit.date.str())},
              {"kicker", hit.kicker},
              {"title", hit.title},
              {"subtitle", hit.subtitle},
              {"snippet", hit.snippet},
              {"highlights", highlights},
              {"hit_count", hit.hit_count},
              {"score", hit.score}};
}

std::string dump(const json& value) {
  return escape_unsafe(value.dump(2, ' ', false, json::error_handler_t::replace)) + "\n";
}

std::string dump_line(const json& value) {
  return escape_unsafe(value.dump(-1, ' ', false, json::error_handler_t::replace)) + "\n";
}

}  // namespace kanbao::cli
