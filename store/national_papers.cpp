// SPDX-License-Identifier: MIT
#include "store/national_papers.h"

namespace kanbao::store {

Result<std::vector<std::string>> held_national_papers(Library& library, const corpus::Papers& papers) {
  KANBAO_ASSIGN_OR_RETURN(const std::vector<PaperRow> held, library.papers());
  std::vector<std::string> out;
  for (const auto& p : held)
    if (!p.name.empty() && papers.national(p.name)) out.push_back(p.name);
  return out;
}

}  // namespace kanbao::store
