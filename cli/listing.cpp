// SPDX-License-Identifier: MIT
#include "cli/listing.h"

#include <fmt/format.h>

#include "cli/common.h"
#include "cli/formats.h"
#include "corpus/papers.h"
#include "store/national_papers.h"
#include "text/width.h"
#include "tui/article_words.h"

namespace kanbao::cli {

namespace {

// The date key --from or --to stands for: the first day of the date it
// names, or its last. Read as an end of a search's date:A..B (store), so
// both take the same dates.
Result<std::optional<std::string>> range_key(const Invocation& inv, const std::string& option) {
  const std::optional<std::string> value = inv.value(option);
  if (!value) return std::optional<std::string>();
  const bool start = option == "--from";
  std::optional<std::string> key = start ? store::range_start(*value) : store::range_end(*value);
  if (!key) {
    if (auto problem = typed_date_problem(*value)) return usage_error(option + ": " + *problem);
    return usage_error(fmt::format(
        "{} takes a day of the calendar as YYYY-MM-DD (2023-06-21, 2023/6/21, 20230621 or 2023年6月21日), a "
        "month as YYYY-MM (2023-06 or 2023年6月) or a year as YYYY, not '{}'",
        option, text::sanitize(*value)));
  }
  return key;
}

Result<std::optional<store::DateRange>> listing_dates(const Invocation& inv) {
  KANBAO_ASSIGN_OR_RETURN(const std::optional<std::string> from, range_key(inv, "--from"));
  KANBAO_ASSIGN_OR_RETURN(const std::optional<std::string> to, range_key(inv, "--to"));
  if (!from && !to) return std::optional<store::DateRange>();
  store::DateRange range;
  if (from) range.from = *from;
  if (to) range.to = *to;
  if (range.from > range.to) {
    return usage_error(fmt::format("--from '{}' is later than --to '{}': no day is in between",
                                   text::sanitize(*inv.value("--from")), text::sanitize(*inv.value("--to"))));
  }
  return std::optional<store::DateRange>(range);
}

// The filters of a listing as typed: "--paper '人民日报' --district '管城区'",
// or "" for none.
std::string listing_filters(const Invocation& inv) {
  std::string out;
  for (const char* option : {"--paper", "--district", "--from", "--to"}) {
    if (auto value = inv.value(option))
      out += (out.empty() ? "" : " ") + std::string(option) + " '" + *value + "'";
  }
  return out;
}

// --district 未知地区 (or its name in the output's language, as `districts`
// prints it: "district unknown") as open_for_listing reads it; other
// queries unchanged.
Status select_unknown_district(store::Library& library, const corpus::Papers& papers,
                               store::ListQuery& query) {
  if (!query.district || !store::district_selected(*query.district).empty()) return Status::Ok();
  query.district = "";
  KANBAO_ASSIGN_OR_RETURN(query.without_papers, store::held_national_papers(library, papers));
  return Status::Ok();
}

}  // namespace

Result<store::ListQuery> listing_query(const Invocation& inv) {
  store::ListQuery query;
  query.district = inv.value("--district");
  if (auto paper = inv.value("--paper")) query.paper = store::paper_selected(*paper);
  KANBAO_ASSIGN_OR_RETURN(query.dates, listing_dates(inv));
  return query;
}

Result<store::Library> open_for_listing(const Context& context, store::ListQuery& query) {
  KANBAO_ASSIGN_OR_RETURN(store::Library library, open_for_reading(context));
  KANBAO_TRY(select_unknown_district(library, *reading_papers(context.config), query));
  return library;
}

void note_nothing_listed(const Invocation& inv) {
  const std::string filters = listing_filters(inv);
  print_error(filters.empty() ? std::string("the library holds no article")
                              : "no article matches " + filters);
}

}  // namespace kanbao::cli
