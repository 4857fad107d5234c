// SPDX-License-Identifier: MIT
#include "corpus/placement.h"

namespace kanbao::corpus {

PageOrigin origin_of(const PageContext& context) {
  PageOrigin origin;
  std::optional<int> year = context.year;
  if (!year) year = year_from_path(context.path);
  if (year) origin.issue = Date{*year, 0, 0};
  return origin;
}

void assign_districts(Page& page, std::string_view text, const PageContext& context) {
  static const Gazetteer kZhengzhou = Gazetteer::zhengzhou();
  const Gazetteer& gazetteer = context.gazetteer ? *context.gazetteer : kZhengzhou;
  auto district = gazetteer.from_path(context.path);
  if (!district && !page.articles.empty()) district = gazetteer.from_text(text);
  page.district = district.value_or("");
  for (Article& a : page.articles) a.district = page.district;
}

}  // namespace kanbao::corpus
