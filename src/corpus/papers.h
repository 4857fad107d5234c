// SPDX-License-Identifier: MIT
// The papers an archive holds: which path component names one, each
// paper's city (which selects its districts) and the national papers,
// whose articles have no district.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/result.h"
#include "corpus/divisions.h"
#include "corpus/gazetteer.h"

namespace kanbao::corpus {

// A city paper whose name does not name its city (都市快报 -> 杭州市): a row
// of data/papers.tsv (see data/README.md).
struct HomeCity {
  std::string paper;  // "都市快报"
  std::string city;   // "杭州市"
};

// Reads the tab-separated table (paper, city; `#` lines are comments).
// Fails naming the file and line of a malformed row.
Result<std::vector<HomeCity>> load_home_cities(const std::string& path);
Result<std::vector<HomeCity>> parse_home_cities(std::string_view tsv, const std::string& file);

class Papers {
 public:
  // `divisions` may be empty (then only configured cities and Zhengzhou's
  // built-in districts are known); `home` is the gazetteer of pages whose
  // paper is unknown and of Zhengzhou's papers (Zhengzhou plus the
  // configuration's district aliases).
  explicit Papers(std::shared_ptr<const Divisions> divisions = nullptr,
                  Gazetteer home = Gazetteer::zhengzhou());

  // `paper.zzrb = 郑州日报`: the component `zzrb` (any ASCII case) names 郑州日报.
  void add_alias(std::string alias, std::string name);
  // `paper.郑州日报.city = 郑州`: the paper's city, overriding its name.
  // An empty city makes it a paper without districts.
  void set_city(std::string paper, std::string city);
  // The bundled table's home city of a paper (都市快报 -> 杭州市), used
  // when the configuration sets none; it overrides the name's city.
  void add_home_city(std::string paper, std::string city);

  // The paper a path component names: a configured alias or name, a known
  // national paper or its pinyin initials (rmrb, gmrb, zqb), a paper of the bundled table (晶报), or a
  // Han name ending in 报 (郑州日报, 大河报,
  // 郑州晚报) of at most 12 characters. nullopt otherwise.
  std::optional<std::string> paper_in(std::string_view component) const;
  // The deepest component of `path` that names a paper ("" if none).
  std::string paper_of_path(std::string_view path) const;

  // 人民日报, 光明日报, 经济日报, 新华社, … (and any paper configured with an
  // empty city): national papers, whose articles have no district.
  bool national(std::string_view paper) const;

  // The prefecture ("郑州市") of a paper: configured, else its home city
  // in the bundled table (都市快报 -> 杭州市), else the city its name begins
  // with (郑州晚报 -> 郑州市). A provincial paper's is its province
  // (河南日报, 吉林日报 -> 吉林省, never 吉林市; a configured 河南); a
  // municipality's paper's its city (北京日报 -> 北京市). "" when unknown.
  std::string city_of(std::string_view paper) const;

  // The gazetteer for a page of `paper` ("" = unknown paper: the home one),
  // or nullptr when the paper's articles get no district (national, or a
  // paper whose city is unknown: an ambiguous name means nothing there).
  // Built once per city; safe to call from several threads.
  const Gazetteer* gazetteer_for(std::string_view paper) const;

  const Divisions* divisions() const { return divisions_.get(); }

 private:
  std::shared_ptr<const Divisions> divisions_;
  Gazetteer home_;
  // Zhengzhou's papers' gazetteer: home_ with the short forms of
  // Zhengzhou's districts (管城), which a page of no known paper lacks.
  Gazetteer zhengzhou_;
  std::vector<std::pair<std::string, std::string>> aliases_;  // alias (ASCII lowered) -> name
  // The prefecture a city name means ("郑州" -> "郑州市"), "" for "".
  std::string prefecture_of(const std::string& city) const;

  std::map<std::string, std::string, std::less<>> cities_;  // paper -> city as configured
  std::map<std::string, std::string, std::less<>> homes_;   // paper -> city from the table
  mutable std::mutex mutex_;
  mutable std::map<std::string, std::unique_ptr<Gazetteer>, std::less<>> by_city_;
};

}  // namespace kanbao::corpus
