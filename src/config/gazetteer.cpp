// SPDX-License-Identifier: MIT
#include "config/gazetteer.h"

namespace kanbao::config {

corpus::Gazetteer extended_gazetteer(const Config& config) {
  corpus::Gazetteer gazetteer = corpus::Gazetteer::zhengzhou();
  for (const auto& alias : config.district_aliases) {
    gazetteer.add(alias.canonical, alias.canonical);  // a new district names itself
    gazetteer.add(alias.alias, alias.canonical);
  }
  return gazetteer;
}

}  // namespace kanbao::config
