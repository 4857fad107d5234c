// SPDX-License-Identifier: MIT
// Resolving a district name the user typed. Internal to store/.
#pragma once

#include <string>

#include "base/result.h"
#include "corpus/gazetteer.h"

namespace kanbao::store {

// The canonical name of `name` (a name or alias), or an error naming the
// known districts - the same message for search, list and export.
Result<std::string> canonical_district(const corpus::Gazetteer& gazetteer, const std::string& name);

// "unknown district "<name>"; known districts: ...".
Error unknown_district(const corpus::Gazetteer& gazetteer, const std::string& name);

}  // namespace kanbao::store
