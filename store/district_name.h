// SPDX-License-Identifier: MIT
// Resolving a district name the user typed. Internal to store/.
#pragma once

#include <functional>
#include <string>

#include "base/result.h"
#include "corpus/gazetteer.h"
#include "store/library.h"

namespace kanbao::store {

// The canonical name of `name` (a name or alias the gazetteer knows), else
// `name` itself: a district the library holds though the gazetteer does not
// know it (one a configuration added when it was indexed). Library::search,
// list, count and position have checked the name (check_district) first.
std::string canonical_district(const corpus::Gazetteer& gazetteer, const std::string& name);

// LibrarySetup::country_district: whether a name is a county-level
// division of the country.
using CountryDistrict = std::function<Result<bool>(const std::string&)>;

// Ok when `name` is "" (no district), the gazetteer knows it, the library
// holds articles of a district so named or so shortened (拱墅 for 拱墅区,
// when no other of its districts is; then added to the gazetteer as a typed
// name, so canonical_district reads it) or `country` says it is a
// county-level division of the country; else an error naming the districts
// the library does hold (not the gazetteer's: a library of another city
// holds none of them), or those a short name may mean - the same message
// for search, list and export.
Status check_district(Library& library, corpus::Gazetteer& gazetteer, const CountryDistrict& country,
                      const std::string& name);

// ListQuery::without_papers as one string bound to a query, each name
// between unit separators (U+001F), which no paper's name holds: a row is
// left out when the string holds char(31) || paper || char(31).
std::string paper_set(const std::vector<std::string>& papers);

}  // namespace kanbao::store
