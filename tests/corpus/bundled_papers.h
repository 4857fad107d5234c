// SPDX-License-Identifier: MIT
// The divisions and papers as kanbao knows them out of the box (the
// bundled data/divisions.tsv and data/papers.tsv), for tests that parse a
// page as some paper's.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "corpus/divisions.h"
#include "corpus/papers.h"

namespace kanbao::corpus::testing_util {

inline std::shared_ptr<const Divisions> bundled_divisions() {
  static const std::shared_ptr<const Divisions> loaded = [] {
    auto d = Divisions::load(std::string(KANBAO_SOURCE_DIR) + "/data/divisions.tsv");
    EXPECT_TRUE(d) << d.error().message();
    return std::make_shared<const Divisions>(d ? std::move(*d) : Divisions());
  }();
  return loaded;
}

// The divisions and the bundled table of papers' home cities.
inline const Papers& bundled_papers() {
  static const std::unique_ptr<const Papers> loaded = [] {
    auto p = std::make_unique<Papers>(bundled_divisions());
    auto rows = load_home_cities(std::string(KANBAO_SOURCE_DIR) + "/data/papers.tsv");
    EXPECT_TRUE(rows) << rows.error().message();
    if (rows)
      for (const auto& row : *rows) p->add_home_city(row.paper, row.city);
    return p;
  }();
  return *loaded;
}

}  // namespace kanbao::corpus::testing_util
