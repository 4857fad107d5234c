// SPDX-License-Identifier: MIT
// The national papers a library holds: what 未知地区 leaves out.
#pragma once

#include <string>
#include <vector>

#include "base/result.h"
#include "corpus/papers.h"
#include "store/library.h"

namespace kanbao::store {

// The papers of `library` that `papers` calls national (人民日报): no
// district applies to their articles, so a listing of 未知地区 leaves them
// out (ListQuery::without_papers), as districts(papers) counts them apart.
// An error if the library's papers cannot be read.
Result<std::vector<std::string>> held_national_papers(Library& library, const corpus::Papers& papers);

}  // namespace kanbao::store
