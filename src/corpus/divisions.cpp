// SPDX-License-Identifier: MIT
#include "corpus/divisions.h"

#include <algorithm>
#include <map>
#include <set>

#include "corpus/text_util.h"
#include "corpus/tsv.h"

namespace kanbao::corpus {
namespace {

bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

// The first `n` code points of s.
std::string_view head(std::string_view s, std::size_t n) {
  std::size_t i = 0;
  for (std::size_t k = 0; k < n && i < s.size(); ++k) util::next(s, i);
  return s.substr(0, i);
}

// The division level (`field`: province or prefecture) whose short name
// begins `name` and is the longest such, with that short name's size in
// bytes; nullopt and 0 if none.
std::pair<std::optional<std::string>, std::size_t> longest_named(const std::vector<Division>& rows,
                                                                 std::string Division::*field,
                                                                 std::string_view name) {
  std::optional<std::string> best;
  std::size_t best_size = 0;
  std::set<std::string_view> seen;
  for (const auto& d : rows) {
    const std::string& full = d.*field;
    if (!seen.insert(full).second) continue;
    const std::string s = Divisions::short_name(full);
    if (s.size() > best_size && name.substr(0, s.size()) == s) {
      best = full;
      best_size = s.size();
    }
  }
  return {best, best_size};
}

}  // namespace

std::string Divisions::short_name(std::string_view name) {
  // Autonomous regions and prefectures carry their peoples' names:
  // 广西壮族自治区 -> 广西, 内蒙古自治区 -> 内蒙古, 延边朝鲜族自治州 -> 延边.
  for (std::string_view suffix : {"自治区", "自治州"}) {
    if (!ends_with(name, suffix)) continue;
    if (name.rfind("内蒙古", 0) == 0) return "内蒙古";
    return std::string(head(name, 2));
  }
  for (std::string_view suffix : {"特别行政区", "地区", "省", "市", "盟"}) {
    if (ends_with(name, suffix) && util::length_up_to(name, 4) > 2) {
      return std::string(name.substr(0, name.size() - suffix.size()));
    }
  }
  return std::string(name);
}

Result<Divisions> Divisions::load(const std::string& path) {
  KANBAO_ASSIGN_OR_RETURN(const std::string text, read_data_file(path, "the gazetteer"));
  return parse(text, path);
}

Result<Divisions> Divisions::parse(std::string_view tsv, const std::string& file) {
  Divisions out;
  for (auto& [number, fields] : tsv_rows(tsv)) {
    if (fields.size() != 4 || fields[0].empty() || fields[3].empty()) {
      return Error(file + ":" + std::to_string(number) +
                   ": expected code, province, prefecture and name separated by tabs");
    }
    out.rows_.push_back(
        {std::move(fields[0]), std::move(fields[1]), std::move(fields[2]), std::move(fields[3])});
  }
  return out;
}

std::optional<std::string> Divisions::prefecture(std::string_view name) const {
  name = util::trim(name);
  if (name.empty()) return std::nullopt;
  for (const auto& d : rows_) {
    if (d.prefecture == name || short_name(d.prefecture) == name) return d.prefecture;
  }
  return std::nullopt;
}

std::optional<std::string> Divisions::prefecture_in_name(std::string_view paper_name) const {
  return longest_named(rows_, &Division::prefecture, paper_name).first;
}

std::optional<std::string> Divisions::province(std::string_view name) const {
  name = util::trim(name);
  if (name.empty()) return std::nullopt;
  for (const auto& d : rows_) {
    if (d.province == name || short_name(d.province) == name) return d.province;
  }
  return std::nullopt;
}

bool Divisions::municipality(std::string_view province) const {
  return std::any_of(rows_.begin(), rows_.end(),
                     [&](const Division& d) { return d.province == province && d.prefecture == province; });
}

bool Divisions::province_wide(std::string_view name) const {
  const bool known =
      std::any_of(rows_.begin(), rows_.end(), [&](const Division& d) { return d.province == name; });
  return known && !municipality(name);
}

std::optional<std::string> Divisions::region_in_name(std::string_view paper_name) const {
  std::optional<std::string> prefecture = prefecture_in_name(paper_name);
  const auto [province, province_size] = longest_named(rows_, &Division::province, paper_name);
  if (!province || municipality(*province)) return prefecture;
  if (!prefecture) return province;
  // A name that spells out the prefecture (吉林市晚报) or a longer place name
  // than the province's is the prefecture's; 吉林日报 and 海南日报, which
  // share their first characters with 吉林市 and 海南藏族自治州, are the
  // provinces' papers.
  const std::string city = short_name(*prefecture);
  if (paper_name.substr(0, prefecture->size()) == *prefecture || city.size() > province_size)
    return prefecture;
  return province;
}

std::vector<const Division*> Divisions::of_province(std::string_view province) const {
  std::vector<const Division*> out;
  for (const auto& d : rows_)
    if (d.province == province) out.push_back(&d);
  return out;
}

bool Divisions::county_level(std::string_view name) const {
  return std::any_of(rows_.begin(), rows_.end(), [&](const Division& d) { return d.name == name; });
}

std::vector<const Division*> Divisions::of_prefecture(std::string_view prefecture) const {
  std::vector<const Division*> out;
  for (const auto& d : rows_)
    if (d.prefecture == prefecture) out.push_back(&d);
  return out;
}

std::vector<std::string> Divisions::place_names() const {
  std::set<std::string> names;
  for (const auto& d : rows_) {
    for (const std::string* n : {&d.province, &d.prefecture}) {
      std::string s = short_name(*n);
      if (util::length_up_to(s, 2) >= 2) names.insert(std::move(s));
    }
  }
  return {names.begin(), names.end()};
}

std::vector<std::string> Divisions::shared_names() const {
  std::map<std::string, std::set<std::string>> cities;
  for (const auto& d : rows_) cities[d.name].insert(d.prefecture);
  std::vector<std::string> out = {"高新区", "经开区", "新区"};
  for (const auto& [name, where] : cities)
    if (where.size() > 1) out.push_back(name);
  return out;
}

}  // namespace kanbao::corpus
