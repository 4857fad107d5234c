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
// an unwritten year is the one nearest the issue. year is the one
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

// A line that stands as a paragraph of its own and is no story text: a
// numbered photo note ("①市民在公园游玩", a circled number first) or a
// short field of a street shot or notice ("时间：3月6日上午", "地点：…",
// "日期：…").
bool is_note_or_field(std::string_view line);

// The event date of a story without a dateline: the date of a 时间：/日期：
// field among its first paragraphs (its value opening with a date, "3月6日
// 上午"; a web page's posting time "2008-6-26 10:35" is not one), else that
// of its first paragraph after photo notes and fields when it opens with a
// date ("昨天晚上，…"), else second_paragraph_date of those paragraphs.
std::optional<Date> undated_story_date(const std::vector<std::string>& paragraphs,
                                       const std::optional<Date>& issue);

// The date a lead's first sentence gives right after its subject and
// before the event's verb or time of day ("缅甸联邦议会总统选举团3日举行投票",
// "记者3日从教育部获悉"), when nothing before it makes it a reference
// (根据, 为, 截至…) or a recurring day (每月15日, 今年3月1日); nullopt
// otherwise, and for a day of another year than the issue's, after the
// issue's, or a period's start (1日起). For a lead whose clauses open with
// no date; needs the issue's full date.
std::optional<Date> date_after_subject(std::string_view lead, const std::optional<Date>& issue);

// The date that opens one of the lead's second to fourth sentences, after
// a first sentence of comment ("金杯银杯，不如老百姓的口碑。4月3日8点，…");
// nullopt if none does, if 近日/日前 opens the lead or one before, if a
// year opens one before (history: "2019年3月，书屋创办。"), or if the
// date is no past day of the issue's year (as date_after_subject).
std::optional<Date> later_sentence_date(std::string_view lead, const std::optional<Date>& issue);

// A story's event date: from its lead paragraph (`lead`) when it is
// `dated` (a dateline or a date opens it), else undated_story_date; failing
// both, date_after_subject of the lead, then later_sentence_date.
std::optional<Date> story_date(const std::vector<std::string>& paragraphs, std::size_t lead, bool dated,
                               const std::optional<Date>& issue);

}  // namespace kanbao::corpus
