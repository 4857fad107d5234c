// SPDX-License-Identifier: MIT
// How the overviews are ordered and dated, for every backend. Internal to store/.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "store/library.h"

namespace kanbao::store {

// Most articles first, then by name.
void sort_districts(std::vector<DistrictRow>& rows);

// The papers that have articles, most articles first, the unknown paper ("") last.
std::vector<PaperRow> papers_in_order(std::map<std::string, PaperRow>&& rows);

// A district's first (or last) date: the one among date keys with a known
// year when there is one, else among all (keys of unknown years).
StoredDate preferred_date(const std::string& with_year, const std::string& any);

}  // namespace kanbao::store
