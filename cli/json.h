// SPDX-License-Identifier: MIT
// JSON shapes of the CLI's --json output (the Foundation issue fixes them).
#pragma once

#include <nlohmann/json.hpp>

#include "store/library.h"

namespace kanbao::cli {

// {id, paper, page, page_name, district, date (the listing date: published
// when known, else the event date), published, event_date, kicker, title,
// subtitle, reporters, correspondents, source}
nlohmann::json to_json(const store::ArticleRow& row);
// The row's fields plus {byline, photo_credit, body, paragraphs, path, first_line, last_line, position,
// pages (its own page, then the pages continuing it)}
nlohmann::json to_json(const store::Article& article);
// {name, articles, first_date, last_date, months: [{month, articles}]}
nlohmann::json to_json(const store::DistrictRow& district);
// {name, articles, issues, first_issue, last_issue}
nlohmann::json to_json(const store::PaperRow& paper);
// {id, paper, page, district, date, published, event_date, kicker, title, subtitle, snippet, highlights,
// hit_count, score}
nlohmann::json to_json(const store::SearchHit& hit);

// Serialises for output: UTF-8 kept as is, invalid bytes replaced, one value per call.
std::string dump(const nlohmann::json& value);
// The same on one line, for JSON Lines.
std::string dump_line(const nlohmann::json& value);

}  // namespace kanbao::cli
