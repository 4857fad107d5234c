// SPDX-License-Identifier: MIT
// Finding the event date in a lead paragraph (internal header).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/article.h"

namespace kanbao::corpus {

// The date of the reported event in the lead paragraph "本报讯 6月20日上午,…":
// the first date that starts a clause. A date inside a clause ("为贯彻落实5月9日
// …会议精神") refers to an earlier event, but its month (and year) carry over
// to a later bare day ("10日上午" -> 5月10日). 近日/日前 at a clause start before
// any date means the text gives no date. A dateline's date (本报北京6月20日电)
// is the event date. With the issue date known (`issue`, month 0 when only
// its year is), 昨天/今日/前天/上周五 and a bare 20日 resolve against it, and
// a month after the issue's belongs to the year before. year is the one
// written (or carried over), else the issue's, else 0.
// The text opens with a date ("昨天，…", "13日早上，…", "6月20日，…"): its
// first paragraph dates the event even without a dateline.
bool opens_with_date(std::string_view text);

std::optional<Date> find_event_date(std::string_view lead, const std::optional<Date>& issue = std::nullopt);

// A feature that opens with a sentence of scene and dates its event in the
// second paragraph ("短短六天，跑了六个市。" / "12月11日，当采访团…"): that
// date, when the first paragraph holds none, the second opens with one, and
// it falls in the issue's month or the month before and not after the issue
// (an older date opening a paragraph is history, not the event). nullopt
// otherwise, and without a full issue date.
std::optional<Date> second_paragraph_date(const std::vector<std::string>& paragraphs,
                                          const std::optional<Date>& issue);

}  // namespace kanbao::corpus
