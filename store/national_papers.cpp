// SPDX-License-Identifier: MIT
#include "store/national_papers.h"

#include <algorithm>

namespace kanbao::store {

Result<std::vector<std::string>> held_national_papers(Library& library, const corpus::Papers& papers) {
  KANBAO_ASSIGN_OR_RETURN(std::vector<std::string> held, library.paper_names());
  std::erase_if(held, [&papers](const std::string& name) { return name.empty() || !papers.national(name); });
  std::sort(held.begin(), held.end());
  return held;
}

}  // namespace kanbao::store
