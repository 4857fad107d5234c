// SPDX-License-Identifier: MIT
#include "corpus/papers.h"

#include <algorithm>
#include <utility>

#include "corpus/archive_path.h"
#include "corpus/text_util.h"
#include "corpus/tsv.h"

namespace kanbao::corpus {
namespace {

constexpr std::string_view kNational[] = {
    "人民日报",   "光明日报",       "经济日报",   "新华社",     "新华每日电讯", "中国日报",
    "中国青年报", "工人日报",       "农民日报",   "法治日报",   "法制日报",     "科技日报",
    "解放军报",   "参考消息",       "环球时报",   "中国新闻社", "中新社",       "人民日报海外版",
    "学习时报",   "中国纪检监察报", "中国妇女报", "中国教育报", "健康报",
};

// The pinyin initials archives and crawlers name the national papers' folders
// by (rmrb/2023-06-21/05.txt); a configured alias of the same name wins.
constexpr std::pair<std::string_view, std::string_view> kNationalCodes[] = {
    {"rmrb", "人民日报"},       {"rmrbhwb", "人民日报海外版"}, {"gmrb", "光明日报"}, {"jjrb", "经济日报"},
    {"zqb", "中国青年报"},      {"fzrb", "法治日报"},          {"kjrb", "科技日报"}, {"grrb", "工人日报"},
    {"nmrb", "农民日报"},       {"jfjb", "解放军报"},          {"ckxx", "参考消息"}, {"hqsb", "环球时报"},
    {"xhmrdx", "新华每日电讯"},
};

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool all_han(std::string_view s) {
  if (s.empty()) return false;
  for (std::size_t i = 0; i < s.size();)
    if (!util::is_han(util::next(s, i))) return false;
  return true;
}

}  // namespace

Result<std::vector<HomeCity>> load_home_cities(const std::string& path) {
  KANBAO_ASSIGN_OR_RETURN(const std::string text, read_data_file(path, "the table of papers"));
  return parse_home_cities(text, path);
}

Result<std::vector<HomeCity>> parse_home_cities(std::string_view tsv, const std::string& file) {
  std::vector<HomeCity> out;
  for (const auto& [number, fields] : tsv_rows(tsv)) {
    if (fields.size() != 2 || util::trim(fields[0]).empty() || util::trim(fields[1]).empty()) {
      return Error(file + ":" + std::to_string(number) +
                   ": expected a paper and its city separated by a tab");
    }
    out.push_back({std::string(util::trim(fields[0])), std::string(util::trim(fields[1]))});
  }
  return out;
}

Papers::Papers(std::shared_ptr<const Divisions> divisions, Gazetteer home)
    : divisions_(std::move(divisions)), home_(std::move(home)) {
  const bool known = divisions_ && !divisions_->empty();
  if (known) home_.set_passing_mentions(*divisions_, "郑州市");
  zhengzhou_ = home_;
  if (known) zhengzhou_.add_short_forms(*divisions_, "郑州市");
}

void Papers::add_alias(std::string alias, std::string name) {
  alias = lower_ascii(alias);
  std::erase_if(aliases_, [&](const auto& a) { return a.first == alias; });
  aliases_.emplace_back(std::move(alias), std::move(name));
}

void Papers::set_city(std::string paper, std::string city) { cities_[std::move(paper)] = std::move(city); }

void Papers::add_home_city(std::string paper, std::string city) {
  homes_[std::move(paper)] = std::move(city);
}

std::optional<std::string> Papers::paper_in(std::string_view component) const {
  component = util::trim(component);
  const std::string key = lower_ascii(component);
  for (const auto& [alias, name] : aliases_)
    if (alias == key || name == component) return name;
  if (cities_.count(component) != 0 || homes_.count(component) != 0) return std::string(component);
  for (const auto& [code, name] : kNationalCodes)
    if (code == key) return std::string(name);
  if (std::find(std::begin(kNational), std::end(kNational), component) != std::end(kNational))
    return std::string(component);
  if (all_han(component) && util::length_up_to(component, 13) <= 12 &&
      util::length_up_to(component, 3) >= 3 && util::last(component) == U'报')
    return std::string(component);
  return std::nullopt;
}

std::string Papers::paper_of_path(std::string_view path) const {
  auto parts = path_components(path);
  if (parts.empty()) return "";
  parts.back() = file_stem(path);
  for (std::size_t k = parts.size(); k-- > 0;)
    if (auto p = paper_in(parts[k])) return *p;
  return "";
}

bool Papers::national(std::string_view paper) const {
  if (auto it = cities_.find(paper); it != cities_.end()) return it->second.empty();
  return std::find(std::begin(kNational), std::end(kNational), paper) != std::end(kNational);
}

std::string Papers::prefecture_of(const std::string& city) const {
  if (city.empty()) return "";
  if (divisions_) {
    if (auto p = divisions_->prefecture(city)) return *p;
    // `paper.河南日报.city = 河南`: a province gives the province's districts.
    if (auto p = divisions_->province(city); p && divisions_->province_wide(*p)) return *p;
  }
  // Without the divisions, or a city they do not know: the name as given,
  // with 市 (郑州 -> 郑州市) so it compares with the divisions' names.
  return city.size() >= 3 && city.substr(city.size() - 3) == "市" ? city : city + "市";
}

std::string Papers::city_of(std::string_view paper) const {
  if (auto it = cities_.find(paper); it != cities_.end()) return prefecture_of(it->second);
  if (national(paper)) return "";
  // A city paper is known by its name alone (都市快报 is Hangzhou's): no
  // reader should have to configure what every reader of it knows.
  if (auto it = homes_.find(paper); it != homes_.end()) return prefecture_of(it->second);
  if (divisions_) {
    if (auto p = divisions_->region_in_name(paper)) return *p;
  } else if (paper.rfind("郑州", 0) == 0) {
    return "郑州市";
  }
  return "";
}

const Gazetteer* Papers::gazetteer_for(std::string_view paper) const {
  if (paper.empty()) return &home_;
  const std::string city = city_of(paper);
  if (city.empty()) return nullptr;
  if (city == "郑州市") return &zhengzhou_;
  if (!divisions_) return nullptr;
  std::lock_guard lock(mutex_);
  auto it = by_city_.find(city);
  if (it == by_city_.end()) {
    // A provincial paper (河南日报) covers its province's districts.
    // A city's own paper writes its units by their short forms too (桐庐);
    // a province's are too many for that.
    Gazetteer g;
    if (divisions_->province_wide(city)) {
      g = Gazetteer::for_province(*divisions_, city);
    } else {
      g = Gazetteer::for_prefecture(*divisions_, city);
      g.add_short_forms(*divisions_, city);
    }
    it = by_city_.emplace(city, std::make_unique<Gazetteer>(std::move(g))).first;
  }
  return it->second.get();
}

}  // namespace kanbao::corpus
