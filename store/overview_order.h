// SPDX-License-Identifier: MIT
// How the overviews are ordered and dated, for every backend. Internal to store/.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "store/library.h"

namespace kanbao::store {

// Most articles first, then by name.
void sort_districts(std::vector<DistrictRow>& rows);

// The papers that have articles, most articles first, the unknown paper ("") last.
std::vector<PaperRow> papers_in_order(std::map<std::string, PaperRow>&& rows);

// The districts overview, built from groups of (paper, district, month) in
// any order: each backend groups its articles, this arranges them alike.
class DistrictOverview {
 public:
  // `papers` (may be null) tells the national papers, whose articles
  // without a district go to a row of their own (Library::districts).
  explicit DistrictOverview(const corpus::Papers* papers = nullptr) : papers_(papers) {}

  // `month` is a date key's first seven bytes ("YYYY-MM", "0000-MM" with the
  // year unknown) or "" for articles without a date; `first` and `last` are
  // the group's smallest and largest date keys.
  void add(const std::string& paper, const std::string& district, const std::string& month,
           std::int64_t articles, const std::string& first, const std::string& last);
  // The rows, most articles first, months ascending ("" no date first),
  // the national papers' row (if any) last. A district's first (or last)
  // date is the one among keys with a known year when there is one, else
  // among all.
  std::vector<DistrictRow> rows() &&;

 private:
  struct Tally {
    DistrictRow row;
    std::string first_with_year, last_with_year;  // keys with a known year
    std::string first_any, last_any;              // any dated key ("0000-..." sorts first)
  };
  // Adds one group's articles to `t`.
  static void add_to(Tally& t, const std::string& month, std::int64_t articles, const std::string& first,
                     const std::string& last);
  static DistrictRow finished(Tally& t);

  const corpus::Papers* papers_;
  std::map<std::string, Tally> tallies_;  // by district name ("" = unknown)
  std::optional<Tally> national_;         // national papers' articles without a district
};

}  // namespace kanbao::store
