// SPDX-License-Identifier: MIT
// The date a lead gives after the sentence's subject (dates.h):
// "缅甸联邦议会总统选举团3日举行投票", "丹麦维京船博物馆4月2日宣布",
// "记者3日从教育部获悉"; or a later sentence of the lead opens with it
// ("金杯银杯，不如老百姓的口碑。4月3日8点，…开启。").
#include <array>
#include <string_view>
#include <tuple>

#include "corpus/dates.h"
#include "corpus/text_util.h"

namespace kanbao::corpus {
namespace {

constexpr std::size_t kMaxSubjectChars = 40;  // characters of the sentence before its date

// What follows an event's date in a lead: the event's verb, or the time of
// day. A date followed by anything else names a thing (5月9日会议精神).
// (Not 正式: 今年3月1日正式施行的《条例》 names a law by its start.)
constexpr std::array<std::string_view, 21> kEventAfterDate{
    "举行", "宣布", "发布", "公布", "召开", "举办", "启动", "开幕", "闭幕", "发生", "表示",
    "通报", "获悉", "从",   "在",   "上午", "下午", "晚间", "晚",   "凌晨", "早"};

// Words just before a date that make it a recurring day or one told by its
// year (每月15日, 今年3月1日), not the event's.
constexpr std::array<std::string_view, 6> kRecurringBefore{"每", "每月", "每年", "今年", "去年", "明年"};

// Words before a date that make it a reference, not the event's day.
constexpr std::array<std::string_view, 7> kReferenceBefore{"根据", "按照", "为", "自", "截至", "于", "以来"};

bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// The start of the date whose 日 is at `day_at`: the digits of the day,
// and of a month and a year before them ("4月2日", "1998年8月7日").
std::size_t date_start(std::string_view s, std::size_t day_at) {
  std::size_t b = day_at;
  while (b > 0 && is_ascii_digit(s[b - 1])) --b;
  for (const std::string_view unit : {std::string_view("月"), std::string_view("年")}) {
    if (b < unit.size() || s.substr(b - unit.size(), unit.size()) != unit) break;
    std::size_t m = b - unit.size();
    while (m > 0 && is_ascii_digit(s[m - 1])) --m;
    if (m == b - unit.size()) break;
    b = m;
  }
  return b;
}

// The event date `text` opens with, unless it is no day of a past event:
// a year other than the issue's written, or a day after the issue's (an
// announcement: 7月10日…将开班), or the start of a period (7月1日起).
std::optional<Date> past_event_date(std::string_view text, const std::optional<Date>& issue) {
  if (!issue || issue->day == 0) return std::nullopt;
  const std::optional<Date> date = find_event_date(text, issue);
  if (!date) return std::nullopt;
  const std::optional<Date> written = find_event_date(text, std::nullopt);
  if (written && written->year != 0 ? written->year != issue->year : date->year != issue->year)
    return std::nullopt;
  // A day after the issue's, of this year or (read nearest the issue) the
  // next: a day to come.
  if (std::tie(date->year, date->month, date->day) > std::tie(issue->year, issue->month, issue->day))
    return std::nullopt;
  const std::size_t day = text.find("日");
  if (day != std::string_view::npos && text.substr(day + 3, 3) == "起") return std::nullopt;
  return date;
}

}  // namespace

std::optional<Date> date_after_subject(std::string_view lead, const std::optional<Date>& issue) {
  const std::size_t stop = lead.find("。");
  const std::string_view sentence = lead.substr(0, stop);
  const std::string_view day = "日";
  for (std::size_t at = sentence.find(day); at != std::string_view::npos; at = sentence.find(day, at + 1)) {
    if (at == 0 || !is_ascii_digit(sentence[at - 1])) continue;
    const std::size_t begin = date_start(sentence, at);
    const std::string_view before = sentence.substr(0, begin);
    if (util::length_up_to(before, kMaxSubjectChars + 1) > kMaxSubjectChars) return std::nullopt;
    if (util::has_any(before, U"，,；;：:")) return std::nullopt;  // the subject is one phrase
    for (std::string_view word : kReferenceBefore)
      if (before.find(word) != std::string_view::npos) return std::nullopt;
    for (std::string_view word : kRecurringBefore)
      if (before.ends_with(word)) return std::nullopt;
    const std::string_view after = sentence.substr(at + day.size());
    for (std::string_view verb : kEventAfterDate)
      if (after.substr(0, verb.size()) == verb) return past_event_date(sentence.substr(begin), issue);
    return std::nullopt;
  }
  return std::nullopt;
}

std::optional<Date> later_sentence_date(std::string_view lead, const std::optional<Date>& issue) {
  constexpr int kMaxSentences = 3;
  const std::string_view stop = "。";
  for (std::string_view vague : {"近日", "日前", "近期", "近来"})  // the lead gives no day
    if (lead.substr(0, vague.size()) == vague) return std::nullopt;
  std::size_t at = 0;
  for (int n = 0; n < kMaxSentences; ++n) {
    at = lead.find(stop, at);
    if (at == std::string_view::npos) return std::nullopt;
    at += stop.size();
    const std::string_view rest = lead.substr(at);
    for (std::string_view vague : {"近日", "日前", "近期", "近来"})  // the lead gives no day
      if (rest.substr(0, vague.size()) == vague) return std::nullopt;
    // A sentence opening with a year tells history (2019年3月，书屋创办。).
    if (rest.size() > 7 && is_ascii_digit(rest[0]) && rest.substr(4, 3) == "年") return std::nullopt;
    if (opens_with_date(rest)) return past_event_date(rest, issue);
  }
  return std::nullopt;
}

}  // namespace kanbao::corpus
