// SPDX-License-Identifier: MIT
// The country's county-level administrative divisions (GB/T 2260), loaded
// from data/divisions.tsv (see data/README.md for its provenance).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.h"

namespace kanbao::corpus {

struct Division {
  std::string code;        // "410104"
  std::string province;    // "河南省"
  std::string prefecture;  // "郑州市" (a municipality names itself: "北京市")
  std::string name;        // "管城回族区"
};

class Divisions {
 public:
  Divisions() = default;

  // Reads the tab-separated file (code, province, prefecture, name; `#`
  // lines are comments). Fails naming the file and line of a malformed row.
  static Result<Divisions> load(const std::string& path);
  static Result<Divisions> parse(std::string_view tsv, const std::string& file);

  bool empty() const { return rows_.empty(); }
  // Every county-level division, in code order.
  std::span<const Division> all() const { return rows_; }
  std::size_t size() const { return rows_.size(); }

  // The prefecture-level city a name means: "郑州", "郑州市" -> "郑州市";
  // a municipality "北京" -> "北京市". nullopt when unknown.
  std::optional<std::string> prefecture(std::string_view name) const;

  // The prefecture whose short name begins `paper_name` ("郑州日报",
  // "郑州晚报" -> "郑州市"; the longest short name wins). nullopt if none.
  std::optional<std::string> prefecture_in_name(std::string_view paper_name) const;

  // The province-level division a name means: "河南", "河南省" -> "河南省",
  // "广西" -> "广西壮族自治区", a municipality "北京" -> "北京市". nullopt
  // when unknown.
  std::optional<std::string> province(std::string_view name) const;

  // A municipality (北京市, 上海市, 天津市, 重庆市): a province-level city
  // that is its own prefecture, so its papers are city papers.
  bool municipality(std::string_view province) const;

  // A province or autonomous region (not a municipality) by its full name
  // ("河南省", "广西壮族自治区"): the region a provincial paper covers.
  bool province_wide(std::string_view name) const;

  // The region a paper's name begins with: the province a provincial paper
  // is named for (河南日报 -> 河南省, 吉林日报 -> 吉林省, 海南日报 -> 海南省,
  // never the prefecture that merely shares the name: 吉林市, 海南藏族自治州),
  // else the prefecture (郑州晚报 -> 郑州市, 北京日报 -> 北京市: a
  // municipality is its city). nullopt if none.
  std::optional<std::string> region_in_name(std::string_view paper_name) const;

  // Whether `name` is the full name of a county-level division anywhere in
  // the country ("西湖区", "鼓楼区", "新郑市"; not the short "西湖").
  bool county_level(std::string_view name) const;

  // The county-level divisions of a prefecture ("郑州市"), in code order.
  std::vector<const Division*> of_prefecture(std::string_view prefecture) const;
  // The county-level divisions of a province ("河南省"), in code order.
  std::vector<const Division*> of_province(std::string_view province) const;

  // Names other places are written by before a district name in passing
  // (西安高新区, 北京经开区): the short names of every province and
  // prefecture ("河南", "郑州", "西安", "北京"), at least two characters.
  std::vector<std::string> place_names() const;

  // County-level names used by more than one prefecture (鼓楼区, 城关区),
  // plus the generic 高新区, 经开区 and 新区.
  std::vector<std::string> shared_names() const;

  // "郑州市" -> "郑州", "河南省" -> "河南", "广西壮族自治区" -> "广西".
  static std::string short_name(std::string_view name);

 private:
  std::vector<Division> rows_;
};

}  // namespace kanbao::corpus
