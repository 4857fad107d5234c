// SPDX-License-Identifier: MIT
// What `list` and `export` share: their filters, and what they say when
// the filters match nothing.
#pragma once

#include <string>

#include "base/result.h"
#include "cli/args.h"
#include "cli/common.h"
#include "store/library.h"

namespace kanbao::cli {

// The articles a listing selects: --district, --paper, and the listing
// dates from --from to --to (each inclusive, either alone). A usage error
// naming the option and its value for a date that is none (or no day of
// the calendar), or for a --from later than --to.
Result<store::ListQuery> listing_query(const Invocation& inv);

// The library for a listing, opened for reading, with `query` ready for
// it: --district 未知地区 (store::kUnknownDistrictLabel) or the name
// `districts` prints for it in the output's language ("district unknown":
// tui::district_label) selects the articles of no district, those of the
// national papers (the configuration's and the built-in ones) left out as
// the browser's 未知地区 leaves them out: no district applies to them.
Result<store::Library> open_for_listing(const Context& context, store::ListQuery& query);

// Says on stderr that nothing was listed, naming the filters that matched
// nothing ("no article matches --district '拱墅区'"), or that the library
// holds no article. A note, not an error: as for search, finding nothing is
// an answer (exit 0).
void note_nothing_listed(const Invocation& inv);

}  // namespace kanbao::cli
