// SPDX-License-Identifier: MIT
// Dating a story without a dateline (dates.h): its fields, photo notes and
// first paragraphs.
#include <initializer_list>
#include <string>
#include <vector>

#include "corpus/dates.h"
#include "corpus/text_util.h"

namespace kanbao::corpus {
namespace {

constexpr std::size_t kMaxFieldChars = 30;
constexpr std::size_t kMaxNoteChars = 60;

// The value of a field line "时间：…" for one of `names`, or nullopt.
std::optional<std::string_view> field_value(std::string_view line,
                                            std::initializer_list<std::string_view> names) {
  line = util::trim(line);
  for (std::string_view name : names) {
    if (line.substr(0, name.size()) != name) continue;
    if (util::length_up_to(line, kMaxFieldChars + 1) > kMaxFieldChars) return std::nullopt;
    std::size_t i = name.size();
    const char32_t colon = util::next(line, i);
    if (colon == U'：' || colon == U':') return util::trim(line.substr(i));
  }
  return std::nullopt;
}

}  // namespace

bool is_note_or_field(std::string_view line) {
  std::size_t i = 0;
  const char32_t first = util::next(line, i);
  if (first >= U'①' && first <= U'⑳') return util::length_up_to(line, kMaxNoteChars + 1) <= kMaxNoteChars;
  return field_value(line, {"时间", "地点", "日期"}).has_value();
}

std::optional<Date> undated_story_date(const std::vector<std::string>& paragraphs,
                                       const std::optional<Date>& issue) {
  std::size_t k = 0;
  for (; k < paragraphs.size() && is_note_or_field(paragraphs[k]); ++k) {
    const auto value = field_value(paragraphs[k], {"时间", "日期"});
    if (value && opens_with_date(*value)) return find_event_date(*value, issue);
  }
  if (k < paragraphs.size() && k > 0 && opens_with_date(paragraphs[k]))
    return find_event_date(paragraphs[k], issue);
  return second_paragraph_date({paragraphs.begin() + static_cast<std::ptrdiff_t>(k), paragraphs.end()},
                               issue);
}

std::optional<Date> story_date(const std::vector<std::string>& paragraphs, std::size_t lead, bool dated,
                               const std::optional<Date>& issue) {
  if (paragraphs.empty()) return std::nullopt;
  auto date = dated ? find_event_date(paragraphs[lead], issue) : undated_story_date(paragraphs, issue);
  if (!date) date = date_after_subject(paragraphs[lead], issue);
  return date ? date : later_sentence_date(paragraphs[lead], issue);
}

}  // namespace kanbao::corpus
