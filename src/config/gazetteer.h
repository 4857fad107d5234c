// SPDX-License-Identifier: MIT
// The district gazetteer extended by the configuration's `district.*` lines.
#pragma once

#include "config/config.h"
#include "corpus/gazetteer.h"

namespace kanbao::config {

// Zhengzhou's districts plus every alias (and new district) the file adds.
corpus::Gazetteer extended_gazetteer(const Config& config);

}  // namespace kanbao::config
