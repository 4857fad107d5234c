// SPDX-License-Identifier: MIT
// Library::districts: the district overview (counts, date range, months).
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "store/district_name.h"
#include "store/library.h"
#include "store/library_impl.h"
#include "store/overview_order.h"
#include "text/strings.h"

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

namespace {

// The districts `rows` holds whose short name (corpus::short_form_of) is
// `name`: 拱墅区 for 拱墅, 管城回族区 for 管城.
std::vector<std::string> shortened_to(const std::vector<DistrictRow>& rows, const std::string& name) {
  std::vector<std::string> named;
  for (const auto& row : rows)
    if (!row.name.empty() && corpus::short_form_of(row.name) == name) named.push_back(row.name);
  return named;
}

}  // namespace

Status check_district(Library& library, corpus::Gazetteer& gazetteer, const CountryDistrict& country,
                      const std::string& name) {
  // "": the articles of no district (district_selected), in any library.
  if (name.empty() || gazetteer.canonical(name)) return Status::Ok();
  // Only now the overview (a few rows a district and month): a mistyped
  // or foreign name is rare, a known one is every browser listing.
  KANBAO_ASSIGN_OR_RETURN(const std::vector<DistrictRow> rows, library.districts());
  std::string held;
  for (const auto& row : rows) {
    if (row.name == name) return Status::Ok();
    if (!row.name.empty()) held += (held.empty() ? "" : ", ") + row.name;
  }
  // A short name (拱墅), as the papers write them, when it names one
  // district of the library: from now on canonical_district() reads it so.
  const std::vector<std::string> named = shortened_to(rows, name);
  if (named.size() == 1) {
    gazetteer.add_typed_name(name, named.front());
    return Status::Ok();
  }
  if (named.size() > 1) {
    return Error(ErrorWords{"district \"{}\" is ambiguous: it may be {}", {name, text::join(named, ", ")}});
  }
  // Last, as it may read the country's divisions: a real district of
  // another city (西湖区 in a Hangzhou library without an article of it).
  if (country) {
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
