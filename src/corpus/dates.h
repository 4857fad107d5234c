// Finding the event date in a lead paragraph (internal header).
#pragma once

#include <optional>
#include <string_view>

#include "corpus/article.h"

namespace kanbao::corpus {

// The date of the reported event in the lead paragraph "本报讯 6月20日上午,…":
// the first date that starts a clause. A date inside a clause ("为贯彻落实5月9日
// …会议精神") refers to an earlier event, but its month (and year) carry over
// to a later bare day ("10日上午" -> 5月10日). 近日/日前 at a clause start before
// any date means the text gives no date. year is the one written in the
// date (or carried over), else 0.
std::optional<Date> find_event_date(std::string_view lead);

}  // namespace kanbao::corpus
