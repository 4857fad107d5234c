// SPDX-License-Identifier: MIT
// Library::districts: the district overview (counts, date range, months).
#include <map>
#include <optional>
#include <string>

#include "store/district_name.h"
#include "store/library.h"
#include "store/library_impl.h"
#include "store/overview_order.h"

namespace kanbao::store {

namespace {

// Each district's name by its id.
Result<std::map<std::int64_t, std::string>> district_names(sql::Db& db) {
  KANBAO_ASSIGN_OR_RETURN(auto names, db.prepare("SELECT id, name FROM districts"));
  std::map<std::int64_t, std::string> name_of;
  for (;;) {
    KANBAO_ASSIGN_OR_RETURN(auto more, names.step());
    if (!more) break;
    name_of[names.int64(0)] = names.text(1);
  }
  return name_of;
}

}  // namespace

std::string paper_set(const std::vector<std::string>& papers) {
  std::string out = "\x1f";
  for (const auto& p : papers) out += p + "\x1f";
  return out;
}

std::string canonical_district(const corpus::Gazetteer& gazetteer, const std::string& name) {
  return gazetteer.canonical(name).value_or(name);
}

Status check_district(Library& library, const corpus::Gazetteer& gazetteer, const CountryDistrict& country,
                      const std::string& name) {
  if (gazetteer.canonical(name)) return Status::Ok();
  // Only now the overview (a few rows a district and month): a mistyped
  // or foreign name is rare, a known one is every browser listing.
  KANBAO_ASSIGN_OR_RETURN(const std::vector<DistrictRow> rows, library.districts());
  std::string held;
  for (const auto& row : rows) {
    if (row.name == name && !name.empty()) return Status::Ok();
    if (!row.name.empty()) held += (held.empty() ? "" : ", ") + row.name;
  }
  // Last, as it may read the country's divisions: a real district of
  // another city (西湖区 in a Hangzhou library without an article of it).
  if (country && !name.empty()) {
    KANBAO_ASSIGN_OR_RETURN(const bool real, country(name));
    if (real) return Status::Ok();
  }
  if (held.empty()) {
    return Error(
        ErrorWords{"unknown district \"{}\"; this library holds no article of a known district", {name}});
  }
  return Error(ErrorWords{"unknown district \"{}\"; this library's districts: {}", {name, held}});
}

// Reads article_tally (store/article_tally.h), a few rows a district and
// month, rather than the articles themselves: the browser's first screen
// waits on this, and a scan of every article's (district, date) took 25 ms
// at 200,000 articles and over 100 ms at 1,000,000.
Result<std::vector<DistrictRow>> Library::districts(const corpus::Papers* papers) {
  if (impl_->backend) return impl_->backend->districts(papers);
  KANBAO_ASSIGN_OR_RETURN(const auto name_of, district_names(impl_->db));
  KANBAO_ASSIGN_OR_RETURN(auto groups,
                          impl_->db.prepare("SELECT paper, district_id, month, articles, first_key, "
                                            "last_key FROM article_tally"));
  DistrictOverview overview(papers);
  for (;;) {
    KANBAO_ASSIGN_OR_RETURN(auto more, groups.step());
    if (!more) break;
    const auto name = name_of.find(groups.int64(1));  // 0: no district
    overview.add(groups.text(0), name != name_of.end() ? name->second : std::string(), groups.text(2),
                 groups.int64(3), groups.text(4), groups.text(5));
  }
  return std::move(overview).rows();
}

}  // namespace kanbao::store
