// SPDX-License-Identifier: MIT
// `kanbao search`'s text output: what it says of the hits it leaves out.
#include "cli/formats.h"

#include <gtest/gtest.h>

namespace kanbao::cli {
namespace {

store::SearchPage one_hit_of(std::int64_t total, bool estimate) {
  store::SearchPage page;
  store::SearchHit hit;
  hit.id = 7;
  hit.title = "长江大桥通车";
  hit.snippet = "长江大桥今天通车";
  page.hits.push_back(hit);
  page.total = total;
  page.total_is_estimate = estimate;
  return page;
}

TEST(HitsText, AnExactTotalIsPrintedAsIs) {
  const std::string out = hits_text(one_hit_of(5000, false), Emphasis{});
  EXPECT_NE(out.find("(1 of 5000 articles; --limit 0 shows all)"), std::string::npos) << out;
}

TEST(HitsText, AnEstimatedTotalSaysAbout) {
  const std::string out = hits_text(one_hit_of(5000, true), Emphasis{});
  EXPECT_NE(out.find("(1 of about 5000 articles; --limit 0 shows all)"), std::string::npos) << out;
}

}  // namespace
}  // namespace kanbao::cli
