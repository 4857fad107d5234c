// SPDX-License-Identifier: MIT
#include "store/overview_order.h"

#include <algorithm>
#include <optional>
#include <tuple>

#include "store/stored_date.h"

namespace kanbao::store {

void sort_districts(std::vector<DistrictRow>& rows) {
  std::sort(rows.begin(), rows.end(), [](const DistrictRow& a, const DistrictRow& b) {
    if (a.articles != b.articles) return a.articles > b.articles;
    return a.name < b.name;
  });
}

std::vector<PaperRow> papers_in_order(std::map<std::string, PaperRow>&& rows) {
  std::vector<PaperRow> out;
  for (auto& [name, row] : rows)
    if (row.articles > 0) out.push_back(std::move(row));
  std::stable_sort(out.begin(), out.end(), [](const PaperRow& a, const PaperRow& b) {
    if (a.name.empty() != b.name.empty()) return b.name.empty();  // the unknown paper last
    return a.articles > b.articles;
  });
  return out;
}

namespace {

void widen(std::string& first, std::string& last, const std::string& lo, const std::string& hi) {
  if (first.empty() || lo < first) first = lo;
  if (last.empty() || hi > last) last = hi;
}

StoredDate preferred_date(const std::string& with_year, const std::string& any) {
  return date_from_key(with_year.empty() ? any : with_year);
}

}  // namespace

void DistrictOverview::add(const std::string& paper, const std::string& district, const std::string& month,
                           std::int64_t articles, const std::string& first, const std::string& last) {
  // No district applies to a national paper's article: it is not unknown.
  if (district.empty() && papers_ != nullptr && !paper.empty() && papers_->national(paper)) {
    if (!national_) national_.emplace().row.no_district_applies = true;
    add_to(*national_, month, articles, first, last);
    return;
  }
  Tally& t = tallies_[district];
  t.row.name = district;
  add_to(t, month, articles, first, last);
}

void DistrictOverview::add_to(Tally& t, const std::string& month, std::int64_t articles,
                              const std::string& first, const std::string& last) {
  t.row.articles += articles;
  if (month.size() < 7) return;  // no date
  widen(t.first_any, t.last_any, first, last);
  if (month >= "0001") widen(t.first_with_year, t.last_with_year, first, last);
  const StoredDate m = date_from_key(month + "-01");
  // Several papers' groups of one month are one month.
  auto& months = t.row.months;
  const auto same = std::find_if(months.begin(), months.end(),
                                 [&](const MonthCount& c) { return c.year == m.year && c.month == m.month; });
  if (same != months.end()) {
    same->articles += articles;
  } else {
    months.push_back(MonthCount{m.year, m.month, articles});
  }
}

DistrictRow DistrictOverview::finished(Tally& t) {
  t.row.first_date = preferred_date(t.first_with_year, t.first_any);
  t.row.last_date = preferred_date(t.last_with_year, t.last_any);
  std::sort(t.row.months.begin(), t.row.months.end(), [](const MonthCount& a, const MonthCount& b) {
    return std::pair(a.year, a.month) < std::pair(b.year, b.month);
  });
  return std::move(t.row);
}

std::vector<DistrictRow> DistrictOverview::rows() && {
  std::vector<DistrictRow> rows;
  for (auto& [name, t] : tallies_) rows.push_back(finished(t));
  sort_districts(rows);
  if (national_) rows.push_back(finished(*national_));
  return rows;
}

namespace {

// The earliest (`later` false) or latest of `dates` that are known, those
// with a year preferred: each the least of its key.
StoredDate extreme(const std::vector<StoredDate>& dates, bool later) {
  const int sign = later ? -1 : 1;
  auto key = [sign](const StoredDate& d) {
    return std::tuple(d.year == 0, sign * d.year, sign * d.month, sign * d.day);
  };
  std::optional<StoredDate> best;
  for (const auto& d : dates)
    if (d.known() && (!best || key(d) < key(*best))) best = d;
  return best.value_or(StoredDate{});
}

}  // namespace

std::vector<DistrictRow> shown_districts(std::vector<DistrictRow> rows) {
  if (rows.size() == 1 && rows.front().name.empty()) rows.clear();
  std::erase_if(rows, [](const DistrictRow& d) { return d.no_district_applies; });
  return rows;
}

DistrictRow all_districts(const std::vector<DistrictRow>& rows) {
  DistrictRow all;
  std::vector<StoredDate> firsts, lasts;
  for (const auto& row : rows) {
    all.articles += row.articles;
    firsts.push_back(row.first_date);
    lasts.push_back(row.last_date);
  }
  all.first_date = extreme(firsts, false);
  all.last_date = extreme(lasts, true);
  return all;
}

}  // namespace kanbao::store
