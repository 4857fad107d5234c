// SPDX-License-Identifier: MIT
#include "cli/listing.h"

#include "cli/common.h"

namespace kanbao::cli {

std::string listing_filters(const Invocation& inv) {
  std::string out;
  for (const char* option : {"--paper", "--district"}) {
    if (auto value = inv.value(option))
      out += (out.empty() ? "" : " ") + std::string(option) + " '" + *value + "'";
  }
  return out;
}

void note_nothing_listed(const Invocation& inv) {
  const std::string filters = listing_filters(inv);
  print_error(filters.empty() ? std::string("the library holds no article")
                              : "no article matches " + filters);
}

}  // namespace kanbao::cli
